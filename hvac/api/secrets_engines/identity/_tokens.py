"""The identity-tokens backend: named keys, roles and signed ID tokens (OIDC)."""
from typing import List, Optional

from hvac import utils
from hvac.api.secrets_engines.identity._base import IdentityBase, _StrOrList, _Ttl
from hvac.api.vault_api_base import VaultResponse
from hvac.constants.identity import DEFAULT_MOUNT_POINT


class Tokens(IdentityBase[VaultResponse]):
    """Identity tokens: named keys, roles, signed ID tokens."""

    # ------------------------------------------------------------------ identity tokens (OIDC)

    def configure_tokens_backend(
        self, issuer: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Configure the identity-tokens backend.

        ``POST /v1/{mount_point}/oidc/config``

        :param issuer: scheme://host:port put in the ``iss`` claim of the tokens (Vault's address when unset).
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response or the requests.Response (204).
        """
        params = utils.remove_nones({"issuer": issuer})
        return self._adapter.post(url=self._url("oidc/config", mount_point), json=params)

    def read_tokens_backend_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the identity-tokens backend configuration.

        ``GET /v1/{mount_point}/oidc/config``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.issuer``).
        """
        return self._adapter.get(url=self._url("oidc/config", mount_point))

    def create_named_key(
        self,
        name: str,
        rotation_period: str = "24h",
        verification_ttl: str = "24h",
        allowed_client_ids: Optional[_StrOrList] = None,
        algorithm: str = "RS256",
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a named key that signs identity tokens.

        ``POST /v1/{mount_point}/oidc/key/{name}`` (every field is sent, ``None`` included)

        :param name: the key's name.
        :param rotation_period: how often the key rotates.
        :param verification_ttl: how long a rotated-out public key stays available for verification.
        :param allowed_client_ids: role client IDs allowed to use the key (``"*"`` for all).
        :param algorithm: signing algorithm (RS256, RS384, RS512, ES256, ES384, ES512, EdDSA).
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response or the requests.Response (204).
        """
        params = {
            "name": name,
            "rotation_period": rotation_period,
            "verification_ttl": verification_ttl,
            "allowed_client_ids": allowed_client_ids,
            "algorithm": algorithm,
        }
        return self._adapter.post(url=self._url("oidc/key/{name}", mount_point, name=name), json=params)

    def read_named_key(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a named key's configuration.

        ``GET /v1/{mount_point}/oidc/key/{name}``

        :param name: the key's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the key's settings under ``data``).
        """
        return self._adapter.get(url=self._url("oidc/key/{name}", mount_point, name=name))

    def delete_named_key(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a named key (refused while a role uses it).

        ``DELETE /v1/{mount_point}/oidc/key/{name}``

        :param name: the key's name.
        :param mount_point: where the identity engine is mounted.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._url("oidc/key/{name}", mount_point, name=name))

    def list_named_keys(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the named keys.

        ``LIST /v1/{mount_point}/oidc/key``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys``).
        """
        return self._adapter.list(url=self._url("oidc/key", mount_point))

    def rotate_named_key(
        self, name: str, verification_ttl: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Send a new ``verification_ttl`` for a named key.

        ``POST /v1/{mount_point}/oidc/key/{name}``

        As in the reference, this posts to the key itself (which updates its
        ``verification_ttl``), not to ``oidc/key/{name}/rotate``.

        :param name: the key's name.
        :param verification_ttl: how long the previous public key stays available for verification.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response or the requests.Response (204).
        """
        params = {"verification_ttl": verification_ttl}
        return self._adapter.post(url=self._url("oidc/key/{name}", mount_point, name=name), json=params)

    def create_or_update_role(
        self,
        name: str,
        key: str,
        template: Optional[str] = None,
        client_id: Optional[str] = None,
        ttl: str = "24h",
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a role, which identity tokens are generated against.

        ``POST /v1/{mount_point}/oidc/role/{name}``

        :param name: the role's name.
        :param key: the named key that signs the role's tokens.
        :param template: JSON template of extra claims (a string).
        :param client_id: the ``aud`` claim (generated when unset).
        :param ttl: lifetime of the tokens.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response or the requests.Response (204).
        """
        params = utils.remove_nones({"key": key, "template": template, "client_id": client_id, "ttl": ttl})
        return self._adapter.post(url=self._url("oidc/role/{name}", mount_point, name=name), json=params)

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role.

        ``GET /v1/{mount_point}/oidc/role/{name}``

        :param name: the role's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the role under ``data``).
        """
        return self._adapter.get(url=self._url("oidc/role/{name}", mount_point, name=name))

    def delete_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role.

        ``DELETE /v1/{mount_point}/oidc/role/{name}``

        :param name: the role's name.
        :param mount_point: where the identity engine is mounted.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._url("oidc/role/{name}", mount_point, name=name))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the roles.

        ``LIST /v1/{mount_point}/oidc/role``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys``).
        """
        return self._adapter.list(url=self._url("oidc/role", mount_point))

    def generate_signed_id_token(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Generate a signed identity token for the calling token's entity, with a role.

        ``GET /v1/{mount_point}/oidc/token/{name}``

        :param name: the role's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.token``, ``data.client_id``, ``data.ttl``).
        """
        return self._adapter.get(url=self._url("oidc/token/{name}", mount_point, name=name))

    def introspect_signed_id_token(
        self, token: str, client_id: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Check that an identity token is valid (signature, expiry, audience).

        ``POST /v1/{mount_point}/oidc/introspect``

        :param token: the signed identity token.
        :param client_id: check the token's audience against this client ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``active`` and, when invalid, ``error``).
        """
        params = utils.remove_nones({"token": token, "client_id": client_id})
        return self._adapter.post(url=self._url("oidc/introspect", mount_point), json=params)

    def read_well_known_configurations(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the OpenID Connect discovery document of the identity tokens.

        ``GET /v1/{mount_point}/oidc/.well-known/openid-configuration``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``issuer``, ``jwks_uri``, ...).
        """
        return self._adapter.get(url=self._url("oidc/.well-known/openid-configuration", mount_point))

    def read_active_public_keys(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the public keys (JWKS) that verify identity tokens.

        ``GET /v1/{mount_point}/oidc/.well-known/keys``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``keys``).
        """
        return self._adapter.get(url=self._url("oidc/.well-known/keys", mount_point))

    def rotate_named_key_now(
        self, name: str, verification_ttl: Optional[_Ttl] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Rotate a named key: a new key pair signs from now on.

        ``POST /v1/{mount_point}/oidc/key/{name}/rotate``

        Unlike :meth:`rotate_named_key` (which only updates the key's settings), this makes a new
        key pair; the previous public key stays published for ``verification_ttl``.

        :param name: the key's name.
        :param verification_ttl: how long the previous public key stays available (the key's own setting when unset).
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._write("oidc/key/{name}/rotate", {"verification_ttl": verification_ttl}, mount_point, name=name)
