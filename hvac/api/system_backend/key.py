"""System backend: key endpoints."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Key(SystemBackendMixin):
    """Key endpoints of the system backend."""

    def get_encryption_key_status(self):
        """Read the keyring's term and install time: ``GET /v1/sys/key-status``."""
        return self._adapter.get("/v1/sys/key-status")

    def read_rekey_progress(self, recovery_key=False):
        """Read the progress of a rekey: ``GET /v1/sys/rekey/init`` (``rekey-recovery-key`` with ``recovery_key``)."""
        api_path = "/v1/sys/rekey-recovery-key/init" if recovery_key else "/v1/sys/rekey/init"
        return self._adapter.get(api_path)

    def read_root_generation_progress(self):
        """Read the progress of a root token generation: ``GET /v1/sys/generate-root/attempt``."""
        return self._adapter.get("/v1/sys/generate-root/attempt")
