"""Transit secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class Transit(VaultApiBase):
    """Transit secrets engine."""
