"""System backend: init endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Init(SystemBackendMixin):
    """Init endpoints of the system backend."""
