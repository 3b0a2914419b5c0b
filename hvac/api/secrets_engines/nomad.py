"""Nomad secrets engine: Nomad ACL tokens on demand.

Beyond the reference: hvac has no class for this engine (it lists ``Nomad`` as not implemented).
"""
from typing import List, Optional, Union

from hvac import utils
from hvac.api.secrets_engines._engine_families import CredentialsMethods, RoleMethods
from hvac.api.vault_api_base import VaultResponse

DEFAULT_MOUNT_POINT = "nomad"


class Nomad(RoleMethods[VaultResponse], CredentialsMethods[VaultResponse], mount_point=DEFAULT_MOUNT_POINT):
    """Nomad secrets engine (Vault only; OpenBao does not ship it).

    Besides the methods below: ``read_role``, ``list_roles``, ``delete_role`` (``role/{name}``) and
    ``generate_credentials`` (``GET creds/{name}``: ``data.secret_id``, ``data.accessor_id``, with a
    lease; revoking it deletes the token in Nomad).

    Reference: https://developer.hashicorp.com/vault/api-docs/secret/nomad
    """

    # ------------------------------------------------------------------ access

    def configure_access(
        self,
        address: Optional[str] = None,
        token: Optional[str] = None,
        max_token_name_length: Optional[int] = None,
        ca_cert: Optional[str] = None,
        client_cert: Optional[str] = None,
        client_key: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Set the Nomad server Vault talks to and the management token it acts with.

        ``POST /v1/{mount_point}/config/access``

        :param address: Nomad API address, e.g. ``https://nomad.example.com:4646``.
        :param token: Nomad management token Vault creates tokens with.
        :param max_token_name_length: longest name Vault gives a generated token.
        :param ca_cert: PEM CA certificate that verifies the Nomad server.
        :param client_cert: PEM client certificate for mutual TLS (goes with ``client_key``).
        :param client_key: PEM key of ``client_cert``.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones(
            {
                "address": address,
                "token": token,
                "max_token_name_length": max_token_name_length,
                "ca_cert": ca_cert,
                "client_cert": client_cert,
                "client_key": client_key,
            }
        )
        return self._adapter.post(url=self._url("config/access", mount_point), json=params)

    def read_access_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the Nomad connection settings (Vault never returns the token or client key).

        ``GET /v1/{mount_point}/config/access``

        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.address``, ``data.max_token_name_length``), or the
            requests.Response.
        """
        return self._adapter.get(url=self._url("config/access", mount_point))

    def delete_access_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Forget the Nomad connection settings.

        ``DELETE /v1/{mount_point}/config/access``

        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url("config/access", mount_point))

    # ------------------------------------------------------------------- lease

    def configure_lease(
        self,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Set the lease of the tokens the engine creates.

        ``POST /v1/{mount_point}/config/lease``

        :param ttl: how long a token lives before its lease needs renewing.
        :param max_ttl: how long a token may live, renewals included.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones({"ttl": ttl, "max_ttl": max_ttl})
        return self._adapter.post(url=self._url("config/lease", mount_point), json=params)

    def read_lease_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the lease settings of generated tokens.

        ``GET /v1/{mount_point}/config/lease``

        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.ttl``, ``data.max_ttl`` in seconds), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/lease", mount_point))

    def delete_lease_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Go back to the mount's lease defaults for generated tokens.

        ``DELETE /v1/{mount_point}/config/lease``

        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url("config/lease", mount_point))

    # ------------------------------------------------------------------- roles

    def create_or_update_role(
        self,
        name: str,
        policies: Optional[Union[List[str], str]] = None,
        global_: Optional[bool] = None,
        type: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or replace a role: which kind of Nomad token it creates, with which policies.

        ``POST /v1/{mount_point}/role/{name}``

        :param name: the role.
        :param policies: Nomad ACL policies of the tokens (a list or a comma-separated string);
            required for ``client`` tokens.
        :param global_: create global tokens, replicated to every Nomad region (sent as ``global``).
        :param type: ``client`` (Vault's default) or ``management``.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones({"policies": policies, "global": global_, "type": type})
        return self._adapter.post(url=self._url("role/{name}", mount_point, name=name), json=params)

