"""The 0.x flat methods of tokens and logins."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.v1.legacy._shim import ShimBase, _legacy, _none_when_absent, _url, _auth_url


class TokenShims(ShimBase):
    """The 0.x flat methods of tokens and logins."""

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
