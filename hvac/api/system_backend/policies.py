"""System backend: policies endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Policies(SystemBackendMixin):
    """Policies endpoints of the system backend."""
