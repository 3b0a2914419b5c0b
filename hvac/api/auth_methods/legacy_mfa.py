"""Legacy MFA (Duo) for the ldap, okta, radius and userpass auth methods (removed from Vault 1.11)."""
from typing import Dict, Optional

from hvac import exceptions, utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

SUPPORTED_MFA_TYPES = [
    "duo",
]
SUPPORTED_AUTH_METHODS = ["ldap", "okta", "radius", "userpass"]


def _url(mount_point: str, endpoint: str) -> str:
    return utils.format_url("/v1/auth/{mount_point}/" + endpoint, mount_point=mount_point)


class LegacyMfa(VaultApiBase[VaultResponse]):
    """Legacy multi-factor authentication (Duo) attached to an auth method's mount.

    Reference: https://developer.hashicorp.com/vault/docs/v1.10.x/auth/mfa
    """

    def configure(self, mount_point: str, mfa_type: str = "duo", force: bool = False) -> VaultResponse:
        """Turn MFA on for the auth method mounted at ``mount_point``.

        ``POST /v1/auth/{mount_point}/mfa_config``

        :param mount_point: mount point of the ldap, okta, radius or userpass method.
        :param mfa_type: the MFA type; only ``"duo"`` is supported.
        :param force: send ``mfa_type`` even when it is not a supported type.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: for an unsupported ``mfa_type`` without ``force``
            (pass ``force=True`` to send it anyway).
        """
        if not force and mfa_type not in SUPPORTED_MFA_TYPES:
            raise exceptions.ParamValidationError(
                f'Unsupported mfa_type argument provided "{mfa_type}", supported types: '
                f'"{",".join(SUPPORTED_MFA_TYPES)}"'
            )
        return self._adapter.post(url=_url(mount_point, "mfa_config"), json={"type": mfa_type})

    def read_configuration(self, mount_point: str) -> VaultResponse:
        """Read the MFA configuration of the auth method mounted at ``mount_point``.

        ``GET /v1/auth/{mount_point}/mfa_config``

        :param mount_point: mount point of the auth method.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=_url(mount_point, "mfa_config"))

    def configure_duo_access(self, mount_point: str, host: str, integration_key: str, secret_key: str) -> VaultResponse:
        """Set how Vault reaches the Duo API.

        ``POST /v1/auth/{mount_point}/duo/access``

        :param mount_point: mount point of the auth method.
        :param host: the Duo API host.
        :param integration_key: Duo integration key (sent as ``ikey``).
        :param secret_key: Duo secret key (sent as ``skey``).
        :return: the response of the request.
        """
        params = {"host": host, "ikey": integration_key, "skey": secret_key}
        return self._adapter.post(url=_url(mount_point, "duo/access"), json=params)

    def configure_duo_behavior(
        self,
        mount_point: str,
        push_info: Optional[str] = None,
        user_agent: Optional[str] = None,
        username_format: str = "%s",
    ) -> VaultResponse:
        """Set how Duo is used on login.

        ``POST /v1/auth/{mount_point}/duo/config``

        :param mount_point: mount point of the auth method.
        :param push_info: extra information shown in the Duo push (URL-encoded key/value pairs).
        :param user_agent: User-Agent sent to Duo (empty string: none).
        :param username_format: format string turning the Vault username into the Duo one.
        :return: the response of the request.
        """
        params: Dict[str, str] = {"username_format": username_format}
        params.update(utils.remove_nones({"push_info": push_info, "user_agent": user_agent}))
        return self._adapter.post(url=_url(mount_point, "duo/config"), json=params)

    def read_duo_behavior_configuration(self, mount_point: str) -> VaultResponse:
        """Read the Duo behaviour configuration.

        ``GET /v1/auth/{mount_point}/duo/config``

        :param mount_point: mount point of the auth method.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=_url(mount_point, "duo/config"))
