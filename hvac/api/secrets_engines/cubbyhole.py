"""Cubbyhole secrets engine: a private storage area per token.

Beyond the reference: hvac has no class for this engine.
"""
from hvac.api.vault_api_base import VaultApiBase

DEFAULT_MOUNT_POINT = "cubbyhole"


class Cubbyhole(VaultApiBase):
    """Cubbyhole secrets engine: a private storage area per token."""
