"""System backend: response wrapping (``/v1/sys/wrapping``)."""
from typing import Any, Dict, Optional, Union

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


class Wrapping(SystemBackendMixin[VaultResponse]):
    """Wrapping arbitrary data in a single-use token, and unwrapping it."""

    def unwrap(self, token: Optional[str] = None) -> VaultResponse:
        """Return the data wrapped in a response-wrapping token (the token is then spent).

        ``POST /v1/sys/wrapping/unwrap``

        :param token: the wrapping token; without it, the client's own token is unwrapped.
        :return: the decoded original response (``data`` or ``auth``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params: Dict[str, Any] = {}
        if token is not None:
            params["token"] = token
        return self._adapter.post("/v1/sys/wrapping/unwrap", json=params)

    def wrap(self, payload: Optional[Dict[str, Any]] = None, ttl: Union[int, str] = 60) -> VaultResponse:
        """Wrap ``payload`` in a new response-wrapping token.

        ``POST /v1/sys/wrapping/wrap`` (with ``X-Vault-Wrap-TTL``)

        :param payload: the key/value pairs to wrap.
        :param ttl: how long the wrapping token lives: seconds or a duration string (``"5m"``).
        :return: the decoded answer (``wrap_info.token``, ``wrap_info.ttl`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post("/v1/sys/wrapping/wrap", json=payload or {}, wrap_ttl=ttl)

    def lookup_wrapping_token(self, token: Optional[str] = None) -> VaultResponse:
        """Read the properties of a wrapping token without spending it (beyond the reference).

        ``POST /v1/sys/wrapping/lookup``

        :param token: the wrapping token; without it, the client's own token is looked up.
        :return: the decoded answer (``data.creation_path``, ``data.creation_time``, ``data.creation_ttl``),
            or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post("/v1/sys/wrapping/lookup", json=utils.remove_nones({"token": token}))

    def lookup_own_wrapping_token(self) -> VaultResponse:
        """Read the properties of the client's own token, a wrapping token, without spending it (beyond the reference).

        ``GET /v1/sys/wrapping/lookup``

        :return: the decoded answer (``data.creation_path``, ``data.creation_time``, ``data.creation_ttl``),
            or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/wrapping/lookup")

    def rewrap(self, token: Optional[str] = None) -> VaultResponse:
        """Swap a wrapping token for a new one over the same data, its TTL counted again from now (beyond the reference).

        ``POST /v1/sys/wrapping/rewrap``

        :param token: the wrapping token, spent by the call; without it, the client's own token.
        :return: the decoded answer (``wrap_info.token`` is the new token), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post("/v1/sys/wrapping/rewrap", json=utils.remove_nones({"token": token}))
