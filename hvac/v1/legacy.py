"""The flat methods of hvac 0.x, kept so that old scripts run unchanged.

Each shim keeps the old signature, warns with a ``DeprecationWarning`` that names the
version it is due to go in and its replacement, then forwards to that replacement, or,
where the old request differs from what the replacement sends (or there is none), sends
the recorded request itself. :data:`LEGACY_METHODS` is the table the shims are built
from; the migration page of the documentation is generated from it too.

The shims are installed on :class:`hvac.Client` by :func:`install`, without replacing any
name the modern Client defines (the modern behaviour wins).
"""

from __future__ import annotations

import functools
import json
import warnings
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, TypeVar, Union

from hvac import adapters, exceptions, utils
from hvac.api.system_backend.auth import validate_listing_visibility

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class LegacyMethod:
    """One row of the migration table."""

    name: str
    removed_in: str
    replacement: Optional[str]
    """Qualified name of the replacement, e.g. ``hvac.api.system_backend.seal.Seal.seal``."""

    @property
    def call_path(self) -> Optional[str]:
        """How the replacement is reached from a client, e.g. ``client.sys.seal``."""
        if self.replacement is None:
            return None
        parts = self.replacement.split(".")
        if parts[1] == "adapters":
            return f"client.adapter.{parts[-1]}"
        category = {"system_backend": "sys", "auth_methods": "auth", "secrets_engines": "secrets"}[parts[2]]
        if category == "sys":
            return f"client.sys.{parts[-1]}"
        return f"client.{category}.{parts[-2].lower()}.{parts[-1]}"

    @property
    def docstring(self) -> str:
        """What ``help()`` shows of the shim: that it is deprecated, and what to call instead."""
        instead = f"use ``{self.call_path}``" if self.call_path else "it has no replacement (its endpoint is gone)"
        return f"Deprecated hvac 0.x flat method (due for removal in {self.removed_in}): {instead}."

    @property
    def warning_message(self) -> str:
        module, method = None, None
        if self.replacement is not None:
            module = self.replacement.rsplit(".", 2)[0]
            method = self.replacement.rsplit(".", 1)[1]
        return utils.generate_method_deprecation_message(self.removed_in, self.name, method, module)


LEGACY_METHODS: Dict[str, LegacyMethod] = {}


def _legacy(removed_in: str, replacement: Optional[str] = None) -> Callable[[F], F]:
    """Register the decorated function as a shim and make it warn on each call."""

    def decorator(function: F) -> F:
        qualified = None
        if replacement is not None:
            qualified = f"hvac.{replacement}" if replacement.startswith("adapters.") else f"hvac.api.{replacement}"
        entry = LegacyMethod(function.__name__, removed_in, qualified)
        LEGACY_METHODS[entry.name] = entry
        message = entry.warning_message

        @functools.wraps(function)
        def shim(*args: Any, **kwargs: Any) -> Any:
            warnings.warn(message=message, category=DeprecationWarning, stacklevel=2)
            return function(*args, **kwargs)

        shim.__doc__ = entry.docstring
        return shim  # type: ignore[return-value]

    return decorator


def _joined(value: Any) -> Any:
    return ",".join(value) if isinstance(value, list) else value


def _json(result: Any) -> Any:
    """The decoded body, as the 0.x code indexed it (a raw response is decoded here)."""
    return result.json() if hasattr(result, "json") and callable(result.json) else result


def _none_when_absent(send: Callable[[], Any]) -> Any:
    """The answer of ``send()``, or ``None`` when Vault answers 404 (0.x's "nothing to list")."""
    try:
        return send()
    except exceptions.InvalidPath:
        return None


def _status_is_204(result: Any) -> bool:
    return getattr(result, "status_code", None) == 204


class LegacyClientMethods:
    """The 0.x flat methods; :func:`install` copies them onto :class:`hvac.Client`."""

    _adapter: adapters.Adapter[Any]
    sys: Any
    auth: Any
    secrets: Any
    login: Callable[..., Any]

    # --- system backend ---------------------------------------------------------------------

    @_legacy("0.9.0", "system_backend.audit.Audit.calculate_hash")
    def audit_hash(self, name: str, input: str) -> Any:  # noqa: A002 - the old parameter name
        return self.sys.calculate_hash(path=name, input_to_hash=input)

    @_legacy("0.9.0", "system_backend.key.Key.cancel_root_generation")
    def cancel_generate_root(self) -> bool:
        return _status_is_204(self._adapter.delete("/v1/sys/generate-root/attempt"))

    @_legacy("0.9.0", "system_backend.key.Key.cancel_rekey")
    def cancel_rekey(self) -> Any:
        return self.sys.cancel_rekey()

    @_legacy("0.9.0", "system_backend.policy.Policy.delete_policy")
    def delete_policy(self, name: str) -> None:
        self._adapter.delete(_url("sys", "policy", name))

    @_legacy("0.9.0", "system_backend.audit.Audit.disable_audit_device")
    def disable_audit_backend(self, name: str) -> None:
        self._adapter.delete(_url("sys", "audit", name))

    @_legacy("0.9.0", "system_backend.auth.Auth.disable_auth_method")
    def disable_auth_backend(self, mount_point: str) -> Any:
        return self._adapter.delete(_url("sys", "auth", mount_point))

    @_legacy("0.9.0", "system_backend.mount.Mount.disable_secrets_engine")
    def disable_secret_backend(self, mount_point: str) -> Any:
        return self._adapter.delete(_url("sys", "mounts", mount_point))

    @_legacy("0.9.0", "system_backend.audit.Audit.enable_audit_device")
    def enable_audit_backend(
        self, backend_type: str, description: Optional[str] = None, options: Optional[Dict[str, Any]] = None, name: Optional[str] = None
    ) -> None:
        params = utils.remove_nones({"type": backend_type, "description": description, "options": options})
        self._adapter.post(_url("sys", "audit", name or backend_type), json=params)

    @_legacy("0.9.0", "system_backend.auth.Auth.enable_auth_method")
    def enable_auth_backend(
        self,
        backend_type: str,
        description: Optional[str] = None,
        mount_point: Optional[str] = None,
        config: Optional[Dict[str, Any]] = None,
        plugin_name: Optional[str] = None,
    ) -> Any:
        params = {"type": backend_type, "local": False}
        params.update(utils.remove_nones({"description": description, "config": config, "plugin_name": plugin_name}))
        return self._adapter.post(_url("sys", "auth", mount_point or backend_type), json=params)

    @_legacy("0.9.0", "system_backend.mount.Mount.enable_secrets_engine")
    def enable_secret_backend(
        self,
        backend_type: str,
        description: Optional[str] = None,
        mount_point: Optional[str] = None,
        config: Optional[Dict[str, Any]] = None,
        options: Optional[Dict[str, Any]] = None,
    ) -> Any:
        params = {
            "type": backend_type,
            "description": description,
            "config": config,
            "options": options,
            "plugin_name": None,
            "local": False,
            "seal_wrap": False,
        }
        return self._adapter.post(_url("sys", "mounts", mount_point or backend_type), json=params)

    @_legacy("0.9.0", "system_backend.key.Key.generate_root")
    def generate_root(self, key: str, nonce: str) -> Any:
        return self._adapter.put("/v1/sys/generate-root/update", json={"key": key, "nonce": nonce})

    @_legacy("0.9.0", "system_backend.auth.Auth.read_auth_method_tuning")
    def get_auth_backend_tuning(self, backend_type: str, mount_point: Optional[str] = None) -> Any:
        return self._adapter.get(_url("sys", "auth", mount_point or backend_type, "tune"))

    @_legacy("0.9.0", "system_backend.key.Key.read_backup_keys")
    def get_backed_up_keys(self) -> Any:
        return self._adapter.get("/v1/sys/rekey/backup")

    @_legacy("0.9.0", "system_backend.mount.Mount.read_mount_configuration")
    def get_secret_backend_tuning(self, backend_type: str, mount_point: Optional[str] = None) -> Any:
        return self._adapter.get(_url("sys", "mounts", mount_point or backend_type, "tune"))

    @_legacy("0.9.0", "system_backend.init.Init.initialize")
    def initialize(
        self, secret_shares: int = 5, secret_threshold: int = 3, pgp_keys: Optional[List[str]] = None
    ) -> Any:
        params: Dict[str, Any] = {
            "secret_shares": secret_shares,
            "secret_threshold": secret_threshold,
            "root_token_pgp_key": None,
        }
        if pgp_keys:
            if len(pgp_keys) != secret_shares:
                raise exceptions.ParamValidationError("length of pgp_keys list argument must equal secret_shares value")
            params["pgp_keys"] = pgp_keys
        return self._adapter.put("/v1/sys/init", json=params)

    @_legacy("0.9.0", "system_backend.init.Init.is_initialized")
    def is_initialized(self) -> bool:
        return bool(_json(self._adapter.get("/v1/sys/init"))["initialized"])

    @_legacy("0.9.0", "system_backend.seal.Seal.is_sealed")
    def is_sealed(self) -> bool:
        return bool(_json(self._adapter.get("/v1/sys/seal-status"))["sealed"])

    @_legacy("0.9.0", "system_backend.audit.Audit.list_enabled_audit_devices")
    def list_audit_backends(self) -> Any:
        return self._adapter.get("/v1/sys/audit")

    @_legacy("0.9.0", "system_backend.auth.Auth.list_auth_methods")
    def list_auth_backends(self) -> Any:
        return self._adapter.get("/v1/sys/auth")

    @_legacy("0.9.0", "system_backend.policy.Policy.list_policies")
    def list_policies(self) -> Any:
        return _json(self._adapter.get("/v1/sys/policy"))["policies"]

    @_legacy("0.9.0", "system_backend.mount.Mount.list_mounted_secrets_engines")
    def list_secret_backends(self) -> Any:
        return self._adapter.get("/v1/sys/mounts")

    @_legacy("0.9.0", "system_backend.lease.Lease.read_lease")
    def read_lease(self, lease_id: str) -> Any:
        return self._adapter.put("/v1/sys/leases/lookup", json={"lease_id": lease_id})

    @_legacy("0.9.0", "system_backend.key.Key.rekey")
    def rekey(self, key: str, nonce: Optional[str] = None) -> None:
        self._adapter.put("/v1/sys/rekey/update", json=utils.remove_nones({"key": key, "nonce": nonce}))

    @_legacy("0.9.0", "system_backend.key.Key.rekey_multi")
    def rekey_multi(self, keys: List[str], nonce: Optional[str] = None) -> Any:
        result: Any = None
        for key in keys:
            result = self._adapter.put("/v1/sys/rekey/update", json=utils.remove_nones({"key": key, "nonce": nonce}))
            if isinstance(result, dict) and result.get("complete"):
                break
        return result

    @_legacy("0.9.0", "system_backend.mount.Mount.move_backend")
    def remount_secret_backend(self, from_mount_point: str, to_mount_point: str) -> Any:
        return self._adapter.post("/v1/sys/remount", json={"from": from_mount_point, "to": to_mount_point})

    @_legacy("0.9.0", "system_backend.lease.Lease.renew_lease")
    def renew_secret(self, lease_id: str, increment: Optional[int] = None) -> Any:
        return self._adapter.put("/v1/sys/leases/renew", json={"lease_id": lease_id, "increment": increment})

    @_legacy("0.9.0", "system_backend.lease.Lease.revoke_lease")
    def revoke_secret(self, lease_id: str) -> Any:
        return self._adapter.put("/v1/sys/leases/revoke", json={"lease_id": lease_id})

    @_legacy("0.9.0", "system_backend.lease.Lease.revoke_lease")
    def revoke_secret_prefix(self, path_prefix: str) -> None:
        self._adapter.put(_url("sys", "leases", "revoke-prefix", path_prefix), json={"prefix": path_prefix})

    @_legacy("0.9.0", "system_backend.key.Key.rotate_encryption_key")
    def rotate(self) -> None:
        self._adapter.put("/v1/sys/rotate")

    @_legacy("0.9.0", "system_backend.seal.Seal.seal")
    def seal(self) -> None:
        self._adapter.put("/v1/sys/seal")

    @_legacy("0.9.0", "system_backend.policy.Policy.create_or_update_policy")
    def set_policy(self, name: str, rules: Union[str, Dict[str, Any]]) -> None:
        if isinstance(rules, dict):
            rules = json.dumps(rules)
        self._adapter.put(_url("sys", "policy", name), json={"rules": rules})

    @_legacy("0.9.0", "system_backend.key.Key.start_root_token_generation")
    def start_generate_root(self, key: str, otp: bool = False) -> Any:
        params = {"otp": key} if otp else {"pgp_key": key}
        return self._adapter.put("/v1/sys/generate-root/attempt", json=params)

    @_legacy("0.9.0", "system_backend.key.Key.start_rekey")
    def start_rekey(
        self,
        secret_shares: int = 5,
        secret_threshold: int = 3,
        pgp_keys: Optional[List[str]] = None,
        backup: bool = False,
    ) -> Any:
        params: Dict[str, Any] = {
            "secret_shares": secret_shares,
            "secret_threshold": secret_threshold,
            "require_verification": False,
        }
        if pgp_keys:
            if len(pgp_keys) != secret_shares:
                raise exceptions.ParamValidationError("length of pgp_keys argument must equal secret shares value")
            params["pgp_keys"] = pgp_keys
            params["backup"] = backup
        return self._adapter.put("/v1/sys/rekey/init", json=params)

    @_legacy("0.9.0", "system_backend.auth.Auth.tune_auth_method")
    def tune_auth_backend(
        self,
        backend_type: str,
        mount_point: Optional[str] = None,
        default_lease_ttl: Optional[Union[str, int]] = None,
        max_lease_ttl: Optional[Union[str, int]] = None,
        description: Optional[str] = None,
        audit_non_hmac_request_keys: Optional[List[str]] = None,
        audit_non_hmac_response_keys: Optional[List[str]] = None,
        listing_visibility: str = "",
        passthrough_request_headers: Optional[List[str]] = None,
    ) -> Any:
        lists = {
            "audit_non_hmac_request_keys": audit_non_hmac_request_keys,
            "audit_non_hmac_response_keys": audit_non_hmac_response_keys,
            "passthrough_request_headers": passthrough_request_headers,
        }
        for param_name, value in lists.items():
            if value is not None:
                utils.validate_list_of_strings_param(param_name, value)
        validate_listing_visibility(listing_visibility)
        params = {
            "default_lease_ttl": default_lease_ttl,
            "max_lease_ttl": max_lease_ttl,
            "description": description,
            "listing_visibility": listing_visibility,
        }
        params.update({name: _joined(value) for name, value in lists.items()})
        return self._adapter.post(
            _url("sys", "auth", mount_point or backend_type, "tune"),
            json=utils.remove_nones(params),
        )

    @_legacy("0.9.0", "system_backend.mount.Mount.tune_mount_configuration")
    def tune_secret_backend(
        self,
        backend_type: str,
        mount_point: Optional[str] = None,
        default_lease_ttl: Optional[Union[str, int]] = None,
        max_lease_ttl: Optional[Union[str, int]] = None,
        description: Optional[str] = None,
        audit_non_hmac_request_keys: Optional[List[str]] = None,
        audit_non_hmac_response_keys: Optional[List[str]] = None,
        listing_visibility: Optional[str] = None,
        passthrough_request_headers: Optional[List[str]] = None,
    ) -> Any:
        params = {
            "default_lease_ttl": default_lease_ttl,
            "max_lease_ttl": max_lease_ttl,
            "description": description,
            "audit_non_hmac_request_keys": audit_non_hmac_request_keys,
            "audit_non_hmac_response_keys": audit_non_hmac_response_keys,
            "listing_visibility": listing_visibility,
            "passthrough_request_headers": passthrough_request_headers,
        }
        return self._adapter.post(
            _url("sys", "mounts", mount_point or backend_type, "tune"),
            json=utils.remove_nones(params),
        )

    @_legacy("0.9.0", "system_backend.seal.Seal.submit_unseal_key")
    def unseal(self, key: str) -> Any:
        return self._adapter.put("/v1/sys/unseal", json={"key": key, "migrate": False})

    @_legacy("0.9.0", "system_backend.seal.Seal.submit_unseal_keys")
    def unseal_multi(self, keys: List[str]) -> Any:
        result: Any = None
        for key in keys:
            result = self._adapter.put("/v1/sys/unseal", json={"key": key, "migrate": False})
            if not (isinstance(result, dict) and result.get("sealed")):
                break
        return result

    @_legacy("0.9.0", "system_backend.seal.Seal.submit_unseal_key")
    def unseal_reset(self) -> Any:
        return self._adapter.put("/v1/sys/unseal", json={"reset": True, "migrate": False})

    @_legacy("0.9.0", "system_backend.wrapping.Wrapping.unwrap")
    def unwrap(self, token: Optional[str] = None) -> Any:
        return self._adapter.post("/v1/sys/wrapping/unwrap", json=utils.remove_nones({"token": token}))

    # --- tokens -----------------------------------------------------------------------------

    @_legacy("1.0.0", "auth_methods.token.Token.create")
    def create_token(
        self,
        role: Optional[str] = None,
        token_id: Optional[str] = None,
        policies: Optional[List[str]] = None,
        meta: Optional[Dict[str, str]] = None,
        no_parent: bool = False,
        lease: Optional[str] = None,
        display_name: Optional[str] = None,
        num_uses: Optional[int] = None,
        no_default_policy: bool = False,
        ttl: Optional[Union[str, int]] = None,
        orphan: bool = False,
        wrap_ttl: Optional[Union[str, int]] = None,
        renewable: Optional[bool] = None,
        explicit_max_ttl: Optional[Union[str, int]] = None,
        period: Optional[Union[str, int]] = None,
        token_type: Optional[str] = None,
    ) -> Any:
        params: Dict[str, Any] = {
            "id": token_id,
            "policies": policies,
            "meta": meta,
            "no_parent": no_parent,
            "display_name": display_name,
            "num_uses": num_uses,
            "no_default_policy": no_default_policy,
            "renewable": renewable,
        }
        # The old API sent "lease" in place of "ttl" when both were given.
        if lease:
            params["lease"] = lease
        else:
            params["ttl"] = ttl
        params["explicit_max_ttl"] = explicit_max_ttl
        params.update(utils.remove_nones({"period": period, "type": token_type}))
        if orphan:
            api_path = "/v1/auth/token/create-orphan"
        elif role:
            api_path = _url("auth", "token", "create", role)
        else:
            api_path = "/v1/auth/token/create"
        return self._adapter.post(api_path, json=params, wrap_ttl=wrap_ttl)

    @_legacy("1.0.0", "auth_methods.token.Token.create_or_update_role")
    def create_token_role(
        self,
        role: str,
        allowed_policies: Optional[List[str]] = None,
        disallowed_policies: Optional[List[str]] = None,
        orphan: Optional[bool] = None,
        period: Optional[Union[str, int]] = None,
        renewable: Optional[bool] = None,
        path_suffix: Optional[str] = None,
        explicit_max_ttl: Optional[Union[str, int]] = None,
    ) -> Any:
        params = {
            "allowed_policies": allowed_policies,
            "disallowed_policies": disallowed_policies,
            "orphan": orphan,
            "period": period,
            "renewable": renewable,
            "path_suffix": path_suffix,
            "explicit_max_ttl": explicit_max_ttl,
        }
        return self._adapter.post(_url("auth", "token", "roles", role), json=params)

    @_legacy("1.0.0", "auth_methods.token.Token.delete_role")
    def delete_token_role(self, role: str) -> None:
        self._adapter.delete(_url("auth", "token", "roles", role))

    @_legacy("1.0.0", "auth_methods.token.Token.list_roles")
    def list_token_roles(self) -> Any:
        return _none_when_absent(lambda: self._adapter.get("/v1/auth/token/roles", params={"list": True}))

    @_legacy("1.0.0", "auth_methods.token.Token.renew_self")
    def renew_self_token(self, increment: Optional[Union[str, int]] = None, wrap_ttl: Optional[Union[str, int]] = None) -> Any:
        return self._adapter.post("/v1/auth/token/renew-self", json={"increment": increment}, wrap_ttl=wrap_ttl)

    @_legacy("1.0.0", "auth_methods.token.Token.revoke_self")
    def revoke_self_token(self) -> None:
        self._adapter.put("/v1/auth/token/revoke-self")

    @_legacy("1.0.0")
    def revoke_token_prefix(self, prefix: str) -> None:
        self._adapter.post(_url("auth", "token", "revoke-prefix", prefix))

    @_legacy("1.0.0", "auth_methods.token.Token.read_role")
    def token_role(self, role: str) -> Any:
        return self._adapter.get(_url("auth", "token", "roles", role))

    # --- logins -----------------------------------------------------------------------------

    @_legacy("1.0.0")
    def auth_app_id(self, app_id: str, user_id: str, mount_point: str = "app-id", use_token: bool = True) -> Any:
        return self.login(
            _auth_url(mount_point, "login"),
            json={"app_id": app_id, "user_id": user_id},
            use_token=use_token,
        )

    @_legacy("0.12.0", "auth_methods.approle.AppRole.login")
    def auth_approle(
        self, role_id: str, secret_id: Optional[str] = None, mount_point: str = "approle", use_token: bool = True
    ) -> Any:
        # 0.x left secret_id out when unset; the modern login sends it as null.
        return self.login(
            _auth_url(mount_point, "login"),
            json=utils.remove_nones({"role_id": role_id, "secret_id": secret_id}),
            use_token=use_token,
        )

    @_legacy("0.11.2", "auth_methods.aws.Aws.iam_login")
    def auth_aws_iam(
        self,
        access_key: str,
        secret_key: str,
        session_token: Optional[str] = None,
        header_value: Optional[str] = None,
        mount_point: str = "aws",
        role: str = "",
        use_token: bool = True,
        region: str = "us-east-1",
    ) -> Any:
        return self.auth.aws.iam_login(
            access_key=access_key,
            secret_key=secret_key,
            session_token=session_token,
            header_value=header_value,
            role=role,
            use_token=use_token,
            region=region,
            mount_point=mount_point,
        )

    @_legacy("0.11.2", "auth_methods.aws.Aws.ec2_login")
    def auth_ec2(
        self,
        pkcs7: str,
        nonce: Optional[str] = None,
        role: Optional[str] = None,
        use_token: bool = True,
        mount_point: str = "aws-ec2",
    ) -> Any:
        return self.auth.aws.ec2_login(
            pkcs7=pkcs7, nonce=nonce, role=role, use_token=use_token, mount_point=mount_point
        )

    @_legacy("0.9.0", "auth_methods.gcp.Gcp.login")
    def auth_gcp(self, *args: Any, **kwargs: Any) -> Any:
        return self.auth.gcp.login(*args, **kwargs)

    @_legacy("0.8.0", "auth_methods.github.Github.login")
    def auth_github(self, *args: Any, **kwargs: Any) -> Any:
        return self.auth.github.login(*args, **kwargs)

    @_legacy("1.0.0", "auth_methods.kubernetes.Kubernetes.login")
    def auth_kubernetes(self, role: str, jwt: str, use_token: bool = True, mount_point: str = "kubernetes") -> Any:
        return self.auth.kubernetes.login(role=role, jwt=jwt, use_token=use_token, mount_point=mount_point)

    @_legacy("0.8.0", "auth_methods.ldap.Ldap.login")
    def auth_ldap(self, *args: Any, **kwargs: Any) -> Any:
        return self.auth.ldap.login(*args, **kwargs)

    @_legacy("0.13.0", "auth_methods.cert.Cert.login")
    def auth_tls(self, mount_point: str = "cert", use_token: bool = True) -> Any:
        return self.auth.cert.login(mount_point=mount_point, use_token=use_token)

    @_legacy("1.0.0", "auth_methods.userpass.Userpass.login")
    def auth_userpass(
        self, username: str, password: str, mount_point: str = "userpass", use_token: bool = True, **kwargs: Any
    ) -> Any:
        # Extra keyword arguments go into the login body, which the modern method does not allow.
        params = {"password": password, **kwargs}
        return self.login(
            _auth_url(mount_point, "login", username),
            json=params,
            use_token=use_token,
        )

    # --- app-id (no modern replacement) -----------------------------------------------------

    @_legacy("1.0.0")
    def create_app_id(
        self, app_id: str, policies: Union[str, List[str]], display_name: Optional[str] = None, mount_point: str = "app-id", **kwargs: Any
    ) -> Any:
        params = {"value": _joined(policies), **utils.remove_nones({"display_name": display_name}), **kwargs}
        return self._adapter.post(
            _auth_url(mount_point, "map", "app-id", app_id),
            json=params,
        )

    @_legacy("1.0.0")
    def create_user_id(
        self, user_id: str, app_id: str, cidr_block: Optional[str] = None, mount_point: str = "app-id", **kwargs: Any
    ) -> Any:
        params = {"value": app_id, **utils.remove_nones({"cidr_block": cidr_block}), **kwargs}
        return self._adapter.post(
            _auth_url(mount_point, "map", "user-id", user_id),
            json=params,
        )

    @_legacy("1.0.0")
    def delete_app_id(self, app_id: str, mount_point: str = "app-id") -> Any:
        return self._adapter.delete(_auth_url(mount_point, "map", "app-id", app_id))

    @_legacy("1.0.0")
    def delete_user_id(self, user_id: str, mount_point: str = "app-id") -> Any:
        return self._adapter.delete(_auth_url(mount_point, "map", "user-id", user_id))

    @_legacy("1.0.0")
    def get_app_id(self, app_id: str, mount_point: str = "app-id", wrap_ttl: Optional[Union[str, int]] = None) -> Any:
        return self._adapter.get(
            _auth_url(mount_point, "map", "app-id", app_id),
            wrap_ttl=wrap_ttl,
        )

    @_legacy("1.0.0")
    def get_user_id(self, user_id: str, mount_point: str = "app-id", wrap_ttl: Optional[Union[str, int]] = None) -> Any:
        return self._adapter.get(
            _auth_url(mount_point, "map", "user-id", user_id),
            wrap_ttl=wrap_ttl,
        )

    # --- AWS EC2 ----------------------------------------------------------------------------

    @_legacy("0.11.2", "auth_methods.aws.Aws.create_role")
    def create_ec2_role(
        self,
        role: str,
        bound_ami_id: Optional[str] = None,
        bound_account_id: Optional[str] = None,
        bound_iam_role_arn: Optional[str] = None,
        bound_iam_instance_profile_arn: Optional[str] = None,
        bound_ec2_instance_id: Optional[str] = None,
        bound_region: Optional[str] = None,
        bound_vpc_id: Optional[str] = None,
        bound_subnet_id: Optional[str] = None,
        role_tag: Optional[str] = None,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        period: Optional[Union[str, int]] = None,
        policies: Optional[Union[str, List[str]]] = None,
        allow_instance_migration: bool = False,
        disallow_reauthentication: bool = False,
        resolve_aws_unique_ids: Optional[bool] = None,
        mount_point: str = "aws-ec2",
    ) -> Any:
        # As recorded: unset TTLs are sent as 0, and bound_ec2_instance_id is never sent.
        params: Dict[str, Any] = {
            "role": role,
            "auth_type": "ec2",
            "disallow_reauthentication": disallow_reauthentication,
            "allow_instance_migration": allow_instance_migration,
            "ttl": 0 if ttl is None else ttl,
            "max_ttl": 0 if max_ttl is None else max_ttl,
            "period": 0 if period is None else period,
        }
        optional = {
            "bound_ami_id": bound_ami_id,
            "bound_account_id": bound_account_id,
            "bound_iam_role_arn": bound_iam_role_arn,
            "bound_iam_instance_profile_arn": bound_iam_instance_profile_arn,
            "bound_region": bound_region,
            "bound_vpc_id": bound_vpc_id,
            "bound_subnet_id": bound_subnet_id,
            "role_tag": role_tag,
            "policies": policies,
            "resolve_aws_unique_ids": resolve_aws_unique_ids,
        }
        params.update(utils.remove_nones(optional))
        return self._adapter.post(_auth_url(mount_point, "role", role), json=params)

    @_legacy("0.11.2", "auth_methods.aws.Aws.create_role_tags")
    def create_ec2_role_tag(
        self,
        role: str,
        policies: Optional[Union[str, List[str]]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        instance_id: Optional[str] = None,
        disallow_reauthentication: bool = False,
        allow_instance_migration: bool = False,
        mount_point: str = "aws-ec2",
    ) -> Any:
        params = {
            "role": role,
            "disallow_reauthentication": disallow_reauthentication,
            "allow_instance_migration": allow_instance_migration,
            **utils.remove_nones({"policies": policies, "max_ttl": max_ttl, "instance_id": instance_id}),
        }
        return self._adapter.post(_auth_url(mount_point, "role", role, "tag"), json=params)

    @_legacy("0.11.2", "auth_methods.aws.Aws.create_certificate_configuration")
    def create_vault_ec2_certificate_configuration(
        self, cert_name: str, aws_public_cert: str, mount_point: str = "aws-ec2"
    ) -> Any:
        return self._adapter.post(
            _auth_url(mount_point, "config", "certificate", cert_name),
            json={"cert_name": cert_name, "aws_public_cert": aws_public_cert},
        )

    @_legacy("0.11.2", "auth_methods.aws.Aws.configure")
    def create_vault_ec2_client_configuration(
        self, access_key: str, secret_key: str, endpoint: Optional[str] = None, mount_point: str = "aws-ec2"
    ) -> Any:
        params = {"access_key": access_key, "secret_key": secret_key, **utils.remove_nones({"endpoint": endpoint})}
        return self._adapter.post(_auth_url(mount_point, "config", "client"), json=params)

    @_legacy("0.11.2", "auth_methods.aws.Aws.delete_role")
    def delete_ec2_role(self, role: str, mount_point: str = "aws-ec2") -> Any:
        return self._adapter.delete(_auth_url(mount_point, "role", role))

    @_legacy("0.11.2", "auth_methods.aws.Aws.delete_config")
    def delete_vault_ec2_client_configuration(self, mount_point: str = "aws-ec2") -> Any:
        return self._adapter.delete(_auth_url(mount_point, "config", "client"))

    @_legacy("0.11.2", "auth_methods.aws.Aws.read_role")
    def get_ec2_role(self, role: str, mount_point: str = "aws-ec2") -> Any:
        return self._adapter.get(_auth_url(mount_point, "role", role))

    @_legacy("0.11.2", "auth_methods.aws.Aws.read_certificate_configuration")
    def get_vault_ec2_certificate_configuration(self, cert_name: str, mount_point: str = "aws-ec2") -> Any:
        return self._adapter.get(_auth_url(mount_point, "config", "certificate", cert_name))

    @_legacy("0.11.2", "auth_methods.aws.Aws.read_config")
    def get_vault_ec2_client_configuration(self, mount_point: str = "aws-ec2") -> Any:
        return self._adapter.get(_auth_url(mount_point, "config", "client"))

    @_legacy("0.11.2", "auth_methods.aws.Aws.list_roles")
    def list_ec2_roles(self, mount_point: str = "aws-ec2") -> Any:
        return self._adapter.get(_auth_url(mount_point, "roles"), params={"list": True})

    @_legacy("0.11.2", "auth_methods.aws.Aws.list_certificate_configurations")
    def list_vault_ec2_certificate_configurations(self, mount_point: str = "aws-ec2") -> Any:
        return self._adapter.get(
            _auth_url(mount_point, "config", "certificates"),
            params={"list": True},
        )

    # --- Kubernetes -------------------------------------------------------------------------

    @_legacy("1.0.0", "auth_methods.kubernetes.Kubernetes.configure")
    def create_kubernetes_configuration(
        self,
        kubernetes_host: str,
        kubernetes_ca_cert: Optional[str] = None,
        token_reviewer_jwt: Optional[str] = None,
        pem_keys: Optional[List[str]] = None,
        mount_point: str = "kubernetes",
    ) -> Any:
        params = {
            "kubernetes_host": kubernetes_host,
            "kubernetes_ca_cert": kubernetes_ca_cert,
            **utils.remove_nones({"token_reviewer_jwt": token_reviewer_jwt, "pem_keys": pem_keys}),
        }
        return self._adapter.post(_auth_url(mount_point, "config"), json=params)

    @_legacy("1.0.0", "auth_methods.kubernetes.Kubernetes.create_role")
    def create_kubernetes_role(
        self,
        name: str,
        bound_service_account_names: List[str],
        bound_service_account_namespaces: List[str],
        ttl: Union[str, int] = "",
        max_ttl: Union[str, int] = "",
        period: Union[str, int] = "",
        policies: Optional[List[str]] = None,
        token_type: str = "",
        mount_point: str = "kubernetes",
    ) -> Any:
        params: Dict[str, Any] = {
            "bound_service_account_names": bound_service_account_names,
            "bound_service_account_namespaces": bound_service_account_namespaces,
            "ttl": ttl,
            "max_ttl": max_ttl,
            "period": period,
            "policies": policies,
        }
        if token_type:
            params["token_type"] = token_type
        return self._adapter.post(_auth_url(mount_point, "role", name), json=params)

    @_legacy("1.0.0", "auth_methods.kubernetes.Kubernetes.delete_role")
    def delete_kubernetes_role(self, role: str, mount_point: str = "kubernetes") -> Any:
        return self._adapter.delete(_auth_url(mount_point, "role", role))

    @_legacy("1.0.0", "auth_methods.kubernetes.Kubernetes.read_config")
    def get_kubernetes_configuration(self, mount_point: str = "kubernetes") -> Any:
        return self._adapter.get(_auth_url(mount_point, "config"))

    @_legacy("1.0.0", "auth_methods.kubernetes.Kubernetes.read_role")
    def get_kubernetes_role(self, name: str, mount_point: str = "kubernetes") -> Any:
        return self._adapter.get(_auth_url(mount_point, "role", name))

    @_legacy("1.0.0", "auth_methods.kubernetes.Kubernetes.list_roles")
    def list_kubernetes_roles(self, mount_point: str = "kubernetes") -> Any:
        return self._adapter.get(_auth_url(mount_point, "role"), params={"list": "true"})

    # --- AppRole ----------------------------------------------------------------------------

    @_legacy("0.12.0", "auth_methods.approle.AppRole.create_or_update_approle")
    def create_role(self, role_name: str, mount_point: str = "approle", **kwargs: Any) -> Any:
        return self._adapter.post(_approle_url(mount_point, role_name), json=kwargs)

    @_legacy("0.12.0", "auth_methods.approle.AppRole.create_custom_secret_id")
    def create_role_custom_secret_id(
        self, role_name: str, secret_id: str, meta: Optional[Dict[str, Any]] = None, mount_point: str = "approle"
    ) -> Any:
        params = {"secret_id": secret_id, **utils.remove_nones({"meta": meta})}
        return self._adapter.post(_approle_url(mount_point, role_name, "custom-secret-id"), json=params)

    @_legacy("0.12.0", "auth_methods.approle.AppRole.generate_secret_id")
    def create_role_secret_id(
        self,
        role_name: str,
        meta: Optional[Dict[str, Any]] = None,
        cidr_list: Optional[Union[str, List[str]]] = None,
        token_bound_cidrs: Optional[Union[str, List[str]]] = None,
        wrap_ttl: Optional[Union[str, int]] = None,
        mount_point: str = "approle",
    ) -> Any:
        params = utils.remove_nones(
            {
                "metadata": json.dumps(meta) if meta else None,
                "cidr_list": cidr_list,
                "token_bound_cidrs": token_bound_cidrs,
            }
        )
        return self._adapter.post(_approle_url(mount_point, role_name, "secret-id"), json=params, wrap_ttl=wrap_ttl)

    @_legacy("0.12.0", "auth_methods.approle.AppRole.delete_role")
    def delete_role(self, role_name: str, mount_point: str = "approle") -> Any:
        return self._adapter.delete(_approle_url(mount_point, role_name))

    @_legacy("0.12.0", "auth_methods.approle.AppRole.destroy_secret_id")
    def delete_role_secret_id(self, role_name: str, secret_id: str, mount_point: str = "approle") -> Any:
        return self._adapter.post(
            _approle_url(mount_point, role_name, "secret-id", "destroy"), json={"secret_id": secret_id}
        )

    @_legacy("0.12.0", "auth_methods.approle.AppRole.destroy_secret_id_accessor")
    def delete_role_secret_id_accessor(
        self, role_name: str, secret_id_accessor: str, mount_point: str = "approle"
    ) -> Any:
        return self._adapter.post(
            _approle_url(mount_point, role_name, "secret-id-accessor", "destroy"),
            json={"secret_id_accessor": secret_id_accessor},
        )

    @_legacy("0.12.0", "auth_methods.approle.AppRole.read_role")
    def get_role(self, role_name: str, mount_point: str = "approle") -> Any:
        return self._adapter.get(_approle_url(mount_point, role_name))

    @_legacy("0.12.0", "auth_methods.approle.AppRole.read_role_id")
    def get_role_id(self, role_name: str, mount_point: str = "approle") -> Any:
        return _json(self._adapter.get(_approle_url(mount_point, role_name, "role-id")))["data"]["role_id"]

    @_legacy("0.12.0", "auth_methods.approle.AppRole.read_secret_id")
    def get_role_secret_id(self, role_name: str, secret_id: str, mount_point: str = "approle") -> Any:
        return self._adapter.post(
            _approle_url(mount_point, role_name, "secret-id", "lookup"), json={"secret_id": secret_id}
        )

    @_legacy("0.12.0", "auth_methods.approle.AppRole.read_secret_id_accessor")
    def get_role_secret_id_accessor(self, role_name: str, secret_id_accessor: str, mount_point: str = "approle") -> Any:
        return self._adapter.post(
            _approle_url(mount_point, role_name, "secret-id-accessor", "lookup"),
            json={"secret_id_accessor": secret_id_accessor},
        )

    @_legacy("0.12.0", "auth_methods.approle.AppRole.list_secret_id_accessors")
    def list_role_secrets(self, role_name: str, mount_point: str = "approle") -> Any:
        return self._adapter.list(_approle_url(mount_point, role_name, "secret-id"))

    @_legacy("0.12.0", "auth_methods.approle.AppRole.list_roles")
    def list_roles(self, mount_point: str = "approle") -> Any:
        return self._adapter.get(_auth_url(mount_point, "role"), params={"list": "true"})

    @_legacy("0.12.0", "auth_methods.approle.AppRole.update_role_id")
    def set_role_id(self, role_name: str, role_id: str, mount_point: str = "approle") -> Any:
        return self._adapter.post(_approle_url(mount_point, role_name, "role-id"), json={"role_id": role_id})

    # --- Userpass ---------------------------------------------------------------------------

    @_legacy("1.0.0", "auth_methods.userpass.Userpass.create_or_update_user")
    def create_userpass(
        self, username: str, password: str, policies: Union[str, List[str]], mount_point: str = "userpass", **kwargs: Any
    ) -> Any:
        params = {"password": password, "policies": policies, **kwargs}
        return self._adapter.post(_userpass_url(mount_point, username), json=params)

    @_legacy("1.0.0", "auth_methods.userpass.Userpass.delete_user")
    def delete_userpass(self, username: str, mount_point: str = "userpass") -> Any:
        return self._adapter.delete(_userpass_url(mount_point, username))

    @_legacy("1.0.0", "auth_methods.userpass.Userpass.list_user")
    def list_userpass(self, mount_point: str = "userpass") -> Any:
        return _none_when_absent(lambda: self._adapter.get(_auth_url(mount_point, "users"), params={"list": True}))

    @_legacy("1.0.0", "auth_methods.userpass.Userpass.read_user")
    def read_userpass(self, username: str, mount_point: str = "userpass") -> Any:
        return self._adapter.get(_userpass_url(mount_point, username))

    @_legacy("1.0.0", "auth_methods.userpass.Userpass.update_password_on_user")
    def update_userpass_password(self, username: str, password: str, mount_point: str = "userpass") -> Any:
        return self._adapter.post(_userpass_url(mount_point, username, "password"), json={"password": password})

    @_legacy("1.0.0", "auth_methods.userpass.Userpass.create_or_update_user")
    def update_userpass_policies(self, username: str, policies: Union[str, List[str]], mount_point: str = "userpass") -> Any:
        return self._adapter.post(_userpass_url(mount_point, username, "policies"), json={"policies": policies})

    # --- Transit (the old methods validated nothing and used other body keys) ---------------

    @_legacy("0.9.0", "secrets_engines.transit.Transit.create_key")
    def transit_create_key(
        self,
        name: str,
        convergent_encryption: Optional[bool] = None,
        derived: Optional[bool] = None,
        exportable: Optional[bool] = None,
        key_type: Optional[str] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = {
            "convergent_encryption": convergent_encryption,
            "derived": derived,
            "exportable": exportable,
            "type": key_type,
        }
        return self._adapter.post(_url(mount_point, "keys", name), json=utils.remove_nones(params))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.decrypt_data")
    def transit_decrypt_data(
        self,
        name: str,
        ciphertext: str,
        context: Optional[str] = None,
        nonce: Optional[str] = None,
        batch_input: Optional[List[Dict[str, Any]]] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = {"ciphertext": ciphertext, "context": context, "nonce": nonce, "batch_input": batch_input}
        return self._adapter.post(_url(mount_point, "decrypt", name), json=utils.remove_nones(params))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.delete_key")
    def transit_delete_key(self, name: str, mount_point: str = "transit") -> Any:
        return self._adapter.delete(_url(mount_point, "keys", name))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.encrypt_data")
    def transit_encrypt_data(
        self,
        name: str,
        plaintext: str,
        context: Optional[str] = None,
        key_version: Optional[int] = None,
        nonce: Optional[str] = None,
        batch_input: Optional[List[Dict[str, Any]]] = None,
        key_type: Optional[str] = None,
        convergent_encryption: Optional[str] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = {
            "plaintext": plaintext,
            "context": context,
            "key_version": key_version,
            "nonce": nonce,
            "batch_input": batch_input,
            "type": key_type,
            "convergent_encryption": convergent_encryption,
        }
        return self._adapter.post(_url(mount_point, "encrypt", name), json=utils.remove_nones(params))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.export_key")
    def transit_export_key(self, name: str, key_type: str, version: Optional[Union[int, str]] = None, mount_point: str = "transit") -> Any:
        return self._adapter.get(_url(mount_point, "export", key_type, name, version))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.generate_data_key")
    def transit_generate_data_key(
        self,
        name: str,
        key_type: str,
        context: Optional[str] = None,
        nonce: Optional[str] = None,
        bits: Optional[int] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = utils.remove_nones({"context": context, "nonce": nonce, "bits": bits})
        return self._adapter.post(_url(mount_point, "datakey", key_type, name), json=params)

    @_legacy("0.9.0", "secrets_engines.transit.Transit.generate_hmac")
    def transit_generate_hmac(
        self,
        name: str,
        hmac_input: str,
        key_version: Optional[int] = None,
        algorithm: Optional[str] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = utils.remove_nones({"input": hmac_input, "key_version": key_version})
        return self._adapter.post(_url(mount_point, "hmac", name, algorithm), json=params)

    @_legacy("0.9.0", "secrets_engines.transit.Transit.generate_random_bytes")
    def transit_generate_rand_bytes(
        self, data_bytes: Optional[int] = None, output_format: Optional[str] = None, mount_point: str = "transit"
    ) -> Any:
        params = utils.remove_nones({"format": output_format})
        return self._adapter.post(_url(mount_point, "random", data_bytes), json=params)

    @_legacy("0.9.0", "secrets_engines.transit.Transit.hash_data")
    def transit_hash_data(
        self,
        hash_input: str,
        algorithm: Optional[str] = None,
        output_format: Optional[str] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = utils.remove_nones({"input": hash_input, "format": output_format})
        return self._adapter.post(_url(mount_point, "hash", algorithm), json=params)

    @_legacy("0.9.0", "secrets_engines.transit.Transit.list_keys")
    def transit_list_keys(self, mount_point: str = "transit") -> Any:
        return self._adapter.get(_url(mount_point, "keys"), params={"list": "true"})

    @_legacy("0.9.0", "secrets_engines.transit.Transit.read_key")
    def transit_read_key(self, name: str, mount_point: str = "transit") -> Any:
        return self._adapter.get(_url(mount_point, "keys", name))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.rewrap_data")
    def transit_rewrap_data(
        self,
        name: str,
        ciphertext: str,
        context: Optional[str] = None,
        key_version: Optional[int] = None,
        nonce: Optional[str] = None,
        batch_input: Optional[List[Dict[str, Any]]] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = {
            "ciphertext": ciphertext,
            "context": context,
            "key_version": key_version,
            "nonce": nonce,
            "batch_input": batch_input,
        }
        return self._adapter.post(_url(mount_point, "rewrap", name), json=utils.remove_nones(params))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.rotate_key")
    def transit_rotate_key(self, name: str, mount_point: str = "transit") -> Any:
        return self._adapter.post(_url(mount_point, "keys", name, "rotate"))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.sign_data")
    def transit_sign_data(
        self,
        name: str,
        input_data: str,
        key_version: Optional[int] = None,
        algorithm: Optional[str] = None,
        context: Optional[str] = None,
        prehashed: Optional[bool] = None,
        mount_point: str = "transit",
        signature_algorithm: str = "pss",
    ) -> Any:
        params = {
            "input": input_data,
            "key_version": key_version,
            "context": context,
            "prehashed": prehashed,
            "signature_algorithm": signature_algorithm,
        }
        return self._adapter.post(_url(mount_point, "sign", name, algorithm), json=utils.remove_nones(params))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.update_key_configuration")
    def transit_update_key(
        self,
        name: str,
        min_decryption_version: Optional[int] = None,
        min_encryption_version: Optional[int] = None,
        deletion_allowed: Optional[bool] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = {
            "min_decryption_version": min_decryption_version,
            "min_encryption_version": min_encryption_version,
            "deletion_allowed": deletion_allowed,
        }
        return self._adapter.post(_url(mount_point, "keys", name, "config"), json=utils.remove_nones(params))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.verify_signed_data")
    def transit_verify_signed_data(
        self,
        name: str,
        input_data: str,
        algorithm: Optional[str] = None,
        signature: Optional[str] = None,
        hmac: Optional[str] = None,
        context: Optional[str] = None,
        prehashed: Optional[bool] = None,
        mount_point: str = "transit",
        signature_algorithm: str = "pss",
    ) -> Any:
        params = {
            "input": input_data,
            "signature": signature,
            "hmac": hmac,
            "context": context,
            "prehashed": prehashed,
            "signature_algorithm": signature_algorithm,
        }
        return self._adapter.post(_url(mount_point, "verify", name, algorithm), json=utils.remove_nones(params))

    # --- adapter helpers --------------------------------------------------------------------

    @_legacy("0.8.0", "adapters.Adapter.close")
    def close(self) -> None:
        self._adapter.close()

    @staticmethod
    @_legacy("0.8.0", "adapters.Adapter.urljoin")
    def urljoin(*args: Any) -> str:
        return adapters.Adapter.urljoin(*args)


def _url(*parts: Any) -> str:
    """``/v1/part/part…``, each part quoted (``/`` kept), ``None`` parts left out."""
    kept = [str(p) for p in parts if p is not None]
    return utils.format_url("/v1" + "/{}" * len(kept), *kept)


def _auth_url(mount_point: str, *parts: Any) -> str:
    return _url("auth", mount_point, *parts)


def _approle_url(mount_point: str, role_name: str, *parts: Any) -> str:
    return _auth_url(mount_point, "role", role_name, *parts)


def _userpass_url(mount_point: str, username: str, *parts: Any) -> str:
    return _auth_url(mount_point, "users", username, *parts)


def install(client_class: type) -> None:
    """Copy every shim onto ``client_class``, replacing the lazy stand-ins but no name the
    class defines itself (the modern behaviour wins)."""
    from hvac.v1 import _LegacyMethodLoader

    for name in LEGACY_METHODS:
        current = vars(client_class).get(name)
        if current is None or isinstance(current, _LegacyMethodLoader):
            setattr(client_class, name, vars(LegacyClientMethods)[name])
