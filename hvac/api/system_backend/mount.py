"""System backend: secrets engines (``/v1/sys/mounts`` and ``/v1/sys/remount``)."""
from typing import Any, Dict, List, Optional, Union, cast

from hvac import utils
from hvac.api.system_backend.auth import UserLockoutConfig
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


class Mount(SystemBackendMixin[VaultResponse]):
    """Enable, list, tune, move and disable secrets engines."""

    def list_mounted_secrets_engines(self) -> VaultResponse:
        """List the secrets engines that are mounted.

        ``GET /v1/sys/mounts``

        :return: the decoded response (one entry per mount path, with a trailing ``/``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url="/v1/sys/mounts")

    def retrieve_mount_option(self, mount_point: str, option_name: str, default_value: Any = None) -> Any:
        """Return one option of a mounted secrets engine (e.g. ``version`` of a KV mount).

        Reads ``GET /v1/sys/mounts`` and picks the mount's ``options``.

        :param mount_point: the mount path, without a trailing ``/``.
        :param option_name: the option to read.
        :param default_value: returned when the mount has no options or not this one.
        :raises KeyError: when nothing is mounted at ``mount_point``.
        :return: the option's value, or ``default_value``.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        mounts = cast(Dict[str, Any], self.list_mounted_secrets_engines())["data"]
        options = mounts[f"{mount_point}/"].get("options")
        if options is None:
            return default_value
        return options.get(option_name, default_value)

    def enable_secrets_engine(
        self,
        backend_type: str,
        path: Optional[str] = None,
        description: Optional[str] = None,
        config: Optional[Dict[str, Any]] = None,
        plugin_name: Optional[str] = None,
        options: Optional[Dict[str, Any]] = None,
        local: bool = False,
        seal_wrap: bool = False,
        *,
        external_entropy_access: Optional[bool] = None,
        plugin_version: Optional[str] = None,
        **kwargs: Any,
    ) -> VaultResponse:
        """Mount a secrets engine.

        ``POST /v1/sys/mounts/{path}``

        :param backend_type: the engine type, e.g. ``kv``, ``transit`` or ``pki``.
        :param path: where to mount it; defaults to ``backend_type``.
        :param description: a human-friendly description.
        :param config: mount settings (``default_lease_ttl``, ``max_lease_ttl``, ``force_no_cache``...).
        :param plugin_name: the plugin to use, for plugin-backed engines.
        :param options: engine-specific options (e.g. ``{"version": "2"}`` for KV).
        :param local: keep the mount local to this cluster (not replicated).
        :param seal_wrap: enable seal wrapping for the mount.
        :param external_entropy_access: give the mount the seal's entropy source.
        :param plugin_version: the plugin version to run (a semantic version).
        :param kwargs: further body fields, sent as they are.
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        if path is None:
            path = backend_type
        params: Dict[str, Any] = {
            "type": backend_type,
            "description": description,
            "config": config,
            "options": options,
            "plugin_name": plugin_name,
            "local": local,
            "seal_wrap": seal_wrap,
        }
        # The reference sends its own arguments even when None; the fields added here only when given.
        params.update(utils.remove_nones({"external_entropy_access": external_entropy_access, "plugin_version": plugin_version}))
        params.update(kwargs)
        api_path = utils.format_url("/v1/sys/mounts/{path}", path=path)
        return self._adapter.post(url=api_path, json=params)

    def disable_secrets_engine(self, path: str) -> VaultResponse:
        """Unmount the secrets engine at ``path`` (its leases are revoked and its data deleted).

        ``DELETE /v1/sys/mounts/{path}``

        :param path: the mount path.
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        api_path = utils.format_url("/v1/sys/mounts/{path}", path=path)
        return self._adapter.delete(url=api_path)

    def read_mount_configuration(self, path: str) -> VaultResponse:
        """Read the tuning of the secrets engine mounted at ``path``.

        ``GET /v1/sys/mounts/{path}/tune``

        :param path: the mount path.
        :return: the decoded response (``default_lease_ttl``, ``max_lease_ttl``...), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        api_path = utils.format_url("/v1/sys/mounts/{path}/tune", path=path)
        return self._adapter.get(url=api_path)

    def tune_mount_configuration(
        self,
        path: str,
        default_lease_ttl: Optional[Union[int, str]] = None,
        max_lease_ttl: Optional[Union[int, str]] = None,
        description: Optional[str] = None,
        audit_non_hmac_request_keys: Optional[List[str]] = None,
        audit_non_hmac_response_keys: Optional[List[str]] = None,
        listing_visibility: Optional[str] = None,
        passthrough_request_headers: Optional[List[str]] = None,
        options: Optional[Dict[str, Any]] = None,
        force_no_cache: Optional[bool] = None,
        *,
        allowed_response_headers: Optional[List[str]] = None,
        allowed_managed_keys: Optional[List[str]] = None,
        plugin_version: Optional[str] = None,
        token_type: Optional[str] = None,
        user_lockout_config: Optional[UserLockoutConfig] = None,
        **kwargs: Any,
    ) -> VaultResponse:
        """Tune the secrets engine mounted at ``path``; only the arguments given are sent.

        ``POST /v1/sys/mounts/{path}/tune``

        :param path: the mount path.
        :param default_lease_ttl: default lease TTL (seconds or a duration string).
        :param max_lease_ttl: maximum lease TTL (seconds or a duration string).
        :param description: a new description.
        :param audit_non_hmac_request_keys: request keys audit devices must not HMAC.
        :param audit_non_hmac_response_keys: response keys audit devices must not HMAC.
        :param listing_visibility: ``"unauth"`` to show the mount in the unauthenticated UI listing, or ``""``.
        :param passthrough_request_headers: headers passed to the plugin.
        :param options: engine-specific options (e.g. ``{"version": "2"}`` upgrades KV v1 to v2).
        :param force_no_cache: disable caching for the mount.
        :param allowed_response_headers: headers the engine may set on its answers.
        :param allowed_managed_keys: names of the managed keys the mount may use (Vault Enterprise).
        :param plugin_version: the plugin version to run (a semantic version).
        :param token_type: for an auth method tuned through this path (``path="auth/<mount>"``):
            the tokens it issues, as for :meth:`tune_auth_method`. A secrets engine refuses it (400).
        :param user_lockout_config: for an auth method tuned through this path: when users are
            locked out after failed logins (:class:`UserLockoutConfig`). A secrets engine refuses it.
        :param kwargs: further body fields, sent as they are.
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones(
            {
                "default_lease_ttl": default_lease_ttl,
                "max_lease_ttl": max_lease_ttl,
                "description": description,
                "audit_non_hmac_request_keys": audit_non_hmac_request_keys,
                "audit_non_hmac_response_keys": audit_non_hmac_response_keys,
                "listing_visibility": listing_visibility,
                "passthrough_request_headers": passthrough_request_headers,
                "options": options,
                "force_no_cache": force_no_cache,
                "allowed_response_headers": allowed_response_headers,
                "allowed_managed_keys": allowed_managed_keys,
                "plugin_version": plugin_version,
                "token_type": token_type,
                "user_lockout_config": user_lockout_config,
            }
        )
        params.update(kwargs)
        api_path = utils.format_url("/v1/sys/mounts/{path}/tune", path=path)
        return self._adapter.post(url=api_path, json=params)

    def move_backend(self, from_path: str, to_path: str) -> VaultResponse:
        """Move a mounted secrets engine to a new path.

        ``POST /v1/sys/remount``

        :param from_path: the current mount path.
        :param to_path: the new mount path.
        :return: the decoded response (OpenBao answers a ``migration_id``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = {"from": from_path, "to": to_path}
        return self._adapter.post(url="/v1/sys/remount", json=params)

    def read_remount_status(self, migration_id: str) -> VaultResponse:
        """Read how a move started by :meth:`move_backend` is going.

        ``GET /v1/sys/remount/status/{migration_id}``

        OpenBao moves a mount in the background: :meth:`move_backend` answers at once with a
        ``migration_id``, and ``data.migration_info.status`` here turns from ``in-progress`` to
        ``success`` (or ``failure``) when the move is over. Poll it before using the new path.

        :param migration_id: the ``data.migration_id`` that :meth:`move_backend` returned.
        :return: the decoded status (``migration_id``, ``migration_info``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        api_path = utils.format_url("/v1/sys/remount/status/{migration_id}", migration_id=migration_id)
        return self._adapter.get(url=api_path)

    def read_secrets_engine(self, path: str) -> VaultResponse:
        """Read the mount entry of the secrets engine at ``path``: type, accessor, options, settings
        (beyond the reference).

        ``GET /v1/sys/mounts/{path}``

        :param path: the mount path.
        :return: the decoded answer (``data.type``, ``data.accessor``, ``data.options``,
            ``data.config`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        api_path = utils.format_url("/v1/sys/mounts/{path}", path=path)
        return self._adapter.get(url=api_path)
