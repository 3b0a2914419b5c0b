"""System backend: HA leader (``/v1/sys/leader`` and ``/v1/sys/step-down``)."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


class Leader(SystemBackendMixin[VaultResponse]):
    """Read the HA leader and ask the active node to step down."""

    def read_leader_status(self) -> VaultResponse:
        """Read the HA status and the address of the current leader.

        ``GET /v1/sys/leader``

        :return: the decoded response (``ha_enabled``, ``is_self``, ``leader_address``...), or the requests.Response.
        """
        return self._adapter.get(url="/v1/sys/leader")

    def step_down(self) -> VaultResponse:
        """Make the active node give up its active status (another node may take over).

        ``PUT /v1/sys/step-down``

        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        """
        return self._adapter.put(url="/v1/sys/step-down")
