"""System backend: raft endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Raft(SystemBackendMixin):
    """Raft endpoints of the system backend."""
