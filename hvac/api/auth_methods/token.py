"""Token auth method."""
from hvac.api.vault_api_base import VaultApiBase


class Token(VaultApiBase):
    """Token auth method."""
