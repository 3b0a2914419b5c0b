"""System backend: mount endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Mount(SystemBackendMixin):
    """Mount endpoints of the system backend."""
