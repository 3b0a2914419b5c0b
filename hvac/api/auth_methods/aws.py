"""Aws auth method."""
from hvac.api.vault_api_base import VaultApiBase


class Aws(VaultApiBase):
    """Aws auth method."""
