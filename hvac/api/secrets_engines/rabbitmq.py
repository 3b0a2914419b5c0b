"""RabbitMQ secrets engine: dynamic RabbitMQ users."""
from typing import Optional, Union

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "rabbitmq"


class RabbitMQ(VaultApiBase[VaultResponse]):
    """RabbitMQ secrets engine (``/v1/{mount_point}/...``)."""

    def configure(
        self,
        connection_uri: str = "",
        username: str = "",
        password: str = "",
        verify_connection: bool = True,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        password_policy: Optional[str] = None,
        username_template: Optional[str] = None,
    ) -> VaultResponse:
        """Set the RabbitMQ management API Vault talks to; every field of hvac's is always sent, the
        keyword-only ones when given.

        ``POST /v1/{mount_point}/config/connection``

        :param connection_uri: URI of the management API, e.g. ``http://localhost:15672``.
        :param username: management user.
        :param password: that user's password.
        :param verify_connection: have Vault check the connection before saving.
        :param mount_point: path the engine is mounted at.
        :param password_policy: password policy of the generated users' passwords.
        :param username_template: template of the generated user names.
        :return: the decoded response, or the requests.Response (204).
        """
        params = {
            "connection_uri": connection_uri,
            "verify_connection": verify_connection,
            "username": username,
            "password": password,
            **utils.remove_nones({"password_policy": password_policy, "username_template": username_template}),
        }
        api_path = utils.format_url("/v1/{mount_point}/config/connection", mount_point=mount_point)
        return self._adapter.post(url=api_path, json=params)

    def configure_lease(
        self, ttl: Union[str, int], max_ttl: Union[str, int], mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Set the default and maximum lease of generated users.

        ``POST /v1/{mount_point}/config/lease``

        :param ttl: default lease.
        :param max_ttl: maximum lease.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        api_path = utils.format_url("/v1/{mount_point}/config/lease", mount_point=mount_point)
        return self._adapter.post(url=api_path, json={"ttl": ttl, "max_ttl": max_ttl})

    def create_role(
        self,
        name: str,
        tags: str = "",
        vhosts: str = "",
        vhost_topics: str = "",
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a role; every field is always sent.

        ``POST /v1/{mount_point}/roles/{name}``

        :param name: role name.
        :param tags: comma-separated RabbitMQ user tags.
        :param vhosts: JSON map of vhost to ``configure``/``write``/``read`` permissions.
        :param vhost_topics: JSON map of vhost to exchange topic permissions.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params = {"tags": tags, "vhosts": vhosts, "vhost_topics": vhost_topics}
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
        """Create a RabbitMQ user from a role.

        ``GET /v1/{mount_point}/creds/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.username``, ``data.password``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/creds/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)

    def read_lease_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the default and maximum lease of generated users (beyond the reference).

        ``GET /v1/{mount_point}/config/lease``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.ttl``, ``data.max_ttl`` in seconds), or the requests.Response.
        """
        return self._adapter.get(url=utils.format_url("/v1/{mount_point}/config/lease", mount_point=mount_point))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the roles (beyond the reference).

        ``LIST /v1/{mount_point}/roles``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=utils.format_url("/v1/{mount_point}/roles", mount_point=mount_point))
