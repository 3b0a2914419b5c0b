"""Consul secrets engine: dynamic Consul ACL tokens."""
from typing import List, Optional, Union

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "consul"


class Consul(VaultApiBase[VaultResponse]):
    """Consul secrets engine (``/v1/{mount_point}/...``)."""

    def configure_access(
        self,
        address: str,
        token: str,
        scheme: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        ca_cert: Optional[str] = None,
        client_cert: Optional[str] = None,
        client_key: Optional[str] = None,
    ) -> VaultResponse:
        """Set the Consul agent Vault talks to and the management token it uses.

        ``POST /v1/{mount_point}/config/access``

        :param address: Consul address, ``host:port``.
        :param token: Consul ACL token with management rights.
        :param scheme: ``http`` or ``https``.
        :param mount_point: path the engine is mounted at.
        :param ca_cert: PEM CA certificate that verifies Consul's certificate.
        :param client_cert: PEM client certificate for Consul's TLS (with ``client_key``).
        :param client_key: PEM key of ``client_cert``.
        :return: the decoded response, or the requests.Response (204).
        """
        params = {"address": address, "token": token, **utils.given_fields(locals(), "address", "token")}
        api_path = utils.format_url("/v1/{mount_point}/config/access", mount_point=mount_point)
        return self._adapter.post(url=api_path, json=params)

    def read_access_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the access configuration (the token is never returned).

        ``GET /v1/{mount_point}/config/access``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.address``, ``data.scheme``), or the requests.Response.
        """
        return self._adapter.get(url=utils.format_url("/v1/{mount_point}/config/access", mount_point=mount_point))

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
        *,
        consul_policies: Optional[List[str]] = None,
        consul_roles: Optional[List[str]] = None,
        service_identities: Optional[List[str]] = None,
        node_identities: Optional[List[str]] = None,
        consul_namespace: Optional[str] = None,
        partition: Optional[str] = None,
        lease: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Create or update a role; only the given fields are sent.

        ``POST /v1/{mount_point}/roles/{name}``

        :param name: role name.
        :param policy: base64-encoded ACL policy (legacy Consul ACLs).
        :param policies: Consul ACL policy names (Consul 1.4+; Vault now calls it ``consul_policies``).
        :param token_type: ``client`` or ``management`` (legacy Consul ACLs).
        :param local: create tokens local to the datacenter.
        :param ttl: lease of generated tokens.
        :param max_ttl: maximum lease of generated tokens.
        :param mount_point: path the engine is mounted at.
        :param consul_policies: Consul ACL policy names attached to the tokens.
        :param consul_roles: Consul roles attached to the tokens (Consul 1.5+).
        :param service_identities: service identities, e.g. ``["web:dc1"]`` (Consul 1.5+).
        :param node_identities: node identities, ``"name:datacenter"`` (Consul 1.8.1+).
        :param consul_namespace: namespace the tokens are created in (Consul Enterprise 1.7+).
        :param partition: admin partition the tokens are created in (Consul Enterprise 1.11+).
        :param lease: the old name of ``ttl`` (deprecated by Vault).
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.given_fields(locals(), "name")
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
