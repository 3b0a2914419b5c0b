"""Azure secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class Azure(VaultApiBase):
    """Azure secrets engine."""
