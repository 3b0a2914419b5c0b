"""LegacyMfa auth method."""
from hvac.api.vault_api_base import VaultApiBase


class LegacyMfa(VaultApiBase):
    """LegacyMfa auth method."""
