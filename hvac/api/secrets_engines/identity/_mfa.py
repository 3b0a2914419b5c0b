"""Login MFA methods (TOTP, Duo, Okta, PingID) and their enforcements."""
from typing import List, Optional

from hvac import utils
from hvac.api.secrets_engines.identity._base import (
    _TOTP_ALGORITHMS, _TOTP_DIGITS, IdentityBase, _StrOrList, _Ttl,
)
from hvac.api.vault_api_base import VaultResponse
from hvac.constants.identity import DEFAULT_MOUNT_POINT


class Mfa(IdentityBase[VaultResponse]):
    """Login MFA methods and enforcements."""

    # ------------------------------------------------------------------ login MFA methods

    def create_or_update_totp_mfa_method(
        self,
        issuer: str,
        method_id: Optional[str] = None,
        method_name: Optional[str] = None,
        period: Optional[_Ttl] = None,
        key_size: Optional[int] = None,
        qr_size: Optional[int] = None,
        algorithm: Optional[str] = None,
        digits: Optional[int] = None,
        skew: Optional[int] = None,
        max_validation_attempts: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a TOTP login MFA method, or replace the settings of an existing one.

        ``POST /v1/{mount_point}/mfa/method/totp`` (create) or ``.../mfa/method/totp/{method_id}`` (update)

        :param issuer: the organisation shown in authenticator apps (required on every write).
        :param method_id: ID of the method to update; leave out to create one.
        :param method_name: a unique name for the method.
        :param period: seconds (or a duration) each code is valid for (30 by default).
        :param key_size: size in bytes of the generated secrets (20 by default).
        :param qr_size: pixel size of the QR code returned with a secret (200 by default).
        :param algorithm: ``SHA1`` (default), ``SHA256`` or ``SHA512``.
        :param digits: code length, 6 (default) or 8.
        :param skew: periods of clock drift tolerated, 0 or 1 (default).
        :param max_validation_attempts: failed codes allowed before the login is refused.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.method_id`` on creation), else the requests.Response (204).
        """
        utils.validate_allowed("algorithm", algorithm, _TOTP_ALGORITHMS, noun="values")
        utils.validate_allowed("digits", digits, _TOTP_DIGITS, noun="values")
        fields = {
            "issuer": issuer,
            "method_name": method_name,
            "period": period,
            "key_size": key_size,
            "qr_size": qr_size,
            "algorithm": algorithm,
            "digits": digits,
            "skew": skew,
            "max_validation_attempts": max_validation_attempts,
        }
        return self._write_mfa_method("totp", method_id, fields, mount_point)

    def create_or_update_duo_mfa_method(
        self,
        integration_key: str,
        secret_key: str,
        api_hostname: str,
        method_id: Optional[str] = None,
        method_name: Optional[str] = None,
        push_info: Optional[str] = None,
        use_passcode: Optional[bool] = None,
        username_format: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a Duo login MFA method, or replace the settings of an existing one.

        ``POST /v1/{mount_point}/mfa/method/duo`` (create) or ``.../mfa/method/duo/{method_id}`` (update)

        :param integration_key: the Duo integration key.
        :param secret_key: the Duo secret key.
        :param api_hostname: the Duo API host name.
        :param method_id: ID of the method to update; leave out to create one.
        :param method_name: a unique name for the method.
        :param push_info: extra information shown in the Duo push.
        :param use_passcode: remind users to type a passcode rather than accept a push.
        :param username_format: template of the Duo user name, e.g. ``{{identity.entity.name}}@example.com``.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.method_id`` on creation), else the requests.Response (204).
        """
        fields = {
            "integration_key": integration_key,
            "secret_key": secret_key,
            "api_hostname": api_hostname,
            "method_name": method_name,
            "push_info": push_info,
            "use_passcode": use_passcode,
            "username_format": username_format,
        }
        return self._write_mfa_method("duo", method_id, fields, mount_point)

    def create_or_update_okta_mfa_method(
        self,
        org_name: str,
        api_token: str,
        method_id: Optional[str] = None,
        method_name: Optional[str] = None,
        base_url: Optional[str] = None,
        primary_email: Optional[bool] = None,
        production: Optional[bool] = None,
        username_format: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create an Okta login MFA method, or replace the settings of an existing one.

        ``POST /v1/{mount_point}/mfa/method/okta`` (create) or ``.../mfa/method/okta/{method_id}`` (update)

        :param org_name: the Okta organisation name.
        :param api_token: an Okta API token.
        :param method_id: ID of the method to update; leave out to create one.
        :param method_name: a unique name for the method.
        :param base_url: the Okta API domain (``okta.com`` when unset).
        :param primary_email: match the user name against the primary email only.
        :param production: deprecated by OpenBao in favour of ``base_url``.
        :param username_format: template of the Okta user name, e.g. ``{{identity.entity.name}}@example.com``.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.method_id`` on creation), else the requests.Response (204).
        """
        fields = {
            "org_name": org_name,
            "api_token": api_token,
            "method_name": method_name,
            "base_url": base_url,
            "primary_email": primary_email,
            "production": production,
            "username_format": username_format,
        }
        return self._write_mfa_method("okta", method_id, fields, mount_point)

    def create_or_update_pingid_mfa_method(
        self,
        settings_file_base64: str,
        method_id: Optional[str] = None,
        method_name: Optional[str] = None,
        username_format: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a PingID login MFA method, or replace the settings of an existing one.

        ``POST /v1/{mount_point}/mfa/method/pingid`` (create) or ``.../mfa/method/pingid/{method_id}`` (update)

        :param settings_file_base64: the PingID settings file (``key=value`` lines), base64-encoded.
        :param method_id: ID of the method to update; leave out to create one.
        :param method_name: a unique name for the method.
        :param username_format: template of the PingID user name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.method_id`` on creation), else the requests.Response (204).
        """
        fields = {
            "settings_file_base64": settings_file_base64,
            "method_name": method_name,
            "username_format": username_format,
        }
        return self._write_mfa_method("pingid", method_id, fields, mount_point)

    def read_totp_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a TOTP login MFA method.

        ``GET /v1/{mount_point}/mfa/method/totp/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the settings under ``data``).
        """
        return self._read("mfa/method/totp/{id}", mount_point, id=method_id)

    def read_duo_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a Duo login MFA method (its secret key is not returned).

        ``GET /v1/{mount_point}/mfa/method/duo/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the settings under ``data``).
        """
        return self._read("mfa/method/duo/{id}", mount_point, id=method_id)

    def read_okta_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an Okta login MFA method (its API token is not returned).

        ``GET /v1/{mount_point}/mfa/method/okta/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the settings under ``data``).
        """
        return self._read("mfa/method/okta/{id}", mount_point, id=method_id)

    def read_pingid_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a PingID login MFA method.

        ``GET /v1/{mount_point}/mfa/method/pingid/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the settings under ``data``).
        """
        return self._read("mfa/method/pingid/{id}", mount_point, id=method_id)

    def read_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a login MFA method by ID, whatever its type.

        ``GET /v1/{mount_point}/mfa/method/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the settings, with ``type``, under ``data``).
        """
        return self._read("mfa/method/{id}", mount_point, id=method_id)

    def delete_totp_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a TOTP login MFA method (refused while a login enforcement uses it).

        ``DELETE /v1/{mount_point}/mfa/method/totp/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("mfa/method/totp/{id}", mount_point, id=method_id)

    def delete_duo_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a Duo login MFA method (refused while a login enforcement uses it).

        ``DELETE /v1/{mount_point}/mfa/method/duo/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("mfa/method/duo/{id}", mount_point, id=method_id)

    def delete_okta_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an Okta login MFA method (refused while a login enforcement uses it).

        ``DELETE /v1/{mount_point}/mfa/method/okta/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("mfa/method/okta/{id}", mount_point, id=method_id)

    def delete_pingid_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a PingID login MFA method (refused while a login enforcement uses it).

        ``DELETE /v1/{mount_point}/mfa/method/pingid/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("mfa/method/pingid/{id}", mount_point, id=method_id)

    def list_totp_mfa_methods(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the TOTP login MFA methods.

        ``LIST /v1/{mount_point}/mfa/method/totp``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("mfa/method/totp", mount_point)

    def list_duo_mfa_methods(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the Duo login MFA methods.

        ``LIST /v1/{mount_point}/mfa/method/duo``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("mfa/method/duo", mount_point)

    def list_okta_mfa_methods(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the Okta login MFA methods.

        ``LIST /v1/{mount_point}/mfa/method/okta``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("mfa/method/okta", mount_point)

    def list_pingid_mfa_methods(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the PingID login MFA methods.

        ``LIST /v1/{mount_point}/mfa/method/pingid``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("mfa/method/pingid", mount_point)

    def list_mfa_methods(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the login MFA methods of every type.

        ``LIST /v1/{mount_point}/mfa/method``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info`` with each method's ``type``).
        """
        return self._list_keys("mfa/method", mount_point)

    def generate_totp_mfa_secret(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Generate a TOTP secret of a method for the calling token's own entity.

        ``POST /v1/{mount_point}/mfa/method/totp/generate``

        When the entity already has a secret for the method, nothing is generated and the answer
        carries a warning instead.

        :param method_id: ID of the TOTP method.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.url``, an ``otpauth://`` URL, and ``data.barcode``, a base64 PNG).
        """
        return self._write("mfa/method/totp/generate", {"method_id": method_id}, mount_point)

    def admin_generate_totp_mfa_secret(
        self, method_id: str, entity_id: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Generate (or replace) the TOTP secret of a method for any entity.

        ``POST /v1/{mount_point}/mfa/method/totp/admin-generate``

        :param method_id: ID of the TOTP method.
        :param entity_id: ID of the entity that gets the secret.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.url``, an ``otpauth://`` URL, and ``data.barcode``, a base64 PNG).
        """
        fields = {"method_id": method_id, "entity_id": entity_id}
        return self._write("mfa/method/totp/admin-generate", fields, mount_point)

    def admin_destroy_totp_mfa_secret(
        self, method_id: str, entity_id: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Remove the TOTP secret of a method from an entity.

        ``POST /v1/{mount_point}/mfa/method/totp/admin-destroy``

        :param method_id: ID of the TOTP method.
        :param entity_id: ID of the entity whose secret is removed.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        fields = {"method_id": method_id, "entity_id": entity_id}
        return self._write("mfa/method/totp/admin-destroy", fields, mount_point)

    # ------------------------------------------------------------------ login MFA enforcements

    def create_or_update_login_enforcement(
        self,
        name: str,
        mfa_method_ids: _StrOrList,
        auth_method_accessors: Optional[_StrOrList] = None,
        auth_method_types: Optional[_StrOrList] = None,
        identity_group_ids: Optional[_StrOrList] = None,
        identity_entity_ids: Optional[_StrOrList] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or replace a login enforcement: which logins must pass which MFA methods.

        ``POST /v1/{mount_point}/mfa/login-enforcement/{name}``

        At least one target (accessors, types, groups or entities) must be given.

        :param name: the enforcement's name.
        :param mfa_method_ids: IDs of the MFA methods to pass (any one of them).
        :param auth_method_accessors: accessors of the auth mounts it applies to.
        :param auth_method_types: auth method types it applies to (e.g. ``userpass``).
        :param identity_group_ids: groups whose members it applies to.
        :param identity_entity_ids: entities it applies to.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        fields = {
            "mfa_method_ids": mfa_method_ids,
            "auth_method_accessors": auth_method_accessors,
            "auth_method_types": auth_method_types,
            "identity_group_ids": identity_group_ids,
            "identity_entity_ids": identity_entity_ids,
        }
        return self._write("mfa/login-enforcement/{name}", fields, mount_point, name=name)

    def read_login_enforcement(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a login enforcement.

        ``GET /v1/{mount_point}/mfa/login-enforcement/{name}``

        :param name: the enforcement's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the enforcement, with its ``id``, under ``data``).
        """
        return self._read("mfa/login-enforcement/{name}", mount_point, name=name)

    def delete_login_enforcement(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a login enforcement.

        ``DELETE /v1/{mount_point}/mfa/login-enforcement/{name}``

        :param name: the enforcement's name.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("mfa/login-enforcement/{name}", mount_point, name=name)

    def list_login_enforcements(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the login enforcements.

        ``LIST /v1/{mount_point}/mfa/login-enforcement``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("mfa/login-enforcement", mount_point)
