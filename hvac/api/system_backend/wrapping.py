"""System backend: wrapping endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Wrapping(SystemBackendMixin):
    """Wrapping endpoints of the system backend."""
