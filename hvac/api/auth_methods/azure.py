"""Azure auth method."""
from hvac.api.vault_api_base import VaultApiBase


class Azure(VaultApiBase):
    """Azure auth method."""
