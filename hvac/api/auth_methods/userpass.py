"""Userpass auth method: users stored in Vault, logging in with a username and a password."""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.auth_methods._token_fields import TokenFields, shared_field_docs, with_token_fields
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "userpass"


def _user_path(mount_point: str, username: str, suffix: str = "") -> str:
    return utils.format_url("/v1/auth/{mount_point}/users/{username}", mount_point=mount_point, username=username) + suffix


class Userpass(VaultApiBase[VaultResponse]):
    """Userpass auth method (username and password kept by Vault).

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/userpass
    """

    @shared_field_docs
    def create_or_update_user(
        self,
        username: str,
        password: Optional[str] = None,
        policies: Optional[Union[str, List[str]]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        token_fields: Optional[TokenFields] = None,
        password_hash: Optional[str] = None,
        token_strictly_bind_ip: Optional[bool] = None,
        # deprecated names of token settings
        ttl: Optional[Union[str, int]] = None, max_ttl: Optional[Union[str, int]] = None,
        bound_cidrs: Optional[Union[str, List[str]]] = None,
        **kwargs: Any,
    ) -> VaultResponse:
        """Create a user, or update an existing one.

        ``POST /v1/auth/{mount_point}/users/{username}``

        :param username: name of the user.
        :param password: the user's password (required when creating the user, unless ``password_hash`` is given).
        :param policies: policies granted to the user's tokens (list or comma-delimited string), sent as
            given (the deprecated name of ``token_policies``).
        :param mount_point: where the auth method is mounted.
        :param password_hash: the password as a bcrypt hash, instead of ``password`` (OpenBao only).
        :param kwargs: any other field, sent as given (hvac's way to send the token settings, which
            ``token_fields`` now names).
        :return: the response of the request (usually an empty 204 ``requests.Response``).
        :raises hvac.exceptions.ParamValidationError: for a key of ``token_fields`` that is not a token
            setting, or one that ``kwargs`` sets too.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones(
            {
                "password": password,
                "policies": policies,
                "password_hash": password_hash,
                "token_strictly_bind_ip": token_strictly_bind_ip,
                "ttl": ttl,
                "max_ttl": max_ttl,
                "bound_cidrs": bound_cidrs,
            }
        )
        params.update(kwargs)
        return self._adapter.post(url=_user_path(mount_point, username), json=with_token_fields(params, token_fields))

    def list_user(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the usernames of the mount.

        ``LIST /v1/auth/{mount_point}/users``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        api_path = utils.format_url("/v1/auth/{mount_point}/users", mount_point=mount_point)
        return self._adapter.list(url=api_path)

    def read_user(self, username: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a user's settings (the password is never returned).

        ``GET /v1/auth/{mount_point}/users/{username}``

        :param username: name of the user.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=_user_path(mount_point, username))

    def delete_user(self, username: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a user.

        ``DELETE /v1/auth/{mount_point}/users/{username}``

        :param username: name of the user.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=_user_path(mount_point, username))

    def update_password_on_user(
        self,
        username: str,
        password: Optional[str],
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        password_hash: Optional[str] = None,
    ) -> VaultResponse:
        """Change a user's password.

        ``POST /v1/auth/{mount_point}/users/{username}/password``

        :param username: name of the user.
        :param password: the new password; ``None`` with ``password_hash`` (it is then not sent).
        :param mount_point: where the auth method is mounted.
        :param password_hash: the new password as a bcrypt hash, instead of ``password`` (OpenBao only).
        :return: the response of the request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body: Dict[str, Any] = {"password": password}
        if password_hash is not None:
            body = utils.remove_nones({**body, "password_hash": password_hash})
        return self._adapter.post(url=_user_path(mount_point, username, "/password"), json=body)

    @shared_field_docs
    def update_policies_on_user(
        self, username: str, token_policies: Union[str, List[str]], mount_point: str = DEFAULT_MOUNT_POINT,
        *, policies: Optional[Union[str, List[str]]] = None,
    ) -> VaultResponse:
        """Replace the policies a user's tokens get.

        ``POST /v1/auth/{mount_point}/users/{username}/policies``

        :param username: name of the user.
        :param token_policies: the policies (list or comma-delimited string), sent as given.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        url = _user_path(mount_point, username, "/policies")
        return self._adapter.post(url=url, json={"token_policies": token_policies, **utils.remove_nones({"policies": policies})})

    def login(
        self, username: str, password: str, use_token: bool = True, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Log in with a username and a password.

        ``POST /v1/auth/{mount_point}/login/{username}``

        :param username: name of the user.
        :param password: the user's password.
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when the credentials are refused (400).
        :raises hvac.exceptions.Forbidden: when the role or method refuses the login (403).
        """
        api_path = utils.format_url("/v1/auth/{mount_point}/login/{username}", mount_point=mount_point, username=username)
        return self._adapter.login(url=api_path, use_token=use_token, json={"password": password})
