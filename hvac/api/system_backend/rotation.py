"""System backend: root and recovery key rotation (``/v1/sys/rotate/...``), OpenBao's newer rekey API.

Beyond the reference: hvac has no method for these endpoints.
"""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Rotation(SystemBackendMixin):
    """Root and recovery key rotation (``/v1/sys/rotate/...``), OpenBao's newer rekey API."""
