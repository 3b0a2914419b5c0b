"""ACME (RFC 8555): settings, external account bindings, directories and the JWS-signed operations."""
import json
from typing import Any, Callable, List, Mapping, Optional, TypeVar, Union

import requests

from hvac import exceptions, utils
from hvac.api.secrets_engines.pki._base import DEFAULT_MOUNT_POINT, EAB_POLICIES, PkiBase
from hvac.api.secrets_engines.pki._params import AnyValue, FlattenedJws
from hvac.api.vault_api_base import VaultResponse

#: A flattened JWS (RFC 7515 section 7.2.2) as JSON text, its bytes, or the decoded object (a dict
#: literal is checked against :class:`FlattenedJws`; a ``Mapping[str, Any]`` built beforehand passes).
JwsBody = Union[str, bytes, FlattenedJws, Mapping[str, AnyValue]]

_ACME_DOCS = {
    "acme_jws": ":param jws: the flattened JWS signed with the account key, as JSON text, bytes or a dict "
    "(sent as ``application/jose+json``).",
    "acme_directory": "\n        ".join(
        [
            ":param issuer_ref: the issuer of the ACME directory (``None``: the mount's default directory).",
            ":param role: the role of the ACME directory (``None``: no role, ``default_directory_policy`` applies).",
            ":param mount_point: where the PKI engine is mounted.",
        ]
    ),
}
_Method = TypeVar("_Method", bound=Callable[..., Any])


def _acme_docs(method: _Method) -> _Method:
    """Write the parameters ACME methods share into their docstrings (``{acme_jws}``, ``{acme_directory}`` …)."""
    doc = method.__doc__ or ""
    for name, text in _ACME_DOCS.items():
        doc = doc.replace("{%s}" % name, text)
    method.__doc__ = doc
    return method


class PkiAcme(PkiBase[VaultResponse]):
    """The ACME part of :class:`~hvac.api.secrets_engines.pki.Pki`."""

    def _acme_url(
        self, operation: str, issuer_ref: Optional[str], role: Optional[str], mount_point: str, **params: Any
    ) -> str:
        """The URL of an ACME operation in one of the mount's four directories: the default one, an
        issuer's, a role's, or an issuer's and role's."""
        prefix = ""
        if issuer_ref is not None:
            prefix += "issuer/{issuer_ref}/"
        if role is not None:
            prefix += "roles/{role}/"
        return self._url(prefix + "acme/" + operation, mount_point, issuer_ref=issuer_ref, role=role, **params)

    def _post_jws(
        self,
        operation: str,
        jws: JwsBody,
        issuer_ref: Optional[str],
        role: Optional[str],
        mount_point: str,
        **params: Any,
    ) -> requests.Response:
        """POST a caller-signed JWS to an ACME operation; the answer's body and headers are the caller's."""
        body = json.dumps(dict(jws)) if isinstance(jws, Mapping) else jws
        return self._adapter.request_response(
            "post",
            self._acme_url(operation, issuer_ref, role, mount_point, **params),
            data=body,
            headers={"Content-Type": "application/jose+json"},
        )

    def read_acme_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the ACME settings of the mount.

        ``GET /v1/{mount_point}/config/acme``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.enabled``, ``data.eab_policy`` …), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/acme", mount_point))

    def set_acme_configuration(
        self,
        enabled: Optional[bool] = None,
        allowed_issuers: Optional[List[str]] = None,
        allowed_roles: Optional[List[str]] = None,
        allow_role_ext_key_usage: Optional[bool] = None,
        default_directory_policy: Optional[str] = None,
        dns_resolver: Optional[str] = None,
        eab_policy: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Change the ACME settings of the mount (ACME also needs :meth:`set_cluster_configuration`'s ``path``).

        ``POST /v1/{mount_point}/config/acme``

        :param enabled: serve the ACME endpoints.
        :param allowed_issuers: issuers ACME may use (``["*"]`` for all).
        :param allowed_roles: roles ACME may use (``["*"]`` for all).
        :param allow_role_ext_key_usage: use the role's extended key usages instead of ServerAuth only.
        :param default_directory_policy: ``sign-verbatim``, ``forbid`` or ``role:<name>`` for the role-less directories.
        :param dns_resolver: ``host:port`` of the DNS server used to validate challenges.
        :param eab_policy: ``not-required``, ``new-account-required`` or ``always-required``.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the settings), or the requests.Response.
        """
        if eab_policy is not None and eab_policy not in EAB_POLICIES:
            allowed = ", ".join(f'"{p}"' for p in EAB_POLICIES)
            raise exceptions.ParamValidationError(f'unsupported eab_policy "{eab_policy}": valid values are {allowed}')
        body = {
            "enabled": enabled,
            "allowed_issuers": allowed_issuers,
            "allowed_roles": allowed_roles,
            "allow_role_ext_key_usage": allow_role_ext_key_usage,
            "default_directory_policy": default_directory_policy,
            "dns_resolver": dns_resolver,
            "eab_policy": eab_policy,
        }
        return self._adapter.post(url=self._url("config/acme", mount_point), json=utils.remove_nones(body))

    @_acme_docs
    def generate_eab_key(
        self, issuer_ref: Optional[str] = None, role: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Create an external account binding (EAB) key for one ACME directory.

        ``POST /v1/{mount_point}/[issuer/{issuer_ref}/][roles/{role}/]acme/new-eab``

        {acme_directory}
        :return: the decoded response (``data.id``, ``data.key``, ``data.acme_directory`` …), or the
            requests.Response.
        """
        return self._adapter.post(url=self._acme_url("new-eab", issuer_ref, role, mount_point))

    def list_eab_keys(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the unused external account binding keys.

        ``LIST /v1/{mount_point}/eab``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.keys``, ``data.key_info``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("eab", mount_point))

    def delete_eab_key(self, key_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an unused external account binding key.

        ``DELETE /v1/{mount_point}/eab/{key_id}``

        :param key_id: the key's ID.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url("eab/{key_id}", mount_point, key_id=key_id))

    @_acme_docs
    def read_acme_directory(
        self, issuer_ref: Optional[str] = None, role: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Read an ACME directory: the URLs of its operations (RFC 8555 section 7.1.1).

        ``GET /v1/{mount_point}/[issuer/{issuer_ref}/][roles/{role}/]acme/directory``

        {acme_directory}
        :return: the decoded directory (``newNonce``, ``newAccount``, ``newOrder`` …), or the requests.Response.
        """
        return self._adapter.get(url=self._acme_url("directory", issuer_ref, role, mount_point))

    @_acme_docs
    def generate_acme_nonce(
        self, issuer_ref: Optional[str] = None, role: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> str:
        """Get a fresh anti-replay nonce for the next JWS sent to an ACME directory.

        ``GET /v1/{mount_point}/[issuer/{issuer_ref}/][roles/{role}/]acme/new-nonce``

        {acme_directory}
        :return: the ``Replay-Nonce`` value.
        :raises hvac.exceptions.UnexpectedError: when the answer has no ``Replay-Nonce`` header (the
            mount's ``allowed_response_headers`` must include it).
        """
        response = self._fetch(self._acme_url("new-nonce", issuer_ref, role, mount_point))
        nonce = response.headers.get("Replay-Nonce")
        if not nonce:
            raise exceptions.UnexpectedError(
                "no Replay-Nonce header in the answer: add Replay-Nonce (and Location, Link) to the "
                "mount's allowed_response_headers"
            )
        return str(nonce)

    @_acme_docs
    def create_acme_account(
        self,
        jws: JwsBody,
        issuer_ref: Optional[str] = None,
        role: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> requests.Response:
        """Create (or look up) an ACME account with a JWS signed by the account key (``jwk`` header).

        ``POST /v1/{mount_point}/[issuer/{issuer_ref}/][roles/{role}/]acme/new-account``

        {acme_jws}
        {acme_directory}
        :return: the requests.Response: the account as JSON, its URL (the ``kid``) in ``Location``.
        """
        return self._post_jws("new-account", jws, issuer_ref, role, mount_point)

    @_acme_docs
    def update_acme_account(
        self,
        kid: str,
        jws: JwsBody,
        issuer_ref: Optional[str] = None,
        role: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> requests.Response:
        """Read (empty payload), update or deactivate an ACME account.

        ``POST /v1/{mount_point}/[issuer/{issuer_ref}/][roles/{role}/]acme/account/{kid}``

        :param kid: the account ID (the last segment of its URL).
        {acme_jws}
        {acme_directory}
        :return: the requests.Response: the account as JSON.
        """
        return self._post_jws("account/{kid}", jws, issuer_ref, role, mount_point, kid=kid)

    @_acme_docs
    def create_acme_order(
        self,
        jws: JwsBody,
        issuer_ref: Optional[str] = None,
        role: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> requests.Response:
        """Create an ACME order for the identifiers in the JWS payload.

        ``POST /v1/{mount_point}/[issuer/{issuer_ref}/][roles/{role}/]acme/new-order``

        {acme_jws}
        {acme_directory}
        :return: the requests.Response: the order as JSON, its URL in ``Location``.
        """
        return self._post_jws("new-order", jws, issuer_ref, role, mount_point)

    @_acme_docs
    def list_acme_orders(
        self,
        jws: JwsBody,
        issuer_ref: Optional[str] = None,
        role: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> requests.Response:
        """List the orders of the account that signed the JWS (POST-as-GET: empty payload).

        ``POST /v1/{mount_point}/[issuer/{issuer_ref}/][roles/{role}/]acme/orders``

        {acme_jws}
        {acme_directory}
        :return: the requests.Response: ``{"orders": [URL, ...]}``.
        """
        return self._post_jws("orders", jws, issuer_ref, role, mount_point)

    @_acme_docs
    def read_acme_order(
        self,
        order_id: str,
        jws: JwsBody,
        issuer_ref: Optional[str] = None,
        role: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> requests.Response:
        """Read an ACME order (POST-as-GET: empty payload).

        ``POST /v1/{mount_point}/[issuer/{issuer_ref}/][roles/{role}/]acme/order/{order_id}``

        :param order_id: the order ID (the last segment of its URL).
        {acme_jws}
        {acme_directory}
        :return: the requests.Response: the order as JSON (``status``, ``certificate`` once valid).
        """
        return self._post_jws("order/{order_id}", jws, issuer_ref, role, mount_point, order_id=order_id)

    @_acme_docs
    def finalize_acme_order(
        self,
        order_id: str,
        jws: JwsBody,
        issuer_ref: Optional[str] = None,
        role: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> requests.Response:
        """Finalize a ready ACME order with a CSR (payload ``{"csr": <base64url DER>}``).

        ``POST /v1/{mount_point}/[issuer/{issuer_ref}/][roles/{role}/]acme/order/{order_id}/finalize``

        :param order_id: the order ID.
        {acme_jws}
        {acme_directory}
        :return: the requests.Response: the order as JSON.
        """
        return self._post_jws("order/{order_id}/finalize", jws, issuer_ref, role, mount_point, order_id=order_id)

    @_acme_docs
    def read_acme_order_certificate(
        self,
        order_id: str,
        jws: JwsBody,
        issuer_ref: Optional[str] = None,
        role: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> requests.Response:
        """Download the certificate of a valid ACME order (POST-as-GET: empty payload).

        ``POST /v1/{mount_point}/[issuer/{issuer_ref}/][roles/{role}/]acme/order/{order_id}/cert``

        :param order_id: the order ID.
        {acme_jws}
        {acme_directory}
        :return: the requests.Response: the PEM chain (``application/pem-certificate-chain``).
        """
        return self._post_jws("order/{order_id}/cert", jws, issuer_ref, role, mount_point, order_id=order_id)

    @_acme_docs
    def read_acme_authorization(
        self,
        auth_id: str,
        jws: JwsBody,
        issuer_ref: Optional[str] = None,
        role: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> requests.Response:
        """Read an ACME authorization and its challenges (POST-as-GET), or deactivate it.

        ``POST /v1/{mount_point}/[issuer/{issuer_ref}/][roles/{role}/]acme/authorization/{auth_id}``

        :param auth_id: the authorization ID (the last segment of its URL).
        {acme_jws}
        {acme_directory}
        :return: the requests.Response: the authorization as JSON.
        """
        return self._post_jws("authorization/{auth_id}", jws, issuer_ref, role, mount_point, auth_id=auth_id)

    @_acme_docs
    def submit_acme_challenge(
        self,
        auth_id: str,
        challenge_type: str,
        jws: JwsBody,
        issuer_ref: Optional[str] = None,
        role: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> requests.Response:
        """Tell OpenBao a challenge is ready to be validated (payload ``{}``).

        ``POST /v1/{mount_point}/[issuer/{issuer_ref}/][roles/{role}/]acme/challenge/{auth_id}/{challenge_type}``

        :param auth_id: the authorization ID.
        :param challenge_type: ``http-01``, ``dns-01`` or ``tls-alpn-01``.
        {acme_jws}
        {acme_directory}
        :return: the requests.Response: the challenge as JSON.
        """
        ids = {"auth_id": auth_id, "challenge_type": challenge_type}
        return self._post_jws("challenge/{auth_id}/{challenge_type}", jws, issuer_ref, role, mount_point, **ids)

    @_acme_docs
    def revoke_acme_certificate(
        self,
        jws: JwsBody,
        issuer_ref: Optional[str] = None,
        role: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> requests.Response:
        """Revoke a certificate through ACME (payload ``{"certificate": <base64url DER>}``).

        ``POST /v1/{mount_point}/[issuer/{issuer_ref}/][roles/{role}/]acme/revoke-cert``

        {acme_jws} It may be signed by the certificate's key instead of the account's.
        {acme_directory}
        :return: the requests.Response (200 once revoked).
        """
        return self._post_jws("revoke-cert", jws, issuer_ref, role, mount_point)
