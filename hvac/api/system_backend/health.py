"""System backend: health endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Health(SystemBackendMixin):
    """Health endpoints of the system backend."""
