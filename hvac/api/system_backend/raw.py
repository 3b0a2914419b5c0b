"""System backend: raw storage access (``/v1/sys/raw/...``; only served when ``raw_storage_endpoint`` is enabled).

Beyond the reference: hvac has no method for these endpoints.
"""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Raw(SystemBackendMixin):
    """Raw storage access (``/v1/sys/raw/...``; only served when ``raw_storage_endpoint`` is enabled)."""
