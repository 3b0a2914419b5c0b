"""TLS certificate auth method: clients log in with a TLS client certificate."""
import os
import warnings
from typing import Any, Dict, List, Optional, Union

from hvac import exceptions, utils
from hvac.api.auth_methods._token_fields import shared_field_docs
from hvac.api.vault_api_base import VaultApiBase, VaultResponse
from hvac.utils import validate_pem_format

StrOrList = Union[str, List[str]]


def _read_text(path: str) -> str:
    with open(path) as text_file:
        return text_file.read()


def _url(mount_point: str, collection: str, name: Optional[str] = None) -> str:
    """URL of ``collection`` (``certs``, ``crls``) of the mount, or of one ``name`` in it."""
    url = utils.format_url("/v1/auth/{mount_point}/", mount_point=mount_point) + collection
    return url if name is None else url + utils.format_url("/{name}", name=name)


class Cert(VaultApiBase[VaultResponse]):
    """TLS certificate auth method.

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/cert
    """

    class CertificateAuthError(Exception):
        """Raised by :meth:`Cert.login` when no CA can be used to verify Vault's certificate."""

    @shared_field_docs
    def create_ca_certificate_role(
        self,
        name: str,
        certificate: str = "",
        certificate_file: str = "",
        allowed_common_names: StrOrList = "",
        allowed_dns_sans: StrOrList = "",
        allowed_email_sans: StrOrList = "",
        allowed_uri_sans: StrOrList = "",
        allowed_organizational_units: StrOrList = "",
        required_extensions: StrOrList = "",
        display_name: str = "",
        token_ttl: Union[str, int] = 0,
        token_max_ttl: Union[str, int] = 0,
        token_policies: StrOrList = [],  # noqa: B006 - the reference's default, never mutated
        token_bound_cidrs: StrOrList = [],  # noqa: B006
        token_explicit_max_ttl: Union[str, int] = 0,
        token_no_default_policy: bool = False,
        token_num_uses: int = 0,
        token_period: Union[str, int] = 0,
        token_type: str = "",
        mount_point: str = "cert",
        *,
        allowed_names: Optional[StrOrList] = None,
        allowed_metadata_extensions: Optional[StrOrList] = None,
        ocsp_enabled: Optional[bool] = None, ocsp_ca_certificates: Optional[str] = None,
        ocsp_servers_override: Optional[StrOrList] = None,
        ocsp_fail_open: Optional[bool] = None, ocsp_query_all_servers: Optional[bool] = None,
        token_strictly_bind_ip: Optional[bool] = None,
        # deprecated names of token settings
        ttl: Optional[Union[str, int]] = None, max_ttl: Optional[Union[str, int]] = None,
        period: Optional[Union[str, int]] = None, policies: Optional[StrOrList] = None,
        bound_cidrs: Optional[StrOrList] = None, lease: Optional[int] = None,
    ) -> VaultResponse:
        """Create a certificate role (a trusted CA plus constraints), or update an existing one.

        ``POST /v1/auth/{mount_point}/certs/{name}``

        :param name: name of the role.
        :param certificate: the trusted CA certificate(s), PEM. Wins over ``certificate_file``. An
            existing file's path is still read (with a :class:`DeprecationWarning`), as in the reference.
        :param certificate_file: path of a PEM file to read the CA certificate(s) from.
        :param allowed_common_names: common names allowed in client certificates.
        :param allowed_dns_sans: DNS SANs allowed in client certificates.
        :param allowed_email_sans: email SANs allowed in client certificates.
        :param allowed_uri_sans: URI SANs allowed in client certificates.
        :param allowed_organizational_units: organizational units allowed in client certificates.
        :param required_extensions: extensions (``oid:value``) client certificates must carry.
        :param display_name: display name of the issued tokens.
        :param mount_point: where the auth method is mounted.
        :param allowed_names: names allowed in the common name or the SANs of client certificates (globs).
        :param allowed_metadata_extensions: extensions (OIDs) of the client certificate copied into the
            token's metadata on login.
        :param ocsp_enabled: check client certificates with OCSP at login.
        :param ocsp_ca_certificates: extra CA certificates (PEM) needed to talk to the OCSP servers.
        :param ocsp_servers_override: OCSP servers to ask instead of those the certificates name.
        :param ocsp_fail_open: let the login through when no OCSP answer can be had.
        :param ocsp_query_all_servers: ask every OCSP server rather than stopping at the first answer.
        :param lease: deprecated name of ``token_ttl`` (seconds), which the server reads first when both are given.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when neither ``certificate`` nor ``certificate_file`` is given.
        """
        if not certificate:
            if not certificate_file:
                raise exceptions.ParamValidationError("`certificate` or `certificate_file` must be provided")
            certificate = _read_text(certificate_file)
        elif os.path.isfile(certificate):
            warnings.warn(
                message=(
                    "Passing a file path as `certificate` is deprecated: give the path as `certificate_file`, "
                    "or the PEM text as `certificate`. The file's contents are sent this time."
                ),
                category=DeprecationWarning,
                stacklevel=2,
            )
            certificate = _read_text(certificate)
        params = utils.remove_nones(
            {
                "name": name,
                "certificate": certificate,
                "allowed_common_names": allowed_common_names,
                "allowed_dns_sans": allowed_dns_sans,
                "allowed_email_sans": allowed_email_sans,
                "allowed_uri_sans": allowed_uri_sans,
                "allowed_organizational_units": allowed_organizational_units,
                "required_extensions": required_extensions,
                "display_name": display_name,
                "token_ttl": token_ttl,
                "token_max_ttl": token_max_ttl,
                "token_policies": token_policies,
                "token_bound_cidrs": token_bound_cidrs,
                "token_explicit_max_ttl": token_explicit_max_ttl,
                "token_no_default_policy": token_no_default_policy,
                "token_num_uses": token_num_uses,
                "token_period": token_period,
                "token_type": token_type,
                "allowed_names": allowed_names,
                "allowed_metadata_extensions": allowed_metadata_extensions,
                "ocsp_enabled": ocsp_enabled,
                "ocsp_ca_certificates": ocsp_ca_certificates,
                "ocsp_servers_override": ocsp_servers_override,
                "ocsp_fail_open": ocsp_fail_open,
                "ocsp_query_all_servers": ocsp_query_all_servers,
                "token_strictly_bind_ip": token_strictly_bind_ip,
                "ttl": ttl,
                "max_ttl": max_ttl,
                "period": period,
                "policies": policies,
                "bound_cidrs": bound_cidrs,
                "lease": lease,
            }
        )
        return self._adapter.post(url=_url(mount_point, "certs", name), json=params)

    def read_ca_certificate_role(self, name: str, mount_point: str = "cert") -> VaultResponse:
        """Read a certificate role.

        ``GET /v1/auth/{mount_point}/certs/{name}`` (the name is also sent as a JSON body, as the reference does)

        :param name: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=_url(mount_point, "certs", name), json={"name": name})

    def list_certificate_roles(self, mount_point: str = "cert") -> VaultResponse:
        """List the certificate roles.

        ``LIST /v1/auth/{mount_point}/certs``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=_url(mount_point, "certs"))

    def delete_certificate_role(self, name: str, mount_point: str = "cert") -> VaultResponse:
        """Delete a certificate role.

        ``DELETE /v1/auth/{mount_point}/certs/{name}``

        :param name: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url(mount_point, "certs", name))

    def configure_tls_certificate(
        self,
        mount_point: str = "cert",
        disable_binding: bool = False,
        *,
        enable_identity_alias_metadata: Optional[bool] = None,
        ocsp_cache_size: Optional[int] = None,
    ) -> VaultResponse:
        """Configure the method.

        ``POST /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :param disable_binding: do not bind tokens to the client certificate on renewal.
        :param enable_identity_alias_metadata: put the certificate's metadata (with its
            ``allowed_metadata_extensions``) into the entity alias too.
        :param ocsp_cache_size: entries of the OCSP answer cache shared by every role.
        :return: the response of the request.
        """
        api_path = utils.format_url("/v1/auth/{mount_point}/config", mount_point=mount_point)
        optional = {"enable_identity_alias_metadata": enable_identity_alias_metadata, "ocsp_cache_size": ocsp_cache_size}
        return self._adapter.post(url=api_path, json={"disable_binding": disable_binding, **utils.remove_nones(optional)})

    def read_config(self, mount_point: str = "cert") -> VaultResponse:
        """Read the method's configuration.

        ``GET /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.disable_binding``, ``data.ocsp_cache_size``...), or the requests.Response.
        """
        return self._adapter.get(url=_url(mount_point, "config"))

    def create_or_update_crl(
        self, name: str, crl: Optional[str] = None, url: Optional[str] = None, mount_point: str = "cert"
    ) -> VaultResponse:
        """Trust a certificate revocation list: certificates whose serial it lists can no longer log in.

        ``POST /v1/auth/{mount_point}/crls/{name}``

        Give one of the two: the CRL itself (``crl``), or where OpenBao downloads it from (``url``).

        :param name: name of the CRL.
        :param crl: the CRL, PEM.
        :param url: URL of a CRL distribution point that OpenBao downloads the CRL from.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        params = utils.remove_nones({"crl": crl, "url": url})
        return self._adapter.post(url=_url(mount_point, "crls", name), json=params)

    def read_crl(self, name: str, mount_point: str = "cert") -> VaultResponse:
        """Read a CRL: the serial numbers it revokes.

        ``GET /v1/auth/{mount_point}/crls/{name}``

        :param name: name of the CRL.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.serials``, keyed by decimal serial number), or the requests.Response.
        """
        return self._adapter.get(url=_url(mount_point, "crls", name))

    def list_crls(self, mount_point: str = "cert") -> VaultResponse:
        """List the names of the CRLs.

        ``LIST /v1/auth/{mount_point}/crls``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=_url(mount_point, "crls"))

    def delete_crl(self, name: str, mount_point: str = "cert") -> VaultResponse:
        """Stop trusting a CRL.

        ``DELETE /v1/auth/{mount_point}/crls/{name}``

        :param name: name of the CRL.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url(mount_point, "crls", name))

    def login(
        self,
        name: str = "",
        cacert: Union[bool, str] = False,
        cert_pem: str = "",
        key_pem: str = "",
        mount_point: str = "cert",
        use_token: bool = True,
    ) -> VaultResponse:
        """Log in with a TLS client certificate.

        ``POST /v1/auth/{mount_point}/login``

        The client certificate is ``(cert_pem, key_pem)`` when ``cert_pem`` is given, else the
        client's own ``cert``; leave ``key_pem`` empty when the key is in the ``cert_pem`` file.
        Vault's server certificate is verified against ``cacert``, else with the client's
        ``verify`` setting.

        Kept from the reference: ``cacert`` must be CA certificate(s) as PEM *text* (``True`` or a
        path is refused; leave it out to use the client's ``verify``), a PEM *string* as
        ``cert_pem`` raises ``UnboundLocalError``, and with no client certificate on the client a
        ``cert_pem`` that is not an existing file raises ``FileNotFoundError``, before any request.
        The PEM text is handed to requests as ``verify``, as the reference does; the adapter's
        transport loads it (:class:`hvac.adapters.InlineTLSHTTPAdapter`).

        :param name: log in against this certificate role only (all roles are tried when empty).
        :param cacert: CA certificate(s) as PEM text to verify Vault with.
        :param cert_pem: path of the client certificate.
        :param key_pem: path of the client certificate's private key.
        :param mount_point: where the auth method is mounted.
        :param use_token: adopt the returned client token on the client.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        :raises Cert.CertificateAuthError: when neither ``cacert`` nor the client's ``verify`` allows verifying Vault.
        :raises hvac.exceptions.ParamValidationError: when a given ``cacert`` is not PEM text.
        """
        params = {"name": name} if name != "" else {}
        api_path = utils.format_url("/v1/auth/{mount_point}/login", mount_point=mount_point)

        adapter_settings: Dict[str, Any] = getattr(self._adapter, "_kwargs", {})
        verify: Any = cacert
        if not verify:
            verify = adapter_settings.get("verify")
            if not verify:
                raise self.CertificateAuthError("cacert must be True, a file_path, or valid CA Certificate.")
        else:
            validate_pem_format("verify", verify)

        try:
            validate_pem_format("cert_pem", cert_pem)
        except exceptions.ParamValidationError:
            pass
        else:
            # The reference never finishes handling a PEM string here and fails on an unset local.
            raise UnboundLocalError("cannot access local variable 'tls_update' where it is not associated with a value")
        if not adapter_settings.get("cert") and not os.path.exists(cert_pem):  # exists() also takes file descriptors
            raise FileNotFoundError("Can't find the certificate.")

        request_kwargs: Dict[str, Any] = {"verify": verify}
        if cert_pem:
            request_kwargs["cert"] = (cert_pem, key_pem)
        return self._adapter.login(url=api_path, use_token=use_token, json=params, **request_kwargs)
