"""Kubernetes auth method: pods log in with their service account token."""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.auth_methods._token_fields import TokenFields, shared_field_docs, with_token_fields
from hvac.api.vault_api_base import VaultApiBase, VaultResponse
from hvac.utils import comma_delimited_to_list, validate_list_of_strings_param, validate_pem_format

DEFAULT_MOUNT_POINT = "kubernetes"

StrOrList = Union[str, List[str]]


def _url(template: str, mount_point: str, **kwargs: str) -> str:
    return utils.format_url("/v1/auth/{mount_point}/" + template, mount_point=mount_point, **kwargs)


def _data(response: VaultResponse) -> Any:
    """The ``data`` of a decoded answer (the reference returns only that for reads and lists)."""
    return response.get("data") if isinstance(response, dict) else response


class Kubernetes(VaultApiBase[VaultResponse]):
    """Kubernetes auth method.

    Reads and lists of this class return the ``data`` part of the answer only (as the reference does).

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/kubernetes
    """

    def configure(
        self,
        kubernetes_host: str,
        kubernetes_ca_cert: Optional[str] = None,
        token_reviewer_jwt: Optional[str] = None,
        pem_keys: Optional[List[str]] = None,
        issuer: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        disable_local_ca_jwt: bool = False,
        *,
        disable_iss_validation: Optional[bool] = None,
    ) -> VaultResponse:
        """Configure how the method reaches and trusts the Kubernetes API.

        ``POST /v1/auth/{mount_point}/config``

        :param kubernetes_host: URL of the Kubernetes API server.
        :param kubernetes_ca_cert: CA certificate of the API server, PEM.
        :param token_reviewer_jwt: service account JWT Vault uses for the TokenReview API.
        :param pem_keys: PEM public keys or certificates that verify service account JWTs.
        :param issuer: expected ``iss`` claim of the service account JWTs.
        :param mount_point: where the auth method is mounted.
        :param disable_local_ca_jwt: do not use the pod's own CA and token when Vault runs in Kubernetes.
        :param disable_iss_validation: skip the check of the JWTs' ``iss`` claim against ``issuer``
            (deprecated by both servers, which skip it by default).
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when ``kubernetes_ca_cert`` or ``pem_keys`` is not PEM.
        """
        if kubernetes_ca_cert is not None:
            validate_pem_format("kubernetes_ca_cert", kubernetes_ca_cert)
        if pem_keys is not None:
            validate_pem_format("pem_keys", pem_keys)
        params: Dict[str, Any] = {"kubernetes_host": kubernetes_host, "disable_local_ca_jwt": disable_local_ca_jwt}
        params.update(
            utils.remove_nones(
                {
                    "kubernetes_ca_cert": kubernetes_ca_cert,
                    "token_reviewer_jwt": token_reviewer_jwt,
                    "pem_keys": pem_keys,
                    "issuer": issuer,
                    "disable_iss_validation": disable_iss_validation,
                }
            )
        )
        return self._adapter.post(url=_url("config", mount_point), json=params)

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> Any:
        """Read the configuration.

        ``GET /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer.
        """
        return _data(self._adapter.get(url=_url("config", mount_point)))

    @shared_field_docs
    def create_role(
        self,
        name: str,
        bound_service_account_names: StrOrList,
        bound_service_account_namespaces: StrOrList,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        period: Optional[Union[str, int]] = None,
        policies: Optional[StrOrList] = None,
        token_type: str = "",
        mount_point: str = DEFAULT_MOUNT_POINT,
        alias_name_source: Optional[str] = None,
        audience: Optional[str] = None,
        *,
        token_fields: Optional[TokenFields] = None,
        bound_service_account_namespace_selector: Optional[str] = None,
        token_strictly_bind_ip: Optional[bool] = None,
        # deprecated names of token settings
        num_uses: Optional[int] = None, bound_cidrs: Optional[StrOrList] = None,
    ) -> VaultResponse:
        """Create a role, or update an existing one.

        ``POST /v1/auth/{mount_point}/role/{name}``

        The name and namespace lists (and ``policies``) may be lists or comma-delimited strings; they
        are sent as lists. ``ttl``, ``max_ttl``, ``period``, ``policies`` and ``token_type`` are also
        settings of ``token_fields`` (the first four under their deprecated names).

        :param name: name of the role.
        :param bound_service_account_names: service account names allowed to log in (``*`` for all).
        :param bound_service_account_namespaces: namespaces allowed to log in (``*`` for all).
        :param ttl: TTL of the issued tokens.
        :param max_ttl: maximum TTL of the issued tokens.
        :param period: make the tokens periodic with this period.
        :param policies: policies of the issued tokens.
        :param token_type: type of the issued tokens (not sent when empty).
        :param mount_point: where the auth method is mounted.
        :param alias_name_source: ``serviceaccount_uid`` or ``serviceaccount_name``.
        :param audience: required ``aud`` claim of the service account JWT.
        :param bound_service_account_namespace_selector: label selector (JSON or YAML) of the namespaces
            allowed to log in, besides ``bound_service_account_namespaces`` (OpenBao only).
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: for a malformed list, a key of ``token_fields`` that
            is not a token setting, or ``token_type`` given both as an argument and in ``token_fields``.
        """
        for param_name, value in (
            ("bound_service_account_names", bound_service_account_names),
            ("bound_service_account_namespaces", bound_service_account_namespaces),
            ("policies", policies),
        ):
            validate_list_of_strings_param(param_name, value)
        params: Dict[str, Any] = {
            "bound_service_account_names": comma_delimited_to_list(bound_service_account_names),
            "bound_service_account_namespaces": comma_delimited_to_list(bound_service_account_namespaces),
        }
        params.update(
            utils.remove_nones(
                {
                    "ttl": ttl,
                    "max_ttl": max_ttl,
                    "period": period,
                    "alias_name_source": alias_name_source,
                    "audience": audience,
                    "bound_service_account_namespace_selector": bound_service_account_namespace_selector,
                    "token_strictly_bind_ip": token_strictly_bind_ip,
                    "num_uses": num_uses,
                    "bound_cidrs": bound_cidrs,
                }
            )
        )
        if policies is not None:
            params["policies"] = comma_delimited_to_list(policies)
        if token_type:
            params["token_type"] = token_type
        return self._adapter.post(url=_url("role/{name}", mount_point, name=name), json=with_token_fields(params, token_fields))

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> Any:
        """Read a role.

        ``GET /v1/auth/{mount_point}/role/{name}``

        :param name: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer.
        """
        return _data(self._adapter.get(url=_url("role/{name}", mount_point, name=name)))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> Any:
        """List the roles.

        ``LIST /v1/auth/{mount_point}/role``

        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer (``keys``).
        """
        return _data(self._adapter.list(url=_url("role", mount_point)))

    def delete_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role.

        ``DELETE /v1/auth/{mount_point}/role/{name}``

        :param name: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("role/{name}", mount_point, name=name))

    def login(self, role: str, jwt: str, use_token: bool = True, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Log in with a service account token.

        ``POST /v1/auth/{mount_point}/login``

        :param role: name of the role.
        :param jwt: the pod's service account JWT.
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        return self._adapter.login(url=_url("login", mount_point), use_token=use_token, json={"role": role, "jwt": jwt})
