"""The 0.x flat methods of the system backend."""
from __future__ import annotations

import json

from typing import Any, Dict, List, Optional, Union

from hvac import exceptions, utils
from hvac.api.system_backend.auth import validate_listing_visibility
from hvac.v1.legacy._shim import ShimBase, _legacy, _joined, _json, _status_is_204, _url


class SystemBackendShims(ShimBase):
    """The 0.x flat methods of the system backend."""

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
