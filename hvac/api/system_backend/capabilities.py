"""System backend: capabilities endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Capabilities(SystemBackendMixin):
    """Capabilities endpoints of the system backend."""
