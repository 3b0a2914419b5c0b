"""Cert auth method."""
from hvac.api.vault_api_base import VaultApiBase


class Cert(VaultApiBase):
    """Cert auth method."""
