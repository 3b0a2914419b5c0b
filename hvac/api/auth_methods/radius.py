"""RADIUS auth method: log in against a RADIUS server."""
from typing import Any, Dict, List, Optional

from hvac import exceptions, utils  # noqa: F401  (``exceptions`` is part of the module's names, as in the reference)
from hvac.api.auth_methods._token_fields import TokenFields, shared_field_docs, with_token_fields
from hvac.api.auth_methods.ldap import _comma_joined_list_params
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "radius"


def _user_path(mount_point: str, username: str) -> str:
    return utils.format_url("/v1/auth/{mount_point}/users/{username}", mount_point=mount_point, username=username)


class Radius(VaultApiBase[VaultResponse]):
    """RADIUS auth method.

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/radius
    """

    @shared_field_docs
    def configure(
        self,
        host: str,
        secret: str,
        port: Optional[int] = None,
        unregistered_user_policies: Optional[List[str]] = None,
        dial_timeout: Optional[int] = None,
        nas_port: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        read_timeout: Optional[int] = None, nas_identifier: Optional[str] = None,
        token_fields: Optional[TokenFields] = None,
    ) -> VaultResponse:
        """Configure the RADIUS server the method talks to.

        ``POST /v1/auth/{mount_point}/config``

        :param host: host name or IP of the RADIUS server.
        :param secret: the shared secret with the RADIUS server.
        :param port: UDP port of the server (Vault's default: 1812).
        :param unregistered_user_policies: policies granted to users not registered with
            :meth:`register_user` (a list, sent comma-joined).
        :param dial_timeout: seconds to wait for the server's answer.
        :param nas_port: NAS-Port attribute of the RADIUS request.
        :param mount_point: where the auth method is mounted.
        :param read_timeout: seconds to wait for the server's answer once connected.
        :param nas_identifier: NAS-Identifier attribute of the RADIUS request.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when ``unregistered_user_policies`` is not a list or None,
            or for a key of ``token_fields`` that is not a token setting.
        """
        params: Dict[str, Any] = {"host": host, "secret": secret}
        optional = {"port": port, "dial_timeout": dial_timeout, "nas_port": nas_port, "read_timeout": read_timeout}
        params.update(utils.remove_nones({**optional, "nas_identifier": nas_identifier}))
        params.update(_comma_joined_list_params(unregistered_user_policies=unregistered_user_policies))
        api_path = utils.format_url("/v1/auth/{mount_point}/config", mount_point=mount_point)
        return self._adapter.post(url=api_path, json=with_token_fields(params, token_fields))

    def read_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the method's configuration.

        ``GET /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/auth/{mount_point}/config", mount_point=mount_point)
        return self._adapter.get(url=api_path)

    def register_user(
        self, username: str, policies: Optional[List[str]] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Register a RADIUS user with the policies it gets (or update them).

        ``POST /v1/auth/{mount_point}/users/{username}``

        :param username: the RADIUS username.
        :param policies: policies granted to the user (a list, sent comma-joined).
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when ``policies`` is not a list or None.
        """
        params = _comma_joined_list_params(policies=policies)
        return self._adapter.post(url=_user_path(mount_point, username), json=params)

    def list_users(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the registered users.

        ``LIST /v1/auth/{mount_point}/users``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/auth/{mount_point}/users", mount_point=mount_point)
        return self._adapter.list(url=api_path)

    def read_user(self, username: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a registered user's policies.

        ``GET /v1/auth/{mount_point}/users/{username}``

        :param username: the RADIUS username.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=_user_path(mount_point, username))

    def delete_user(self, username: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Unregister a user.

        ``DELETE /v1/auth/{mount_point}/users/{username}``

        :param username: the RADIUS username.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_user_path(mount_point, username))

    def login(
        self,
        username: str,
        password: str,
        use_token: bool = True,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        username_in_body: bool = False,
    ) -> VaultResponse:
        """Log in with RADIUS credentials.

        ``POST /v1/auth/{mount_point}/login/{username}``, or ``POST /v1/auth/{mount_point}/login``
        with the username in the body.

        :param username: the RADIUS username.
        :param password: the user's password.
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :param username_in_body: send the username in the body rather than in the URL (where
            proxies and access logs may record it).
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        if username_in_body:
            api_path = utils.format_url("/v1/auth/{mount_point}/login", mount_point=mount_point)
            return self._adapter.login(url=api_path, use_token=use_token, json={"username": username, "password": password})
        api_path = utils.format_url("/v1/auth/{mount_point}/login/{username}", mount_point=mount_point, username=username)
        return self._adapter.login(url=api_path, use_token=use_token, json={"password": password})
