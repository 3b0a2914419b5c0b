"""Ssh secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class Ssh(VaultApiBase):
    """Ssh secrets engine."""
