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
    ) -> VaultResponse:
        """Set the Azure account Vault creates service principals in.

        ``POST /v1/{mount_point}/config``

        :param subscription_id: Azure subscription ID.
        :param tenant_id: Azure Active Directory tenant ID.
        :param client_id: client ID of the application Vault acts as.
        :param client_secret: that application's secret.
        :param environment: one of ``hvac.constants.azure.VALID_ENVIRONMENTS`` (default ``AzurePublicCloud``).
        :param mount_point: path the engine is mounted at.
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
    ) -> VaultResponse:
        """Create or replace a role; ``azure_roles`` is sent as a JSON string.

        ``POST /v1/{mount_point}/roles/{name}``

        :param name: role name.
        :param azure_roles: Azure role assignments,
            e.g. ``[{"role_name": "Contributor", "scope": "/subscriptions/..."}]``.
        :param ttl: default lease of generated credentials.
        :param max_ttl: maximum lease of generated credentials.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params: Dict[str, Any] = {"azure_roles": json.dumps(azure_roles)}
        params.update(utils.remove_nones({"ttl": ttl, "max_ttl": max_ttl}))
        api_path = utils.format_url("/v1/{mount_point}/roles/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path, json=params)

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
