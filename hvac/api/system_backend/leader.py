"""System backend: leader endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Leader(SystemBackendMixin):
    """Leader endpoints of the system backend."""

    def read_leader_status(self):
        """Read the HA leader status: ``GET /v1/sys/leader``."""
        return self._adapter.get("/v1/sys/leader")
