"""Ldap secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class Ldap(VaultApiBase):
    """Ldap secrets engine."""
