"""System backend: control-group requests and authorizations (``/v1/sys/control-group/...``).

A policy with a ``control_group`` stanza makes a request on its path answer only a wrapping
token (the client must ask for response wrapping); the wrapped answer can be unwrapped once
enough members of the named identity groups have authorized it here, each giving the wrapping
token's accessor.

Beyond the reference: hvac has no method for these endpoints.
"""
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
