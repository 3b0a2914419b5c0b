"""KvV1 secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class KvV1(VaultApiBase):
    """KvV1 secrets engine."""
