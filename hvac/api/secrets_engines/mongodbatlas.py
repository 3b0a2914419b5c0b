"""MongoDB Atlas secrets engine: MongoDB Atlas programmatic API keys on demand.

Beyond the reference: hvac has no class for this engine. (Database users of an Atlas cluster
come from the database engine's ``mongodbatlas-database-plugin`` instead.)
"""
from typing import List, Optional, Union

from hvac import utils
from hvac.api.secrets_engines._engine_families import CredentialsEitherVerbMethods, RoleMethods
from hvac.api.vault_api_base import VaultResponse

DEFAULT_MOUNT_POINT = "mongodbatlas"


class MongoDbAtlas(
    RoleMethods[VaultResponse],
    CredentialsEitherVerbMethods[VaultResponse],
    mount_point=DEFAULT_MOUNT_POINT,
    roles_path="roles",
):
    """MongoDB Atlas secrets engine (Vault only; OpenBao does not ship it).

    A role gives organization API keys (``organization_id``) or project API keys (``project_id``).

    Besides the methods below: ``read_role``, ``list_roles``, ``delete_role`` (``roles/{name}``) and
    ``generate_credentials`` (``creds/{name}``, GET or POST: ``data.public_key``,
    ``data.private_key``, ``data.description``, with a lease; revoking it deletes the key in Atlas).

    Reference: https://developer.hashicorp.com/vault/api-docs/secret/mongodbatlas
    """

    def configure(self, public_key: str, private_key: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Set the programmatic API key Vault manages Atlas API keys with.

        ``POST /v1/{mount_point}/config``

        :param public_key: public part of an Atlas programmatic API key.
        :param private_key: its private part.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = {"public_key": public_key, "private_key": private_key}
        return self._adapter.post(url=self._url("config", mount_point), json=params)

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the configured public key (Vault never returns the private key).

        ``GET /v1/{mount_point}/config``

        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.public_key``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config", mount_point))

    def create_or_update_role(
        self,
        name: str,
        roles: List[str],
        organization_id: Optional[str] = None,
        project_id: Optional[str] = None,
        project_roles: Optional[List[str]] = None,
        ip_addresses: Optional[List[str]] = None,
        cidr_blocks: Optional[List[str]] = None,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or replace a role: where its API keys belong, what they may do, where from.

        ``POST /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param roles: Atlas roles of the keys (at least one), e.g. ``["ORG_MEMBER"]``.
        :param organization_id: the organization of organization keys.
        :param project_id: the project of project keys.
        :param project_roles: roles the organization key gets in ``project_id``.
        :param ip_addresses: addresses the keys may be used from (their access list).
        :param cidr_blocks: CIDR blocks the keys may be used from (their access list).
        :param ttl: default lease of the keys.
        :param max_ttl: maximum lease of the keys.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones(
            {
                "roles": roles,
                "organization_id": organization_id,
                "project_id": project_id,
                "project_roles": project_roles,
                "ip_addresses": ip_addresses,
                "cidr_blocks": cidr_blocks,
                "ttl": ttl,
                "max_ttl": max_ttl,
            }
        )
        return self._adapter.post(url=self._url("roles/{name}", mount_point, name=name), json=params)

