"""Issuing certificates and signing CSRs: under a role, through a chosen issuer, verbatim, or as a CEL role decides."""
from typing import Optional, Union

from hvac.api.secrets_engines.pki._base import DEFAULT_MOUNT_POINT, PkiBase, _merged
from hvac.api.secrets_engines.pki._params import (
    FieldsOrAnyDict,
    FieldsOrOpenDict,
    PkiCelIssueParams,
    PkiCelSignParams,
    PkiIssueParams,
    PkiIssueWithIssuerParams,
    PkiSignParams,
    PkiSignVerbatimParams,
    PkiSignVerbatimWithIssuerParams,
    PkiSignWithIssuerParams,
)
from hvac.api.vault_api_base import VaultResponse


class PkiIssuance(PkiBase[VaultResponse]):
    """The issuing and signing part of :class:`~hvac.api.secrets_engines.pki.Pki`."""

    def generate_certificate(
        self,
        name: str,
        common_name: str,
        extra_params: Optional[FieldsOrAnyDict[PkiIssueParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        wrap_ttl: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Issue a new certificate and private key from a role.

        ``POST /v1/{mount_point}/issue/{name}``

        :param name: the role to issue against.
        :param common_name: the CN requested.
        :param extra_params: further fields (:class:`PkiIssueParams`: ``alt_names``, ``ttl``, ``format`` …).
        :param mount_point: where the PKI engine is mounted.
        :param wrap_ttl: answer in a response-wrapping token with this TTL.
        :return: the decoded response (``data.certificate``, ``data.private_key`` …), or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("issue/{name}", mount_point, name=name),
            json=_merged(extra_params, common_name=common_name),
            wrap_ttl=wrap_ttl,
        )

    def sign_certificate(
        self,
        name: str,
        csr: str,
        common_name: str,
        extra_params: Optional[FieldsOrAnyDict[PkiSignParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign a CSR under a role's rules.

        ``POST /v1/{mount_point}/sign/{name}``

        :param name: the role.
        :param csr: the PEM CSR.
        :param common_name: the CN requested.
        :param extra_params: further fields (:class:`PkiSignParams`: ``alt_names``, ``ttl``, ``format`` …).
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
        extra_params: Optional[FieldsOrAnyDict[PkiSignVerbatimParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign a CSR keeping its subject and extensions as they are.

        ``POST /v1/{mount_point}/sign-verbatim`` or, with a role, ``/v1/{mount_point}/sign-verbatim/{name}``

        :param csr: the PEM CSR.
        :param name: a role whose key usages and TTLs apply; false for none.
        :param extra_params: further fields (:class:`PkiSignVerbatimParams`: ``ttl``, ``format``, ``key_usage`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``), or the requests.Response.
        """
        if name:
            api_path = self._url("sign-verbatim/{name}", mount_point, name=name)
        else:
            api_path = self._url("sign-verbatim", mount_point)
        return self._adapter.post(url=api_path, json=_merged(extra_params, csr=csr))

    def generate_certificate_with_issuer(
        self,
        issuer_ref: str,
        name: str,
        common_name: str,
        extra_params: Optional[FieldsOrAnyDict[PkiIssueWithIssuerParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Issue a new certificate and private key from a role, signed by the given issuer.

        ``POST /v1/{mount_point}/issuer/{issuer_ref}/issue/{name}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param name: the role to issue against.
        :param common_name: the CN requested.
        :param extra_params: further fields (:class:`PkiIssueWithIssuerParams`: ``alt_names``, ``ttl``, ``format`` …).
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
        extra_params: Optional[FieldsOrAnyDict[PkiSignWithIssuerParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign a CSR under a role's rules with the given issuer.

        ``POST /v1/{mount_point}/issuer/{issuer_ref}/sign/{name}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param name: the role.
        :param csr: the PEM CSR.
        :param common_name: the CN requested.
        :param extra_params: further fields (:class:`PkiSignWithIssuerParams`: ``alt_names``, ``ttl``, ``format`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, ``data.issuing_ca`` …), or the requests.Response.
        """
        body = _merged(extra_params, csr=csr, common_name=common_name)
        return self._post_for_issuer(issuer_ref, "sign/{name}", body, mount_point, name=name)

    def sign_verbatim_with_issuer(
        self,
        issuer_ref: str,
        csr: str,
        name: Optional[str] = None,
        extra_params: Optional[FieldsOrAnyDict[PkiSignVerbatimWithIssuerParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign a CSR with the given issuer, keeping its subject and extensions as they are.

        ``POST /v1/{mount_point}/issuer/{issuer_ref}/sign-verbatim`` or, with a role,
        ``/v1/{mount_point}/issuer/{issuer_ref}/sign-verbatim/{name}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param csr: the PEM CSR.
        :param name: a role whose key usages and TTLs apply; ``None`` for none.
        :param extra_params: further fields (:class:`PkiSignVerbatimWithIssuerParams`: ``ttl``, ``format``,
            ``key_usage`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``), or the requests.Response.
        """
        operation = "sign-verbatim" if name is None else "sign-verbatim/{name}"
        return self._post_for_issuer(issuer_ref, operation, _merged(extra_params, csr=csr), mount_point, name=name)

    def generate_certificate_with_cel_role(
        self,
        name: str,
        extra_params: Optional[FieldsOrOpenDict[PkiCelIssueParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Issue a new certificate and private key as a CEL role's program decides.

        ``POST /v1/{mount_point}/cel/issue/{name}``

        :param name: the CEL role.
        :param extra_params: the request the program reads as ``request`` (any key it reads, e.g.
            ``common_name``), and the declared fields of :class:`PkiCelIssueParams` (``key_type``, ``ttl`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, ``data.private_key`` …), or the requests.Response.
        """
        return self._adapter.post(url=self._url("cel/issue/{name}", mount_point, name=name), json=_merged(extra_params))

    def sign_certificate_with_cel_role(
        self,
        name: str,
        csr: str,
        extra_params: Optional[FieldsOrOpenDict[PkiCelSignParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign a CSR as a CEL role's program decides.

        ``POST /v1/{mount_point}/cel/sign/{name}``

        :param name: the CEL role.
        :param csr: the PEM CSR.
        :param extra_params: the rest of the request the program reads as ``request`` (any key it
            reads), and the declared fields of :class:`PkiCelSignParams` (``ttl``, ``not_after`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.certificate``, ``data.ca_chain`` …), or the requests.Response.
        """
        url = self._url("cel/sign/{name}", mount_point, name=name)
        return self._adapter.post(url=url, json=_merged(extra_params, csr=csr))
