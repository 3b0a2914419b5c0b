"""Database secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class Database(VaultApiBase):
    """Database secrets engine."""
