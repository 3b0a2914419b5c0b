"""OCI auth method: Oracle Cloud Infrastructure users and instances log in with a signed request."""
from typing import Any, Dict, Optional, Union

from hvac import utils
from hvac.api.auth_methods._token_fields import Duration, StrList, TokenFields, shared_field_docs, with_token_fields
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "oci"


def _url(template: str, mount_point: str, **parts: str) -> str:
    return utils.format_url("/v1/auth/{mount_point}/" + template, mount_point=mount_point, **parts)


class Oci(VaultApiBase[VaultResponse]):
    """OCI auth method (Vault only; OpenBao does not ship it).

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/oci
    """

    def configure(self, home_tenancy_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Set the tenancy whose users and instances may log in.

        ``POST /v1/auth/{mount_point}/config``

        :param home_tenancy_id: OCID of the tenancy.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.post(url=_url("config", mount_point), json={"home_tenancy_id": home_tenancy_id})

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the home tenancy.

        ``GET /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.home_tenancy_id``), or the requests.Response.
        """
        return self._adapter.get(url=_url("config", mount_point))

    def delete_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Forget the home tenancy: logins fail until :meth:`configure` is called again.

        ``DELETE /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("config", mount_point))

    @shared_field_docs
    def create_role(
        self,
        role: str,
        ocid_list: Optional[StrList] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        token_fields: Optional[TokenFields] = None,
    ) -> VaultResponse:
        """Create a role, or replace the settings given of an existing one.

        ``POST /v1/auth/{mount_point}/role/{role}``

        :param role: name of the role.
        :param ocid_list: OCIDs of the groups and dynamic groups whose members may log in with this role.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when ``token_fields`` is not a dict of token settings.
        """
        body = utils.remove_nones({"ocid_list": ocid_list})
        url = _url("role/{role}", mount_point, role=role)
        return self._adapter.post(url=url, json=with_token_fields(body, token_fields))

    def read_role(self, role: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role: the OCIDs of its groups and the settings of its tokens.

        ``GET /v1/auth/{mount_point}/role/{role}``

        :param role: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.ocid_list``...), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when the role is unknown.
        """
        return self._adapter.get(url=_url("role/{role}", mount_point, role=role))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the names of the roles OCI principals may log in with.

        ``LIST /v1/auth/{mount_point}/role``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there are no roles yet.
        """
        return self._adapter.list(url=_url("role", mount_point))

    def delete_role(self, role: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role; OCI principals can no longer log in with it.

        ``DELETE /v1/auth/{mount_point}/role/{role}``

        :param role: the role to delete.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("role/{role}", mount_point, role=role))

    def login(
        self,
        role: str,
        request_headers: Union[Dict[str, Any], str],
        use_token: bool = True,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Log in with the headers of a request to this very endpoint, signed with OCI credentials.

        ``POST /v1/auth/{mount_point}/login/{role}``

        The caller signs a ``GET`` of ``/v1/auth/{mount_point}/login/{role}`` with an OCI API key or
        an instance principal (the OCI SDK's signer does it) and passes the signed headers.

        :param role: name of the role.
        :param request_headers: the signed headers, header name to value or list of values (or that
            mapping as a JSON string).
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the login.
        """
        url = _url("login/{role}", mount_point, role=role)
        return self._adapter.login(url=url, use_token=use_token, json={"request_headers": request_headers})
