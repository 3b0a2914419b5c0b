"""OIDC auth method."""
from hvac.api.vault_api_base import VaultApiBase


class OIDC(VaultApiBase):
    """OIDC auth method."""
