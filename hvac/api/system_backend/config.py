"""System backend: server configuration: audited request headers, CORS, reload, sanitized state, UI headers (``/v1/sys/config/...``).

Beyond the reference: hvac has no method for these endpoints. The group policy application
setting is Vault Enterprise's only.
"""
from typing import List, Optional, Union

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


def _audited_header_url(header: str) -> str:
    return utils.format_url("/v1/sys/config/auditing/request-headers/{header}", header=header)


def _ui_header_url(header: str) -> str:
    return utils.format_url("/v1/sys/config/ui/headers/{header}", header=header)


class Config(SystemBackendMixin[VaultResponse]):
    """Server configuration: audited request headers, CORS, reload, sanitized state, UI headers (``/v1/sys/config/...``)."""

    # --- request headers written to the audit log ---------------------------------------------

    def list_audited_request_headers(self) -> VaultResponse:
        """List the request headers that audit devices record (needs sudo).

        ``GET /v1/sys/config/auditing/request-headers``

        :return: the decoded answer (``data.headers``: lower-cased name -> ``{"hmac": …}``), or the
            requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/config/auditing/request-headers")

    def read_audited_request_header(self, header: str) -> VaultResponse:
        """Read how one request header is audited.

        ``GET /v1/sys/config/auditing/request-headers/{header}``

        :param header: the header name.
        :return: the decoded answer (``data.<header>.hmac``), or the requests.Response; OpenBao
            answers 400 for a header that is not audited.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_audited_header_url(header))

    def create_or_update_audited_request_header(self, header: str, hmac: Optional[bool] = None) -> VaultResponse:
        """Record a request header in the audit log.

        ``POST /v1/sys/config/auditing/request-headers/{header}``

        :param header: the header name.
        :param hmac: write the header's value HMAC-ed instead of in clear.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(_audited_header_url(header), json=utils.remove_nones({"hmac": hmac}))

    def delete_audited_request_header(self, header: str) -> VaultResponse:
        """Stop recording a request header in the audit log.

        ``DELETE /v1/sys/config/auditing/request-headers/{header}``

        :param header: the header name.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_audited_header_url(header))

    # --- CORS ---------------------------------------------------------------------------------

    def read_cors_config(self) -> VaultResponse:
        """Read the cross-origin (CORS) settings.

        ``GET /v1/sys/config/cors``

        :return: the decoded answer (``data.enabled``, ``data.allowed_origins``,
            ``data.allowed_headers``, ``data.allow_credentials``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/config/cors")

    def configure_cors(
        self,
        allowed_origins: Optional[Union[str, List[str]]] = None,
        allowed_headers: Optional[Union[str, List[str]]] = None,
        allow_credentials: Optional[bool] = None,
        enable: Optional[bool] = None,
    ) -> VaultResponse:
        """Accept cross-origin requests from the given origins (this enables CORS).

        ``POST /v1/sys/config/cors``

        :param allowed_origins: origins allowed to call OpenBao (a list, a comma-separated string,
            or ``"*"`` for any).
        :param allowed_headers: headers browsers may send besides the ones OpenBao always allows.
        :param allow_credentials: let browsers send credentials (cookies, Kerberos …).
        :param enable: turn CORS on or off.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body = utils.remove_nones(
            {
                "allowed_origins": allowed_origins,
                "allowed_headers": allowed_headers,
                "allow_credentials": allow_credentials,
                "enable": enable,
            }
        )
        return self._adapter.post("/v1/sys/config/cors", json=body)

    def delete_cors_config(self) -> VaultResponse:
        """Clear the CORS settings: cross-origin requests are refused again.

        ``DELETE /v1/sys/config/cors``

        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete("/v1/sys/config/cors")

    # --- reload and sanitized state -----------------------------------------------------------

    def reload_subsystem(self, subsystem: str) -> VaultResponse:
        """Ask the server to reload one subsystem's configuration.

        ``POST /v1/sys/config/reload/{subsystem}``

        OpenBao 2.7.2 declares this endpoint but supports no subsystem: it answers 404
        ("unsupported path", :class:`hvac.exceptions.InvalidPath`).

        :param subsystem: the subsystem to reload.
        :return: the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(utils.format_url("/v1/sys/config/reload/{subsystem}", subsystem=subsystem))

    def read_sanitized_config(self) -> VaultResponse:
        """Read the server's configuration without its secrets (storage, HA storage and seal
        settings are left out).

        ``GET /v1/sys/config/state/sanitized``

        :return: the decoded answer (``data.listeners``, ``data.storage`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/config/state/sanitized")

    # --- headers the web UI sends --------------------------------------------------------------

    def list_ui_headers(self) -> VaultResponse:
        """List the custom headers added to the web UI's answers.

        ``LIST /v1/sys/config/ui/headers``

        :return: the decoded answer (``data.keys``), or the requests.Response; OpenBao answers 404
            when there is none.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list("/v1/sys/config/ui/headers")

    def read_ui_header(self, header: str, multivalue: Optional[bool] = None) -> VaultResponse:
        """Read a custom UI header.

        ``GET /v1/sys/config/ui/headers/{header}``

        :param header: the header name.
        :param multivalue: return every value (``data.values``) rather than the first (``data.value``).
        :return: the decoded answer, or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        params = {"multivalue": str(multivalue).lower()} if multivalue is not None else None
        return self._adapter.get(_ui_header_url(header), params=params)

    def create_or_update_ui_header(
        self, header: str, values: List[str], multivalue: Optional[bool] = None
    ) -> VaultResponse:
        """Add a custom header, or replace its values, in the web UI's answers (needs sudo).

        ``POST /v1/sys/config/ui/headers/{header}``

        :param header: the header name.
        :param values: the header's values.
        :param multivalue: send every value rather than only the first.
        :return: the decoded answer or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body = utils.remove_nones({"values": values, "multivalue": multivalue})
        return self._adapter.post(_ui_header_url(header), json=body)

    def delete_ui_header(self, header: str) -> VaultResponse:
        """Remove a custom UI header.

        ``DELETE /v1/sys/config/ui/headers/{header}``

        :param header: the header name.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_ui_header_url(header))

    # --- group policy application (Vault Enterprise) -------------------------------------------

    def read_group_policy_application(self) -> VaultResponse:
        """Read whether identity-group policies apply to tokens of other namespaces (Vault Enterprise).

        ``GET /v1/sys/config/group-policy-application`` (root namespace only)

        :return: the decoded answer (``data.group_policy_application_mode``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/config/group-policy-application")

    def configure_group_policy_application(self, group_policy_application_mode: str) -> VaultResponse:
        """Choose whether identity-group policies apply to tokens of other namespaces (Vault Enterprise).

        ``POST /v1/sys/config/group-policy-application`` (root namespace only; replicated)

        :param group_policy_application_mode: ``within_namespace_hierarchy`` (the default: only
            tokens of the group's namespace or its descendants) or ``any``. From Vault 1.15 (and
            1.14.4, 1.13.8) the mode affects ACL policies only, not RGPs.
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body = {"group_policy_application_mode": group_policy_application_mode}
        return self._adapter.post("/v1/sys/config/group-policy-application", json=body)
