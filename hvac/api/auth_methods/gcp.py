"""Gcp auth method."""
from hvac.api.vault_api_base import VaultApiBase


class Gcp(VaultApiBase):
    """Gcp auth method."""
