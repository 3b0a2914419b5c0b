"""Azure secrets engine: dynamic Azure service principals."""
import json
from typing import Any, Dict, List, Optional, Union

from hvac import exceptions, utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse
from hvac.constants.azure import VALID_ENVIRONMENTS

DEFAULT_MOUNT_POINT = "azure"


def _data_of(response: Any) -> Optional[Dict[str, Any]]:
    # As in the reference, these reads return only the ``data`` member; a response without a
    # decoded body (a 204, or the RawAdapter) has no ``.get`` and raises AttributeError.
    data: Optional[Dict[str, Any]] = response.get("data")
    return data


class Azure(VaultApiBase[VaultResponse]):
    """Azure secrets engine (``/v1/{mount_point}/...``)."""

    def configure(
        self,
        subscription_id: str,
        tenant_id: str,
        client_id: Optional[str] = None,
        client_secret: Optional[str] = None,
        environment: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        password_policy: Optional[str] = None,
        root_password_ttl: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Set the Azure account Vault creates service principals in.

        ``POST /v1/{mount_point}/config``

        :param subscription_id: Azure subscription ID.
        :param tenant_id: Azure Active Directory tenant ID.
        :param client_id: client ID of the application Vault acts as.
        :param client_secret: that application's secret.
        :param environment: one of ``hvac.constants.azure.VALID_ENVIRONMENTS`` (default ``AzurePublicCloud``).
        :param mount_point: path the engine is mounted at.
        :param password_policy: password policy for the secrets of generated service principals.
        :param root_password_ttl: lifetime of the root secret after :meth:`rotate_root` (Vault's default:
            about 6 months).
        :return: the decoded response, or the requests.Response (204).
        :raises hvac.exceptions.ParamValidationError: for an unknown ``environment``.
        """
        if environment is not None and environment not in VALID_ENVIRONMENTS:
            raise exceptions.ParamValidationError(
                f'invalid environment argument provided "{environment}", '
                f'supported environments: "{",".join(VALID_ENVIRONMENTS)}"'
            )
        params: Dict[str, Any] = {"subscription_id": subscription_id, "tenant_id": tenant_id}
        params.update(
            utils.remove_nones({"client_id": client_id, "client_secret": client_secret, "environment": environment})
        )
        params.update(utils.remove_nones({"password_policy": password_policy, "root_password_ttl": root_password_ttl}))
        api_path = utils.format_url("/v1/{mount_point}/config", mount_point=mount_point)
        return self._adapter.post(url=api_path, json=params)

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> Optional[Dict[str, Any]]:
        """Read the configuration (the client secret is never returned).

        ``GET /v1/{mount_point}/config``

        :param mount_point: path the engine is mounted at.
        :return: the ``data`` member of the response (``subscription_id``, ``tenant_id`` ...).
        """
        api_path = utils.format_url("/v1/{mount_point}/config", mount_point=mount_point)
        return _data_of(self._adapter.get(url=api_path))

    def delete_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete the configuration.

        ``DELETE /v1/{mount_point}/config``

        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        api_path = utils.format_url("/v1/{mount_point}/config", mount_point=mount_point)
        return self._adapter.delete(url=api_path)

    def create_or_update_role(
        self,
        name: str,
        azure_roles: List[Dict[str, Any]],
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        azure_groups: Optional[List[Dict[str, Any]]] = None,
        application_object_id: Optional[str] = None,
        persist_app: Optional[bool] = None,
        permanently_delete: Optional[bool] = None,
    ) -> VaultResponse:
        """Create or replace a role; ``azure_roles`` (and ``azure_groups``) are sent as JSON strings.

        ``POST /v1/{mount_point}/roles/{name}``

        :param name: role name.
        :param azure_roles: Azure role assignments,
            e.g. ``[{"role_name": "Contributor", "scope": "/subscriptions/..."}]``.
        :param ttl: default lease of generated credentials.
        :param max_ttl: maximum lease of generated credentials.
        :param mount_point: path the engine is mounted at.
        :param azure_groups: Azure AD groups the service principals join, e.g. ``[{"group_name": "g"}]``.
        :param application_object_id: object ID of an existing application: Vault then only adds secrets
            to it instead of creating service principals.
        :param persist_app: keep one application between credentials instead of one per lease.
        :param permanently_delete: delete the applications Vault removes for good (not to the recycle bin).
        :return: the decoded response, or the requests.Response (204).
        """
        params: Dict[str, Any] = {"azure_roles": json.dumps(azure_roles)}
        if azure_groups is not None:
            params["azure_groups"] = json.dumps(azure_groups)
        optional = {"ttl": ttl, "max_ttl": max_ttl, "application_object_id": application_object_id}
        optional.update(persist_app=persist_app, permanently_delete=permanently_delete)
        params.update(utils.remove_nones(optional))
        api_path = utils.format_url("/v1/{mount_point}/roles/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path, json=params)

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> Optional[Dict[str, Any]]:
        """Read a role (like the other reads of this class, only its ``data``).

        ``GET /v1/{mount_point}/roles/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the ``data`` member of the response (``azure_roles``, ``ttl`` ...).
        """
        return _data_of(self._adapter.get(url=self._role_url(name, mount_point)))

    def delete_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role; Vault revokes the credentials generated from it.

        ``DELETE /v1/{mount_point}/roles/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._role_url(name, mount_point))

    @staticmethod
    def _role_url(name: str, mount_point: str) -> str:
        return utils.format_url("/v1/{mount_point}/roles/{name}", mount_point=mount_point, name=name)

    def rotate_root(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Replace the client secret Vault uses with a new one that only Vault knows.

        ``POST /v1/{mount_point}/rotate-root``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.post(url=utils.format_url("/v1/{mount_point}/rotate-root", mount_point=mount_point))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> Optional[Dict[str, Any]]:
        """List the role names.

        ``LIST /v1/{mount_point}/roles``

        :param mount_point: path the engine is mounted at.
        :return: the ``data`` member of the response (``keys``).
        """
        api_path = utils.format_url("/v1/{mount_point}/roles", mount_point=mount_point)
        return _data_of(self._adapter.list(url=api_path))

    def generate_credentials(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> Optional[Dict[str, Any]]:
        """Create a service principal from a role.

        ``GET /v1/{mount_point}/creds/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the ``data`` member of the response (``client_id``, ``client_secret``).
        """
        api_path = utils.format_url("/v1/{mount_point}/creds/{name}", mount_point=mount_point, name=name)
        return _data_of(self._adapter.get(url=api_path))
