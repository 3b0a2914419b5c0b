"""System backend: policy endpoints."""
from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Policy(SystemBackendMixin):
    """Policy endpoints of the system backend."""

    def read_policy(self, name):
        """Read a policy: ``GET /v1/sys/policy/{name}``."""
        return self._adapter.get(utils.format_url("/v1/sys/policy/{name}", name=name))
