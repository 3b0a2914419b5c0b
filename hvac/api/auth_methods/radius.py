"""RADIUS auth method: log in against a RADIUS server."""
from typing import List, Optional

from hvac import exceptions, utils  # noqa: F401  (``exceptions`` is part of the module's names, as in the reference)
from hvac.api.auth_methods.ldap import _comma_joined_list_params
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "radius"


def _user_path(mount_point: str, username: str) -> str:
    return utils.format_url("/v1/auth/{mount_point}/users/{username}", mount_point=mount_point, username=username)


class Radius(VaultApiBase[VaultResponse]):
    """RADIUS auth method.

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/radius
    """

    def configure(
        self,
        host: str,
        secret: str,
        port: Optional[int] = None,
        unregistered_user_policies: Optional[List[str]] = None,
        dial_timeout: Optional[int] = None,
        nas_port: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
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
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when ``unregistered_user_policies`` is not a list or None.
        """
        params = {"host": host, "secret": secret}
        params.update(utils.remove_nones({"port": port, "dial_timeout": dial_timeout, "nas_port": nas_port}))
        params.update(_comma_joined_list_params(unregistered_user_policies=unregistered_user_policies))
        api_path = utils.format_url("/v1/auth/{mount_point}/config", mount_point=mount_point)
        return self._adapter.post(url=api_path, json=params)

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
        self, username: str, password: str, use_token: bool = True, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Log in with RADIUS credentials.

        ``POST /v1/auth/{mount_point}/login/{username}``

        :param username: the RADIUS username.
        :param password: the user's password.
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        api_path = utils.format_url("/v1/auth/{mount_point}/login/{username}", mount_point=mount_point, username=username)
        return self._adapter.login(url=api_path, use_token=use_token, json={"password": password})
