"""SSH secrets engine: signed SSH certificates (CA mode), one-time passwords and dynamic keys."""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "ssh"

_StrOrList = Union[str, List[str]]


class Ssh(VaultApiBase):
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
    ) -> VaultResponse:
        """Create or replace a role (``key_type`` ``otp`` or ``ca``; ``dynamic`` on old servers).

        ``POST /v1/{mount_point}/roles/{name}``

        Every field is sent, empty or not.

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
