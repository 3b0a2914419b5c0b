"""Consul secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class Consul(VaultApiBase):
    """Consul secrets engine."""
