"""System backend: audit endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Audit(SystemBackendMixin):
    """Audit endpoints of the system backend."""
