"""System backend: Enterprise step-up MFA methods (``/v1/sys/mfa/method/...``; Vault Enterprise).

A named MFA method (Duo, Okta, PingID or TOTP) guards the paths of ACL policies that list it in
``mfa_methods``: a request on them must carry the ``X-Vault-MFA`` header
(``method_name[:passcode]``), e.g. ``my_totp:695452``. This is not login MFA
(``identity/mfa/method/*``, ``client.sys.validate_mfa_login``). MFA methods are configured in
the root namespace; Vault Community and OpenBao answer these paths with an error.

Reference: https://developer.hashicorp.com/vault/api-docs/system/mfa
"""
from typing import Any, Dict, Optional, Union

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


def _method_url(method_type: str, name: str, action: str = "") -> str:
    return utils.format_url("/v1/sys/mfa/method/{type}/{name}", type=method_type, name=name) + action


class Mfa(SystemBackendMixin[VaultResponse]):
    """Enterprise step-up MFA methods (``/v1/sys/mfa/method/...``; Vault Enterprise)."""

    def _configure_method(
        self, method_type: str, name: str, fields: Dict[str, Any], mount_accessor: Optional[str] = None,
        username_format: Optional[str] = None, **more: Any,
    ) -> VaultResponse:
        # Duo, Okta and PingID map the alias of an auth mount to the provider's user name.
        body = {"mount_accessor": mount_accessor, **fields, "username_format": username_format, **more}
        return self._adapter.post(_method_url(method_type, name), json=utils.remove_nones(body))

    # --- Duo ------------------------------------------------------------------------------------

    def configure_duo_mfa_method(
        self, name: str, mount_accessor: str, secret_key: Optional[str] = None,
        integration_key: Optional[str] = None, api_hostname: Optional[str] = None,
        username_format: Optional[str] = None, push_info: Optional[str] = None,
    ) -> VaultResponse:
        """Create or replace a Duo MFA method.

        ``POST /v1/sys/mfa/method/duo/{name}``

        :param name: the method's name, as policies and the ``X-Vault-MFA`` header give it.
        :param mount_accessor: the auth mount whose alias names map to Duo user names.
        :param secret_key: the Duo secret key.
        :param integration_key: the Duo integration key.
        :param api_hostname: the Duo API host name.
        :param username_format: how the Duo user name is built, e.g. ``{{alias.name}}@example.com``
            (placeholders ``{{alias.name}}``, ``{{entity.name}}``, ``{{alias.metadata.<key>}}``,
            ``{{entity.metadata.<key>}}``; the alias name when left out).
        :param push_info: extra information shown in the Duo push (a URL-encoded string).
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        fields = {"secret_key": secret_key, "integration_key": integration_key, "api_hostname": api_hostname}
        return self._configure_method("duo", name, fields, mount_accessor, username_format, push_info=push_info)

    def read_duo_mfa_method(self, name: str) -> VaultResponse:
        """Read a Duo MFA method.

        ``GET /v1/sys/mfa/method/duo/{name}``

        :param name: the method's name.
        :return: the decoded answer (``data.api_hostname``, ``data.integration_key``,
            ``data.mount_accessor``, ``data.pushinfo``, ``data.username_format`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_method_url("duo", name))

    def delete_duo_mfa_method(self, name: str) -> VaultResponse:
        """Delete a Duo MFA method.

        ``DELETE /v1/sys/mfa/method/duo/{name}``

        :param name: the name of the Duo method.
        :return: the requests.Response.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_method_url("duo", name))

    # --- Okta -----------------------------------------------------------------------------------

    def configure_okta_mfa_method(
        self, name: str, mount_accessor: str, org_name: Optional[str] = None, api_token: Optional[str] = None,
        base_url: Optional[str] = None, primary_email: Optional[bool] = None,
        username_format: Optional[str] = None,
    ) -> VaultResponse:
        """Create or replace an Okta MFA method: the user approves the request in Okta.

        ``POST /v1/sys/mfa/method/okta/{name}``

        :param name: the method's name.
        :param mount_accessor: the auth mount whose alias names map to Okta user names.
        :param org_name: the Okta organization.
        :param api_token: an Okta API key.
        :param base_url: the Okta API domain, e.g. ``okta.com`` or ``oktapreview.com``.
        :param primary_email: match only the primary email of the Okta account.
        :param username_format: the Okta user name template (as for Duo).
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        fields = {"org_name": org_name, "api_token": api_token, "base_url": base_url, "primary_email": primary_email}
        return self._configure_method("okta", name, fields, mount_accessor, username_format)

    def read_okta_mfa_method(self, name: str) -> VaultResponse:
        """Read an Okta MFA method (its settings and organization).

        ``GET /v1/sys/mfa/method/okta/{name}``

        :param name: the Okta method's name.
        :return: the decoded answer (``data.org_name``, ``data.mount_accessor``, ``data.production``,
            ``data.username_format`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_method_url("okta", name))

    def delete_okta_mfa_method(self, name: str) -> VaultResponse:
        """Delete an Okta MFA method; requests on the paths it guards can no longer pass it.

        ``DELETE /v1/sys/mfa/method/okta/{name}``

        :param name: which Okta method.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        :return: the requests.Response.
        """
        return self._adapter.delete(_method_url("okta", name))

    # --- PingID ---------------------------------------------------------------------------------

    def configure_pingid_mfa_method(
        self, name: str, mount_accessor: str, settings_file_base64: Optional[str] = None,
        username_format: Optional[str] = None,
    ) -> VaultResponse:
        """Create or replace a PingID MFA method, set up from PingID's settings file.

        ``POST /v1/sys/mfa/method/pingid/{name}``

        :param name: the name policies know the method by.
        :param mount_accessor: the auth mount whose alias names map to PingID user names.
        :param settings_file_base64: the PingID third-party settings file, base64-encoded.
        :param username_format: the template of PingID user names, as in :meth:`configure_duo_mfa_method`.
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        fields = {"settings_file_base64": settings_file_base64}
        return self._configure_method("pingid", name, fields, mount_accessor, username_format)

    def read_pingid_mfa_method(self, name: str) -> VaultResponse:
        """Read a PingID MFA method, with the settings Vault took from its settings file.

        ``GET /v1/sys/mfa/method/pingid/{name}``

        :param name: the name of the method to read.
        :return: the decoded answer (``data.idp_url``, ``data.admin_url``, ``data.authenticator_url``,
            ``data.org_alias``, ``data.use_signature`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_method_url("pingid", name))

    def delete_pingid_mfa_method(self, name: str) -> VaultResponse:
        """Delete a PingID MFA method.

        ``DELETE /v1/sys/mfa/method/pingid/{name}``

        :param name: the PingID method to delete.
        :return: the requests.Response; Vault does not document its status.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_method_url("pingid", name))

    # --- TOTP -----------------------------------------------------------------------------------

    def configure_totp_mfa_method(
        self, name: str, issuer: str, algorithm: Optional[str] = None, digits: Optional[int] = None,
        period: Optional[Union[str, int]] = None, skew: Optional[int] = None, key_size: Optional[int] = None,
        qr_size: Optional[int] = None, max_validation_attempts: Optional[int] = None,
    ) -> VaultResponse:
        """Create or replace a TOTP MFA method (each entity then needs a TOTP secret of its own).

        ``POST /v1/sys/mfa/method/totp/{name}``

        :param name: the method's name, as policies and the ``X-Vault-MFA`` header give it.
        :param issuer: the organization authenticator apps show.
        :param algorithm: the codes' hash: ``SHA1`` (the default), ``SHA256`` or ``SHA512``.
        :param digits: the codes' length, 6 (the default) or 8.
        :param period: how long each code is valid, seconds or a duration (Vault's default: 30).
        :param skew: how many periods of clock drift are accepted, 0 or 1 (the default).
        :param key_size: the secrets' size in bytes (20).
        :param qr_size: the QR code's side in pixels (200).
        :param max_validation_attempts: consecutive wrong codes allowed (5).
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        fields: Dict[str, Any] = {"issuer": issuer, "algorithm": algorithm, "digits": digits, "period": period, "skew": skew}
        fields.update(key_size=key_size, qr_size=qr_size, max_validation_attempts=max_validation_attempts)
        return self._configure_method("totp", name, fields)

    def read_totp_mfa_method(self, name: str) -> VaultResponse:
        """Read the settings of a TOTP MFA method (no secret: those belong to entities).

        ``GET /v1/sys/mfa/method/totp/{name}``

        :param name: the TOTP method's name, as policies give it.
        :return: the decoded answer (``data.issuer``, ``data.period``, ``data.algorithm``,
            ``data.digits``, ``data.key_size``, ``data.qr_size``, ``data.skew`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_method_url("totp", name))

    def delete_totp_mfa_method(self, name: str) -> VaultResponse:
        """Delete a TOTP MFA method, and with it the use of the secrets generated for it.

        ``DELETE /v1/sys/mfa/method/totp/{name}``

        :param name: the name of the TOTP method to delete.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        :return: the requests.Response (its status is not documented).
        """
        return self._adapter.delete(_method_url("totp", name))

    def generate_totp_mfa_secret(self, name: str) -> VaultResponse:
        """Give the calling token's entity a TOTP secret of this method, if it has none yet.

        ``GET /v1/sys/mfa/method/totp/{name}/generate``

        :param name: the TOTP method's name.
        :return: the decoded answer (``data.url``, an ``otpauth://`` URL with the secret, and
            ``data.barcode``, a base64 PNG of it), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_method_url("totp", name, "/generate"))

    def admin_generate_totp_mfa_secret(self, name: str, entity_id: str) -> VaultResponse:
        """Give an entity of the same namespace a TOTP secret of this method.

        ``POST /v1/sys/mfa/method/totp/{name}/admin-generate``

        :param name: the TOTP method's name.
        :param entity_id: the entity that gets the secret.
        :return: the decoded answer (``data.url``, ``data.barcode``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(_method_url("totp", name, "/admin-generate"), json={"entity_id": entity_id})

    def admin_destroy_totp_mfa_secret(self, name: str, entity_id: str) -> VaultResponse:
        """Remove an entity's TOTP secret of this method (needed before generating a new one).

        ``POST /v1/sys/mfa/method/totp/{name}/admin-destroy``

        :param name: the TOTP method's name.
        :param entity_id: the entity whose secret goes.
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(_method_url("totp", name, "/admin-destroy"), json={"entity_id": entity_id})

    # --- every type --------------------------------------------------------------------------

    def list_mfa_methods(self) -> VaultResponse:
        """List the MFA methods (not documented beyond its path, which Vault 1.15 declares).

        ``LIST /v1/sys/mfa/method``

        :return: the decoded answer (presumably ``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list("/v1/sys/mfa/method")
