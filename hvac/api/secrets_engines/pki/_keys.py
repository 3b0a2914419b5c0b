"""Keys: generating, importing, naming and choosing the default one."""
from typing import Any, Optional

from hvac import utils
from hvac.api.secrets_engines.pki._base import DEFAULT_MOUNT_POINT, PkiBase
from hvac.api.vault_api_base import VaultResponse


class PkiKeys(PkiBase[VaultResponse]):
    """The key part of :class:`~hvac.api.secrets_engines.pki.Pki`."""

    def _generate_key(self, kind: str, mount_point: str, **fields: Any) -> VaultResponse:
        return self._adapter.post(url=self._url("keys/generate/" + kind, mount_point), json=utils.remove_nones(fields))

    def list_keys(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the keys of the mount.

        ``LIST /v1/{mount_point}/keys``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.keys``, ``data.key_info``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("keys", mount_point))

    def read_key(self, key_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read one key's details (never its private part).

        ``GET /v1/{mount_point}/key/{key_ref}``

        :param key_ref: the key's ID or name, or ``default``.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.key_id``, ``data.key_name``, ``data.key_type``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("key/{key_ref}", mount_point, key_ref=key_ref))

    def update_key(self, key_ref: str, key_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Rename a key.

        ``POST /v1/{mount_point}/key/{key_ref}``

        :param key_ref: the key's ID or name, or ``default``.
        :param key_name: the new name.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        url = self._url("key/{key_ref}", mount_point, key_ref=key_ref)
        return self._adapter.post(url=url, json={"key_name": key_name})

    def delete_key(self, key_ref: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a key (refused while an issuer uses it).

        ``DELETE /v1/{mount_point}/key/{key_ref}``

        :param key_ref: the key's ID or name.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url("key/{key_ref}", mount_point, key_ref=key_ref))

    def generate_internal_key(
        self,
        key_type: Optional[str] = None,
        key_bits: Optional[int] = None,
        key_name: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Generate a key that never leaves the engine.

        ``POST /v1/{mount_point}/keys/generate/internal``

        :param key_type: ``rsa`` (OpenBao's default), ``ec``, ``ed25519`` …
        :param key_bits: the size (0 for the type's default).
        :param key_name: a name for the key.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.key_id``, ``data.key_name``, ``data.key_type``), or the requests.Response.
        """
        return self._generate_key("internal", mount_point, key_type=key_type, key_bits=key_bits, key_name=key_name)

    def generate_exported_key(
        self,
        key_type: Optional[str] = None,
        key_bits: Optional[int] = None,
        key_name: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Generate a key and return its private part (this once only).

        ``POST /v1/{mount_point}/keys/generate/exported``

        :param key_type: ``rsa`` (OpenBao's default), ``ec``, ``ed25519`` …
        :param key_bits: the size (0 for the type's default).
        :param key_name: a name for the key.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.key_id``, ``data.private_key`` …), or the requests.Response.
        """
        return self._generate_key("exported", mount_point, key_type=key_type, key_bits=key_bits, key_name=key_name)

    def generate_kms_key(
        self,
        external_key_ref: Optional[str] = None,
        key_type: Optional[str] = None,
        key_bits: Optional[int] = None,
        key_name: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        managed_key_id: Optional[str] = None,
        managed_key_name: Optional[str] = None,
    ) -> VaultResponse:
        """Register a key held by an external key store: OpenBao's (under ``sys/external-keys``) or
        Vault's managed keys.

        ``POST /v1/{mount_point}/keys/generate/kms``

        :param external_key_ref: OpenBao: ``<config name>:<key name>`` of the external key.
        :param key_type: ``rsa``, ``ec``, ``ed25519`` …
        :param key_bits: the size (0 for the type's default).
        :param key_name: a name for the key.
        :param mount_point: where the PKI engine is mounted.
        :param managed_key_id: Vault (Enterprise): the managed key's ID (or give ``managed_key_name``).
        :param managed_key_name: Vault (Enterprise): the managed key's name.
        :return: the decoded response (``data.key_id`` …), or the requests.Response.
        """
        fields = {"key_type": key_type, "key_bits": key_bits, "key_name": key_name}
        managed = {"managed_key_id": managed_key_id, "managed_key_name": managed_key_name}
        return self._generate_key("kms", mount_point, external_key_ref=external_key_ref, **fields, **managed)

    def import_key(
        self, pem_bundle: str, key_name: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Import a private key.

        ``POST /v1/{mount_point}/keys/import``

        :param pem_bundle: the unencrypted private key, PEM.
        :param key_name: a name for the key.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.key_id``, ``data.key_name``), or the requests.Response.
        """
        body = utils.remove_nones({"pem_bundle": pem_bundle, "key_name": key_name})
        return self._adapter.post(url=self._url("keys/import", mount_point), json=body)

    def read_keys_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read which key is the default one.

        ``GET /v1/{mount_point}/config/keys``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.default``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/keys", mount_point))

    def set_keys_configuration(self, default: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Choose the default key.

        ``POST /v1/{mount_point}/config/keys``

        :param default: the key's ID or name.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.default``), or the requests.Response.
        """
        return self._adapter.post(url=self._url("config/keys", mount_point), json={"default": default})
