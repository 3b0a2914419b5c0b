"""System backend: auth endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Auth(SystemBackendMixin):
    """Auth endpoints of the system backend."""
