"""System backend: namespace endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Namespace(SystemBackendMixin):
    """Namespace endpoints of the system backend."""
