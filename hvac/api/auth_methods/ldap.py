"""Ldap auth method."""
from hvac.api.vault_api_base import VaultApiBase


class Ldap(VaultApiBase):
    """Ldap auth method."""
