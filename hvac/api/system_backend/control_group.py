"""System backend: control-group requests and authorizations (``/v1/sys/control-group/...``).

A policy with a ``control_group`` stanza makes a request on its path answer only a wrapping
token (the client must ask for response wrapping); the wrapped answer can be unwrapped once
enough members of the named identity groups have authorized it here, each giving the wrapping
token's accessor.

Vault Enterprise and OpenBao serve the requests and authorizations; the settings
(``/v1/sys/config/control-group``) are Vault Enterprise's only.

Beyond the reference: hvac has no method for these endpoints.
"""
from typing import Union

from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


class ControlGroup(SystemBackendMixin[VaultResponse]):
    """Control-group requests and authorizations (``/v1/sys/control-group/...``)."""

    def read_control_group_request(self, accessor: str) -> VaultResponse:
        """Describe a request waiting for control-group approval (it does not reveal the token).

        ``POST /v1/sys/control-group/request``

        :param accessor: the accessor of the wrapping token the controlled request answered.
        :return: the decoded answer (``data.approved``, ``data.authorizations``,
            ``data.request_path``, ``data.request_entity`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url="/v1/sys/control-group/request", json={"accessor": accessor})

    def authorize_control_group_request(self, accessor: str) -> VaultResponse:
        """Approve a request waiting for control-group approval, as the calling token's entity.

        ``POST /v1/sys/control-group/authorize``

        :param accessor: the accessor of the wrapping token the controlled request answered.
        :return: the decoded answer (``data.approved``: whether enough approvals are in), or the
            requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url="/v1/sys/control-group/authorize", json={"accessor": accessor})

    # --- settings (Vault Enterprise) ------------------------------------------------------------

    def read_control_group_config(self) -> VaultResponse:
        """Read the control-group settings (Vault Enterprise).

        ``GET /v1/sys/config/control-group``

        :return: the decoded answer (``data.max_ttl``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/config/control-group")

    def configure_control_group(self, max_ttl: Union[str, int]) -> VaultResponse:
        """Set the control-group settings (Vault Enterprise).

        ``POST /v1/sys/config/control-group``

        :param max_ttl: the longest TTL a control-group wrapping token may have (seconds or a
            duration such as ``"2h"``).
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post("/v1/sys/config/control-group", json={"max_ttl": max_ttl})

    def delete_control_group_config(self) -> VaultResponse:
        """Remove the control-group settings (Vault Enterprise).

        ``DELETE /v1/sys/config/control-group``

        :return: the requests.Response.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete("/v1/sys/config/control-group")
