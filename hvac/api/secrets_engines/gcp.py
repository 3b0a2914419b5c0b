"""Gcp secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class Gcp(VaultApiBase):
    """Gcp secrets engine."""
