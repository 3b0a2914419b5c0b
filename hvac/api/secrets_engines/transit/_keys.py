"""Transit named keys: life cycle, configuration, backup, import and export."""
from typing import Any, Dict, List, Optional, Union

from hvac import exceptions, utils
from hvac.api.secrets_engines.transit._base import (
    _DERIVED_KEY_TYPES, _KEY_DERIVATION_ALGORITHMS, _OAEP_HASH_FUNCTIONS, DEFAULT_MOUNT_POINT, TransitBase,
)
from hvac.api.vault_api_base import VaultResponse
from hvac.constants import transit as transit_constants


#: Key types the servers accept beyond the reference's list (which its error message keeps naming).
_NEWER_KEY_TYPES = (
    "aes128-gcm96", "xchacha20-poly1305", "hmac", "managed_key", "mldsa-44", "mldsa-65", "mldsa-87", "external-key"
)


def _key_source(
    managed_key_name: Optional[str], managed_key_id: Optional[str], external_key_ref: Optional[str]
) -> Dict[str, str]:
    """The fields naming where a key's material lives outside the engine (the ones given)."""
    fields = {"managed_key_name": managed_key_name, "managed_key_id": managed_key_id}
    return utils.remove_nones({**fields, "external_key_ref": external_key_ref})


class Keys(TransitBase[VaultResponse]):
    """Named keys: create, configure, rotate, back up, import, export, delete."""

    # ------------------------------------------------------------------ keys

    def create_key(
        self,
        name: str,
        convergent_encryption: Optional[bool] = None,
        derived: Optional[bool] = None,
        exportable: Optional[bool] = None,
        allow_plaintext_backup: Optional[bool] = None,
        key_type: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        auto_rotate_period: Optional[Union[str, int]] = None,
        *,
        key_size: Optional[int] = None,
        managed_key_name: Optional[str] = None,
        managed_key_id: Optional[str] = None,
        external_key_ref: Optional[str] = None,
    ) -> VaultResponse:
        """Create a named key.

        ``POST /v1/{mount_point}/keys/{name}``

        :param name: the key's name.
        :param convergent_encryption: same plaintext + context gives the same ciphertext; needs ``derived``.
        :param derived: derive a key per request from the ``context`` given with it.
        :param exportable: allow the key to be exported (cannot be undone).
        :param allow_plaintext_backup: allow a plaintext backup of the key (cannot be undone).
        :param key_type: one of ``hvac.constants.transit.ALLOWED_KEY_TYPES`` (Vault defaults to aes256-gcm96),
            or a type the servers added since: ``aes128-gcm96``, ``xchacha20-poly1305``, ``hmac``,
            ``managed_key`` (Vault), ``mldsa-44``, ``mldsa-65``, ``mldsa-87``, ``external-key`` (OpenBao).
        :param mount_point: where the engine is mounted.
        :param auto_rotate_period: how often Vault rotates the key by itself ("0" disables).
        :param key_size: size in bytes of an ``hmac`` key (32 to 512).
        :param managed_key_name: a Vault Enterprise managed key to keep the key in (``managed_key`` type;
            Vault only).
        :param managed_key_id: the same managed key by its UUID (Vault only).
        :param external_key_ref: ``<config>:<key>`` of a key under ``sys/external-keys`` to use
            (OpenBao only).
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for convergent encryption without ``derived``,
            or an unknown ``key_type``, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        if convergent_encryption and not derived:
            raise exceptions.ParamValidationError("derived must be set to True when convergent_encryption is True")
        if key_type not in _NEWER_KEY_TYPES:
            utils.validate_allowed("key_type", key_type, transit_constants.ALLOWED_KEY_TYPES)
        params = utils.remove_nones(
            {
                "convergent_encryption": convergent_encryption,
                "derived": derived,
                "exportable": exportable,
                "allow_plaintext_backup": allow_plaintext_backup,
                "type": key_type,
                "auto_rotate_period": auto_rotate_period,
                "key_size": key_size,
            }
        )
        params.update(_key_source(managed_key_name, managed_key_id, external_key_ref))
        return self._adapter.post(url=self._url("keys/{name}", mount_point, name=name), json=params)

    def read_key(
        self, name: str, mount_point: str = DEFAULT_MOUNT_POINT, *, context: Optional[str] = None
    ) -> VaultResponse:
        """Read a named key's settings and versions (never the key material).

        ``GET /v1/{mount_point}/keys/{name}``

        :param name: the key's name.
        :param mount_point: where the engine is mounted.
        :param context: base64 derivation context: a derived asymmetric key then shows the public
            key derived for it (sent as the ``context`` query parameter).
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        params = utils.remove_nones({"context": context})
        return self._adapter.get(url=self._url("keys/{name}", mount_point, name=name), params=params)

    def list_keys(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the names of the keys.

        ``LIST /v1/{mount_point}/keys``

        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(url=self._url("keys", mount_point))

    def delete_key(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a named key (its configuration must have ``deletion_allowed``).

        ``DELETE /v1/{mount_point}/keys/{name}``

        :param name: the key's name.
        :param mount_point: where the engine is mounted.
        :return: the response of the DELETE (a requests.Response for Vault's usual 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=self._url("keys/{name}", mount_point, name=name))

    def update_key_configuration(
        self,
        name: str,
        min_decryption_version: Optional[int] = None,
        min_encryption_version: Optional[int] = None,
        deletion_allowed: Optional[bool] = None,
        exportable: Optional[bool] = None,
        allow_plaintext_backup: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        auto_rotate_period: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Tune a named key.

        ``POST /v1/{mount_point}/keys/{name}/config``

        :param name: the key's name.
        :param min_decryption_version: oldest version allowed to decrypt, sign-verify...
        :param min_encryption_version: oldest version allowed to encrypt; 0 means the latest.
            Must be 0 or greater than ``min_decryption_version``.
        :param deletion_allowed: whether :meth:`delete_key` may delete the key.
        :param exportable: allow the key to be exported (cannot be undone).
        :param allow_plaintext_backup: allow a plaintext backup of the key (cannot be undone).
        :param mount_point: where the engine is mounted.
        :param auto_rotate_period: how often Vault rotates the key by itself ("0" disables).
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: when the two minimum versions conflict, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        if min_encryption_version is not None and min_decryption_version is not None:
            if min_encryption_version != 0 and min_encryption_version <= min_decryption_version:
                raise exceptions.ParamValidationError("min_encryption_version must be 0 or > min_decryption_version")
        params = utils.remove_nones(
            {
                "min_decryption_version": min_decryption_version,
                "min_encryption_version": min_encryption_version,
                "deletion_allowed": deletion_allowed,
                "exportable": exportable,
                "allow_plaintext_backup": allow_plaintext_backup,
                "auto_rotate_period": auto_rotate_period,
            }
        )
        return self._adapter.post(url=self._url("keys/{name}/config", mount_point, name=name), json=params)

    def rotate_key(
        self,
        name: str,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        managed_key_name: Optional[str] = None,
        managed_key_id: Optional[str] = None,
        external_key_ref: Optional[str] = None,
    ) -> VaultResponse:
        """Add a new version to a named key; new encryptions use it.

        ``POST /v1/{mount_point}/keys/{name}/rotate``

        :param name: the key's name.
        :param mount_point: where the engine is mounted.
        :param managed_key_name: the managed key of the new version (Vault Enterprise only).
        :param managed_key_id: the same managed key by its UUID (Vault Enterprise only).
        :param external_key_ref: ``<config>:<key>`` of the external key of the new version (OpenBao only).
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = _key_source(managed_key_name, managed_key_id, external_key_ref)
        return self._adapter.post(url=self._url("keys/{name}/rotate", mount_point, name=name), json=params or None)

    def export_key(
        self,
        name: str,
        key_type: str,
        version: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Export the material of an exportable key, every version or just one.

        ``GET /v1/{mount_point}/export/{key_type}/{name}(/{version})``

        :param name: the key's name.
        :param key_type: one of ``hvac.constants.transit.ALLOWED_EXPORT_KEY_TYPES``.
        :param version: a version number, or ``"latest"``; omitted, every version is exported.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``key_type``, before a request.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        utils.validate_allowed("key_type", key_type, transit_constants.ALLOWED_EXPORT_KEY_TYPES)
        template = "export/{key_type}/{name}"
        if version is not None:
            template += "/{version}"
        api_path = self._url(template, mount_point, key_type=key_type, name=name, version=version)
        return self._adapter.get(url=api_path)

    def backup_key(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Back up a named key (every version, plus its configuration) as an opaque string.

        ``GET /v1/{mount_point}/backup/{name}``

        :param name: the key's name; it must allow plaintext backups.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.backup``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=self._url("backup/{name}", mount_point, name=name))

    def restore_key(
        self,
        backup: str,
        name: Optional[str] = None,
        force: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Restore a key from a :meth:`backup_key` string.

        ``POST /v1/{mount_point}/restore(/{name})``

        :param backup: the backup string.
        :param name: restore under this name instead of the backed-up one.
        :param force: overwrite an existing key of the same name.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params: Dict[str, Any] = {"backup": backup}
        params.update(utils.remove_nones({"force": force}))
        template = "restore" if name is None else "restore/{name}"
        return self._adapter.post(url=self._url(template, mount_point, name=name), json=params)

    def trim_key(self, name: str, min_version: int, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Permanently remove the key versions older than ``min_version``.

        ``POST /v1/{mount_point}/keys/{name}/trim``

        :param name: the key's name.
        :param min_version: the oldest version to keep (sent as ``min_available_version``); it may not
            be above the key's ``min_decryption_version`` or ``min_encryption_version``.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = {"min_available_version": min_version}
        return self._adapter.post(url=self._url("keys/{name}/trim", mount_point, name=name), json=params)

    # ---------------------------------- key import and BYOK (beyond the reference)

    def read_wrapping_key(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the mount's RSA-4096 public key that wraps keys for :meth:`import_key`.

        ``GET /v1/{mount_point}/wrapping_key``

        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.public_key``, PEM), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=self._url("wrapping_key", mount_point))

    def import_key(
        self,
        name: str,
        ciphertext: Optional[str] = None,
        key_type: Optional[str] = None,
        hash_function: Optional[str] = None,
        public_key: Optional[str] = None,
        allow_rotation: Optional[bool] = None,
        derived: Optional[bool] = None,
        context: Optional[str] = None,
        exportable: Optional[bool] = None,
        allow_plaintext_backup: Optional[bool] = None,
        auto_rotate_period: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a named key from outside key material.

        ``POST /v1/{mount_point}/keys/{name}/import``

        :param name: the new key's name.
        :param ciphertext: base64 of the RSA-OAEP-wrapped ephemeral AES key (see :meth:`read_wrapping_key`)
            followed by the key material wrapped with that AES key (AES-KWP, RFC 5649).
        :param key_type: the key's type, sent as ``type`` (OpenBao's default ``aes256-gcm96``).
        :param hash_function: OAEP hash used for the ephemeral key: ``SHA1``, ``SHA224``, ``SHA256``
            (OpenBao's default), ``SHA384`` or ``SHA512``.
        :param public_key: a PEM public key to import instead (asymmetric types; no ``ciphertext``).
        :param allow_rotation: whether OpenBao may rotate the imported key.
        :param derived: derive a key per request from the ``context`` given with it.
        :param context: base64 key-derivation context.
        :param exportable: allow the key to be exported (cannot be undone).
        :param allow_plaintext_backup: allow a plaintext backup of the key (cannot be undone).
        :param auto_rotate_period: how often OpenBao rotates the key by itself ("0" disables).
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        :raises hvac.exceptions.ParamValidationError: for an unknown ``hash_function``, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("hash_function", hash_function, _OAEP_HASH_FUNCTIONS, noun="values")
        params = utils.remove_nones(
            {
                "ciphertext": ciphertext,
                "type": key_type,
                "hash_function": hash_function,
                "public_key": public_key,
                "allow_rotation": allow_rotation,
                "derived": derived,
                "context": context,
                "exportable": exportable,
                "allow_plaintext_backup": allow_plaintext_backup,
                "auto_rotate_period": auto_rotate_period,
            }
        )
        return self._adapter.post(url=self._url("keys/{name}/import", mount_point, name=name), json=params)

    def import_key_version(
        self,
        name: str,
        ciphertext: Optional[str] = None,
        hash_function: Optional[str] = None,
        public_key: Optional[str] = None,
        version: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Add (or fill in) a version of an imported key from outside key material.

        ``POST /v1/{mount_point}/keys/{name}/import_version``

        :param name: the imported key's name.
        :param ciphertext: the wrapped key material, made as for :meth:`import_key`.
        :param hash_function: OAEP hash used for the ephemeral key (``SHA256`` by default).
        :param public_key: a PEM public key to import instead (asymmetric types).
        :param version: the version to update; omitted, a new version is added.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        :raises hvac.exceptions.ParamValidationError: for an unknown ``hash_function``, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("hash_function", hash_function, _OAEP_HASH_FUNCTIONS, noun="values")
        params = utils.remove_nones(
            {"ciphertext": ciphertext, "hash_function": hash_function, "public_key": public_key, "version": version}
        )
        return self._adapter.post(url=self._url("keys/{name}/import_version", mount_point, name=name), json=params)

    def export_byok_key(
        self,
        destination: str,
        source: str,
        version: Optional[Union[str, int]] = None,
        hash_function: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Export an exportable key wrapped for another transit mount (bring your own key).

        ``GET /v1/{mount_point}/byok-export/{destination}/{source}(/{version})``

        :param destination: the key whose public key wraps the export (e.g. the other mount's
            wrapping key, imported here with :meth:`import_key` and ``public_key``).
        :param source: the exportable key to export.
        :param version: a version number, or ``"latest"``; omitted, every version is exported.
        :param hash_function: OAEP hash, sent as the ``hash`` query parameter (``SHA256`` by default).
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.keys``: version → ciphertext for :meth:`import_key`),
            or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``hash_function``, before a request.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        utils.validate_allowed("hash_function", hash_function, _OAEP_HASH_FUNCTIONS, noun="values")
        template = "byok-export/{destination}/{source}" + ("/{version}" if version is not None else "")
        api_path = self._url(template, mount_point, destination=destination, source=source, version=version)
        return self._adapter.get(url=api_path, params=utils.remove_nones({"hash": hash_function}))

    # ------------------------------------ key lifecycle (beyond the reference)

    def soft_delete_key(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Mark a key deleted: it stays stored but every use is refused until it is restored.

        ``DELETE /v1/{mount_point}/keys/{name}/soft-delete``

        :param name: the key's name.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (the key, ``data.soft_deleted`` true), or the requests.Response.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=self._url("keys/{name}/soft-delete", mount_point, name=name))

    def restore_soft_deleted_key(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Bring back a key that :meth:`soft_delete_key` marked deleted.

        ``POST /v1/{mount_point}/keys/{name}/soft-delete-restore``

        :param name: the key's name.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (the key, ``data.soft_deleted`` false), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=self._url("keys/{name}/soft-delete-restore", mount_point, name=name))

    def generate_csr(
        self,
        name: str,
        csr: Optional[str] = None,
        version: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Have an asymmetric key sign a certificate signing request for its public key.

        ``POST /v1/{mount_point}/keys/{name}/csr``

        :param name: the key's name.
        :param csr: a PEM CSR whose subject and extensions are used as a template; omitted, an empty one.
        :param version: the key version to use; omitted, the latest.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.csr``, PEM), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones({"csr": csr, "version": version})
        return self._adapter.post(url=self._url("keys/{name}/csr", mount_point, name=name), json=params)

    def set_certificate(
        self,
        name: str,
        certificate_chain: str,
        version: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Attach a certificate chain (leaf first) to a version of an asymmetric key.

        ``POST /v1/{mount_point}/keys/{name}/set-certificate``

        :param name: the key's name.
        :param certificate_chain: concatenated PEM certificates, the one for this key first.
        :param version: the key version; omitted, the latest.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones({"certificate_chain": certificate_chain, "version": version})
        return self._adapter.post(url=self._url("keys/{name}/set-certificate", mount_point, name=name), json=params)

    def derive_key(
        self,
        name: str,
        base_key_name: str,
        peer_public_key: str,
        base_key_version: Optional[int] = None,
        derived_key_type: Optional[str] = None,
        key_derivation_algorithm: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a symmetric key by key agreement between an own ECDSA key and a peer's public key.

        ``POST /v1/{mount_point}/derive-key/{name}``

        :param name: the name of the derived key to create.
        :param base_key_name: the own key (its private half takes part in the agreement).
        :param peer_public_key: the other party's PEM public key, on the same curve.
        :param base_key_version: the base key version; omitted, the latest.
        :param derived_key_type: ``aes128-gcm96``, ``aes256-gcm96`` (OpenBao's default),
            ``chacha20-poly1305`` or ``xchacha20-poly1305``.
        :param key_derivation_algorithm: ``ecdh`` (the only one, and the default).
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        :raises hvac.exceptions.ParamValidationError: for an unknown type or algorithm, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("derived_key_type", derived_key_type, _DERIVED_KEY_TYPES)
        utils.validate_allowed("key_derivation_algorithm", key_derivation_algorithm, _KEY_DERIVATION_ALGORITHMS, "values")
        params = utils.remove_nones(
            {
                "base_key_name": base_key_name,
                "peer_public_key": peer_public_key,
                "base_key_version": base_key_version,
                "derived_key_type": derived_key_type,
                "key_derivation_algorithm": key_derivation_algorithm,
            }
        )
        return self._adapter.post(url=self._url("derive-key/{name}", mount_point, name=name), json=params)

    # ---------------------------------- mount configuration (beyond the reference)

    def read_cache_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the size of the mount's key cache.

        ``GET /v1/{mount_point}/cache-config``

        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.size``, 0 for unlimited), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=self._url("cache-config", mount_point))

    def set_cache_configuration(
        self, size: Optional[int] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Set the size of the mount's key cache (it takes effect after the mount is reloaded).

        ``POST /v1/{mount_point}/cache-config``

        :param size: how many keys to cache, 0 (OpenBao's default, no limit) or at least 10.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.size``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=self._url("cache-config", mount_point), json=utils.remove_nones({"size": size}))

    def read_keys_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the mount-wide key settings.

        ``GET /v1/{mount_point}/config/keys``

        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.disable_upsert``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=self._url("config/keys", mount_point))

    def set_keys_configuration(
        self, disable_upsert: Optional[bool] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Set the mount-wide key settings.

        ``POST /v1/{mount_point}/config/keys``

        :param disable_upsert: when true, encrypting with a missing key fails instead of creating it.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.disable_upsert``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones({"disable_upsert": disable_upsert})
        return self._adapter.post(url=self._url("config/keys", mount_point), json=params)
