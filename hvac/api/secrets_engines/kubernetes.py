"""Kubernetes secrets engine: service-account tokens for a Kubernetes cluster.

Beyond the reference: hvac has no class for this engine.
"""
from hvac.api.vault_api_base import VaultApiBase

DEFAULT_MOUNT_POINT = "kubernetes"


class Kubernetes(VaultApiBase):
    """Kubernetes secrets engine: service-account tokens for a Kubernetes cluster."""
