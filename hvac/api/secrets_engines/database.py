"""Database secrets engine: connections, dynamic roles and static (rotated) roles."""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "database"


def _credential_fields(credential_type: Optional[str], credential_config: Optional[Dict[str, Any]]) -> Dict[str, Any]:
    """The credential settings roles and static roles share (those given)."""
    return utils.remove_nones({"credential_type": credential_type, "credential_config": credential_config})


class Database(VaultApiBase[VaultResponse]):
    """Database secrets engine (dynamic and rotated database credentials)."""

    @staticmethod
    def _url(template: str, mount_point: str, **kwargs: Any) -> str:
        return utils.format_url("/v1/{mount_point}/" + template, mount_point=mount_point, **kwargs)

    # ------------------------------------------------------------------- connections

    def configure(
        self,
        name: str,
        plugin_name: str,
        verify_connection: Optional[bool] = None,
        allowed_roles: Optional[List[str]] = None,
        root_rotation_statements: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *args: Any,
        password_policy: Optional[str] = None,
        plugin_version: Optional[str] = None,
        **kwargs: Any,
    ) -> VaultResponse:
        """Create or replace a database connection.

        ``POST /v1/{mount_point}/config/{name}``

        :param name: the connection.
        :param plugin_name: the database plugin, e.g. ``postgresql-database-plugin``.
        :param verify_connection: check the connection works before saving it.
        :param allowed_roles: roles that may use the connection (``["*"]`` for all).
        :param root_rotation_statements: statements run by :meth:`rotate_root_credentials`.
        :param mount_point: where the database engine is mounted.
        :param args: ignored.
        :param password_policy: password policy of the passwords the engine generates.
        :param plugin_version: the version of the plugin to run (a registered one).
        :param kwargs: the plugin's own fields (``connection_url``, ``username``, ``password`` …),
            sent in the body as they are.
        :return: the decoded response, or the requests.Response.
        """
        params = {"plugin_name": plugin_name}
        params.update(
            utils.remove_nones(
                {
                    "verify_connection": verify_connection,
                    "allowed_roles": allowed_roles,
                    "root_rotation_statements": root_rotation_statements,
                    "password_policy": password_policy,
                    "plugin_version": plugin_version,
                }
            )
        )
        params.update(kwargs)
        return self._adapter.post(url=self._url("config/{name}", mount_point, name=name), json=params)

    def read_connection(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a connection's configuration (without its password).

        ``GET /v1/{mount_point}/config/{name}``

        :param name: the connection.
        :param mount_point: where the database engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/{name}", mount_point, name=name))

    def list_connections(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the connections.

        ``LIST /v1/{mount_point}/config``

        :param mount_point: where the database engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("config", mount_point))

    def delete_connection(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a connection.

        ``DELETE /v1/{mount_point}/config/{name}``

        :param name: the connection.
        :param mount_point: where the database engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.delete(url=self._url("config/{name}", mount_point, name=name))

    def reset_connection(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Close a connection and reopen it with its stored configuration.

        ``POST /v1/{mount_point}/reset/{name}``

        :param name: the connection.
        :param mount_point: where the database engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(url=self._url("reset/{name}", mount_point, name=name))

    def rotate_root_credentials(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Change the password of the connection's own (root) user; only the engine knows it afterwards.

        ``POST /v1/{mount_point}/rotate-root/{name}``

        :param name: the connection.
        :param mount_point: where the database engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(url=self._url("rotate-root/{name}", mount_point, name=name))

    # ------------------------------------------------------------------ dynamic roles

    def create_role(
        self,
        name: str,
        db_name: str,
        creation_statements: List[str],
        default_ttl: Optional[int] = None,
        max_ttl: Optional[int] = None,
        revocation_statements: Optional[List[str]] = None,
        rollback_statements: Optional[List[str]] = None,
        renew_statements: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        credential_type: Optional[str] = None,
        credential_config: Optional[Dict[str, Any]] = None,
    ) -> VaultResponse:
        """Create or replace a role that creates a database user per credential request.

        ``POST /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param db_name: the connection it uses.
        :param creation_statements: statements creating the user (``{{name}}``, ``{{password}}``,
            ``{{expiration}}`` are filled in).
        :param default_ttl: default lease duration.
        :param max_ttl: maximum lease duration.
        :param revocation_statements: statements dropping the user.
        :param rollback_statements: statements undoing a failed creation.
        :param renew_statements: statements run when the lease is renewed.
        :param mount_point: where the database engine is mounted.
        :param credential_type: ``password`` (the default) or ``rsa_private_key``.
        :param credential_config: settings of that credential type, e.g. ``{"key_bits": 2048}``.
        :return: the decoded response, or the requests.Response.
        """
        params = {"db_name": db_name, "creation_statements": creation_statements}
        params.update(
            utils.remove_nones(
                {
                    "default_ttl": default_ttl,
                    "max_ttl": max_ttl,
                    "revocation_statements": revocation_statements,
                    "rollback_statements": rollback_statements,
                    "renew_statements": renew_statements,
                }
            )
        )
        params.update(_credential_fields(credential_type, credential_config))
        return self._adapter.post(url=self._url("roles/{name}", mount_point, name=name), json=params)

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role.

        ``GET /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param mount_point: where the database engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url("roles/{name}", mount_point, name=name))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the roles.

        ``LIST /v1/{mount_point}/roles``

        :param mount_point: where the database engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("roles", mount_point))

    def delete_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role.

        ``DELETE /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param mount_point: where the database engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.delete(url=self._url("roles/{name}", mount_point, name=name))

    def generate_credentials(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Create a database user from a role and return its credentials (under a lease).

        ``GET /v1/{mount_point}/creds/{name}``

        :param name: the role.
        :param mount_point: where the database engine is mounted.
        :return: the decoded response (``data.username``, ``data.password``, ``lease_id``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("creds/{name}", mount_point, name=name))

    # ------------------------------------------------------------------- static roles

    def create_static_role(
        self,
        name: str,
        db_name: str,
        username: str,
        rotation_statements: List[str],
        rotation_period: Optional[int] = 86400,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        credential_type: Optional[str] = None,
        credential_config: Optional[Dict[str, Any]] = None,
        rotation_schedule: Optional[str] = None,
        rotation_window: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Create or replace a static role: an existing database user whose password the engine rotates.

        ``POST /v1/{mount_point}/static-roles/{name}``

        :param name: the role.
        :param db_name: the connection it uses.
        :param username: the existing database user.
        :param rotation_statements: statements setting the password (``{{name}}``, ``{{password}}``).
        :param rotation_period: seconds between rotations (always sent; pass ``None`` with
            ``rotation_schedule``: a null is taken as unset).
        :param mount_point: where the database engine is mounted.
        :param credential_type: ``password`` (the default) or ``rsa_private_key``.
        :param credential_config: settings of that credential type.
        :param rotation_schedule: cron-style schedule of the rotations, instead of a period (Vault only).
        :param rotation_window: how long after each scheduled time a rotation may still start (Vault only).
        :return: the decoded response, or the requests.Response.
        """
        params = {
            "db_name": db_name,
            "username": username,
            "rotation_statements": rotation_statements,
            "rotation_period": rotation_period,
        }
        params.update(_credential_fields(credential_type, credential_config))
        params.update(utils.remove_nones({"rotation_schedule": rotation_schedule, "rotation_window": rotation_window}))
        return self._adapter.post(url=self._url("static-roles/{name}", mount_point, name=name), json=params)

    def read_static_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a static role.

        ``GET /v1/{mount_point}/static-roles/{name}``

        :param name: the role.
        :param mount_point: where the database engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url("static-roles/{name}", mount_point, name=name))

    def list_static_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the static roles.

        ``LIST /v1/{mount_point}/static-roles``

        :param mount_point: where the database engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("static-roles", mount_point))

    def delete_static_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a static role (the database user is left as it is).

        ``DELETE /v1/{mount_point}/static-roles/{name}``

        :param name: the role.
        :param mount_point: where the database engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.delete(url=self._url("static-roles/{name}", mount_point, name=name))

    def get_static_credentials(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the current password of a static role.

        ``GET /v1/{mount_point}/static-creds/{name}``

        :param name: the role.
        :param mount_point: where the database engine is mounted.
        :return: the decoded response (``data.username``, ``data.password``, ``data.ttl``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("static-creds/{name}", mount_point, name=name))

    def rotate_static_role_credentials(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Rotate a static role's password now.

        ``POST /v1/{mount_point}/rotate-role/{name}``

        :param name: the role.
        :param mount_point: where the database engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(url=self._url("rotate-role/{name}", mount_point, name=name))
