"""Identity secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class Identity(VaultApiBase):
    """Identity secrets engine."""
