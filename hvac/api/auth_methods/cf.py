"""Cloud Foundry auth method: CF app instances log in with their instance identity certificate."""
from typing import List, Optional

from hvac import utils
from hvac.api.auth_methods._token_fields import Duration, StrList, TokenFields, shared_field_docs, with_token_fields
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "cf"


def _url(template: str, mount_point: str, **parts: str) -> str:
    return utils.format_url("/v1/auth/{mount_point}/" + template, mount_point=mount_point, **parts)


class Cf(VaultApiBase[VaultResponse]):
    """Cloud Foundry auth method (Vault only; OpenBao does not ship it).

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/cf
    """

    def configure(
        self,
        identity_ca_certificates: Optional[List[str]] = None,
        cf_api_addr: Optional[str] = None,
        cf_username: Optional[str] = None,
        cf_password: Optional[str] = None,
        cf_client_id: Optional[str] = None,
        cf_client_secret: Optional[str] = None,
        cf_api_trusted_certificates: Optional[List[str]] = None,
        cf_api_mutual_tls_certificate: Optional[str] = None,
        cf_api_mutual_tls_key: Optional[str] = None,
        login_max_seconds_not_before: Optional[Duration] = None,
        login_max_seconds_not_after: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        pcf_api_addr: Optional[str] = None,
        pcf_username: Optional[str] = None,
        pcf_password: Optional[str] = None,
        pcf_api_trusted_certificates: Optional[List[str]] = None,
    ) -> VaultResponse:
        """Configure how logins are checked and how Vault reaches the CF API.

        ``POST /v1/auth/{mount_point}/config``

        Vault needs ``identity_ca_certificates``, ``cf_api_addr`` and either a CF user
        (``cf_username``/``cf_password``) or a CF client (``cf_client_id``/``cf_client_secret``).

        :param identity_ca_certificates: PEM CA certificates that issue the instance certificates.
        :param cf_api_addr: address of the CF API.
        :param cf_username: user Vault reads the CF API as.
        :param cf_password: password of ``cf_username``.
        :param cf_client_id: client ID Vault reads the CF API as (instead of a user).
        :param cf_client_secret: secret of ``cf_client_id``.
        :param cf_api_trusted_certificates: PEM CA certificates the CF API's certificate may chain to.
        :param cf_api_mutual_tls_certificate: PEM certificate Vault presents to the CF API (mutual TLS).
        :param cf_api_mutual_tls_key: PEM key of ``cf_api_mutual_tls_certificate``.
        :param login_max_seconds_not_before: how old a login's ``signing_time`` may be (seconds; default 300).
        :param login_max_seconds_not_after: how far in the future a login's ``signing_time`` may be
            (seconds; default 60).
        :param mount_point: where the auth method is mounted.
        :param pcf_api_addr: older name of ``cf_api_addr`` (deprecated).
        :param pcf_username: older name of ``cf_username`` (deprecated).
        :param pcf_password: older name of ``cf_password`` (deprecated).
        :param pcf_api_trusted_certificates: older name of ``cf_api_trusted_certificates`` (deprecated).
        :return: the response of the request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses a value.
        """
        body = utils.remove_nones({
            "identity_ca_certificates": identity_ca_certificates, "cf_api_addr": cf_api_addr,
            "cf_username": cf_username, "cf_password": cf_password,
            "cf_client_id": cf_client_id, "cf_client_secret": cf_client_secret,
            "cf_api_trusted_certificates": cf_api_trusted_certificates,
            "cf_api_mutual_tls_certificate": cf_api_mutual_tls_certificate,
            "cf_api_mutual_tls_key": cf_api_mutual_tls_key,
            "login_max_seconds_not_before": login_max_seconds_not_before,
            "login_max_seconds_not_after": login_max_seconds_not_after,
            "pcf_api_addr": pcf_api_addr, "pcf_username": pcf_username, "pcf_password": pcf_password,
            "pcf_api_trusted_certificates": pcf_api_trusted_certificates,
        })
        return self._adapter.post(url=_url("config", mount_point), json=body)

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the configuration (without the password, client secret and TLS key).

        ``GET /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.cf_api_addr``...), or the requests.Response.
        """
        return self._adapter.get(url=_url("config", mount_point))

    def delete_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete the configuration: no instance can log in until it is set again.

        ``DELETE /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the response of the request (``204``: no body).
        """
        return self._adapter.delete(url=_url("config", mount_point))

    @shared_field_docs
    def create_role(
        self,
        role: str,
        bound_application_ids: Optional[StrList] = None,
        bound_space_ids: Optional[StrList] = None,
        bound_organization_ids: Optional[StrList] = None,
        bound_instance_ids: Optional[StrList] = None,
        disable_ip_matching: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        token_fields: Optional[TokenFields] = None,
        ttl: Optional[Duration] = None, max_ttl: Optional[Duration] = None, period: Optional[Duration] = None,
        policies: Optional[StrList] = None, bound_cidrs: Optional[StrList] = None,
    ) -> VaultResponse:
        """Create a role, or replace the settings given of an existing one.

        ``POST /v1/auth/{mount_point}/roles/{role}``

        An instance may log in with the role when its certificate names one of the IDs of each
        ``bound_*`` list given.

        :param role: name of the role.
        :param bound_application_ids: CF application IDs.
        :param bound_space_ids: CF space IDs.
        :param bound_organization_ids: CF organization IDs.
        :param bound_instance_ids: CF instance IDs.
        :param disable_ip_matching: do not require the login to come from an IP address of the certificate.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when ``token_fields`` is not a dict of token settings.
        """
        body = utils.remove_nones({
            "bound_application_ids": bound_application_ids, "bound_space_ids": bound_space_ids,
            "bound_organization_ids": bound_organization_ids, "bound_instance_ids": bound_instance_ids,
            "disable_ip_matching": disable_ip_matching,
            "ttl": ttl, "max_ttl": max_ttl, "period": period, "policies": policies, "bound_cidrs": bound_cidrs,
        })
        url = _url("roles/{role}", mount_point, role=role)
        return self._adapter.post(url=url, json=with_token_fields(body, token_fields))

    def read_role(self, role: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role: the CF IDs it is bound to and the settings of its tokens.

        ``GET /v1/auth/{mount_point}/roles/{role}``

        :param role: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.bound_space_ids``...), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when the role does not exist.
        """
        return self._adapter.get(url=_url("roles/{role}", mount_point, role=role))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the names of the roles CF instances may log in with.

        ``LIST /v1/auth/{mount_point}/roles``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when no role exists.
        """
        return self._adapter.list(url=_url("roles", mount_point))

    def delete_role(self, role: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role; instances can no longer log in with it.

        ``DELETE /v1/auth/{mount_point}/roles/{role}``

        :param role: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request (``204``: no body).
        """
        return self._adapter.delete(url=_url("roles/{role}", mount_point, role=role))

    def login(
        self,
        role: str,
        cf_instance_cert: str,
        signing_time: str,
        signature: str,
        use_token: bool = True,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Log in with the instance's identity certificate and a signature made with its key.

        ``POST /v1/auth/{mount_point}/login``

        The signature is RSA-PSS with SHA-256, made with the key at ``CF_INSTANCE_KEY``, over the
        concatenation of ``signing_time``, ``cf_instance_cert`` and ``role``.

        :param role: name of the role.
        :param cf_instance_cert: content of the file at ``CF_INSTANCE_CERT`` (PEM).
        :param signing_time: the time signed, as ``2006-01-02T15:04:05Z`` (UTC).
        :param signature: the signature, as ``vault login -method=cf`` would send it (base64).
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the login.
        """
        body = {
            "role": role,
            "cf_instance_cert": cf_instance_cert,
            "signing_time": signing_time,
            "signature": signature,
        }
        return self._adapter.login(url=_url("login", mount_point), use_token=use_token, json=body)
