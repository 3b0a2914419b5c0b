"""Okta auth method: log in with Okta credentials."""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.auth_methods._token_fields import TokenFields, shared_field_docs, with_token_fields
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "okta"


def _url(mount_point: str, endpoint: str, **path_params: str) -> str:
    return utils.format_url("/v1/auth/{mount_point}/" + endpoint, mount_point=mount_point, **path_params)


class Okta(VaultApiBase[VaultResponse]):
    """Okta auth method.

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/okta
    """

    @shared_field_docs
    def configure(
        self,
        org_name: str,
        api_token: Optional[str] = None,
        base_url: Optional[str] = None,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        bypass_okta_mfa: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        token_fields: Optional[TokenFields] = None,
        # deprecated names of org_name, api_token and base_url
        organization: Optional[str] = None, token: Optional[str] = None, production: Optional[bool] = None,
    ) -> VaultResponse:
        """Configure the Okta organisation the method talks to.

        ``POST /v1/auth/{mount_point}/config``

        :param org_name: name of the Okta organisation, e.g. ``dev-123456``.
        :param api_token: Okta API token (needed to read group membership).
        :param base_url: Okta domain, e.g. ``okta.com`` or ``oktapreview.com``.
        :param ttl: TTL of the tokens issued (deprecated by Vault for ``token_ttl``).
        :param max_ttl: maximum lifetime of the tokens issued (deprecated by Vault for ``token_max_ttl``).
        :param bypass_okta_mfa: skip Okta's MFA requirement on login.
        :param mount_point: where the auth method is mounted.
        :param organization: deprecated name of ``org_name`` (Vault reads ``org_name`` first).
        :param token: deprecated name of ``api_token`` (Vault reads ``api_token`` first).
        :param production: deprecated: ``True`` for ``okta.com``, ``False`` for ``oktapreview.com``
            (Vault reads ``base_url`` first).
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: for a key of ``token_fields`` that is not a token setting.
        """
        params: Dict[str, Any] = {"org_name": org_name}
        params.update(
            utils.remove_nones(
                {
                    "api_token": api_token,
                    "base_url": base_url,
                    "ttl": ttl,
                    "max_ttl": max_ttl,
                    "bypass_okta_mfa": bypass_okta_mfa,
                    "organization": organization,
                    "token": token,
                    "production": production,
                }
            )
        )
        return self._adapter.post(url=_url(mount_point, "config"), json=with_token_fields(params, token_fields))

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the method's configuration.

        ``GET /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=_url(mount_point, "config"))

    def list_users(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the users registered with the method.

        ``LIST /v1/auth/{mount_point}/users``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=_url(mount_point, "users"))

    def register_user(
        self,
        username: str,
        groups: Optional[List[str]] = None,
        policies: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Register an Okta user with extra groups and policies (or update them).

        ``POST /v1/auth/{mount_point}/users/{username}``

        :param username: the Okta username.
        :param groups: groups the user is added to, besides the Okta ones.
        :param policies: policies granted to the user.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        params = utils.remove_nones({"username": username, "groups": groups, "policies": policies})
        return self._adapter.post(url=_url(mount_point, "users/{username}", username=username), json=params)

    def read_user(self, username: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a registered user.

        ``GET /v1/auth/{mount_point}/users/{username}`` (the username is also sent as a JSON body).

        :param username: the Okta username.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(
            url=_url(mount_point, "users/{username}", username=username), json={"username": username}
        )

    def delete_user(self, username: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Unregister a user.

        ``DELETE /v1/auth/{mount_point}/users/{username}`` (the username is also sent as a JSON body).

        :param username: the Okta username.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(
            url=_url(mount_point, "users/{username}", username=username), json={"username": username}
        )

    def list_groups(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the Okta groups mapped to policies.

        ``LIST /v1/auth/{mount_point}/groups``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=_url(mount_point, "groups"))

    def register_group(
        self, name: str, policies: Optional[List[str]] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Map an Okta group to policies.

        ``POST /v1/auth/{mount_point}/groups/{name}``

        :param name: name of the Okta group.
        :param policies: policies granted to the group's members.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        params = utils.remove_nones({"policies": policies})
        return self._adapter.post(url=_url(mount_point, "groups/{name}", name=name), json=params)

    def read_group(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the policies mapped to an Okta group.

        ``GET /v1/auth/{mount_point}/groups/{name}``

        :param name: name of the Okta group.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=_url(mount_point, "groups/{name}", name=name))

    def delete_group(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove an Okta group's policy mapping.

        ``DELETE /v1/auth/{mount_point}/groups/{name}`` (the name is also sent as a JSON body).

        :param name: name of the Okta group.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url(mount_point, "groups/{name}", name=name), json={"name": name})

    def login(
        self,
        username: str,
        password: str,
        use_token: bool = True,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        totp: Optional[str] = None, provider: Optional[str] = None, nonce: Optional[str] = None,
    ) -> VaultResponse:
        """Log in with Okta credentials.

        ``POST /v1/auth/{mount_point}/login/{username}``

        The username is also sent in the body, as hvac does (Vault reads it from the path).

        :param username: the Okta username.
        :param password: the user's password.
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :param totp: passcode of a TOTP factor (Okta Verify, Google Authenticator).
        :param provider: the MFA factor provider to use (``OKTA`` or ``GOOGLE``).
        :param nonce: a nonce of your choice for Okta Verify's number challenge: while this login
            waits, :meth:`verify` with the same nonce answers the number to pick on the phone.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        params = {"username": username, "password": password}
        params.update(utils.remove_nones({"totp": totp, "provider": provider, "nonce": nonce}))
        return self._adapter.login(
            url=_url(mount_point, "login/{username}", username=username), use_token=use_token, json=params
        )

    def verify(self, nonce: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the number Okta Verify's challenge asks for, during a :meth:`login` made with ``nonce``.

        ``GET /v1/auth/{mount_point}/verify/{nonce}``

        :param nonce: the nonce given to :meth:`login`.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.correct_answer``), or the requests.Response.
        """
        return self._adapter.get(url=_url(mount_point, "verify/{nonce}", nonce=nonce))
