"""ActiveDirectory secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class ActiveDirectory(VaultApiBase):
    """ActiveDirectory secrets engine."""
