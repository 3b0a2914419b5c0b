"""Certificate revocation lists and the URLs written into certificates."""
from typing import Optional

from hvac import utils
from hvac.api.secrets_engines.pki._base import DEFAULT_MOUNT_POINT, PkiBase, _merged
from hvac.api.secrets_engines.pki._params import FieldsOrAnyDict, PkiCrlParams, PkiUrlsParams
from hvac.api.vault_api_base import VaultResponse


class PkiCrls(PkiBase[VaultResponse]):
    """The CRL and URL part of :class:`~hvac.api.secrets_engines.pki.Pki`."""

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
        extra_params: Optional[FieldsOrAnyDict[PkiCrlParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Change the CRL settings of the mount.

        ``POST /v1/{mount_point}/config/crl``

        :param expiry: how long a generated CRL is valid, e.g. ``"72h"``.
        :param disable: turn CRL building off.
        :param extra_params: further fields (:class:`PkiCrlParams`: ``ocsp_disable``, ``auto_rebuild`` …).
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

    def set_urls(self, params: FieldsOrAnyDict[PkiUrlsParams], mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Set the URLs written into issued certificates.

        ``POST /v1/{mount_point}/config/urls``

        :param params: the body (:class:`PkiUrlsParams`), e.g.
            ``{"issuing_certificates": [...], "crl_distribution_points": [...]}``.
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
