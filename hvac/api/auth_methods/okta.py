"""Okta auth method."""
from hvac.api.vault_api_base import VaultApiBase


class Okta(VaultApiBase):
    """Okta auth method."""
