"""AppRole auth method."""
from hvac.api.vault_api_base import VaultApiBase


class AppRole(VaultApiBase):
    """AppRole auth method."""
