"""AliCloud secrets engine: Alibaba Cloud RAM access keys and STS credentials on demand.

Beyond the reference: hvac has no class for this engine (it lists ``AliCloud`` as not implemented).
"""
from typing import List, Optional, Union

from hvac import utils
from hvac.api.secrets_engines._engine_families import ConfigMethods, CredentialsMethods, RoleMethods
from hvac.api.vault_api_base import VaultResponse

DEFAULT_MOUNT_POINT = "alicloud"


class AliCloud(
    ConfigMethods[VaultResponse], RoleMethods[VaultResponse], CredentialsMethods[VaultResponse], mount_point=DEFAULT_MOUNT_POINT
):
    """AliCloud secrets engine (Vault only; OpenBao does not ship it).

    A role either names policies (``remote_policies``, ``inline_policies``: Vault creates a RAM
    user with them and returns its access key) or a RAM role to assume (``role_arn``: Vault
    returns STS credentials).

    Besides the methods below: ``read_config``, ``delete_config``, ``read_role``, ``list_roles``,
    ``delete_role`` (``role/{name}``) and ``generate_credentials`` (``GET creds/{name}``:
    ``data.access_key``, ``data.secret_key``, and for STS ``data.security_token`` and
    ``data.expiration``; with a lease).

    Reference: https://developer.hashicorp.com/vault/api-docs/secret/alicloud
    """

    # ------------------------------------------------------------------ config

    def configure(self, access_key: str, secret_key: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Set the access key Vault calls the RAM and STS APIs with.

        ``POST /v1/{mount_point}/config``

        :param access_key: AliCloud access key ID allowed to manage RAM users or assume roles.
        :param secret_key: its access key secret.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = {"access_key": access_key, "secret_key": secret_key}
        return self._adapter.post(url=self._url("config", mount_point), json=params)

    # ------------------------------------------------------------------- roles

    def create_or_update_role(
        self,
        name: str,
        remote_policies: Optional[List[str]] = None,
        inline_policies: Optional[str] = None,
        role_arn: Optional[str] = None,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or replace a role: the policies of the RAM users it creates, or the role it assumes.

        ``POST /v1/{mount_point}/role/{name}``

        :param name: the role.
        :param remote_policies: existing policies, each as ``name:<policy>,type:<System|Custom>`` (a list:
            each entry holds a comma).
        :param inline_policies: a JSON list of policy documents Vault creates for each user.
        :param role_arn: ARN of a RAM role to assume instead (then leave the policies out).
        :param ttl: default lease of the credentials.
        :param max_ttl: maximum lease of the credentials.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones(
            {
                "remote_policies": remote_policies,
                "inline_policies": inline_policies,
                "role_arn": role_arn,
                "ttl": ttl,
                "max_ttl": max_ttl,
            }
        )
        return self._adapter.post(url=self._url("role/{name}", mount_point, name=name), json=params)

