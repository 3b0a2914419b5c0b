"""System backend: quota endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Quota(SystemBackendMixin):
    """Quota endpoints of the system backend."""
