"""SSH secrets engine: signed SSH certificates (CA mode), one-time passwords and dynamic keys."""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "ssh"

_StrOrList = Union[str, List[str]]

_ISSUE_KEY_TYPES = ("rsa", "ed25519", "ec")
_CERT_TYPES = ("user", "host")


class Ssh(VaultApiBase[VaultResponse]):
    """SSH secrets engine.

    Most arguments default to empty strings, which are sent as such: the engine treats an empty
    value as "not set".
    """

    @staticmethod
    def _url(template: str, mount_point: str, **kwargs: Any) -> str:
        return utils.format_url("/v1/{mount_point}/" + template, mount_point=mount_point, **kwargs)

    # ---------------------------------------------------------- dynamic keys (legacy)

    def create_or_update_key(
        self, name: str = "", key: str = "", mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Register a named private key for the (legacy) dynamic-key mode.

        ``POST /v1/{mount_point}/keys/{name}``

        :param name: the key's name.
        :param key: the PEM private key.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(url=self._url("keys/{name}", mount_point, name=name), json={"key": key})

    def delete_key(self, name: str = "", mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a named key of the dynamic-key mode.

        ``DELETE /v1/{mount_point}/keys/{name}``

        :param name: the key's name.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.delete(url=self._url("keys/{name}", mount_point, name=name))

    # ------------------------------------------------------------------------- roles

    def create_role(
        self,
        name: str = "",
        key: str = "",
        admin_user: str = "",
        default_user: str = "",
        cidr_list: _StrOrList = "",
        exclude_cidr_list: _StrOrList = "",
        port: int = 22,
        key_type: str = "",
        key_bits: int = 1024,
        install_script: str = "",
        allowed_users: _StrOrList = "",
        allowed_users_template: Union[bool, str] = "",
        allowed_domains: _StrOrList = "",
        key_option_specs: str = "",
        ttl: Union[int, str] = "",
        max_ttl: Union[int, str] = "",
        allowed_critical_options: _StrOrList = "",
        allowed_extensions: _StrOrList = "",
        default_critical_options: Optional[Dict[str, Any]] = None,
        default_extensions: Optional[Dict[str, Any]] = None,
        allow_user_certificates: Union[bool, str] = "",
        allow_host_certificates: bool = False,
        allow_bare_domains: bool = False,
        allow_subdomains: bool = False,
        allow_user_key_ids: bool = False,
        key_id_format: str = "",
        allowed_user_key_lengths: Optional[Dict[str, Any]] = None,
        algorithm_signer: str = "",
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        allowed_domains_template: Optional[bool] = None,
        default_user_template: Optional[bool] = None,
        default_extensions_template: Optional[bool] = None,
        not_before_duration: Optional[Union[int, str]] = None,
        allow_empty_principals: Optional[bool] = None,
        allow_commas_in_identity_templates: Optional[bool] = None,
        allow_wildcards_in_identity_templates: Optional[bool] = None,
        issuer_ref: Optional[str] = None,
    ) -> VaultResponse:
        """Create or replace a role (``key_type`` ``otp`` or ``ca``; ``dynamic`` on old servers).

        ``POST /v1/{mount_point}/roles/{name}``

        Every field of hvac's arguments is sent, empty or not (``key``, ``admin_user``, ``key_bits``,
        ``install_script`` and ``key_option_specs`` only mean something to servers that still have
        the dynamic-key mode); the keyword-only ones only when given.

        :param name: the role.
        :param key: name of a registered key (dynamic mode).
        :param admin_user: privileged user on the hosts (dynamic mode).
        :param default_user: the user credentials/certificates are for when none is asked.
        :param cidr_list: CIDR blocks the role applies to (OTP/dynamic mode).
        :param exclude_cidr_list: CIDR blocks excluded from ``cidr_list``.
        :param port: SSH port of the hosts, reported with OTP credentials.
        :param key_type: ``otp``, ``ca`` or ``dynamic``.
        :param key_bits: size of the generated keys (dynamic mode).
        :param install_script: script that installs the key on the host (dynamic mode).
        :param allowed_users: users credentials/certificates may be created for (``*`` for any).
        :param allowed_users_template: whether ``allowed_users`` may contain identity templates.
        :param allowed_domains: domains host certificates may be signed for.
        :param key_option_specs: options prepended to the authorized_keys entry (dynamic mode).
        :param ttl: default lifetime of certificates.
        :param max_ttl: maximum lifetime of certificates.
        :param allowed_critical_options: critical options certificates may carry.
        :param allowed_extensions: extensions certificates may carry.
        :param default_critical_options: critical options added when none is asked.
        :param default_extensions: extensions added when none is asked.
        :param allow_user_certificates: whether user certificates may be signed.
        :param allow_host_certificates: whether host certificates may be signed.
        :param allow_bare_domains: whether host certificates may name the bare allowed domains.
        :param allow_subdomains: whether host certificates may name subdomains of the allowed domains.
        :param allow_user_key_ids: whether the caller may choose the key ID.
        :param key_id_format: template of the key ID.
        :param allowed_user_key_lengths: map of key type to allowed lengths.
        :param algorithm_signer: signature algorithm (``rsa-sha2-256`` …).
        :param mount_point: where the SSH engine is mounted.
        :param allowed_domains_template: whether ``allowed_domains`` may contain identity templates.
        :param default_user_template: whether ``default_user`` may be an identity template.
        :param default_extensions_template: whether ``default_extensions`` values may be identity templates.
        :param not_before_duration: how far back certificates' validity starts (the servers' default: 30s).
        :param allow_empty_principals: allow certificates without any principal (OpenBao only).
        :param allow_commas_in_identity_templates: let template values hold commas (OpenBao only).
        :param allow_wildcards_in_identity_templates: let template values hold ``*`` (OpenBao only).
        :param issuer_ref: the CA issuer that signs for this role (OpenBao only; omitted, the default issuer).
        :return: the decoded response, or the requests.Response.
        """
        params = {
            "key": key,
            "admin_user": admin_user,
            "default_user": default_user,
            "cidr_list": cidr_list,
            "exclude_cidr_list": exclude_cidr_list,
            "port": port,
            "key_type": key_type,
            "key_bits": key_bits,
            "install_script": install_script,
            "allowed_users": allowed_users,
            "allowed_users_template": allowed_users_template,
            "allowed_domains": allowed_domains,
            "key_option_specs": key_option_specs,
            "ttl": ttl,
            "max_ttl": max_ttl,
            "allowed_critical_options": allowed_critical_options,
            "allowed_extensions": allowed_extensions,
            "default_critical_options": default_critical_options,
            "default_extensions": default_extensions,
            "allow_user_certificates": allow_user_certificates,
            "allow_host_certificates": allow_host_certificates,
            "allow_bare_domains": allow_bare_domains,
            "allow_subdomains": allow_subdomains,
            "allow_user_key_ids": allow_user_key_ids,
            "key_id_format": key_id_format,
            "allowed_user_key_lengths": allowed_user_key_lengths,
            "algorithm_signer": algorithm_signer,
        }
        given = {
            "allowed_domains_template": allowed_domains_template,
            "default_user_template": default_user_template,
            "default_extensions_template": default_extensions_template,
            "not_before_duration": not_before_duration,
            "allow_empty_principals": allow_empty_principals,
            "allow_commas_in_identity_templates": allow_commas_in_identity_templates,
            "allow_wildcards_in_identity_templates": allow_wildcards_in_identity_templates,
            "issuer_ref": issuer_ref,
        }
        params.update(utils.remove_nones(given))
        return self._adapter.post(url=self._url("roles/{name}", mount_point, name=name), json=params)

    def read_role(self, name: str = "", mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role.

        ``GET /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url("roles/{name}", mount_point, name=name))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the roles.

        ``LIST /v1/{mount_point}/roles``

        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.keys``, ``data.key_info``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("roles", mount_point))

    def delete_role(self, name: str = "", mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role.

        ``DELETE /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.delete(url=self._url("roles/{name}", mount_point, name=name))

    # --------------------------------------------------------------- zero-address

    def list_zeroaddress_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the roles that apply to every IP address.

        ``GET /v1/{mount_point}/config/zeroaddress``

        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.roles``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/zeroaddress", mount_point))

    def configure_zeroaddress_roles(
        self, roles: _StrOrList = "", mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Set the roles that apply to every IP address.

        ``POST /v1/{mount_point}/config/zeroaddress``

        :param roles: role names, a list or a comma-separated string.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(url=self._url("config/zeroaddress", mount_point), json={"roles": roles})

    def delete_zeroaddress_role(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove the zero-address role configuration.

        ``DELETE /v1/{mount_point}/config/zeroaddress``

        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.delete(url=self._url("config/zeroaddress", mount_point))

    # --------------------------------------------------------------- credentials

    def generate_ssh_credentials(
        self, name: str = "", username: str = "", ip: str = "", mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Create credentials (an OTP, or a key in dynamic mode) for a host.

        ``POST /v1/{mount_point}/creds/{name}``

        :param name: the role.
        :param username: the user on the host (the role's default user when empty).
        :param ip: the host's IP address.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.key``, ``data.key_type`` …), or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("creds/{name}", mount_point, name=name), json={"username": username, "ip": ip}
        )

    def list_roles_by_ip(self, ip: str = "", mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the roles whose CIDR blocks contain an IP address.

        ``POST /v1/{mount_point}/lookup``

        :param ip: the IP address.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.roles``), or the requests.Response.
        """
        return self._adapter.post(url=self._url("lookup", mount_point), json={"ip": ip})

    def verify_ssh_otp(self, otp: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Check (and consume) a one-time password, as the host helper does.

        ``POST /v1/{mount_point}/verify``

        :param otp: the one-time password.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.username``, ``data.ip``, ``data.role_name``), or the requests.Response.
        """
        return self._adapter.post(url=self._url("verify", mount_point), json={"otp": otp})

    # ------------------------------------------------------------------- CA mode

    def submit_ca_information(
        self,
        private_key: str = "",
        public_key: str = "",
        generate_signing_key: bool = True,
        key_type: str = "ssh-rsa",
        key_bits: int = 0,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Set the CA key pair used to sign SSH keys: import one, or have the engine generate it.

        ``POST /v1/{mount_point}/config/ca``

        :param private_key: the CA's private key (when importing).
        :param public_key: the CA's public key (when importing).
        :param generate_signing_key: let the engine generate the key pair.
        :param key_type: type of the generated key (``ssh-rsa``, ``ec``, ``ed25519`` …).
        :param key_bits: size of the generated key (0 for the type's default).
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.public_key``), or the requests.Response.
        """
        params = {
            "private_key": private_key,
            "public_key": public_key,
            "generate_signing_key": generate_signing_key,
            "key_type": key_type,
            "key_bits": key_bits,
        }
        return self._adapter.post(url=self._url("config/ca", mount_point), json=params)

    def delete_ca_information(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete the CA key pair.

        ``DELETE /v1/{mount_point}/config/ca``

        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.delete(url=self._url("config/ca", mount_point))

    def read_public_key(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the CA's public key.

        ``GET /v1/{mount_point}/config/ca``

        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.public_key``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/ca", mount_point))

    def sign_ssh_key(
        self,
        name: str = "",
        public_key: str = "",
        ttl: Union[int, str] = "",
        valid_principals: str = "",
        cert_type: str = "user",
        key_id: str = "",
        critical_options: Optional[Dict[str, Any]] = None,
        extensions: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Sign an SSH public key under a CA-mode role.

        ``POST /v1/{mount_point}/sign/{name}``

        :param name: the role.
        :param public_key: the SSH public key (``ssh-ed25519 AAAA…``).
        :param ttl: requested lifetime of the certificate.
        :param valid_principals: comma-separated user or host names the certificate is for.
        :param cert_type: ``user`` or ``host``.
        :param key_id: the key ID (when the role allows it).
        :param critical_options: critical options to include.
        :param extensions: extensions to include.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.signed_key``, ``data.serial_number``), or the requests.Response.
        """
        params = {
            "public_key": public_key,
            "ttl": ttl,
            "valid_principals": valid_principals,
            "cert_type": cert_type,
            "key_id": key_id,
            "critical_options": critical_options,
            "extensions": extensions,
        }
        return self._adapter.post(url=self._url("sign/{name}", mount_point, name=name), json=params)

    # ------------------------------------------- multi-issuer CA (beyond the reference)

    def _read_text(self, template: str, mount_point: str, **kwargs: Any) -> str:
        """GET an endpoint that answers plain text (an OpenSSH public key line)."""
        return self._adapter.request_response("get", self._url(template, mount_point, **kwargs)).text

    def list_issuers(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the CA issuers of the mount.

        ``LIST /v1/{mount_point}/issuers``

        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.keys``: issuer IDs; ``data.key_info``: name, default
            flag, public key), or the requests.Response.
        """
        return self._adapter.list(url=self._url("issuers", mount_point))

    def import_issuer(
        self,
        issuer_name: Optional[str] = None,
        private_key: Optional[str] = None,
        public_key: Optional[str] = None,
        generate_signing_key: Optional[bool] = None,
        key_type: Optional[str] = None,
        key_bits: Optional[int] = None,
        set_default: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Add a CA issuer: import a key pair, or have the engine generate one.

        ``POST /v1/{mount_point}/issuers/import(/{issuer_name})``

        :param issuer_name: a name for the issuer (sent in the path, the only place OpenBao reads it).
        :param private_key: the CA's private key, when importing.
        :param public_key: the CA's public key, when importing.
        :param generate_signing_key: generate the key pair (OpenBao's default unless keys are given).
        :param key_type: type of a generated key (``ssh-rsa``, ``ec``, ``ed25519`` …).
        :param key_bits: size of a generated key (0 for the type's default).
        :param set_default: make the new issuer the default one.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.issuer_id``, ``data.issuer_name``, ``data.public_key``),
            or the requests.Response.
        """
        params = utils.remove_nones(
            {
                "private_key": private_key,
                "public_key": public_key,
                "generate_signing_key": generate_signing_key,
                "key_type": key_type,
                "key_bits": key_bits,
                "set_default": set_default,
            }
        )
        template = "issuers/import" if issuer_name is None else "issuers/import/{issuer_name}"
        return self._adapter.post(url=self._url(template, mount_point, issuer_name=issuer_name), json=params)

    def read_issuer(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read one CA issuer.

        ``GET /v1/{mount_point}/issuer/{issuer_ref}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.issuer_id``, ``data.issuer_name``, ``data.public_key``),
            or the requests.Response.
        """
        return self._adapter.get(url=self._url("issuer/{issuer_ref}", mount_point, issuer_ref=issuer_ref))

    def update_issuer(
        self, issuer_ref: str, issuer_name: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Rename a CA issuer.

        ``POST /v1/{mount_point}/issuer/{issuer_ref}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param issuer_name: the new name, unique on the mount (not ``default``).
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (the updated issuer), or the requests.Response.
        """
        api_path = self._url("issuer/{issuer_ref}", mount_point, issuer_ref=issuer_ref)
        return self._adapter.post(url=api_path, json=utils.remove_nones({"issuer_name": issuer_name}))

    def delete_issuer(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a CA issuer.

        ``DELETE /v1/{mount_point}/issuer/{issuer_ref}``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url("issuer/{issuer_ref}", mount_point, issuer_ref=issuer_ref))

    def read_issuer_public_key(self, issuer_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> str:
        """Read an issuer's public key as the OpenSSH line hosts trust (no token needed).

        ``GET /v1/{mount_point}/issuer/{issuer_ref}/public_key``

        :param issuer_ref: the issuer's ID or name, or ``default``.
        :param mount_point: where the SSH engine is mounted.
        :return: the public key line, e.g. ``"ssh-ed25519 AAAA…\\n"``.
        """
        return self._read_text("issuer/{issuer_ref}/public_key", mount_point, issuer_ref=issuer_ref)

    def read_ca_public_key(self, mount_point: str = DEFAULT_MOUNT_POINT) -> str:
        """Read the default issuer's public key as the OpenSSH line hosts trust (no token needed).

        ``GET /v1/{mount_point}/public_key``

        Same key as :meth:`read_public_key`, as text rather than JSON.

        :param mount_point: where the SSH engine is mounted.
        :return: the public key line, e.g. ``"ssh-ed25519 AAAA…\\n"``.
        """
        return self._read_text("public_key", mount_point)

    def read_issuers_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read which issuer is the default one.

        ``GET /v1/{mount_point}/config/issuers``

        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.default``: the issuer ID), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/issuers", mount_point))

    def set_issuers_configuration(self, default: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Choose the default issuer (used by roles without an ``issuer_ref`` and by ``config/ca``).

        ``POST /v1/{mount_point}/config/issuers``

        :param default: the issuer's ID or name.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.default``), or the requests.Response.
        """
        return self._adapter.post(url=self._url("config/issuers", mount_point), json={"default": default})

    # --------------------------------------------------- beyond the reference

    def issue_ssh_certificate(
        self,
        name: str,
        key_type: Optional[str] = None,
        key_bits: Optional[int] = None,
        valid_principals: Optional[str] = None,
        cert_type: Optional[str] = None,
        key_id: Optional[str] = None,
        ttl: Optional[Union[int, str]] = None,
        critical_options: Optional[Dict[str, Any]] = None,
        extensions: Optional[Dict[str, Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Generate a key pair and sign its public key under a CA-mode role, in one call.

        ``POST /v1/{mount_point}/issue/{name}``

        :param name: the role.
        :param key_type: ``rsa`` (OpenBao's default), ``ed25519`` or ``ec``.
        :param key_bits: size of the key (0 for the type's default).
        :param valid_principals: comma-separated user or host names the certificate is for.
        :param cert_type: ``user`` (OpenBao's default) or ``host``.
        :param key_id: the key ID (when the role allows it).
        :param ttl: requested lifetime of the certificate.
        :param critical_options: critical options to include.
        :param extensions: extensions to include.
        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.private_key``, ``data.signed_key``, ``data.serial_number``),
            or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``key_type`` or ``cert_type``, before a request.
        """
        utils.validate_allowed("key_type", key_type, _ISSUE_KEY_TYPES, noun="values")
        utils.validate_allowed("cert_type", cert_type, _CERT_TYPES, noun="values")
        params = utils.remove_nones(
            {
                "key_type": key_type,
                "key_bits": key_bits,
                "valid_principals": valid_principals,
                "cert_type": cert_type,
                "key_id": key_id,
                "ttl": ttl,
                "critical_options": critical_options,
                "extensions": extensions,
            }
        )
        return self._adapter.post(url=self._url("issue/{name}", mount_point, name=name), json=params)

    def tidy_dynamic_keys(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove the host keys stored for the legacy dynamic-key mode.

        ``DELETE /v1/{mount_point}/tidy/dynamic-keys``

        :param mount_point: where the SSH engine is mounted.
        :return: the decoded response (``data.message``), or the requests.Response.
        """
        return self._adapter.delete(url=self._url("tidy/dynamic-keys", mount_point))
