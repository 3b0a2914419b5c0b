"""Pki secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class Pki(VaultApiBase):
    """Pki secrets engine."""
