"""Kubernetes secrets engine: service-account tokens for a Kubernetes cluster.

Beyond the reference: hvac has no class for this engine.
"""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "kubernetes"


class Kubernetes(VaultApiBase[VaultResponse]):
    """Kubernetes secrets engine: service-account tokens for a Kubernetes cluster."""

    @staticmethod
    def _url(template: str, mount_point: str, **kwargs: Any) -> str:
        return utils.format_url("/v1/{mount_point}/" + template, mount_point=mount_point, **kwargs)

    # ------------------------------------------------------------------ config

    def configure(
        self,
        kubernetes_host: Optional[str] = None,
        kubernetes_ca_cert: Optional[str] = None,
        service_account_jwt: Optional[str] = None,
        disable_local_ca_jwt: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Set how the engine reaches the cluster's API server.

        ``POST /v1/{mount_point}/config``

        Each setting left out defaults to what a pod provides (its service-account token and CA,
        ``KUBERNETES_SERVICE_HOST``), unless ``disable_local_ca_jwt`` is set.

        :param kubernetes_host: URL of the Kubernetes API server.
        :param kubernetes_ca_cert: PEM CA certificate that verifies the API server.
        :param service_account_jwt: token of the service account the engine acts as.
        :param disable_local_ca_jwt: do not fall back to the pod's own CA and token.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones(
            {
                "kubernetes_host": kubernetes_host,
                "kubernetes_ca_cert": kubernetes_ca_cert,
                "service_account_jwt": service_account_jwt,
                "disable_local_ca_jwt": disable_local_ca_jwt,
            }
        )
        return self._adapter.post(url=self._url("config", mount_point), json=params)

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the engine's connection settings (never the service-account token).

        ``GET /v1/{mount_point}/config``

        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.kubernetes_host``, ``data.kubernetes_ca_cert``,
            ``data.disable_local_ca_jwt``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config", mount_point))

    def delete_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove the engine's connection settings.

        ``DELETE /v1/{mount_point}/config``

        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url("config", mount_point))

    def check_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Check that OpenBao runs where the cluster settings can default from (a pod's environment).

        ``GET /v1/{mount_point}/check``

        :param mount_point: where the engine is mounted.
        :return: the requests.Response (204) when the environment is usable.
        :raises hvac.exceptions.InvalidRequest: when it is not (OpenBao names the missing variables).
        """
        return self._adapter.get(url=self._url("check", mount_point))

    # ------------------------------------------------------------------ roles

    def create_or_update_role(
        self,
        name: str,
        allowed_kubernetes_namespaces: Optional[List[str]] = None,
        allowed_kubernetes_namespace_selector: Optional[str] = None,
        service_account_name: Optional[str] = None,
        kubernetes_role_name: Optional[str] = None,
        kubernetes_role_type: Optional[str] = None,
        generated_role_rules: Optional[str] = None,
        name_template: Optional[str] = None,
        token_default_ttl: Optional[Union[int, str]] = None,
        token_max_ttl: Optional[Union[int, str]] = None,
        token_default_audiences: Optional[List[str]] = None,
        extra_annotations: Optional[Dict[str, str]] = None,
        extra_labels: Optional[Dict[str, str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or replace a role: which namespaces, and which Kubernetes objects a credential gets.

        ``POST /v1/{mount_point}/roles/{name}``

        Exactly one of ``service_account_name`` (token for an existing account),
        ``kubernetes_role_name`` (new account bound to an existing Role/ClusterRole) and
        ``generated_role_rules`` (new account and new Role/ClusterRole) is expected.

        :param name: the role.
        :param allowed_kubernetes_namespaces: namespaces credentials may be created in (``["*"]`` for all).
        :param allowed_kubernetes_namespace_selector: label selector (JSON or YAML) of allowed namespaces.
        :param service_account_name: an existing service account to create tokens for.
        :param kubernetes_role_name: an existing Role or ClusterRole to bind new accounts to.
        :param kubernetes_role_type: ``Role`` (OpenBao's default) or ``ClusterRole``.
        :param generated_role_rules: rules (JSON or YAML) of the Role or ClusterRole to create.
        :param name_template: template of the generated object names.
        :param token_default_ttl: default lifetime of generated tokens.
        :param token_max_ttl: maximum lifetime of generated tokens.
        :param token_default_audiences: default audiences of generated tokens.
        :param extra_annotations: annotations added to every generated object.
        :param extra_labels: labels added to every generated object.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones(
            {
                "allowed_kubernetes_namespaces": allowed_kubernetes_namespaces,
                "allowed_kubernetes_namespace_selector": allowed_kubernetes_namespace_selector,
                "service_account_name": service_account_name,
                "kubernetes_role_name": kubernetes_role_name,
                "kubernetes_role_type": kubernetes_role_type,
                "generated_role_rules": generated_role_rules,
                "name_template": name_template,
                "token_default_ttl": token_default_ttl,
                "token_max_ttl": token_max_ttl,
                "token_default_audiences": token_default_audiences,
                "extra_annotations": extra_annotations,
                "extra_labels": extra_labels,
            }
        )
        return self._adapter.post(url=self._url("roles/{name}", mount_point, name=name), json=params)

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role.

        ``GET /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url("roles/{name}", mount_point, name=name))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the roles.

        ``LIST /v1/{mount_point}/roles``

        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("roles", mount_point))

    def delete_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role.

        ``DELETE /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url("roles/{name}", mount_point, name=name))

    # ------------------------------------------------------------- credentials

    def generate_credentials(
        self,
        name: str,
        kubernetes_namespace: str,
        cluster_role_binding: Optional[bool] = None,
        ttl: Optional[Union[int, str]] = None,
        audiences: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a service-account token (and the objects the role asks for) in the cluster.

        ``POST /v1/{mount_point}/creds/{name}``

        :param name: the role.
        :param kubernetes_namespace: the namespace to create the credentials in.
        :param cluster_role_binding: bind with a ClusterRoleBinding (cluster-wide) instead of a RoleBinding.
        :param ttl: lifetime of the token.
        :param audiences: audiences of the token.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.service_account_token``, ``data.service_account_name`` …,
            with a lease), or the requests.Response.
        """
        params = utils.remove_nones(
            {
                "kubernetes_namespace": kubernetes_namespace,
                "cluster_role_binding": cluster_role_binding,
                "ttl": ttl,
                "audiences": audiences,
            }
        )
        return self._adapter.post(url=self._url("creds/{name}", mount_point, name=name), json=params)
