"""Github auth method."""
from hvac.api.vault_api_base import VaultApiBase


class Github(VaultApiBase):
    """Github auth method."""
