"""Radius auth method."""
from hvac.api.vault_api_base import VaultApiBase


class Radius(VaultApiBase):
    """Radius auth method."""
