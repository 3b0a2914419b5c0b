"""GitHub auth method: members of a GitHub organization log in with a personal access token."""
from typing import List, Optional, Union

from hvac import exceptions, utils
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


class Github(VaultApiBase[VaultResponse]):
    """GitHub auth method.

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/github
    """

    def configure(
        self,
        organization: str,
        base_url: Optional[str] = None,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Configure the organization whose members may log in.

        ``POST /v1/auth/{mount_point}/config``

        :param organization: the GitHub organization.
        :param base_url: API endpoint of a GitHub Enterprise server.
        :param ttl: TTL of the issued tokens.
        :param max_ttl: maximum TTL of the issued tokens.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        params = {"organization": organization}
        params.update(utils.remove_nones({"base_url": base_url, "ttl": ttl, "max_ttl": max_ttl}))
        return self._adapter.post(url=_url("config", mount_point), json=params)

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

    def login(self, token: str, use_token: bool = True, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Log in with a GitHub personal access token.

        ``POST /v1/auth/{mount_point}/login``

        :param token: the personal access token (``read:org`` scope).
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        return self._adapter.login(url=_url("login", mount_point), use_token=use_token, json={"token": token})
