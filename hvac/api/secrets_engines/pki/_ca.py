"""Certificate authorities: generating, importing, signing and rotating roots and intermediates."""
from typing import Any, Mapping, Optional, Union

from hvac import exceptions, utils
from hvac.api.secrets_engines.pki._base import DEFAULT_MOUNT_POINT, GENERATION_TYPES, PkiBase, _merged
from hvac.api.secrets_engines.pki._params import (
    FieldsOrAnyDict,
    PkiIntermediateParams,
    PkiRootParams,
    PkiSignIntermediateParams,
    PkiSignIntermediateWithIssuerParams,
)
from hvac.api.vault_api_base import VaultResponse


class PkiCa(PkiBase[VaultResponse]):
    """The certificate-authority part of :class:`~hvac.api.secrets_engines.pki.Pki`."""

    @staticmethod
    def _check_generation_type(type: str) -> None:
        if type not in GENERATION_TYPES:
            allowed = ", ".join(f'"{t}"' for t in GENERATION_TYPES)
            raise exceptions.ParamValidationError(f'unsupported type "{type}": valid values are {allowed}')

    def _generate_issuer(
        self, template: str, type: str, common_name: str, extra_params: Optional[Mapping[str, Any]], mount_point: str
    ) -> VaultResponse:
        """POST a generation request (root, intermediate CSR or rotated root) whose path ends in ``{type}``."""
        self._check_generation_type(type)
        return self._adapter.post(
            url=self._url(template, mount_point, type=type), json=_merged(extra_params, common_name=common_name)
        )

    def submit_ca_information(self, pem_bundle: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Import a CA certificate and its private key.

        ``POST /v1/{mount_point}/config/ca``

        :param pem_bundle: the PEM-encoded private key and certificate, concatenated.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(url=self._url("config/ca", mount_point), json={"pem_bundle": pem_bundle})

    def generate_root(
        self,
        type: str,
        common_name: str,
        extra_params: Optional[FieldsOrAnyDict[PkiRootParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        wrap_ttl: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Generate a self-signed root CA.

        ``POST /v1/{mount_point}/root/generate/{type}``

        :param type: ``exported`` (the private key is returned), ``internal``, ``existing`` or ``kms``.
        :param common_name: the CN of the CA.
        :param extra_params: further fields (:class:`PkiRootParams`: ``ttl``, ``key_type``, ``issuer_name`` …).
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

    def generate_intermediate(
        self,
        type: str,
        common_name: str,
        extra_params: Optional[FieldsOrAnyDict[PkiIntermediateParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        wrap_ttl: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Generate a key pair and a CSR for an intermediate CA.

        ``POST /v1/{mount_point}/intermediate/generate/{type}``

        :param type: ``exported`` (the private key is returned), ``internal``, ``existing`` or ``kms``.
        :param common_name: the CN requested.
        :param extra_params: further fields (:class:`PkiIntermediateParams`: ``key_type``, ``ttl``, ``alt_names`` …).
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

    def sign_intermediate(
        self,
        csr: str,
        common_name: str,
        extra_params: Optional[FieldsOrAnyDict[PkiSignIntermediateParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign an intermediate CA's CSR with this mount's CA.

        ``POST /v1/{mount_point}/root/sign-intermediate``

        :param csr: the PEM CSR.
        :param common_name: the CN of the intermediate CA.
        :param extra_params: further fields (:class:`PkiSignIntermediateParams`: ``ttl``, ``format``,
            ``use_csr_values`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, ``data.issuing_ca`` …), or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("root/sign-intermediate", mount_point),
            json=_merged(extra_params, csr=csr, common_name=common_name),
        )

    def sign_self_issued(
        self,
        certificate: str,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        issuer_ref: Optional[str] = None,
        require_matching_certificate_algorithms: Optional[bool] = None,
    ) -> VaultResponse:
        """Re-sign a self-issued CA certificate with this mount's CA.

        ``POST /v1/{mount_point}/root/sign-self-issued``

        :param certificate: the PEM self-issued certificate.
        :param mount_point: where the PKI engine is mounted.
        :param issuer_ref: the issuer that signs (``None``: the default issuer).
        :param require_matching_certificate_algorithms: refuse when the key algorithms differ.
        :return: the decoded response (``data.certificate``), or the requests.Response.
        """
        matching = require_matching_certificate_algorithms
        options = utils.remove_nones({"issuer_ref": issuer_ref, "require_matching_certificate_algorithms": matching})
        body = {"certificate": certificate, **options}
        return self._adapter.post(url=self._url("root/sign-self-issued", mount_point), json=body)

    def generate_root_issuer(
        self,
        type: str,
        common_name: str,
        extra_params: Optional[FieldsOrAnyDict[PkiRootParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Generate a new self-signed root issuer next to the existing ones.

        ``POST /v1/{mount_point}/issuers/generate/root/{type}``

        :param type: ``internal``, ``exported`` (the private key is returned once), ``existing``
            (``key_ref`` in ``extra_params``) or ``kms``.
        :param common_name: the CN of the CA.
        :param extra_params: further fields (:class:`PkiRootParams`: ``issuer_name``, ``key_type``, ``ttl`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.issuer_id``, ``data.certificate`` …), or the requests.Response.
        """
        return self._generate_issuer("issuers/generate/root/{type}", type, common_name, extra_params, mount_point)

    def generate_intermediate_issuer(
        self,
        type: str,
        common_name: str,
        extra_params: Optional[FieldsOrAnyDict[PkiIntermediateParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Generate a key and a CSR for a new intermediate issuer (install the signed certificate with
        :meth:`import_issuer_certificates` or :meth:`set_signed_intermediate`).

        ``POST /v1/{mount_point}/issuers/generate/intermediate/{type}``

        :param type: ``internal``, ``exported``, ``existing`` or ``kms``.
        :param common_name: the CN requested.
        :param extra_params: further fields (:class:`PkiIntermediateParams`: ``key_type``, ``key_name``,
            ``key_ref`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.csr``, ``data.key_id``), or the requests.Response.
        """
        template = "issuers/generate/intermediate/{type}"
        return self._generate_issuer(template, type, common_name, extra_params, mount_point)

    def rotate_root(
        self,
        type: str,
        common_name: str,
        extra_params: Optional[FieldsOrAnyDict[PkiRootParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Generate the next root issuer (with a new key) without making it the default yet.

        ``POST /v1/{mount_point}/root/rotate/{type}``

        :param type: ``internal``, ``exported``, ``existing`` or ``kms``.
        :param common_name: the CN of the new root.
        :param extra_params: further fields (:class:`PkiRootParams`: ``issuer_name``, ``key_type``, ``ttl`` …).
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
        extra_params: Optional[FieldsOrAnyDict[PkiIntermediateParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a CSR for an existing key, to have that CA cross-signed by another one.

        ``POST /v1/{mount_point}/intermediate/cross-sign``

        :param common_name: the CN requested.
        :param key_ref: the key (ID or name) the CSR is made for.
        :param extra_params: further fields (:class:`PkiIntermediateParams`: ``format``, ``ttl``, subject fields …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.csr``, ``data.key_id``), or the requests.Response.
        """
        body = _merged(extra_params, **utils.remove_nones({"common_name": common_name, "key_ref": key_ref}))
        return self._adapter.post(url=self._url("intermediate/cross-sign", mount_point), json=body)

    def sign_intermediate_with_issuer(
        self,
        issuer_ref: str,
        csr: str,
        common_name: str,
        extra_params: Optional[FieldsOrAnyDict[PkiSignIntermediateWithIssuerParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign an intermediate CA's CSR with the given issuer.

        ``POST /v1/{mount_point}/issuer/{issuer_ref}/sign-intermediate``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param csr: the PEM CSR.
        :param common_name: the CN of the intermediate CA.
        :param extra_params: further fields (:class:`PkiSignIntermediateWithIssuerParams`: ``ttl``, ``format``,
            ``use_csr_values`` …).
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
