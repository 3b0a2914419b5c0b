"""System backend: external (KMS) key configurations, keys and grants (``/v1/sys/external-keys/...``).

Beyond the reference: hvac has no method for these endpoints.
"""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class ExternalKeys(SystemBackendMixin):
    """External (KMS) key configurations, keys and grants (``/v1/sys/external-keys/...``)."""
