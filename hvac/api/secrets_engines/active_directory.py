"""Active Directory secrets engine: rotating passwords of AD service accounts."""
from typing import Any, Dict, Optional, Union

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "ad"


class ActiveDirectory(VaultApiBase[VaultResponse]):
    """Active Directory secrets engine (``/v1/{mount_point}/...``)."""

    def configure(
        self,
        binddn: Optional[str] = None,
        bindpass: Optional[str] = None,
        url: Optional[str] = None,
        userdn: Optional[str] = None,
        upndomain: Optional[str] = None,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *args: Any,
        **kwargs: Any,
    ) -> VaultResponse:
        """Set how Vault connects to Active Directory and the default password TTLs.

        ``POST /v1/{mount_point}/config``

        :param binddn: DN Vault binds as.
        :param bindpass: password of ``binddn``.
        :param url: LDAP URL(s) of the domain controllers.
        :param userdn: base DN under which service accounts are searched.
        :param upndomain: userPrincipalName domain suffix.
        :param ttl: default password TTL.
        :param max_ttl: maximum password TTL.
        :param mount_point: path the engine is mounted at.
        :param args: ignored.
        :param kwargs: any other configuration field, sent as given.
        :return: the decoded response, or the requests.Response (204).
        """
        params: Dict[str, Any] = utils.remove_nones(
            {
                "binddn": binddn,
                "bindpass": bindpass,
                "url": url,
                "userdn": userdn,
                "upndomain": upndomain,
                "ttl": ttl,
                "max_ttl": max_ttl,
            }
        )
        params.update(kwargs)
        api_path = utils.format_url("/v1/{mount_point}/config", mount_point=mount_point)
        return self._adapter.post(url=api_path, json=params)

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the configuration (the bind password is never returned).

        ``GET /v1/{mount_point}/config``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/config", mount_point=mount_point)
        return self._adapter.get(url=api_path)

    def create_or_update_role(
        self,
        name: str,
        service_account_name: Optional[str] = None,
        ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a role tied to one service account; the name is also sent in the body.

        ``POST /v1/{mount_point}/roles/{name}``

        :param name: role name.
        :param service_account_name: the account's userPrincipalName, e.g. ``svc@example.com``.
        :param ttl: password TTL for this role.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params: Dict[str, Any] = {"name": name}
        params.update(utils.remove_nones({"service_account_name": service_account_name, "ttl": ttl}))
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
        """Read the current (and previous) password of the role's service account.

        ``GET /v1/{mount_point}/creds/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.current_password`` ...), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/creds/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)
