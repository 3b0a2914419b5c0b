"""GitHub auth method: members of a GitHub organization log in with a personal access token."""
from typing import List, Optional, Union

from hvac import exceptions, utils
from hvac.api.auth_methods._token_fields import TokenFields, shared_field_docs, with_token_fields
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "github"


def _url(template: str, mount_point: str, **kwargs: str) -> str:
    return utils.format_url("/v1/auth/{mount_point}/" + template, mount_point=mount_point, **kwargs)


def _policies_value(policies: Optional[List[str]]) -> str:
    """Validate ``policies`` (a list of strings, as in the reference) and join them with commas (``None`` gives ``""``)."""
    if policies is None:
        return ""
    if not isinstance(policies, list) or not all(isinstance(p, str) for p in policies):
        # The closing quote after the type is in the reference's message too.
        raise exceptions.ParamValidationError(
            f'unsupported policies argument provided "{policies}" ({type(policies)}), required type: List[str]"'
        )
    return utils.list_to_comma_delimited(policies)


def _list_verb(method: str) -> str:
    """The verb of a list request: ``method`` (``LIST`` or ``GET``, any case), lower-cased.

    :raises hvac.exceptions.ParamValidationError: for another ``method``.
    """
    if not isinstance(method, str) or method.upper() not in ("LIST", "GET"):
        raise exceptions.ParamValidationError(f'invalid method argument provided "{method}", supported methods: "LIST, GET"')
    return method.lower()


class Github(VaultApiBase[VaultResponse]):
    """GitHub auth method.

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/github
    """

    @shared_field_docs
    def configure(
        self,
        organization: str,
        base_url: Optional[str] = None,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        organization_id: Optional[int] = None,
        token_fields: Optional[TokenFields] = None,
    ) -> VaultResponse:
        """Configure the organization whose members may log in.

        ``POST /v1/auth/{mount_point}/config``

        :param organization: the GitHub organization.
        :param base_url: API endpoint of a GitHub Enterprise server.
        :param ttl: TTL of the issued tokens (deprecated by Vault for ``token_ttl``).
        :param max_ttl: maximum TTL of the issued tokens (deprecated by Vault for ``token_max_ttl``).
        :param mount_point: where the auth method is mounted.
        :param organization_id: numeric ID of the organization (Vault looks it up when left out).
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: for a key of ``token_fields`` that is not a token setting.
        """
        params = {"organization": organization}
        optional = {"base_url": base_url, "ttl": ttl, "max_ttl": max_ttl, "organization_id": organization_id}
        params.update(utils.remove_nones(optional))
        return self._adapter.post(url=_url("config", mount_point), json=with_token_fields(params, token_fields))

    def read_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the configuration.

        ``GET /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=_url("config", mount_point))

    def map_team(
        self, team_name: str, policies: Optional[List[str]] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Grant policies to the members of a team.

        ``POST /v1/auth/{mount_point}/map/teams/{team_name}``

        :param team_name: name (slug) of the team.
        :param policies: policies granted, sent comma-delimited as ``value``.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when ``policies`` is not a list of strings.
        """
        value = _policies_value(policies)
        return self._adapter.post(url=_url("map/teams/{team_name}", mount_point, team_name=team_name), json={"value": value})

    def read_team_mapping(self, team_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the policies mapped to a team.

        ``GET /v1/auth/{mount_point}/map/teams/{team_name}``

        :param team_name: name (slug) of the team.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=_url("map/teams/{team_name}", mount_point, team_name=team_name))

    def list_team_mappings(self, method: str = "LIST", mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the teams that have policies mapped.

        ``LIST /v1/auth/{mount_point}/map/teams`` (or ``GET``, which answers the same list)

        :param method: ``LIST`` (needs the ``list`` capability) or ``GET`` (the ``read`` capability).
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for another ``method``.
        """
        return self._adapter.request(_list_verb(method), url=_url("map/teams", mount_point))

    def delete_team_mapping(self, team_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove the policies mapped to a team.

        ``DELETE /v1/auth/{mount_point}/map/teams/{team_name}``

        :param team_name: name (slug) of the team.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("map/teams/{team_name}", mount_point, team_name=team_name))

    def map_user(
        self, user_name: str, policies: Optional[List[str]] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Grant policies to a user.

        ``POST /v1/auth/{mount_point}/map/users/{user_name}``

        :param user_name: the GitHub login.
        :param policies: policies granted, sent comma-delimited as ``value``.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when ``policies`` is not a list of strings.
        """
        value = _policies_value(policies)
        return self._adapter.post(url=_url("map/users/{user_name}", mount_point, user_name=user_name), json={"value": value})

    def read_user_mapping(self, user_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the policies mapped to a user.

        ``GET /v1/auth/{mount_point}/map/users/{user_name}``

        :param user_name: the GitHub login.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=_url("map/users/{user_name}", mount_point, user_name=user_name))

    def list_user_mappings(self, method: str = "LIST", mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the users that have policies mapped: :meth:`list_team_mappings`, for users.

        ``LIST /v1/auth/{mount_point}/map/users`` (or ``GET``)

        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for a ``method`` other than ``LIST`` and ``GET``.
        """
        return self._adapter.request(_list_verb(method), url=_url("map/users", mount_point))

    def delete_user_mapping(self, user_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove the policies mapped to a user (a GitHub login): :meth:`delete_team_mapping`, for users.

        ``DELETE /v1/auth/{mount_point}/map/users/{user_name}``
        """
        return self._adapter.delete(url=_url("map/users/{user_name}", mount_point, user_name=user_name))

    def login(self, token: str, use_token: bool = True, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Log in with a GitHub personal access token.

        ``POST /v1/auth/{mount_point}/login``

        :param token: the personal access token (``read:org`` scope).
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        return self._adapter.login(url=_url("login", mount_point), use_token=use_token, json={"token": token})
