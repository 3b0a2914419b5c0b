"""TOTP secrets engine: time-based one-time password keys and codes.

Beyond the reference: hvac has no class for this engine.
"""
from hvac.api.vault_api_base import VaultApiBase

DEFAULT_MOUNT_POINT = "totp"


class Totp(VaultApiBase):
    """TOTP secrets engine: time-based one-time password keys and codes."""
