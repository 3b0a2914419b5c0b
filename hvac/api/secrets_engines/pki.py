"""PKI secrets engine: certificate authorities, roles, issued certificates, revocation and CRLs."""
from typing import Any, Dict, Optional, Union

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "pki"


def _merged(extra_params: Optional[Dict[str, Any]], **params: Any) -> Dict[str, Any]:
    """Return ``extra_params`` (left untouched) overlaid with the named ``params``."""
    body = dict(extra_params or {})
    body.update(params)
    return body


class Pki(VaultApiBase):
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
        wrap_ttl: Optional[str] = None,
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
        wrap_ttl: Optional[str] = None,
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
        wrap_ttl: Optional[str] = None,
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
