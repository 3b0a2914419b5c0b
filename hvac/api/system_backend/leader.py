"""System backend: HA leader (``/v1/sys/leader`` and ``/v1/sys/step-down``)."""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


class Leader(SystemBackendMixin[VaultResponse]):
    """Read the HA leader and ask the active node to step down."""

    def read_leader_status(self) -> VaultResponse:
        """Read the HA status and the address of the current leader.

        ``GET /v1/sys/leader``

        :return: the decoded response (``ha_enabled``, ``is_self``, ``leader_address``...), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url="/v1/sys/leader")

    def step_down(self) -> VaultResponse:
        """Make the active node give up its active status (another node may take over).

        ``PUT /v1/sys/step-down``

        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.put(url="/v1/sys/step-down")
