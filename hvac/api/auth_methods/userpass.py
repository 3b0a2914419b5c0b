"""Userpass auth method."""
from hvac.api.vault_api_base import VaultApiBase


class Userpass(VaultApiBase):
    """Userpass auth method."""
