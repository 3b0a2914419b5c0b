"""Centrify auth method: users of a Centrify (Delinea) identity platform tenant log in with their password."""
from typing import Optional

from hvac import utils
from hvac.api.auth_methods._token_fields import Duration, StrList, shared_field_docs
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "centrify"

LOGIN_MODES = ("ro", "cc")


def _url(template: str, mount_point: str) -> str:
    return utils.format_url("/v1/auth/{mount_point}/" + template, mount_point=mount_point)


class Centrify(VaultApiBase[VaultResponse]):
    """Centrify auth method (Vault only; OpenBao does not ship it).

    Reference: https://github.com/hashicorp/vault-plugin-auth-centrify
    """

    @shared_field_docs
    def configure(
        self,
        service_url: str,
        client_id: str,
        client_secret: str,
        app_id: Optional[str] = None,
        scope: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        token_ttl: Optional[Duration] = None, token_policies: Optional[StrList] = None,
        token_bound_cidrs: Optional[StrList] = None, token_num_uses: Optional[int] = None,
        token_no_default_policy: Optional[bool] = None, token_type: Optional[str] = None,
        policies: Optional[StrList] = None,
    ) -> VaultResponse:
        """Configure the tenant and the OAuth2 client Vault checks passwords through.

        ``POST /v1/auth/{mount_point}/config``

        Unlike roles of other auth methods, this endpoint takes no ``token_max_ttl``,
        ``token_explicit_max_ttl`` or ``token_period``.

        :param service_url: URL of the tenant (``https://<tenant>.my.centrify.com``).
        :param client_id: OAuth2 client ID (a confidential client of the tenant).
        :param client_secret: secret of ``client_id``.
        :param app_id: OAuth2 application ID (Vault's default: ``vault_io_integration``).
        :param scope: OAuth2 scope (Vault's default: ``vault_io_integration``).
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses a value.
        """
        tokens = {
            "token_ttl": token_ttl, "token_policies": token_policies, "token_bound_cidrs": token_bound_cidrs,
            "token_num_uses": token_num_uses, "token_no_default_policy": token_no_default_policy,
            "token_type": token_type, "policies": policies,
        }
        body = {"service_url": service_url, "client_id": client_id, "client_secret": client_secret}
        body.update(utils.remove_nones({"app_id": app_id, "scope": scope, **tokens}))
        return self._adapter.post(url=_url("config", mount_point), json=body)

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the tenant, OAuth2 client and token settings.

        ``GET /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.service_url``...), or the requests.Response.
        """
        return self._adapter.get(url=_url("config", mount_point))

    def login(
        self,
        username: str,
        password: str,
        mode: Optional[str] = None,
        use_token: bool = True,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Log in with the username and password of a tenant user.

        ``POST /v1/auth/{mount_point}/login``

        :param username: the user.
        :param password: the user's password.
        :param mode: ``ro`` (resource owner: the user's own credentials, Vault's default) or ``cc``
            (client credentials: the user is an OAuth2 confidential client).
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: when ``mode`` is neither ``ro`` nor ``cc``.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the login.
        """
        utils.validate_allowed("mode", mode, LOGIN_MODES, noun="modes")
        body = utils.remove_nones({"username": username, "password": password, "mode": mode})
        return self._adapter.login(url=_url("login", mount_point), use_token=use_token, json=body)
