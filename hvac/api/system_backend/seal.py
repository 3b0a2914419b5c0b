"""System backend: seal endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Seal(SystemBackendMixin):
    """Seal endpoints of the system backend."""

    def read_seal_status(self):
        """Read the seal status: ``GET /v1/sys/seal-status``.

        :return: the decoded status.
        """
        return self._adapter.get("/v1/sys/seal-status")
