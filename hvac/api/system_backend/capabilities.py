"""System backend: capabilities of a token on paths (``/v1/sys/capabilities*``)."""
from typing import Any, Dict, List, Optional

from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


class Capabilities(SystemBackendMixin[VaultResponse]):
    """Ask which capabilities a token has on given paths."""

    def get_capabilities(
        self, paths: List[str], token: Optional[str] = None, accessor: Optional[str] = None
    ) -> VaultResponse:
        """Report the capabilities of a token on each of ``paths``.

        With neither ``token`` nor ``accessor`` the client's own token is asked about.

        ``POST /v1/sys/capabilities-self``, ``POST /v1/sys/capabilities`` (token) or
        ``POST /v1/sys/capabilities-accessor`` (accessor)

        :param paths: the paths to check.
        :param token: the token to check, instead of the client's own.
        :param accessor: the accessor of the token to check, instead of the client's own.
        :raises ValueError: when both ``token`` and ``accessor`` are given.
        :return: the decoded response (``capabilities`` and one key per path), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        if token and accessor:
            raise ValueError("You can specify either token or accessor, not both.")
        params: Dict[str, Any] = {"paths": paths}
        if token:
            api_path = "/v1/sys/capabilities"
            params["token"] = token
        elif accessor:
            api_path = "/v1/sys/capabilities-accessor"
            params["accessor"] = accessor
        else:
            api_path = "/v1/sys/capabilities-self"
        return self._adapter.post(url=api_path, json=params)
