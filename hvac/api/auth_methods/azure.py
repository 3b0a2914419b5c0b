"""Azure auth method: Azure resources log in with a managed-identity token."""
import logging
from typing import Any, List, Optional, Union

from hvac import exceptions, utils
from hvac.api.auth_methods._token_fields import TokenFields, shared_field_docs, with_token_fields
from hvac.api.vault_api_base import VaultApiBase, VaultResponse
from hvac.constants.azure import VALID_ENVIRONMENTS

logger = logging.getLogger(__name__)

DEFAULT_MOUNT_POINT = "azure"

StrList = Optional[List[str]]


def _url(template: str, mount_point: str, **kwargs: Any) -> str:
    return utils.format_url("/v1/auth/{mount_point}/" + template, mount_point=mount_point, **kwargs)


def _data(response: VaultResponse) -> Any:
    """The ``data`` of a decoded answer (the reference returns only that for reads and lists)."""
    return response.get("data") if isinstance(response, dict) else response


class Azure(VaultApiBase[VaultResponse]):
    """Azure auth method.

    Reads and lists of this class return the ``data`` part of the answer only (as the reference does).

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/azure
    """

    def configure(
        self,
        tenant_id: str,
        resource: str,
        environment: Optional[str] = None,
        client_id: Optional[str] = None,
        client_secret: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        root_password_ttl: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Configure the tenant and application the method verifies tokens against.

        ``POST /v1/auth/{mount_point}/config``

        :param tenant_id: the Azure Active Directory tenant ID.
        :param resource: the audience expected in the tokens.
        :param environment: one of ``VALID_ENVIRONMENTS`` (Vault defaults to ``AzurePublicCloud``).
        :param client_id: client ID of the application Vault uses to read VM details.
        :param client_secret: client secret of that application.
        :param mount_point: where the auth method is mounted.
        :param root_password_ttl: lifetime of the client secrets :meth:`rotate_root_credentials` creates.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``environment``.
        """
        if environment is not None and environment not in VALID_ENVIRONMENTS:
            raise exceptions.ParamValidationError(
                f'invalid environment argument provided: "{environment}"; '
                f'supported environments: "{",".join(VALID_ENVIRONMENTS)}"'
            )
        params = {"tenant_id": tenant_id, "resource": resource}
        params.update(
            utils.remove_nones(
                {
                    "environment": environment,
                    "client_id": client_id,
                    "client_secret": client_secret,
                    "root_password_ttl": root_password_ttl,
                }
            )
        )
        return self._adapter.post(url=_url("config", mount_point), json=params)

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> Any:
        """Read the configuration (the client secret is not returned).

        ``GET /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer.
        """
        return _data(self._adapter.get(url=_url("config", mount_point)))

    def delete_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete the configuration.

        ``DELETE /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("config", mount_point))

    def rotate_root_credentials(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Replace the client secret of the configured application with a new one that only Vault knows.

        ``POST /v1/auth/{mount_point}/rotate-root``

        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.post(url=_url("rotate-root", mount_point))

    @shared_field_docs
    def create_role(
        self,
        name: str,
        policies: Optional[Union[str, List[str]]] = None,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        period: Optional[Union[str, int]] = None,
        bound_service_principal_ids: StrList = None,
        bound_group_ids: StrList = None,
        bound_locations: StrList = None,
        bound_subscription_ids: StrList = None,
        bound_resource_groups: StrList = None,
        bound_scale_sets: StrList = None,
        num_uses: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        token_fields: Optional[TokenFields] = None,
    ) -> VaultResponse:
        """Create a role, or update an existing one.

        ``POST /v1/auth/{mount_point}/role/{name}``

        ``policies``, ``ttl``, ``max_ttl``, ``period`` and ``num_uses`` are the names Vault deprecated
        for the ``token_*`` settings of ``token_fields``; Vault reads the ``token_*`` one first.

        :param name: name of the role.
        :param policies: policies of the issued tokens (a string or a list of strings).
        :param ttl: TTL of the issued tokens.
        :param max_ttl: maximum TTL of the issued tokens.
        :param period: make the tokens periodic with this period.
        :param bound_service_principal_ids: service principal IDs allowed to log in.
        :param bound_group_ids: group IDs allowed to log in.
        :param bound_locations: locations allowed to log in.
        :param bound_subscription_ids: subscription IDs allowed to log in.
        :param bound_resource_groups: resource groups allowed to log in.
        :param bound_scale_sets: scale sets allowed to log in.
        :param num_uses: uses of each token (0 = unlimited).
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when ``policies`` is neither a string nor a list of strings,
            or for a key of ``token_fields`` that is not a token setting.
        """
        if policies is not None and not (
            isinstance(policies, str) or (isinstance(policies, list) and all(isinstance(p, str) for p in policies))
        ):
            # The closing quote after the type is in the reference's message too.
            raise exceptions.ParamValidationError(
                f'unsupported policies argument provided "{policies}" ({type(policies)}), required type: str or List[str]"'
            )
        params = utils.remove_nones(
            {
                "policies": policies,
                "ttl": ttl,
                "max_ttl": max_ttl,
                "period": period,
                "bound_service_principal_ids": bound_service_principal_ids,
                "bound_group_ids": bound_group_ids,
                "bound_locations": bound_locations,
                "bound_subscription_ids": bound_subscription_ids,
                "bound_resource_groups": bound_resource_groups,
                "bound_scale_sets": bound_scale_sets,
                "num_uses": num_uses,
            }
        )
        return self._adapter.post(url=_url("role/{name}", mount_point, name=name), json=with_token_fields(params, token_fields))

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> Any:
        """Read a role.

        ``GET /v1/auth/{mount_point}/role/{name}``

        :param name: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer.
        """
        return _data(self._adapter.get(url=_url("role/{name}", mount_point, name=name)))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> Any:
        """List the roles.

        ``LIST /v1/auth/{mount_point}/role``

        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer (``keys``).
        """
        return _data(self._adapter.list(url=_url("role", mount_point)))

    def delete_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role.

        ``DELETE /v1/auth/{mount_point}/role/{name}``

        :param name: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("role/{name}", mount_point, name=name))

    def login(
        self,
        role: str,
        jwt: str,
        subscription_id: Optional[str] = None,
        resource_group_name: Optional[str] = None,
        vm_name: Optional[str] = None,
        vmss_name: Optional[str] = None,
        use_token: bool = True,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        resource_id: Optional[str] = None,
    ) -> VaultResponse:
        """Log in with a managed-identity access token.

        ``POST /v1/auth/{mount_point}/login``

        :param role: name of the role.
        :param jwt: the access token from the instance metadata service.
        :param subscription_id: subscription ID of the machine.
        :param resource_group_name: resource group of the machine.
        :param vm_name: name of the virtual machine.
        :param vmss_name: name of the virtual machine scale set.
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :param resource_id: full resource ID of the machine (``/subscriptions/.../providers/...``), for
            resources other than virtual machines and scale sets.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        params = {"role": role, "jwt": jwt}
        params.update(
            utils.remove_nones(
                {
                    "subscription_id": subscription_id,
                    "resource_group_name": resource_group_name,
                    "vm_name": vm_name,
                    "vmss_name": vmss_name,
                    "resource_id": resource_id,
                }
            )
        )
        return self._adapter.login(url=_url("login", mount_point), use_token=use_token, json=params)
