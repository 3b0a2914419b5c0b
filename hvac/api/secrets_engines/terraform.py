"""Terraform Cloud secrets engine: API tokens of Terraform Cloud or Terraform Enterprise.

Beyond the reference: hvac has no class for this engine.
"""
from typing import Optional, Union

from hvac import utils
from hvac.api.secrets_engines._engine_families import ConfigMethods, CredentialsEitherVerbMethods, RoleMethods
from hvac.api.vault_api_base import VaultResponse

DEFAULT_MOUNT_POINT = "terraform"


class Terraform(
    ConfigMethods[VaultResponse],
    RoleMethods[VaultResponse],
    CredentialsEitherVerbMethods[VaultResponse],
    mount_point=DEFAULT_MOUNT_POINT,
):
    """Terraform Cloud / Enterprise secrets engine (Vault only; OpenBao does not ship it).

    A role gives one of three kinds of token: an organization token (``organization`` alone), a
    team token (``team_id``) or a user token (``user_id``, a new token per request with a lease).

    Besides the methods below: ``read_config``, ``delete_config``, ``read_role``, ``list_roles``,
    ``delete_role`` (``role/{name}``) and ``generate_credentials`` (``creds/{name}``, GET or POST:
    ``data.token``, ``data.token_id``).

    Reference: https://developer.hashicorp.com/vault/api-docs/secret/terraform
    """

    # ------------------------------------------------------------------ config

    def configure(
        self,
        token: str,
        address: Optional[str] = None,
        base_path: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Set the Terraform Cloud or Enterprise API Vault talks to, and the token it acts with.

        ``POST /v1/{mount_point}/config``

        :param token: Terraform API token allowed to manage the tokens the roles ask for.
        :param address: API address (Vault's default ``https://app.terraform.io``).
        :param base_path: base path of the API (Vault's default ``/api/v2/``).
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones({"token": token, "address": address, "base_path": base_path})
        return self._adapter.post(url=self._url("config", mount_point), json=params)

    # ------------------------------------------------------------------- roles

    def create_or_update_role(
        self,
        name: str,
        organization: Optional[str] = None,
        team_id: Optional[str] = None,
        user_id: Optional[str] = None,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or replace a role: whose token it hands out.

        ``POST /v1/{mount_point}/role/{name}``

        :param name: the role.
        :param organization: the organization (alone: its organization token).
        :param team_id: a team of the organization, e.g. ``team-xxxxxxxxxxxxxxxx`` (its team token).
        :param user_id: a user, e.g. ``user-xxxxxxxxxxxxxxxx`` (a new token per request).
        :param ttl: default lease of user tokens.
        :param max_ttl: maximum lease of user tokens.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones(
            {"organization": organization, "team_id": team_id, "user_id": user_id, "ttl": ttl, "max_ttl": max_ttl}
        )
        return self._adapter.post(url=self._url("role/{name}", mount_point, name=name), json=params)

    def rotate_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Replace the organization or team token a role hands out with a new one.

        ``POST /v1/{mount_point}/rotate-role/{name}``

        :param name: the role (an organization or team role).
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.post(url=self._url("rotate-role/{name}", mount_point, name=name))
