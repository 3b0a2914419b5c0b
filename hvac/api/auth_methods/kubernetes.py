"""Kubernetes auth method."""
from hvac.api.vault_api_base import VaultApiBase


class Kubernetes(VaultApiBase):
    """Kubernetes auth method."""
