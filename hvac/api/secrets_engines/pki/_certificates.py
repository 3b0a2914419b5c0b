"""Certificates: reading them, revoking them and asking the OCSP responder about them."""
import base64
from typing import Any, Optional
from urllib.parse import quote

from hvac import exceptions, utils
from hvac.api.secrets_engines.pki._base import DEFAULT_MOUNT_POINT, PkiBase
from hvac.api.vault_api_base import VaultResponse


def _check_der(name: str, value: Any) -> None:
    if not isinstance(value, (bytes, bytearray)):
        raise exceptions.ParamValidationError(f"{name} must be the DER bytes, not {type(value).__name__}")


class PkiCertificates(PkiBase[VaultResponse]):
    """The certificate part of :class:`~hvac.api.secrets_engines.pki.Pki`."""

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

    def read_ca_certificate_der(self, mount_point: str = DEFAULT_MOUNT_POINT) -> bytes:
        """Read the CA certificate of the mount (its default issuer) in DER form.

        ``GET /v1/{mount_point}/ca``

        :param mount_point: where the PKI engine is mounted.
        :return: the DER bytes (empty when there is no CA).
        """
        return self._read_der("ca", mount_point)

    def read_certificate(self, serial: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read one certificate by serial number (or ``ca``, ``crl``, ``ca_chain``).

        ``GET /v1/{mount_point}/cert/{serial}``

        :param serial: colon- or hyphen-separated serial number, or a special name.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("cert/{serial}", mount_point, serial=serial))

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

    def list_certificates(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the serial numbers of the certificates the mount has issued.

        ``LIST /v1/{mount_point}/certs``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("certs", mount_point))

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

    def revoke_certificate(
        self, serial_number: Optional[str], mount_point: str = DEFAULT_MOUNT_POINT, *, certificate: Optional[str] = None
    ) -> VaultResponse:
        """Revoke a certificate by serial number (or by the certificate itself) and rebuild the CRL.

        ``POST /v1/{mount_point}/revoke``

        :param serial_number: colon- or hyphen-separated serial number; ``None`` with ``certificate``.
        :param mount_point: where the PKI engine is mounted.
        :param certificate: the PEM certificate to revoke, instead of its serial number.
        :return: the decoded response (``data.revocation_time``), or the requests.Response.
        """
        body = {"serial_number": serial_number}
        if certificate is not None:
            body = utils.remove_nones({"serial_number": serial_number, "certificate": certificate})
        return self._adapter.post(url=self._url("revoke", mount_point), json=body)

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
