"""The 0.x flat methods of app-id, AWS EC2, Kubernetes, AppRole and userpass."""
from __future__ import annotations

import json

from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.v1.legacy._shim import (
    ShimBase,
    _approle_url,
    _auth_url,
    _joined,
    _json,
    _legacy,
    _none_when_absent,
    _userpass_url,
)


class AuthMethodShims(ShimBase):
    """The 0.x flat methods of app-id, AWS EC2, Kubernetes, AppRole and userpass."""

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
