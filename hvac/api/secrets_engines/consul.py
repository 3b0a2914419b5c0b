"""Consul secrets engine: dynamic Consul ACL tokens."""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "consul"


class Consul(VaultApiBase[VaultResponse]):
    """Consul secrets engine (``/v1/{mount_point}/...``)."""

    def configure_access(
        self, address: str, token: str, scheme: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Set the Consul agent Vault talks to and the management token it uses.

        ``POST /v1/{mount_point}/config/access``

        :param address: Consul address, ``host:port``.
        :param token: Consul ACL token with management rights.
        :param scheme: ``http`` or ``https``.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params: Dict[str, Any] = {"address": address, "token": token}
        params.update(utils.remove_nones({"scheme": scheme}))
        api_path = utils.format_url("/v1/{mount_point}/config/access", mount_point=mount_point)
        return self._adapter.post(url=api_path, json=params)

    def create_or_update_role(
        self,
        name: str,
        policy: Optional[str] = None,
        policies: Optional[List[str]] = None,
        token_type: Optional[str] = None,
        local: Optional[bool] = None,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a role; only the given fields are sent.

        ``POST /v1/{mount_point}/roles/{name}``

        :param name: role name.
        :param policy: base64-encoded ACL policy (legacy Consul ACLs).
        :param policies: Consul ACL policy names (Consul 1.4+).
        :param token_type: ``client`` or ``management`` (legacy Consul ACLs).
        :param local: create tokens local to the datacenter.
        :param ttl: lease of generated tokens.
        :param max_ttl: maximum lease of generated tokens.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones(
            {
                "token_type": token_type,
                "policy": policy,
                "policies": policies,
                "local": local,
                "ttl": ttl,
                "max_ttl": max_ttl,
            }
        )
        api_path = utils.format_url("/v1/{mount_point}/roles/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path, json=params)

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role.

        ``GET /v1/{mount_point}/roles/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/roles/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the role names.

        ``LIST /v1/{mount_point}/roles``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/roles", mount_point=mount_point)
        return self._adapter.list(url=api_path)

    def delete_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role.

        ``DELETE /v1/{mount_point}/roles/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        api_path = utils.format_url("/v1/{mount_point}/roles/{name}", mount_point=mount_point, name=name)
        return self._adapter.delete(url=api_path)

    def generate_credentials(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Create a Consul token from a role.

        ``GET /v1/{mount_point}/creds/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.token``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/creds/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)
