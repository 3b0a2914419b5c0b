"""LDAP secrets engine: static roles whose LDAP passwords Vault rotates."""
from typing import Any, Dict, Optional, Union

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "ldap"


class Ldap(VaultApiBase[VaultResponse]):
    """LDAP secrets engine (``/v1/{mount_point}/...``)."""

    def configure(
        self,
        binddn: Optional[str] = None,
        bindpass: Optional[str] = None,
        url: Optional[str] = None,
        password_policy: Optional[str] = None,
        schema: Optional[str] = None,
        userdn: Optional[str] = None,
        userattr: Optional[str] = None,
        upndomain: Optional[str] = None,
        connection_timeout: Optional[Union[str, int]] = None,
        request_timeout: Optional[Union[str, int]] = None,
        starttls: Optional[bool] = None,
        insecure_tls: Optional[bool] = None,
        certificate: Optional[str] = None,
        client_tls_cert: Optional[str] = None,
        client_tls_key: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Set how Vault connects to the LDAP server; only the given fields are sent.

        ``POST /v1/{mount_point}/config``

        :param binddn: DN Vault binds as.
        :param bindpass: password of ``binddn``.
        :param url: LDAP URL(s), comma-separated.
        :param password_policy: name of the password policy for generated passwords.
        :param schema: ``openldap``, ``racf`` or ``ad``.
        :param userdn: base DN of user entries.
        :param userattr: attribute holding the username.
        :param upndomain: userPrincipalName domain suffix.
        :param connection_timeout: seconds to wait when connecting.
        :param request_timeout: seconds to wait for an answer.
        :param starttls: upgrade the connection with StartTLS.
        :param insecure_tls: skip TLS certificate verification.
        :param certificate: PEM CA certificate of the server.
        :param client_tls_cert: PEM client certificate.
        :param client_tls_key: PEM key of the client certificate.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones(
            {
                "binddn": binddn,
                "bindpass": bindpass,
                "url": url,
                "password_policy": password_policy,
                "schema": schema,
                "userdn": userdn,
                "userattr": userattr,
                "upndomain": upndomain,
                "connection_timeout": connection_timeout,
                "request_timeout": request_timeout,
                "starttls": starttls,
                "insecure_tls": insecure_tls,
                "certificate": certificate,
                "client_tls_cert": client_tls_cert,
                "client_tls_key": client_tls_key,
            }
        )
        api_path = utils.format_url("/v1/{mount_point}/config", mount_point=mount_point)
        return self._adapter.post(url=api_path, json=params)

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the configuration (the bind password is never returned).

        ``GET /v1/{mount_point}/config``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/config", mount_point=mount_point)
        return self._adapter.get(url=api_path)

    def rotate_root(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Replace the bind password with one only Vault knows.

        ``POST /v1/{mount_point}/rotate-root``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/rotate-root", mount_point=mount_point)
        return self._adapter.post(url=api_path)

    def create_or_update_static_role(
        self,
        name: str,
        username: Optional[str] = None,
        dn: Optional[str] = None,
        rotation_period: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a static role; ``username`` and ``rotation_period`` are always sent.

        ``POST /v1/{mount_point}/static-role/{name}``

        :param name: role name.
        :param username: LDAP username of the managed entry.
        :param dn: distinguished name of the entry (sent only when given).
        :param rotation_period: how often Vault rotates the password, e.g. ``"24h"``.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params: Dict[str, Any] = {"username": username, "rotation_period": rotation_period}
        params.update(utils.remove_nones({"dn": dn}))
        api_path = utils.format_url("/v1/{mount_point}/static-role/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path, json=params)

    def read_static_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a static role.

        ``GET /v1/{mount_point}/static-role/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/static-role/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)

    def list_static_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the static role names.

        ``LIST /v1/{mount_point}/static-role``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/static-role", mount_point=mount_point)
        return self._adapter.list(url=api_path)

    def delete_static_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a static role (the LDAP entry is left as it is).

        ``DELETE /v1/{mount_point}/static-role/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        api_path = utils.format_url("/v1/{mount_point}/static-role/{name}", mount_point=mount_point, name=name)
        return self._adapter.delete(url=api_path)

    def generate_static_credentials(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the current password of a static role.

        ``GET /v1/{mount_point}/static-cred/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.password`` ...), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/static-cred/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)

    def rotate_static_credentials(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Rotate a static role's password now.

        ``POST /v1/{mount_point}/rotate-role/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/rotate-role/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path)
