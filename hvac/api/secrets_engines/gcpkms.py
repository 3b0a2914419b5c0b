"""Google Cloud KMS secrets engine: encryption, decryption and signing with keys that stay in Cloud KMS.

Beyond the reference: hvac has no class for this engine (it lists ``GcpKms`` as not implemented).
"""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.secrets_engines._engine_families import ConfigMethods
from hvac.api.vault_api_base import VaultResponse

DEFAULT_MOUNT_POINT = "gcpkms"

#: The verbs Vault serves ``keys/deregister/{key}`` and ``keys/trim/{key}`` with (the same way).
KEY_ACTION_METHODS = ("POST", "DELETE")


def _optional_fields(additional_authenticated_data: Optional[str], key_version: Optional[int]) -> Dict[str, Any]:
    """The optional fields shared by encrypt, decrypt and re-encrypt, when given."""
    return utils.remove_nones(
        {"additional_authenticated_data": additional_authenticated_data, "key_version": key_version}
    )


class GcpKms(ConfigMethods[VaultResponse], mount_point=DEFAULT_MOUNT_POINT):
    """Google Cloud KMS secrets engine (Vault only; OpenBao does not ship it).

    Each Vault key names a Cloud KMS crypto key; the key material never leaves Google Cloud.
    The plugin refuses a request field it does not know, so only the fields given are sent.

    Besides the methods below: ``read_config`` (``data.scopes``; never the credentials) and
    ``delete_config``.

    Reference: https://developer.hashicorp.com/vault/api-docs/secret/gcpkms
    """

    # ------------------------------------------------------------------ config

    def configure(
        self,
        credentials: Optional[str] = None,
        scopes: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Set how Vault authenticates to Google Cloud.

        ``POST /v1/{mount_point}/config``

        :param credentials: the JSON of a service account key; left out, Vault uses the application
            default credentials or the instance metadata.
        :param scopes: OAuth scopes to request (Vault's default is the Cloud KMS scope).
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones({"credentials": credentials, "scopes": scopes})
        return self._adapter.post(url=self._url("config", mount_point), json=params)

    # -------------------------------------------------------------------- keys

    def create_or_update_key(
        self,
        key: str,
        key_ring: str,
        crypto_key: Optional[str] = None,
        purpose: Optional[str] = None,
        algorithm: Optional[str] = None,
        protection_level: Optional[str] = None,
        rotation_period: Optional[Union[str, int]] = None,
        labels: Optional[Dict[str, str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a Cloud KMS crypto key (and its key ring when missing) and a Vault key naming it,
        or update the rotation period and labels of an existing one.

        ``POST /v1/{mount_point}/keys/{key}``

        :param key: the Vault key.
        :param key_ring: resource ID of the key ring, ``projects/<p>/locations/<l>/keyRings/<r>``.
        :param crypto_key: name of the crypto key in the ring (Vault's default: ``key``).
        :param purpose: ``encrypt_decrypt`` (Vault's default), ``asymmetric_decrypt`` or ``asymmetric_sign``.
        :param algorithm: algorithm of the key, e.g. ``symmetric_encryption`` or ``ec_sign_p256_sha256``.
        :param protection_level: ``software`` (Vault's default) or ``hsm``.
        :param rotation_period: time between automatic rotations (24h at least; symmetric keys only).
        :param labels: labels of the crypto key.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones(
            {
                "key_ring": key_ring,
                "crypto_key": crypto_key,
                "purpose": purpose,
                "algorithm": algorithm,
                "protection_level": protection_level,
                "rotation_period": rotation_period,
                "labels": labels,
            }
        )
        return self._adapter.post(url=self._url("keys/{key}", mount_point, key=key), json=params)

    def read_key(self, key: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a key as Cloud KMS describes it.

        ``GET /v1/{mount_point}/keys/{key}``

        :param key: the Vault key.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.id``, ``data.purpose``, ``data.primary_version``,
            ``data.rotation_period``, ``data.labels`` …), or the requests.Response.
        """
        return self._adapter.get(url=self._url("keys/{key}", mount_point, key=key))

    def list_keys(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the Vault keys.

        ``LIST /v1/{mount_point}/keys``

        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("keys", mount_point))

    def delete_key(self, key: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a Vault key and destroy every version of its crypto key in Cloud KMS.

        ``DELETE /v1/{mount_point}/keys/{key}``

        To forget the key in Vault but keep it in Cloud KMS, use :meth:`deregister_key`.

        :param key: the Vault key.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url("keys/{key}", mount_point, key=key))

    def configure_key(
        self,
        key: str,
        min_version: Optional[int] = None,
        max_version: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Set which crypto key versions Vault lets a key use.

        ``POST /v1/{mount_point}/keys/config/{key}``

        :param key: the Vault key.
        :param min_version: lowest version allowed (0 or less: no minimum).
        :param max_version: highest version allowed (0 or less: no maximum).
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones({"min_version": min_version, "max_version": max_version})
        return self._adapter.post(url=self._url("keys/config/{key}", mount_point, key=key), json=params)

    def read_key_config(self, key: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a key's Vault settings.

        ``GET /v1/{mount_point}/keys/config/{key}``

        :param key: the Vault key.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.name``, ``data.crypto_key_id``, ``data.min_version``,
            ``data.max_version``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("keys/config/{key}", mount_point, key=key))

    def register_key(
        self, key: str, crypto_key: str, verify: Optional[bool] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Make an existing Cloud KMS crypto key usable through Vault under the name ``key``.

        ``POST /v1/{mount_point}/keys/register/{key}``

        :param key: the Vault key to create.
        :param crypto_key: resource ID of the crypto key,
            ``projects/<p>/locations/<l>/keyRings/<r>/cryptoKeys/<k>``.
        :param verify: check that the crypto key exists first (Vault's default: true).
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones({"crypto_key": crypto_key, "verify": verify})
        return self._adapter.post(url=self._url("keys/register/{key}", mount_point, key=key), json=params)

    def deregister_key(self, key: str, method: str = "POST", mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Forget a key in Vault, leaving its crypto key in Cloud KMS untouched.

        ``POST /v1/{mount_point}/keys/deregister/{key}`` (or ``DELETE``, served the same way)

        :param key: the Vault key.
        :param method: ``POST`` or ``DELETE``.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        :raises hvac.exceptions.ParamValidationError: for another ``method``, before a request.
        """
        return self._key_action("keys/deregister/{key}", key, method, mount_point)

    def rotate_key(self, key: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Create a new version of a key's crypto key and make it the primary one.

        ``POST /v1/{mount_point}/keys/rotate/{key}``

        :param key: the Vault key (a symmetric one).
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.key_version``), or the requests.Response.
        """
        return self._adapter.post(url=self._url("keys/rotate/{key}", mount_point, key=key))

    def trim_key_versions(
        self, key: str, method: str = "POST", mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Destroy the crypto key versions below the key's ``min_version`` in Cloud KMS.

        ``POST /v1/{mount_point}/keys/trim/{key}`` (or ``DELETE``, served the same way)

        :param key: the Vault key.
        :param method: ``POST`` or ``DELETE``.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        :raises hvac.exceptions.ParamValidationError: for another ``method``, before a request.
        """
        return self._key_action("keys/trim/{key}", key, method, mount_point)

    def read_public_key(self, key: str, key_version: int, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the public key of one version of an asymmetric key.

        ``GET /v1/{mount_point}/pubkey/{key}?key_version=...``

        Vault's API document declares no field for this read; the plugin takes ``key_version`` from
        the query and refuses the request without it.

        :param key: the Vault key.
        :param key_version: the crypto key version.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.pem``, ``data.algorithm``), or the requests.Response.
        """
        url = self._url("pubkey/{key}", mount_point, key=key)
        return self._adapter.get(url=url, params={"key_version": key_version})

    # --------------------------------------------------------- cryptography

    def encrypt_data(
        self,
        key: str,
        plaintext: str,
        additional_authenticated_data: Optional[str] = None,
        key_version: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Encrypt with a symmetric key.

        ``POST /v1/{mount_point}/encrypt/{key}``

        :param key: the Vault key.
        :param plaintext: the text to encrypt (its size is limited by Cloud KMS).
        :param additional_authenticated_data: data that decrypting will have to give again.
        :param key_version: the crypto key version (default: the primary one).
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.ciphertext``, base64, and ``data.key_version``), or the
            requests.Response.
        """
        params = {"plaintext": plaintext, **_optional_fields(additional_authenticated_data, key_version)}
        return self._adapter.post(url=self._url("encrypt/{key}", mount_point, key=key), json=params)

    def decrypt_data(
        self,
        key: str,
        ciphertext: str,
        additional_authenticated_data: Optional[str] = None,
        key_version: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Decrypt what :meth:`encrypt_data` (or an asymmetric public key) encrypted.

        ``POST /v1/{mount_point}/decrypt/{key}``

        :param key: the Vault key.
        :param ciphertext: the base64 ciphertext.
        :param additional_authenticated_data: the data given when encrypting, if any.
        :param key_version: the crypto key version; required for asymmetric keys.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.plaintext``), or the requests.Response.
        """
        params = {"ciphertext": ciphertext, **_optional_fields(additional_authenticated_data, key_version)}
        return self._adapter.post(url=self._url("decrypt/{key}", mount_point, key=key), json=params)

    def reencrypt_data(
        self,
        key: str,
        ciphertext: str,
        additional_authenticated_data: Optional[str] = None,
        key_version: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Decrypt and encrypt again with a newer version of the key, without returning the plaintext.

        ``POST /v1/{mount_point}/reencrypt/{key}``

        :param key: the Vault key.
        :param ciphertext: the base64 ciphertext Vault made with this key.
        :param additional_authenticated_data: the data given when encrypting, if any.
        :param key_version: the version to encrypt with (default: the primary one).
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.ciphertext``, ``data.key_version``), or the requests.Response.
        """
        params = {"ciphertext": ciphertext, **_optional_fields(additional_authenticated_data, key_version)}
        return self._adapter.post(url=self._url("reencrypt/{key}", mount_point, key=key), json=params)

    def sign_data(
        self, key: str, digest: str, key_version: int, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Sign a digest with an asymmetric signing key.

        ``POST /v1/{mount_point}/sign/{key}``

        :param key: the Vault key.
        :param digest: the base64 digest, made with the key's own SHA algorithm.
        :param key_version: the crypto key version to sign with.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.signature``, base64), or the requests.Response.
        """
        params = {"digest": digest, "key_version": key_version}
        return self._adapter.post(url=self._url("sign/{key}", mount_point, key=key), json=params)

    def verify_signed_data(
        self, key: str, digest: str, signature: str, key_version: int, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Check a signature of a digest.

        ``POST /v1/{mount_point}/verify/{key}``

        :param key: the Vault key.
        :param digest: the base64 digest that was signed.
        :param signature: the base64 signature.
        :param key_version: the crypto key version that signed.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.valid``), or the requests.Response.
        """
        params = {"digest": digest, "signature": signature, "key_version": key_version}
        return self._adapter.post(url=self._url("verify/{key}", mount_point, key=key), json=params)

    # ---------------------------------------------------------------- shared

    def _key_action(self, template: str, key: str, method: str, mount_point: str) -> VaultResponse:
        """Send the bodiless POST or DELETE of an endpoint Vault serves with either verb."""
        utils.validate_allowed("method", method, KEY_ACTION_METHODS, noun="methods")
        return self._adapter.request(method.lower(), self._url(template, mount_point, key=key))
