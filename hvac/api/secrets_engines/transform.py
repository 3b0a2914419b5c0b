"""Transform secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class Transform(VaultApiBase):
    """Transform secrets engine."""
