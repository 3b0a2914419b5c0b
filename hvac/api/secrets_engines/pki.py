"""PKI secrets engine: certificate authorities, roles, issued certificates, revocation and CRLs."""
import base64
import json
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, TypeVar, Union
from urllib.parse import quote

import requests

from hvac import exceptions, utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "pki"
#: The ``{type}`` of the issuer generation paths (``issuers/generate/root/{type}`` …).
GENERATION_TYPES = ("internal", "exported", "existing", "kms")
#: The values of ``config/acme``'s ``eab_policy``.
EAB_POLICIES = ("not-required", "new-account-required", "always-required")
#: A flattened JWS (RFC 7515 section 7.2.2) as JSON text, its bytes, or the decoded object.
JwsBody = Union[str, bytes, Mapping[str, Any]]


def _merged(extra_params: Optional[Dict[str, Any]], **params: Any) -> Dict[str, Any]:
    """Return ``extra_params`` (left untouched) overlaid with the named ``params``."""
    body = dict(extra_params or {})
    body.update(params)
    return body


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


def _check_der(name: str, value: Any) -> None:
    if not isinstance(value, (bytes, bytearray)):
        raise exceptions.ParamValidationError(f"{name} must be the DER bytes, not {type(value).__name__}")


class Pki(VaultApiBase[VaultResponse]):
    """PKI secrets engine (X.509 certificate authority)."""

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _url(template: str, mount_point: str, **kwargs: Any) -> str:
        return utils.format_url("/v1/{mount_point}/" + template, mount_point=mount_point, **kwargs)

    def _read_text(self, template: str, mount_point: str) -> str:
        """GET an unauthenticated PEM endpoint and return the body as text."""
        response: Any = self._adapter.get(url=self._url(template, mount_point))
        return str(response.text)

    # ------------------------------------------------------- CA certificates / CRL

    def read_ca_certificate(self, mount_point: str = DEFAULT_MOUNT_POINT) -> str:
        """Read the CA certificate of the mount in PEM form.

        ``GET /v1/{mount_point}/ca/pem``

        :param mount_point: where the PKI engine is mounted.
        :return: the PEM certificate (an empty string when there is none).
        """
        return self._read_text("ca/pem", mount_point)

    def read_ca_certificate_chain(self, mount_point: str = DEFAULT_MOUNT_POINT) -> str:
        """Read the CA certificate chain in PEM form.

        ``GET /v1/{mount_point}/ca_chain``

        :param mount_point: where the PKI engine is mounted.
        :return: the concatenated PEM certificates (an empty string when there is none).
        """
        return self._read_text("ca_chain", mount_point)

    def read_certificate(self, serial: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read one certificate by serial number (or ``ca``, ``crl``, ``ca_chain``).

        ``GET /v1/{mount_point}/cert/{serial}``

        :param serial: colon- or hyphen-separated serial number, or a special name.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("cert/{serial}", mount_point, serial=serial))

    def list_certificates(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the serial numbers of the certificates the mount has issued.

        ``LIST /v1/{mount_point}/certs``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("certs", mount_point))

    def submit_ca_information(self, pem_bundle: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Import a CA certificate and its private key.

        ``POST /v1/{mount_point}/config/ca``

        :param pem_bundle: the PEM-encoded private key and certificate, concatenated.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(url=self._url("config/ca", mount_point), json={"pem_bundle": pem_bundle})

    def read_crl_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the CRL settings of the mount.

        ``GET /v1/{mount_point}/config/crl``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.expiry``, ``data.disable`` …), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/crl", mount_point))

    def set_crl_configuration(
        self,
        expiry: Optional[str] = None,
        disable: Optional[bool] = None,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Change the CRL settings of the mount.

        ``POST /v1/{mount_point}/config/crl``

        :param expiry: how long a generated CRL is valid, e.g. ``"72h"``.
        :param disable: turn CRL building off.
        :param extra_params: further fields of the endpoint (``ocsp_disable``, ``auto_rebuild`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        params = _merged(extra_params, **utils.remove_nones({"expiry": expiry, "disable": disable}))
        return self._adapter.post(url=self._url("config/crl", mount_point), json=params)

    def read_urls(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the issuing-certificate, CRL-distribution and OCSP URLs.

        ``GET /v1/{mount_point}/config/urls``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/urls", mount_point))

    def set_urls(self, params: Dict[str, Any], mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Set the URLs written into issued certificates.

        ``POST /v1/{mount_point}/config/urls``

        :param params: the body, e.g. ``{"issuing_certificates": [...], "crl_distribution_points": [...]}``.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(url=self._url("config/urls", mount_point), json=params)

    def read_crl(self, mount_point: str = DEFAULT_MOUNT_POINT) -> str:
        """Read the current certificate revocation list in PEM form.

        ``GET /v1/{mount_point}/crl/pem``

        :param mount_point: where the PKI engine is mounted.
        :return: the PEM CRL (an empty string when there is none).
        """
        return self._read_text("crl/pem", mount_point)

    def rotate_crl(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Force the CRL to be rebuilt.

        ``GET /v1/{mount_point}/crl/rotate``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.success``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("crl/rotate", mount_point))

    # ------------------------------------------------------------- intermediate CA

    def generate_intermediate(
        self,
        type: str,
        common_name: str,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        wrap_ttl: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Generate a key pair and a CSR for an intermediate CA.

        ``POST /v1/{mount_point}/intermediate/generate/{type}``

        :param type: ``exported`` (the private key is returned), ``internal``, ``existing`` or ``kms``.
        :param common_name: the CN requested.
        :param extra_params: further fields (``key_type``, ``ttl``, ``alt_names`` …).
        :param mount_point: where the PKI engine is mounted.
        :param wrap_ttl: answer in a response-wrapping token with this TTL.
        :return: the decoded response (``data.csr``), or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("intermediate/generate/{type}", mount_point, type=type),
            json=_merged(extra_params, common_name=common_name),
            wrap_ttl=wrap_ttl,
        )

    def set_signed_intermediate(self, certificate: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Install the signed certificate of a previously generated intermediate CSR.

        ``POST /v1/{mount_point}/intermediate/set-signed``

        :param certificate: the PEM certificate (optionally followed by its chain).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("intermediate/set-signed", mount_point), json={"certificate": certificate}
        )

    # ------------------------------------------------------------ issuing / signing

    def generate_certificate(
        self,
        name: str,
        common_name: str,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        wrap_ttl: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Issue a new certificate and private key from a role.

        ``POST /v1/{mount_point}/issue/{name}``

        :param name: the role to issue against.
        :param common_name: the CN requested.
        :param extra_params: further fields (``alt_names``, ``ttl``, ``format`` …).
        :param mount_point: where the PKI engine is mounted.
        :param wrap_ttl: answer in a response-wrapping token with this TTL.
        :return: the decoded response (``data.certificate``, ``data.private_key`` …), or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("issue/{name}", mount_point, name=name),
            json=_merged(extra_params, common_name=common_name),
            wrap_ttl=wrap_ttl,
        )

    def revoke_certificate(self, serial_number: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Revoke a certificate by serial number and rebuild the CRL.

        ``POST /v1/{mount_point}/revoke``

        :param serial_number: colon- or hyphen-separated serial number.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.revocation_time``), or the requests.Response.
        """
        return self._adapter.post(url=self._url("revoke", mount_point), json={"serial_number": serial_number})

    # ------------------------------------------------------------------------ roles

    def create_or_update_role(
        self, name: str, extra_params: Optional[Dict[str, Any]] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Create or replace a role (the rules certificates are issued under).

        ``POST /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param extra_params: the role's fields (``allowed_domains``, ``allow_subdomains``, ``max_ttl`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("roles/{name}", mount_point, name=name), json=_merged(extra_params, name=name)
        )

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role.

        ``GET /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url("roles/{name}", mount_point, name=name))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the roles.

        ``LIST /v1/{mount_point}/roles``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("roles", mount_point))

    def delete_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role (certificates already issued stay valid).

        ``DELETE /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.delete(url=self._url("roles/{name}", mount_point, name=name))

    # --------------------------------------------------------------------- root CA

    def generate_root(
        self,
        type: str,
        common_name: str,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        wrap_ttl: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Generate a self-signed root CA.

        ``POST /v1/{mount_point}/root/generate/{type}``

        :param type: ``exported`` (the private key is returned), ``internal``, ``existing`` or ``kms``.
        :param common_name: the CN of the CA.
        :param extra_params: further fields (``ttl``, ``key_type``, ``issuer_name`` …).
        :param mount_point: where the PKI engine is mounted.
        :param wrap_ttl: answer in a response-wrapping token with this TTL.
        :return: the decoded response (``data.certificate``, ``data.serial_number`` …), or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("root/generate/{type}", mount_point, type=type),
            json=_merged(extra_params, common_name=common_name),
            wrap_ttl=wrap_ttl,
        )

    def delete_root(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete every issuer and key of the mount (the CA and its private key).

        ``DELETE /v1/{mount_point}/root``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.delete(url=self._url("root", mount_point))

    def sign_intermediate(
        self,
        csr: str,
        common_name: str,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign an intermediate CA's CSR with this mount's CA.

        ``POST /v1/{mount_point}/root/sign-intermediate``

        :param csr: the PEM CSR.
        :param common_name: the CN of the intermediate CA.
        :param extra_params: further fields (``ttl``, ``format``, ``use_csr_values`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, ``data.issuing_ca`` …), or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("root/sign-intermediate", mount_point),
            json=_merged(extra_params, csr=csr, common_name=common_name),
        )

    def sign_self_issued(self, certificate: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Re-sign a self-issued CA certificate with this mount's CA.

        ``POST /v1/{mount_point}/root/sign-self-issued``

        :param certificate: the PEM self-issued certificate.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``), or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("root/sign-self-issued", mount_point), json={"certificate": certificate}
        )

    def sign_certificate(
        self,
        name: str,
        csr: str,
        common_name: str,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign a CSR under a role's rules.

        ``POST /v1/{mount_point}/sign/{name}``

        :param name: the role.
        :param csr: the PEM CSR.
        :param common_name: the CN requested.
        :param extra_params: further fields (``alt_names``, ``ttl``, ``format`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, ``data.issuing_ca`` …), or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("sign/{name}", mount_point, name=name),
            json=_merged(extra_params, csr=csr, common_name=common_name),
        )

    def sign_verbatim(
        self,
        csr: str,
        name: Union[bool, str] = False,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign a CSR keeping its subject and extensions as they are.

        ``POST /v1/{mount_point}/sign-verbatim`` or, with a role, ``/v1/{mount_point}/sign-verbatim/{name}``

        :param csr: the PEM CSR.
        :param name: a role whose key usages and TTLs apply; false for none.
        :param extra_params: further fields (``ttl``, ``format`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``), or the requests.Response.
        """
        if name:
            api_path = self._url("sign-verbatim/{name}", mount_point, name=name)
        else:
            api_path = self._url("sign-verbatim", mount_point)
        return self._adapter.post(url=api_path, json=_merged(extra_params, csr=csr))

    def tidy(
        self, extra_params: Optional[Dict[str, Any]] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Start removing expired certificates and revocation entries from storage.

        ``POST /v1/{mount_point}/tidy``

        :param extra_params: what to tidy (``tidy_cert_store``, ``tidy_revoked_certs``, ``safety_buffer`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response (202 while it runs).
        """
        return self._adapter.post(url=self._url("tidy", mount_point), json=_merged(extra_params))

    # ------------------------------------------------------------------------ issuers

    def list_issuers(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the issuers (CA certificates) of the mount.

        ``LIST /v1/{mount_point}/issuers``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.keys``, ``data.key_info``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("issuers", mount_point))

    def read_issuer(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read one issuer.

        ``GET /v1/{mount_point}/issuer/{issuer_ref}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url("issuer/{issuer_ref}", mount_point, issuer_ref=issuer_ref))

    def update_issuer(
        self, issuer_ref: str, extra_params: Optional[Dict[str, Any]] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Change an issuer's settings (name, usage, leaf_not_after_behavior …).

        ``POST /v1/{mount_point}/issuer/{issuer_ref}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param extra_params: the fields to set (sent as the body; no body when ``None``).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("issuer/{issuer_ref}", mount_point, issuer_ref=issuer_ref), json=extra_params
        )

    def revoke_issuer(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Revoke an issuer (it can no longer issue; its certificate goes on its parent's CRL).

        ``POST /v1/{mount_point}/issuer/{issuer_ref}/revoke``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(url=self._url("issuer/{issuer_ref}/revoke", mount_point, issuer_ref=issuer_ref))

    def delete_issuer(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an issuer (its key is kept).

        ``DELETE /v1/{mount_point}/issuer/{issuer_ref}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.delete(url=self._url("issuer/{issuer_ref}", mount_point, issuer_ref=issuer_ref))

    # ================================================================ OpenBao additions
    # Everything below reaches the rest of what OpenBao's PKI engine serves: the multi-issuer and key
    # APIs, CRL and certificate forms, tidy and cluster settings, OCSP, ACME and CEL roles.

    # ------------------------------------------------------------------ helpers

    def _fetch(self, url: str) -> requests.Response:
        """GET ``url`` and hand back the undecoded answer (for DER and PEM bodies)."""
        return self._adapter.request_response("get", url)

    def _read_der(self, template: str, mount_point: str, **params: Any) -> bytes:
        return self._fetch(self._url(template, mount_point, **params)).content

    def _read_pem(self, template: str, mount_point: str, **params: Any) -> str:
        return self._fetch(self._url(template, mount_point, **params)).text

    def _patch(self, url: str, body: Optional[Dict[str, Any]]) -> VaultResponse:
        return self._adapter.patch(url=url, json=body or {})

    def _post_for_issuer(
        self, issuer_ref: str, operation: str, body: Dict[str, Any], mount_point: str, **params: Any
    ) -> VaultResponse:
        """POST ``body`` to ``issuer/{issuer_ref}/<operation>`` (the per-issuer variant of an endpoint)."""
        url = self._url("issuer/{issuer_ref}/" + operation, mount_point, issuer_ref=issuer_ref, **params)
        return self._adapter.post(url=url, json=body)

    @staticmethod
    def _check_generation_type(type: str) -> None:
        if type not in GENERATION_TYPES:
            allowed = ", ".join(f'"{t}"' for t in GENERATION_TYPES)
            raise exceptions.ParamValidationError(f'unsupported type "{type}": valid values are {allowed}')

    def _generate_issuer(
        self, template: str, type: str, common_name: str, extra_params: Optional[Dict[str, Any]], mount_point: str
    ) -> VaultResponse:
        """POST a generation request (root, intermediate CSR or rotated root) whose path ends in ``{type}``."""
        self._check_generation_type(type)
        return self._adapter.post(
            url=self._url(template, mount_point, type=type), json=_merged(extra_params, common_name=common_name)
        )

    def _generate_key(self, kind: str, mount_point: str, **fields: Any) -> VaultResponse:
        return self._adapter.post(url=self._url("keys/generate/" + kind, mount_point), json=utils.remove_nones(fields))

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

    # ------------------------------------------------------- CA certificate / certificates

    def read_ca_certificate_der(self, mount_point: str = DEFAULT_MOUNT_POINT) -> bytes:
        """Read the CA certificate of the mount (its default issuer) in DER form.

        ``GET /v1/{mount_point}/ca``

        :param mount_point: where the PKI engine is mounted.
        :return: the DER bytes (empty when there is no CA).
        """
        return self._read_der("ca", mount_point)

    def read_certificate_der(self, serial: str, mount_point: str = DEFAULT_MOUNT_POINT) -> bytes:
        """Read one certificate in DER form.

        ``GET /v1/{mount_point}/cert/{serial}/raw``

        :param serial: colon- or hyphen-separated serial number, or ``ca``.
        :param mount_point: where the PKI engine is mounted.
        :return: the DER bytes.
        """
        return self._read_der("cert/{serial}/raw", mount_point, serial=serial)

    def read_certificate_pem(self, serial: str, mount_point: str = DEFAULT_MOUNT_POINT) -> str:
        """Read one certificate in PEM form.

        ``GET /v1/{mount_point}/cert/{serial}/raw/pem``

        :param serial: colon- or hyphen-separated serial number, or ``ca``.
        :param mount_point: where the PKI engine is mounted.
        :return: the PEM text.
        """
        return self._read_pem("cert/{serial}/raw/pem", mount_point, serial=serial)

    def read_certificate_ca_chain(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the CA chain of the default issuer as a JSON answer.

        ``GET /v1/{mount_point}/cert/ca_chain``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.ca_chain``, PEM text), or the requests.Response.
        """
        return self._adapter.get(url=self._url("cert/ca_chain", mount_point))

    def read_certificate_crl(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the complete CRL of the default issuer as a JSON answer.

        ``GET /v1/{mount_point}/cert/crl``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, the PEM CRL), or the requests.Response.
        """
        return self._adapter.get(url=self._url("cert/crl", mount_point))

    def read_certificate_delta_crl(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the delta CRL of the default issuer as a JSON answer.

        ``GET /v1/{mount_point}/cert/delta-crl``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, the PEM delta CRL), or the requests.Response.
        """
        return self._adapter.get(url=self._url("cert/delta-crl", mount_point))

    def list_certificates_detailed(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the issued certificates with their subject, names, key and validity.

        ``LIST /v1/{mount_point}/certs/detailed``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info`` by serial), or the requests.Response.
        """
        return self._adapter.list(url=self._url("certs/detailed", mount_point))

    def list_revoked_certificates(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the serial numbers of the revoked certificates.

        ``LIST /v1/{mount_point}/certs/revoked``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response (404 when none is revoked).
        """
        return self._adapter.list(url=self._url("certs/revoked", mount_point))

    def revoke_certificate_with_key(
        self,
        private_key: str,
        serial_number: Optional[str] = None,
        certificate: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Revoke a certificate, proving possession of its private key (no revoke permission needed).

        ``POST /v1/{mount_point}/revoke-with-key``

        :param private_key: the certificate's private key, PEM.
        :param serial_number: the serial number (give it or ``certificate``).
        :param certificate: the PEM certificate (give it or ``serial_number``).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.revocation_time``), or the requests.Response.
        """
        params = {"private_key": private_key, "serial_number": serial_number, "certificate": certificate}
        return self._adapter.post(url=self._url("revoke-with-key", mount_point), json=utils.remove_nones(params))

    # ------------------------------------------------------------------------- CRLs

    def read_crl_der(self, mount_point: str = DEFAULT_MOUNT_POINT) -> bytes:
        """Read the complete CRL of the default issuer in DER form.

        ``GET /v1/{mount_point}/crl``

        :param mount_point: where the PKI engine is mounted.
        :return: the DER bytes.
        """
        return self._read_der("crl", mount_point)

    def read_delta_crl_der(self, mount_point: str = DEFAULT_MOUNT_POINT) -> bytes:
        """Read the delta CRL of the default issuer in DER form.

        ``GET /v1/{mount_point}/crl/delta``

        :param mount_point: where the PKI engine is mounted.
        :return: the DER bytes.
        """
        return self._read_der("crl/delta", mount_point)

    def read_delta_crl(self, mount_point: str = DEFAULT_MOUNT_POINT) -> str:
        """Read the delta CRL of the default issuer in PEM form.

        ``GET /v1/{mount_point}/crl/delta/pem``

        :param mount_point: where the PKI engine is mounted.
        :return: the PEM text.
        """
        return self._read_pem("crl/delta/pem", mount_point)

    def rotate_delta_crl(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Rebuild the delta CRLs now (``enable_delta`` must be on in the CRL configuration).

        ``GET /v1/{mount_point}/crl/rotate-delta``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.success``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("crl/rotate-delta", mount_point))

    def read_issuer_crl(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an issuer's complete CRL as a JSON answer.

        ``GET /v1/{mount_point}/issuer/{issuer_ref}/crl``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.crl``, PEM), or the requests.Response.
        """
        return self._adapter.get(url=self._url("issuer/{issuer_ref}/crl", mount_point, issuer_ref=issuer_ref))

    def read_issuer_crl_der(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> bytes:
        """Read an issuer's complete CRL in DER form.

        ``GET /v1/{mount_point}/issuer/{issuer_ref}/crl/der``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the DER bytes.
        """
        return self._read_der("issuer/{issuer_ref}/crl/der", mount_point, issuer_ref=issuer_ref)

    def read_issuer_crl_pem(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> str:
        """Read an issuer's complete CRL in PEM form.

        ``GET /v1/{mount_point}/issuer/{issuer_ref}/crl/pem``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the PEM text.
        """
        return self._read_pem("issuer/{issuer_ref}/crl/pem", mount_point, issuer_ref=issuer_ref)

    def read_issuer_delta_crl(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an issuer's delta CRL as a JSON answer.

        ``GET /v1/{mount_point}/issuer/{issuer_ref}/crl/delta``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.crl``, PEM), or the requests.Response.
        """
        return self._adapter.get(url=self._url("issuer/{issuer_ref}/crl/delta", mount_point, issuer_ref=issuer_ref))

    def read_issuer_delta_crl_der(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> bytes:
        """Read an issuer's delta CRL in DER form.

        ``GET /v1/{mount_point}/issuer/{issuer_ref}/crl/delta/der``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the DER bytes.
        """
        return self._read_der("issuer/{issuer_ref}/crl/delta/der", mount_point, issuer_ref=issuer_ref)

    def read_issuer_delta_crl_pem(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> str:
        """Read an issuer's delta CRL in PEM form.

        ``GET /v1/{mount_point}/issuer/{issuer_ref}/crl/delta/pem``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the PEM text.
        """
        return self._read_pem("issuer/{issuer_ref}/crl/delta/pem", mount_point, issuer_ref=issuer_ref)

    # ----------------------------------------------------------------- issuers

    def patch_issuer(
        self, issuer_ref: str, extra_params: Optional[Dict[str, Any]] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Change only the given settings of an issuer (a JSON merge patch).

        ``PATCH /v1/{mount_point}/issuer/{issuer_ref}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param extra_params: the fields to change (``issuer_name``, ``usage``, ``leaf_not_after_behavior`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the whole issuer after the change), or the requests.Response.
        """
        return self._patch(self._url("issuer/{issuer_ref}", mount_point, issuer_ref=issuer_ref), extra_params)

    def read_issuer_der(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> bytes:
        """Read an issuer's certificate in DER form.

        ``GET /v1/{mount_point}/issuer/{issuer_ref}/der``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the DER bytes.
        """
        return self._read_der("issuer/{issuer_ref}/der", mount_point, issuer_ref=issuer_ref)

    def read_issuer_pem(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> str:
        """Read an issuer's certificate in PEM form.

        ``GET /v1/{mount_point}/issuer/{issuer_ref}/pem``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the PEM text.
        """
        return self._read_pem("issuer/{issuer_ref}/pem", mount_point, issuer_ref=issuer_ref)

    def read_issuer_json(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an issuer's certificate and CA chain (without its settings) as a JSON answer.

        ``GET /v1/{mount_point}/issuer/{issuer_ref}/json``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, ``data.ca_chain``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("issuer/{issuer_ref}/json", mount_point, issuer_ref=issuer_ref))

    def read_issuers_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read which issuer is the default one.

        ``GET /v1/{mount_point}/config/issuers``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.default``, ``data.default_follows_latest_issuer``), or the
            requests.Response.
        """
        return self._adapter.get(url=self._url("config/issuers", mount_point))

    def set_issuers_configuration(
        self,
        default: Optional[str] = None,
        default_follows_latest_issuer: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Choose the default issuer.

        ``POST /v1/{mount_point}/config/issuers``

        :param default: the issuer's ID or name.
        :param default_follows_latest_issuer: make each newly generated or imported issuer the default.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        params = {"default": default, "default_follows_latest_issuer": default_follows_latest_issuer}
        return self._adapter.post(url=self._url("config/issuers", mount_point), json=utils.remove_nones(params))

    def import_issuer_certificates(self, pem_bundle: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Import CA certificates as issuers (private keys are refused here).

        ``POST /v1/{mount_point}/issuers/import/cert``

        :param pem_bundle: one or more PEM certificates, concatenated.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.imported_issuers``, ``data.mapping`` …), or the requests.Response.
        """
        return self._adapter.post(url=self._url("issuers/import/cert", mount_point), json={"pem_bundle": pem_bundle})

    def import_issuer_bundle(self, pem_bundle: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Import CA certificates and, optionally, their private keys as issuers and keys.

        ``POST /v1/{mount_point}/issuers/import/bundle``

        :param pem_bundle: PEM certificates and unencrypted private keys, concatenated.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.imported_issuers``, ``data.imported_keys`` …), or the requests.Response.
        """
        return self._adapter.post(url=self._url("issuers/import/bundle", mount_point), json={"pem_bundle": pem_bundle})

    def generate_root_issuer(
        self,
        type: str,
        common_name: str,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Generate a new self-signed root issuer next to the existing ones.

        ``POST /v1/{mount_point}/issuers/generate/root/{type}``

        :param type: ``internal``, ``exported`` (the private key is returned once), ``existing``
            (``key_ref`` in ``extra_params``) or ``kms``.
        :param common_name: the CN of the CA.
        :param extra_params: further fields (``issuer_name``, ``key_type``, ``ttl`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.issuer_id``, ``data.certificate`` …), or the requests.Response.
        """
        return self._generate_issuer("issuers/generate/root/{type}", type, common_name, extra_params, mount_point)

    def generate_intermediate_issuer(
        self,
        type: str,
        common_name: str,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Generate a key and a CSR for a new intermediate issuer (install the signed certificate with
        :meth:`import_issuer_certificates` or :meth:`set_signed_intermediate`).

        ``POST /v1/{mount_point}/issuers/generate/intermediate/{type}``

        :param type: ``internal``, ``exported``, ``existing`` or ``kms``.
        :param common_name: the CN requested.
        :param extra_params: further fields (``key_type``, ``key_name``, ``key_ref`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.csr``, ``data.key_id``), or the requests.Response.
        """
        template = "issuers/generate/intermediate/{type}"
        return self._generate_issuer(template, type, common_name, extra_params, mount_point)

    def rotate_root(
        self,
        type: str,
        common_name: str,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Generate the next root issuer (with a new key) without making it the default yet.

        ``POST /v1/{mount_point}/root/rotate/{type}``

        :param type: ``internal``, ``exported``, ``existing`` or ``kms``.
        :param common_name: the CN of the new root.
        :param extra_params: further fields (``issuer_name``, ``key_type``, ``ttl`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.issuer_id``, ``data.certificate`` …), or the requests.Response.
        """
        return self._generate_issuer("root/rotate/{type}", type, common_name, extra_params, mount_point)

    def replace_root(self, default: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Make another issuer the default one (the last step of a root rotation).

        ``POST /v1/{mount_point}/root/replace``

        :param default: the issuer's ID or name; OpenBao's default is ``next``.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.default``), or the requests.Response.
        """
        body = utils.remove_nones({"default": default})
        return self._adapter.post(url=self._url("root/replace", mount_point), json=body)

    def cross_sign_intermediate(
        self,
        common_name: str,
        key_ref: Optional[str] = None,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a CSR for an existing key, to have that CA cross-signed by another one.

        ``POST /v1/{mount_point}/intermediate/cross-sign``

        :param common_name: the CN requested.
        :param key_ref: the key (ID or name) the CSR is made for.
        :param extra_params: further fields (``format``, ``ttl``, subject fields …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.csr``, ``data.key_id``), or the requests.Response.
        """
        body = _merged(extra_params, **utils.remove_nones({"common_name": common_name, "key_ref": key_ref}))
        return self._adapter.post(url=self._url("intermediate/cross-sign", mount_point), json=body)

    # ----------------------------------------------------- issuing and signing through an issuer

    def generate_certificate_with_issuer(
        self,
        issuer_ref: str,
        name: str,
        common_name: str,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Issue a new certificate and private key from a role, signed by the given issuer.

        ``POST /v1/{mount_point}/issuer/{issuer_ref}/issue/{name}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param name: the role to issue against.
        :param common_name: the CN requested.
        :param extra_params: further fields (``alt_names``, ``ttl``, ``format`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, ``data.private_key`` …), or the requests.Response.
        """
        body = _merged(extra_params, common_name=common_name)
        return self._post_for_issuer(issuer_ref, "issue/{name}", body, mount_point, name=name)

    def sign_certificate_with_issuer(
        self,
        issuer_ref: str,
        name: str,
        csr: str,
        common_name: str,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign a CSR under a role's rules with the given issuer.

        ``POST /v1/{mount_point}/issuer/{issuer_ref}/sign/{name}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param name: the role.
        :param csr: the PEM CSR.
        :param common_name: the CN requested.
        :param extra_params: further fields (``alt_names``, ``ttl``, ``format`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, ``data.issuing_ca`` …), or the requests.Response.
        """
        body = _merged(extra_params, csr=csr, common_name=common_name)
        return self._post_for_issuer(issuer_ref, "sign/{name}", body, mount_point, name=name)

    def sign_intermediate_with_issuer(
        self,
        issuer_ref: str,
        csr: str,
        common_name: str,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign an intermediate CA's CSR with the given issuer.

        ``POST /v1/{mount_point}/issuer/{issuer_ref}/sign-intermediate``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param csr: the PEM CSR.
        :param common_name: the CN of the intermediate CA.
        :param extra_params: further fields (``ttl``, ``format``, ``use_csr_values`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, ``data.issuing_ca`` …), or the requests.Response.
        """
        body = _merged(extra_params, csr=csr, common_name=common_name)
        return self._post_for_issuer(issuer_ref, "sign-intermediate", body, mount_point)

    def sign_self_issued_with_issuer(
        self,
        issuer_ref: str,
        certificate: str,
        require_matching_certificate_algorithms: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Re-sign a self-issued CA certificate with the given issuer.

        ``POST /v1/{mount_point}/issuer/{issuer_ref}/sign-self-issued``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param certificate: the PEM self-issued certificate.
        :param require_matching_certificate_algorithms: refuse when the key algorithms differ.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``), or the requests.Response.
        """
        body = utils.remove_nones(
            {
                "certificate": certificate,
                "require_matching_certificate_algorithms": require_matching_certificate_algorithms,
            }
        )
        return self._post_for_issuer(issuer_ref, "sign-self-issued", body, mount_point)

    def sign_verbatim_with_issuer(
        self,
        issuer_ref: str,
        csr: str,
        name: Optional[str] = None,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign a CSR with the given issuer, keeping its subject and extensions as they are.

        ``POST /v1/{mount_point}/issuer/{issuer_ref}/sign-verbatim`` or, with a role,
        ``/v1/{mount_point}/issuer/{issuer_ref}/sign-verbatim/{name}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param csr: the PEM CSR.
        :param name: a role whose key usages and TTLs apply; ``None`` for none.
        :param extra_params: further fields (``ttl``, ``format``, ``key_usage`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``), or the requests.Response.
        """
        operation = "sign-verbatim" if name is None else "sign-verbatim/{name}"
        return self._post_for_issuer(issuer_ref, operation, _merged(extra_params, csr=csr), mount_point, name=name)

    def sign_revocation_list(
        self,
        issuer_ref: str,
        revoked_certs: Optional[List[Dict[str, Any]]] = None,
        crl_number: Optional[int] = None,
        delta_crl_base_number: Optional[int] = None,
        next_update: Optional[str] = None,
        format: Optional[str] = None,
        extensions: Optional[List[Dict[str, Any]]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Have the issuer sign a CRL built from the entries given (not from the mount's revocations).

        ``POST /v1/{mount_point}/issuer/{issuer_ref}/sign-revocation-list``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param revoked_certs: entries ``{"serial_number", "revocation_time", "extensions"}``.
        :param crl_number: the CRL Number extension's value.
        :param delta_crl_base_number: 0 or more makes it a delta CRL on that base.
        :param next_update: how long the CRL is valid, e.g. ``"72h"``.
        :param format: ``pem`` or ``der`` (base64 in the answer).
        :param extensions: extra CRL extensions ``{"id", "critical", "value"}``.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.crl``), or the requests.Response.
        """
        body = {
            "revoked_certs": revoked_certs,
            "crl_number": crl_number,
            "delta_crl_base_number": delta_crl_base_number,
            "next_update": next_update,
            "format": format,
            "extensions": extensions,
        }
        return self._post_for_issuer(issuer_ref, "sign-revocation-list", utils.remove_nones(body), mount_point)

    def resign_crls(
        self,
        issuer_ref: str,
        crls: List[str],
        crl_number: Optional[int] = None,
        delta_crl_base_number: Optional[int] = None,
        next_update: Optional[str] = None,
        format: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Combine CRLs the issuer signed earlier into one new CRL signed by it.

        ``POST /v1/{mount_point}/issuer/{issuer_ref}/resign-crls``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param crls: the PEM CRLs to combine.
        :param crl_number: the CRL Number extension's value.
        :param delta_crl_base_number: 0 or more makes it a delta CRL on that base.
        :param next_update: how long the CRL is valid, e.g. ``"72h"``.
        :param format: ``pem`` or ``der`` (base64 in the answer).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.crl``), or the requests.Response.
        """
        body = {
            "crls": crls,
            "crl_number": crl_number,
            "delta_crl_base_number": delta_crl_base_number,
            "next_update": next_update,
            "format": format,
        }
        return self._post_for_issuer(issuer_ref, "resign-crls", utils.remove_nones(body), mount_point)

    # ------------------------------------------------------------------------ keys

    def list_keys(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the keys of the mount.

        ``LIST /v1/{mount_point}/keys``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.keys``, ``data.key_info``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("keys", mount_point))

    def read_key(self, key_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read one key's details (never its private part).

        ``GET /v1/{mount_point}/key/{key_ref}``

        :param key_ref: the key's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.key_id``, ``data.key_name``, ``data.key_type``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("key/{key_ref}", mount_point, key_ref=key_ref))

    def update_key(self, key_ref: str, key_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Rename a key.

        ``POST /v1/{mount_point}/key/{key_ref}``

        :param key_ref: the key's ID or name, or ``default``.
        :param key_name: the new name.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        url = self._url("key/{key_ref}", mount_point, key_ref=key_ref)
        return self._adapter.post(url=url, json={"key_name": key_name})

    def delete_key(self, key_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a key (refused while an issuer uses it).

        ``DELETE /v1/{mount_point}/key/{key_ref}``

        :param key_ref: the key's ID or name.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url("key/{key_ref}", mount_point, key_ref=key_ref))

    def generate_internal_key(
        self,
        key_type: Optional[str] = None,
        key_bits: Optional[int] = None,
        key_name: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Generate a key that never leaves the engine.

        ``POST /v1/{mount_point}/keys/generate/internal``

        :param key_type: ``rsa`` (OpenBao's default), ``ec``, ``ed25519`` …
        :param key_bits: the size (0 for the type's default).
        :param key_name: a name for the key.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.key_id``, ``data.key_name``, ``data.key_type``), or the requests.Response.
        """
        return self._generate_key("internal", mount_point, key_type=key_type, key_bits=key_bits, key_name=key_name)

    def generate_exported_key(
        self,
        key_type: Optional[str] = None,
        key_bits: Optional[int] = None,
        key_name: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Generate a key and return its private part (this once only).

        ``POST /v1/{mount_point}/keys/generate/exported``

        :param key_type: ``rsa`` (OpenBao's default), ``ec``, ``ed25519`` …
        :param key_bits: the size (0 for the type's default).
        :param key_name: a name for the key.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.key_id``, ``data.private_key`` …), or the requests.Response.
        """
        return self._generate_key("exported", mount_point, key_type=key_type, key_bits=key_bits, key_name=key_name)

    def generate_kms_key(
        self,
        external_key_ref: str,
        key_type: Optional[str] = None,
        key_bits: Optional[int] = None,
        key_name: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Register a key held by an external key store (configured under ``sys/external-keys``).

        ``POST /v1/{mount_point}/keys/generate/kms``

        :param external_key_ref: ``<config name>:<key name>`` of the external key.
        :param key_type: ``rsa``, ``ec``, ``ed25519`` …
        :param key_bits: the size (0 for the type's default).
        :param key_name: a name for the key.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.key_id`` …), or the requests.Response.
        """
        fields = {"key_type": key_type, "key_bits": key_bits, "key_name": key_name}
        return self._generate_key("kms", mount_point, external_key_ref=external_key_ref, **fields)

    def import_key(
        self, pem_bundle: str, key_name: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Import a private key.

        ``POST /v1/{mount_point}/keys/import``

        :param pem_bundle: the unencrypted private key, PEM.
        :param key_name: a name for the key.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.key_id``, ``data.key_name``), or the requests.Response.
        """
        body = utils.remove_nones({"pem_bundle": pem_bundle, "key_name": key_name})
        return self._adapter.post(url=self._url("keys/import", mount_point), json=body)

    def read_keys_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read which key is the default one.

        ``GET /v1/{mount_point}/config/keys``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.default``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/keys", mount_point))

    def set_keys_configuration(self, default: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Choose the default key.

        ``POST /v1/{mount_point}/config/keys``

        :param default: the key's ID or name.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.default``), or the requests.Response.
        """
        return self._adapter.post(url=self._url("config/keys", mount_point), json={"default": default})

    # ------------------------------------------------------- tidy, cluster and role settings

    def read_tidy_status(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the progress and counters of the current or last tidy run.

        ``GET /v1/{mount_point}/tidy-status``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.state``, ``data.cert_store_deleted_count`` …), or the requests.Response.
        """
        return self._adapter.get(url=self._url("tidy-status", mount_point))

    def cancel_tidy(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Ask the running tidy to stop (at its next pause between items).

        ``POST /v1/{mount_point}/tidy-cancel``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the tidy status), or the requests.Response.
        """
        return self._adapter.post(url=self._url("tidy-cancel", mount_point))

    def read_auto_tidy_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the periodic tidy settings.

        ``GET /v1/{mount_point}/config/auto-tidy``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.enabled``, ``data.interval_duration`` …), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/auto-tidy", mount_point))

    def set_auto_tidy_configuration(
        self,
        enabled: Optional[bool] = None,
        interval_duration: Optional[Union[str, int]] = None,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Change the periodic tidy settings.

        ``POST /v1/{mount_point}/config/auto-tidy``

        :param enabled: run tidy periodically.
        :param interval_duration: the time between runs, e.g. ``"12h"``.
        :param extra_params: what to tidy (``tidy_cert_store``, ``tidy_revoked_certs``, ``safety_buffer`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the settings), or the requests.Response.
        """
        body = _merged(extra_params, **utils.remove_nones({"enabled": enabled, "interval_duration": interval_duration}))
        return self._adapter.post(url=self._url("config/auto-tidy", mount_point), json=body)

    def read_cluster_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the mount's own external URLs (used by URL templates and ACME).

        ``GET /v1/{mount_point}/config/cluster``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.path``, ``data.aia_path``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/cluster", mount_point))

    def set_cluster_configuration(
        self, path: Optional[str] = None, aia_path: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Set the mount's own external URLs.

        ``POST /v1/{mount_point}/config/cluster``

        :param path: the URL of this mount, e.g. ``"https://bao.example.com:8200/v1/pki"`` (ACME needs it).
        :param aia_path: the URL written into AIA extensions, which may be plain HTTP.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the settings), or the requests.Response.
        """
        body = utils.remove_nones({"path": path, "aia_path": aia_path})
        return self._adapter.post(url=self._url("config/cluster", mount_point), json=body)

    def patch_role(
        self, name: str, extra_params: Optional[Dict[str, Any]] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Change only the given fields of a role (a JSON merge patch).

        ``PATCH /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param extra_params: the fields to change (``allowed_domains``, ``max_ttl`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the whole role after the change), or the requests.Response.
        """
        return self._patch(self._url("roles/{name}", mount_point, name=name), extra_params)

    # ------------------------------------------------------------------------ OCSP

    def query_ocsp(self, ocsp_request: bytes, mount_point: str = DEFAULT_MOUNT_POINT) -> bytes:
        """Ask the OCSP responder of the mount for a certificate's status, sending the request as the body.

        ``POST /v1/{mount_point}/ocsp``

        :param ocsp_request: the DER-encoded OCSP request (e.g. from ``cryptography.x509.ocsp``).
        :param mount_point: where the PKI engine is mounted.
        :return: the DER-encoded OCSP response.
        """
        _check_der("ocsp_request", ocsp_request)
        return self._adapter.request_response(
            "post",
            self._url("ocsp", mount_point),
            data=bytes(ocsp_request),
            headers={"Content-Type": "application/ocsp-request"},
        ).content

    def query_ocsp_with_get(self, ocsp_request: bytes, mount_point: str = DEFAULT_MOUNT_POINT) -> bytes:
        """Ask the OCSP responder of the mount for a certificate's status, with the request in the URL.

        ``GET /v1/{mount_point}/ocsp/{req}`` (``req``: the URL-encoded base64 of the request)

        :param ocsp_request: the DER-encoded OCSP request (e.g. from ``cryptography.x509.ocsp``).
        :param mount_point: where the PKI engine is mounted.
        :return: the DER-encoded OCSP response.
        """
        _check_der("ocsp_request", ocsp_request)
        # Base64 holds "/" and "+": quoted whole (RFC 6960 A.1), as "/" kept literal would be
        # collapsed or split on its way to the server.
        segment = quote(base64.b64encode(bytes(ocsp_request)).decode("ascii"), safe="")
        return self._fetch(self._url("ocsp/", mount_point) + segment).content

    # ------------------------------------------------------------------------ ACME

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

    # ------------------------------------------------------------------- CEL roles

    def create_or_update_cel_role(
        self, name: str, cel_program: Dict[str, Any], mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Create or replace a CEL role: a program that turns a request into a certificate template.

        ``POST /v1/{mount_point}/cel/roles/{name}``

        :param name: the role.
        :param cel_program: ``{"variables": [{"name", "expression"}, ...], "expression": ...}``; the
            expression yields a ``ValidationOutput`` or an error string.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the role), or the requests.Response.
        """
        url = self._url("cel/roles/{name}", mount_point, name=name)
        return self._adapter.post(url=url, json={"cel_program": cel_program})

    def patch_cel_role(
        self, name: str, cel_program: Dict[str, Any], mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Change a CEL role's program (a JSON merge patch).

        ``PATCH /v1/{mount_point}/cel/roles/{name}``

        :param name: the role.
        :param cel_program: the parts of the program to change.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the role), or the requests.Response.
        """
        return self._patch(self._url("cel/roles/{name}", mount_point, name=name), {"cel_program": cel_program})

    def read_cel_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a CEL role.

        ``GET /v1/{mount_point}/cel/roles/{name}``

        :param name: the role.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.cel_program``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("cel/roles/{name}", mount_point, name=name))

    def list_cel_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the CEL roles.

        ``LIST /v1/{mount_point}/cel/roles``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("cel/roles", mount_point))

    def delete_cel_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a CEL role.

        ``DELETE /v1/{mount_point}/cel/roles/{name}``

        :param name: the role.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url("cel/roles/{name}", mount_point, name=name))

    def generate_certificate_with_cel_role(
        self, name: str, extra_params: Optional[Dict[str, Any]] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Issue a new certificate and private key as a CEL role's program decides.

        ``POST /v1/{mount_point}/cel/issue/{name}``

        :param name: the CEL role.
        :param extra_params: the request the program reads as ``request`` (e.g. ``common_name``),
            plus ``key_type``, ``key_bits``, ``ttl`` …
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, ``data.private_key`` …), or the requests.Response.
        """
        return self._adapter.post(url=self._url("cel/issue/{name}", mount_point, name=name), json=_merged(extra_params))

    def sign_certificate_with_cel_role(
        self,
        name: str,
        csr: str,
        extra_params: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign a CSR as a CEL role's program decides.

        ``POST /v1/{mount_point}/cel/sign/{name}``

        :param name: the CEL role.
        :param csr: the PEM CSR.
        :param extra_params: the rest of the request the program reads as ``request``, plus ``ttl`` …
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, ``data.ca_chain`` …), or the requests.Response.
        """
        url = self._url("cel/sign/{name}", mount_point, name=name)
        return self._adapter.post(url=url, json=_merged(extra_params, csr=csr))
