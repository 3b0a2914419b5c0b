"""System backend: auth methods (``/v1/sys/auth``)."""
from typing import Any, Dict, List, Optional, TypedDict, Union

from hvac import exceptions, utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse
from hvac.utils import list_to_comma_delimited, validate_list_of_strings_param

_LISTING_VISIBILITY_VALUES = ("unauth", "")


def validate_listing_visibility(listing_visibility: Any) -> None:
    """Refuse a ``listing_visibility`` other than ``None``, ``"unauth"`` or ``""``.

    :raises hvac.exceptions.ParamValidationError: for any other value.
    """
    if listing_visibility is not None and listing_visibility not in _LISTING_VISIBILITY_VALUES:
        raise exceptions.ParamValidationError(
            f'invalid listing_visibility argument provided: "{listing_visibility}"; valid values: "unauth" or ""'
        )


class UserLockoutConfig(TypedDict, total=False):
    """How an auth method locks out a user after failed logins (``user_lockout_config`` of a tune)."""

    lockout_threshold: Union[int, str]  #: failed logins before the user is locked out
    lockout_duration: Union[int, str]  #: how long the lockout lasts (seconds or a duration)
    lockout_counter_reset_duration: Union[int, str]  #: after how long failed logins are forgotten
    lockout_disable: bool  #: turn the lockout off for this mount


class Auth(SystemBackendMixin[VaultResponse]):
    """Enable, list, tune and disable auth methods."""

    def list_auth_methods(self) -> VaultResponse:
        """List the auth methods that are enabled.

        ``GET /v1/sys/auth``

        :return: the decoded response (one entry per mount path), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url="/v1/sys/auth")

    def enable_auth_method(
        self,
        method_type: str,
        description: Optional[str] = None,
        config: Optional[Dict[str, Any]] = None,
        plugin_name: Optional[str] = None,
        local: bool = False,
        path: Optional[str] = None,
        *,
        options: Optional[Dict[str, Any]] = None,
        seal_wrap: Optional[bool] = None,
        external_entropy_access: Optional[bool] = None,
        plugin_version: Optional[str] = None,
        **kwargs: Any,
    ) -> VaultResponse:
        """Enable an auth method.

        ``POST /v1/sys/auth/{path}``

        :param method_type: the auth method type, e.g. ``userpass`` or ``approle``.
        :param description: a human-friendly description.
        :param config: mount settings (``default_lease_ttl``, ``max_lease_ttl``, ``audit_non_hmac_request_keys``...).
        :param plugin_name: the plugin to use, for plugin-backed methods.
        :param local: keep the mount local to this cluster (not replicated).
        :param path: where to enable it; defaults to ``method_type``.
        :param options: options of the auth method's plugin.
        :param seal_wrap: seal-wrap the mount's sensitive entries (Vault Enterprise; OpenBao stores the flag).
        :param external_entropy_access: give the mount the seal's entropy source.
        :param plugin_version: the plugin version to run (a semantic version).
        :param kwargs: further body fields, sent as they are.
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        if path is None:
            path = method_type
        params: Dict[str, Any] = {"type": method_type}
        params.update(
            utils.remove_nones(
                {"description": description, "config": config, "plugin_name": plugin_name, "local": local}
            )
        )
        extras = {"options": options, "seal_wrap": seal_wrap, "external_entropy_access": external_entropy_access}
        params.update(utils.remove_nones({**extras, "plugin_version": plugin_version}))
        params.update(kwargs)
        api_path = utils.format_url("/v1/sys/auth/{path}", path=path)
        return self._adapter.post(url=api_path, json=params)

    def disable_auth_method(self, path: str) -> VaultResponse:
        """Disable the auth method mounted at ``path`` (its tokens are revoked).

        ``DELETE /v1/sys/auth/{path}``

        :param path: the auth method's mount path.
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        api_path = utils.format_url("/v1/sys/auth/{path}", path=path)
        return self._adapter.delete(url=api_path)

    def read_auth_method_tuning(self, path: str) -> VaultResponse:
        """Read the tuning of the auth method mounted at ``path``.

        ``GET /v1/sys/auth/{path}/tune``

        :param path: the auth method's mount path.
        :return: the decoded response (``default_lease_ttl``, ``max_lease_ttl``...), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        api_path = utils.format_url("/v1/sys/auth/{path}/tune", path=path)
        return self._adapter.get(url=api_path)

    def tune_auth_method(
        self,
        path: str,
        default_lease_ttl: Optional[Union[int, str]] = None,
        max_lease_ttl: Optional[Union[int, str]] = None,
        description: Optional[str] = None,
        audit_non_hmac_request_keys: Optional[List[str]] = None,
        audit_non_hmac_response_keys: Optional[List[str]] = None,
        listing_visibility: Optional[str] = None,
        passthrough_request_headers: Optional[List[str]] = None,
        *,
        allowed_response_headers: Optional[List[str]] = None,
        options: Optional[Dict[str, Any]] = None,
        token_type: Optional[str] = None,
        user_lockout_config: Optional[UserLockoutConfig] = None,
        plugin_version: Optional[str] = None,
        **kwargs: Any,
    ) -> VaultResponse:
        """Tune the auth method mounted at ``path``; only the arguments given are changed.

        ``POST /v1/sys/auth/{path}/tune``

        :param path: the auth method's mount path.
        :param default_lease_ttl: default lease TTL (seconds or a duration string).
        :param max_lease_ttl: maximum lease TTL (seconds or a duration string).
        :param description: a new description.
        :param audit_non_hmac_request_keys: request keys audit devices must not HMAC (sent comma-joined).
        :param audit_non_hmac_response_keys: response keys audit devices must not HMAC (sent comma-joined).
        :param listing_visibility: ``"unauth"`` to show the method in the unauthenticated UI listing, or ``""``.
        :param passthrough_request_headers: headers passed to the plugin (sent comma-joined).
        :param allowed_response_headers: headers the plugin may set on its answers.
        :param options: options of the auth method's plugin.
        :param token_type: the tokens it issues: ``default-service``, ``default-batch``, ``service``
            or ``batch``.
        :param user_lockout_config: when users are locked out after failed logins
            (:class:`UserLockoutConfig`).
        :param plugin_version: the plugin version to run (a semantic version).
        :param kwargs: further body fields, sent as they are.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``listing_visibility`` or a
            list parameter that is not a list of strings.
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        validate_listing_visibility(listing_visibility)
        list_params = {
            "audit_non_hmac_request_keys": audit_non_hmac_request_keys,
            "audit_non_hmac_response_keys": audit_non_hmac_response_keys,
            "passthrough_request_headers": passthrough_request_headers,
        }
        params = utils.remove_nones(
            {
                "default_lease_ttl": default_lease_ttl,
                "max_lease_ttl": max_lease_ttl,
                "description": description,
                "listing_visibility": listing_visibility,
            }
        )
        for name, value in list_params.items():
            if value is not None:
                validate_list_of_strings_param(name, value)
                params[name] = list_to_comma_delimited(value)
        extras = {"allowed_response_headers": allowed_response_headers, "options": options, "token_type": token_type}
        params.update(utils.remove_nones({**extras, "user_lockout_config": user_lockout_config, "plugin_version": plugin_version}))
        params.update(kwargs)
        api_path = utils.format_url("/v1/sys/auth/{path}/tune", path=path)
        return self._adapter.post(url=api_path, json=params)

    def read_auth_method(self, path: str) -> VaultResponse:
        """Read the mount entry of the auth method at ``path``: type, accessor, settings (beyond the
        reference).

        ``GET /v1/sys/auth/{path}``

        :param path: the auth method's mount path.
        :return: the decoded answer (``data.type``, ``data.accessor``, ``data.config`` …), or the
            requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        api_path = utils.format_url("/v1/sys/auth/{path}", path=path)
        return self._adapter.get(url=api_path)
