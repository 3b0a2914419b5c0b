"""Issuers (the CA certificates of a mount): reading, changing, importing, revoking; CRLs they sign on demand."""
from typing import Any, Dict, List, Optional

from hvac import utils
from hvac.api.secrets_engines.pki._base import DEFAULT_MOUNT_POINT, PkiBase
from hvac.api.secrets_engines.pki._params import FieldsOrAnyDict, PkiIssuerParams
from hvac.api.vault_api_base import VaultResponse


class PkiIssuers(PkiBase[VaultResponse]):
    """The issuer part of :class:`~hvac.api.secrets_engines.pki.Pki`."""

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
        self,
        issuer_ref: str,
        extra_params: Optional[FieldsOrAnyDict[PkiIssuerParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Change an issuer's settings (name, usage, leaf_not_after_behavior …).

        ``POST /v1/{mount_point}/issuer/{issuer_ref}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param extra_params: the fields to set (:class:`PkiIssuerParams`; sent as the body; no body when ``None``).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("issuer/{issuer_ref}", mount_point, issuer_ref=issuer_ref), json=extra_params
        )

    def patch_issuer(
        self,
        issuer_ref: str,
        extra_params: Optional[FieldsOrAnyDict[PkiIssuerParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Change only the given settings of an issuer (a JSON merge patch).

        ``PATCH /v1/{mount_point}/issuer/{issuer_ref}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param extra_params: the fields to change (:class:`PkiIssuerParams`: ``issuer_name``, ``usage``,
            ``leaf_not_after_behavior`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the whole issuer after the change), or the requests.Response.
        """
        return self._patch(self._url("issuer/{issuer_ref}", mount_point, issuer_ref=issuer_ref), extra_params)

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
