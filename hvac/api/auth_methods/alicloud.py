"""AliCloud auth method: AliCloud RAM entities log in with a signed STS GetCallerIdentity request."""
from typing import Optional

from hvac import utils
from hvac.api.auth_methods._token_fields import Duration, StrList, TokenFields, shared_field_docs, with_token_fields
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "alicloud"


def _url(template: str, mount_point: str, **parts: str) -> str:
    return utils.format_url("/v1/auth/{mount_point}/" + template, mount_point=mount_point, **parts)


class AliCloud(VaultApiBase[VaultResponse]):
    """AliCloud auth method (Vault only; OpenBao does not ship it).

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/alicloud
    """

    @shared_field_docs
    def create_role(
        self,
        role: str,
        arn: str,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        token_fields: Optional[TokenFields] = None,
        ttl: Optional[Duration] = None, max_ttl: Optional[Duration] = None, period: Optional[Duration] = None,
        policies: Optional[StrList] = None, bound_cidrs: Optional[StrList] = None,
    ) -> VaultResponse:
        """Create a role, or replace the settings given of an existing one.

        ``POST /v1/auth/{mount_point}/role/{role}``

        :param role: name of the role.
        :param arn: ARN of the RAM role whose sessions may log in with this role.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when ``token_fields`` is not a dict of token settings.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses a value.
        """
        body = {"arn": arn, **utils.remove_nones(
            {"ttl": ttl, "max_ttl": max_ttl, "period": period, "policies": policies, "bound_cidrs": bound_cidrs}
        )}
        url = _url("role/{role}", mount_point, role=role)
        return self._adapter.post(url=url, json=with_token_fields(body, token_fields))

    def read_role(self, role: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role: the ARN it binds and the settings of its tokens.

        ``GET /v1/auth/{mount_point}/role/{role}``

        :param role: the role to read.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.arn``...), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when no role has that name.
        """
        return self._adapter.get(url=_url("role/{role}", mount_point, role=role))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT, plural: bool = False) -> VaultResponse:
        """List the names of the roles RAM entities may log in with.

        ``LIST /v1/auth/{mount_point}/role`` (``LIST /v1/auth/{mount_point}/roles`` with ``plural``)

        :param mount_point: where the auth method is mounted.
        :param plural: ask for the list at ``roles``, the other path Vault serves it at.
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when no role is defined.
        """
        return self._adapter.list(url=_url("roles" if plural else "role", mount_point))

    def delete_role(self, role: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role; RAM entities of its ARN can no longer log in with it.

        ``DELETE /v1/auth/{mount_point}/role/{role}``

        :param role: the role to delete.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request (``204``: no body).
        """
        return self._adapter.delete(url=_url("role/{role}", mount_point, role=role))

    def login(
        self,
        role: str,
        identity_request_url: str,
        identity_request_headers: str,
        use_token: bool = True,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Log in with a signed ``GetCallerIdentity`` request to AliCloud STS, which Vault sends on.

        ``POST /v1/auth/{mount_point}/login``

        :param role: name of the role.
        :param identity_request_url: the signed request's full URL, base64-encoded.
        :param identity_request_headers: the signed request's headers as JSON, base64-encoded.
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the login.
        """
        body = {
            "role": role,
            "identity_request_url": identity_request_url,
            "identity_request_headers": identity_request_headers,
        }
        return self._adapter.login(url=_url("login", mount_point), use_token=use_token, json=body)
