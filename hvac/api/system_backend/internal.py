"""System backend: internal endpoints: counters, inspection, the OpenAPI document, UI helpers (``/v1/sys/internal/...``).

Beyond the reference: hvac has no method for these endpoints. OpenBao marks them internal: their
answers may change between releases. The client-activity counters and the UI feature flags are
Vault's only.
"""
from typing import Optional, Union

from hvac import exceptions, utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse

#: The router trees ``inspect_router`` can show.
ROUTER_TREES = ("uuid", "accessor", "storage", "root")


class Internal(SystemBackendMixin[VaultResponse]):
    """Internal endpoints: counters, inspection, the OpenAPI document, UI helpers (``/v1/sys/internal/...``)."""

    # --- Counters -----------------------------------------------------------------------------

    def read_entity_counters(self) -> VaultResponse:
        """Count the identity entities.

        ``GET /v1/sys/internal/counters/entities``

        :return: the decoded answer (``data.counters.entities.total``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/internal/counters/entities")

    def read_request_counters(self) -> VaultResponse:
        """Count the requests served per month (removed from OpenBao, which answers 404).

        ``GET /v1/sys/internal/counters/requests``

        :return: the decoded answer, or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/internal/counters/requests")

    def read_token_counters(self) -> VaultResponse:
        """Count the service tokens.

        ``GET /v1/sys/internal/counters/tokens``

        :return: the decoded answer (``data.counters.service_tokens.total``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/internal/counters/tokens")

    # --- Client activity (Vault) ----------------------------------------------------------------

    def read_client_activity(
        self, start_time: Optional[Union[str, int]] = None, end_time: Optional[Union[str, int]] = None
    ) -> VaultResponse:
        """Count the clients (entities and non-entity tokens) seen in a period, per namespace and mount (Vault).

        ``GET /v1/sys/internal/counters/activity``

        :param start_time: the period's start, RFC 3339 or Unix seconds (Vault's default: the
            billing period's start).
        :param end_time: the period's end (Vault's default: the end of the last full month).
        :return: the decoded answer (``data.total``, ``data.by_namespace``, ``data.months`` …),
            or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        params = utils.remove_nones({"start_time": start_time, "end_time": end_time})
        return self._adapter.get("/v1/sys/internal/counters/activity", params=params)

    def export_client_activity(
        self,
        start_time: Optional[Union[str, int]] = None,
        end_time: Optional[Union[str, int]] = None,
        format: Optional[str] = None,
    ) -> str:
        """Export the clients seen in a period, one record per client (Vault).

        ``GET /v1/sys/internal/counters/activity/export``

        :param start_time: the period's start, RFC 3339 or Unix seconds.
        :param end_time: the period's end.
        :param format: ``json`` (JSON lines, Vault's default) or ``csv``.
        :return: the export as text (not a JSON document: one line per client).
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        params = utils.remove_nones({"start_time": start_time, "end_time": end_time, "format": format})
        return self._adapter.request_response("get", "/v1/sys/internal/counters/activity/export", params=params).text

    def read_monthly_client_activity(self) -> VaultResponse:
        """Count the clients seen in the current month so far (Vault).

        ``GET /v1/sys/internal/counters/activity/monthly``

        :return: the decoded answer (``data.clients``, ``data.entity_clients``,
            ``data.non_entity_clients``, ``data.by_namespace`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/internal/counters/activity/monthly")

    def configure_client_activity(
        self, enabled: Optional[str] = None, retention_months: Optional[int] = None, default_report_months: Optional[int] = None
    ) -> VaultResponse:
        """Set how client activity is collected and kept (Vault).

        ``POST /v1/sys/internal/counters/config``

        :param enabled: ``enable``, ``disable`` or ``default``.
        :param retention_months: how many months of client data are kept (0 clears it all).
        :param default_report_months: the months a report covers without a start time.
        :return: the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        fields = {"enabled": enabled, "retention_months": retention_months, "default_report_months": default_report_months}
        return self._adapter.post("/v1/sys/internal/counters/config", json=utils.remove_nones(fields))

    def read_client_activity_config(self) -> VaultResponse:
        """Read how client activity is collected and kept (Vault).

        ``GET /v1/sys/internal/counters/config``

        :return: the decoded settings (``data.enabled``, ``data.retention_months`` …) or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/internal/counters/config")

    # --- Inspection ---------------------------------------------------------------------------

    def inspect_request(self) -> VaultResponse:
        """Show the request as a plugin would receive it (connection, token, entity …).

        ``GET /v1/sys/internal/inspect/request``

        :return: the decoded answer (``data.req``, ``data.entity``, ``data.plugin_env`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/internal/inspect/request")

    def inspect_router(self, tag: str) -> VaultResponse:
        """Show one of the router's lookup trees: the mounts it holds and how they are keyed (needs sudo).

        ``GET /v1/sys/internal/inspect/router/{tag}``

        :param tag: the tree: ``uuid``, ``accessor``, ``storage`` or ``root``.
        :raises hvac.exceptions.ParamValidationError: for another ``tag``, before any request.
        :return: the decoded answer (``data.<tag>``, a list of mount entries), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        if tag not in ROUTER_TREES:
            valid = ", ".join(f'"{tree}"' for tree in ROUTER_TREES)
            raise exceptions.ParamValidationError(f'unsupported tag "{tag}"; valid values: {valid}')
        return self._adapter.get(utils.format_url("/v1/sys/internal/inspect/router/{tag}", tag=tag))

    # --- OpenAPI ------------------------------------------------------------------------------

    def read_openapi_document(
        self, generic_mount_paths: Optional[bool] = None, context: Optional[str] = None
    ) -> VaultResponse:
        """Read the OpenAPI 3 document of every path the token can reach on the mounted backends.

        ``GET /v1/sys/internal/specs/openapi``

        :param generic_mount_paths: write mount paths as parameters (``{secret_mount_path}``) instead of
            the actual mount paths.
        :param context: a string used when naming the operations (Vault reads it from the query).
        :return: the decoded document (``openapi``, ``info``, ``paths``, ``components``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        params = utils.remove_nones({"generic_mount_paths": generic_mount_paths, "context": context})
        return self._adapter.get("/v1/sys/internal/specs/openapi", params=params)

    def generate_openapi_document(
        self, context: Optional[str] = None, generic_mount_paths: Optional[bool] = None
    ) -> VaultResponse:
        """Generate the OpenAPI 3 document with options given in the body.

        ``POST /v1/sys/internal/specs/openapi``

        :param context: a string OpenBao uses when naming the operations.
        :param generic_mount_paths: write mount paths as parameters instead of the actual mount paths.
        :return: the decoded document (``openapi``, ``info``, ``paths``, ``components``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        # For a POST OpenBao reads the options from the body only, the query is ignored.
        params = utils.remove_nones({"context": context, "generic_mount_paths": generic_mount_paths})
        return self._adapter.post("/v1/sys/internal/specs/openapi", json=params)

    # --- UI helpers ---------------------------------------------------------------------------

    def list_ui_mounts(self) -> VaultResponse:
        """List the secrets engines and auth methods the token may see, as the web UI does.

        ``GET /v1/sys/internal/ui/mounts``

        :return: the decoded answer (``data.secret``, ``data.auth``: mount path -> settings), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/internal/ui/mounts")

    def read_ui_mount(self, path: str) -> VaultResponse:
        """Read the settings of one mount, if the token has some access below it.

        ``GET /v1/sys/internal/ui/mounts/{path}``

        :param path: the mount path, or any path below it (e.g. ``secret/data/app``).
        :return: the decoded answer (``data.type``, ``data.path``, ``data.options`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(utils.format_url("/v1/sys/internal/ui/mounts/{path}", path=path))

    def list_ui_namespaces(self) -> VaultResponse:
        """List the child namespaces the token may see.

        ``GET /v1/sys/internal/ui/namespaces``

        :return: the decoded answer (``data.keys``, absent without child namespaces), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/internal/ui/namespaces")

    def read_resultant_acl(self) -> VaultResponse:
        """Read what the token's policies allow, merged into one ACL (the UI uses it to show or hide).

        ``GET /v1/sys/internal/ui/resultant-acl``

        :return: the decoded answer (``data.exact_paths``, ``data.glob_paths``, or ``data.root`` for a root
            token), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/internal/ui/resultant-acl")

    def read_ui_feature_flags(self) -> VaultResponse:
        """Read the feature flags the web UI adapts to (Vault; no token needed).

        ``GET /v1/sys/internal/ui/feature-flags``

        :return: the decoded answer (``feature_flags``, a list of names, at the top level), or
            the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/internal/ui/feature-flags")
