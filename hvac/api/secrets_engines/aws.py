"""Aws secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class Aws(VaultApiBase):
    """Aws secrets engine."""
