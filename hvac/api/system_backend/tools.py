"""System backend: random bytes and hashing (``/v1/sys/tools/...``).

Beyond the reference: hvac has no method for these endpoints.
"""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Tools(SystemBackendMixin):
    """Random bytes and hashing (``/v1/sys/tools/...``)."""
