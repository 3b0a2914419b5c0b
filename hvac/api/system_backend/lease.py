"""System backend: lease endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Lease(SystemBackendMixin):
    """Lease endpoints of the system backend."""
