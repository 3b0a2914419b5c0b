"""Transit secrets engine: encryption, signing, hashing and HMAC as a service, with named keys
that Vault keeps and rotates."""
from typing import Any, Dict, List, Optional, Union

from hvac import exceptions, utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse
from hvac.constants import transit as transit_constants

DEFAULT_MOUNT_POINT = "transit"

_BatchInput = List[Dict[str, Any]]


def _validate_signature_options(
    hash_algorithm: Optional[str],
    signature_algorithm: Optional[str],
    marshaling_algorithm: Optional[str],
    salt_length: Optional[Union[str, int]],
) -> None:
    """Check the options shared by :meth:`Transit.sign_data` and :meth:`Transit.verify_signed_data`."""
    utils.validate_allowed("hash_algorithm", hash_algorithm, transit_constants.ALLOWED_HASH_DATA_ALGORITHMS)
    utils.validate_allowed("signature_algorithm", signature_algorithm, transit_constants.ALLOWED_SIGNATURE_ALGORITHMS)
    utils.validate_allowed(
        "marshaling_algorithm", marshaling_algorithm, transit_constants.ALLOWED_MARSHALING_ALGORITHMS
    )
    pattern = transit_constants.ALLOWED_SALT_LENGTHS
    if salt_length is not None and not pattern.fullmatch(str(salt_length)):
        raise exceptions.ParamValidationError(
            f'invalid salt_length argument provided "{salt_length}", supported types: "{pattern.pattern}"'
        )


# Value sets OpenBao documents for the endpoints beyond the reference (its lists are longer than
# the reference's constants, which stay as they are for the reference's methods).
_URL_HASH_ALGORITHMS = tuple(f"sha{family}-{bits}" for family in (2, 3) for bits in (224, 256, 384, 512))
_URL_SIGNATURE_HASH_ALGORITHMS = ("sha1", *_URL_HASH_ALGORITHMS, "mldsa-mu", "none")
_OAEP_HASH_FUNCTIONS = ("SHA1", "SHA224", "SHA256", "SHA384", "SHA512")
_DERIVED_KEY_TYPES = ("aes128-gcm96", "aes256-gcm96", "chacha20-poly1305", "xchacha20-poly1305")
_KEY_DERIVATION_ALGORITHMS = ("ecdh",)
_RANDOM_SOURCES = ("platform", "seal", "all")


def _signature_options(
    context: Optional[str],
    prehashed: Optional[bool],
    signature_algorithm: Optional[str],
    marshaling_algorithm: Optional[str],
    salt_length: Optional[Union[str, int]],
) -> Dict[str, Any]:
    """Validate the options the URL forms of signing and verifying share; return those set."""
    _validate_signature_options(None, signature_algorithm, marshaling_algorithm, salt_length)
    return utils.remove_nones(
        {
            "context": context,
            "prehashed": prehashed,
            "signature_algorithm": signature_algorithm,
            "marshaling_algorithm": marshaling_algorithm,
            "salt_length": salt_length,
        }
    )


class Transit(VaultApiBase[VaultResponse]):
    """Transit secrets engine (encryption as a service)."""

    def _url(self, template: str, mount_point: str, **kwargs: Any) -> str:
        return utils.format_url("/v1/{mount_point}/" + template, mount_point=mount_point, **kwargs)

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
    ) -> VaultResponse:
        """Create a named key.

        ``POST /v1/{mount_point}/keys/{name}``

        :param name: the key's name.
        :param convergent_encryption: same plaintext + context gives the same ciphertext; needs ``derived``.
        :param derived: derive a key per request from the ``context`` given with it.
        :param exportable: allow the key to be exported (cannot be undone).
        :param allow_plaintext_backup: allow a plaintext backup of the key (cannot be undone).
        :param key_type: one of ``hvac.constants.transit.ALLOWED_KEY_TYPES`` (Vault defaults to aes256-gcm96).
        :param mount_point: where the engine is mounted.
        :param auto_rotate_period: how often Vault rotates the key by itself ("0" disables).
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for convergent encryption without ``derived``,
            or an unknown ``key_type``, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        if convergent_encryption and not derived:
            raise exceptions.ParamValidationError("derived must be set to True when convergent_encryption is True")
        utils.validate_allowed("key_type", key_type, transit_constants.ALLOWED_KEY_TYPES)
        params = utils.remove_nones(
            {
                "convergent_encryption": convergent_encryption,
                "derived": derived,
                "exportable": exportable,
                "allow_plaintext_backup": allow_plaintext_backup,
                "type": key_type,
                "auto_rotate_period": auto_rotate_period,
            }
        )
        return self._adapter.post(url=self._url("keys/{name}", mount_point, name=name), json=params)

    def read_key(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a named key's settings and versions (never the key material).

        ``GET /v1/{mount_point}/keys/{name}``

        :param name: the key's name.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=self._url("keys/{name}", mount_point, name=name))

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

    def rotate_key(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Add a new version to a named key; new encryptions use it.

        ``POST /v1/{mount_point}/keys/{name}/rotate``

        :param name: the key's name.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=self._url("keys/{name}/rotate", mount_point, name=name))

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

    # ----------------------------------------------------------- encryption

    def encrypt_data(
        self,
        name: str,
        plaintext: Optional[str] = None,
        context: Optional[str] = None,
        key_version: Optional[int] = None,
        nonce: Optional[str] = None,
        batch_input: Optional[_BatchInput] = None,
        type: Optional[str] = None,
        convergent_encryption: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        associated_data: Optional[str] = None,
    ) -> VaultResponse:
        """Encrypt base64 plaintext with the named key (Vault creates the key when it does not exist).

        ``POST /v1/{mount_point}/encrypt/{name}``

        :param name: the key to use.
        :param plaintext: base64-encoded data; required unless ``batch_input`` is given.
        :param context: base64 key-derivation context (derived keys).
        :param key_version: encrypt with this version instead of the latest.
        :param nonce: base64 nonce (convergent encryption of old keys only).
        :param batch_input: a list of ``{"plaintext": ..., "context": ...}`` items, encrypted in one call.
        :param type: the key type to create when the key does not exist yet.
        :param convergent_encryption: with ``type``, create the key with convergent encryption.
        :param mount_point: where the engine is mounted.
        :param associated_data: base64 data authenticated with AEAD keys but not encrypted.
        :return: the decoded response (``data.ciphertext`` or ``data.batch_results``), or the requests.Response.
        :raises ValueError: when neither ``plaintext`` nor ``batch_input`` is given.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        if plaintext is None and batch_input is None:
            raise ValueError("plaintext must be specified unless batch_input is set")
        params: Dict[str, Any] = {"plaintext": plaintext}
        params.update(
            utils.remove_nones(
                {
                    "context": context,
                    "key_version": key_version,
                    "nonce": nonce,
                    "batch_input": batch_input,
                    "type": type,
                    "convergent_encryption": convergent_encryption,
                    "associated_data": associated_data,
                }
            )
        )
        return self._adapter.post(url=self._url("encrypt/{name}", mount_point, name=name), json=params)

    def decrypt_data(
        self,
        name: str,
        ciphertext: Optional[str] = None,
        context: Optional[str] = None,
        nonce: Optional[str] = None,
        batch_input: Optional[_BatchInput] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        associated_data: Optional[str] = None,
    ) -> VaultResponse:
        """Decrypt a ``vault:vN:...`` ciphertext with the named key.

        ``POST /v1/{mount_point}/decrypt/{name}``

        :param name: the key to use.
        :param ciphertext: the ciphertext; unneeded with ``batch_input``.
        :param context: base64 key-derivation context (derived keys).
        :param nonce: base64 nonce (convergent encryption of old keys only).
        :param batch_input: a list of ``{"ciphertext": ..., "context": ...}`` items, decrypted in one call.
        :param mount_point: where the engine is mounted.
        :param associated_data: the base64 associated data given at encryption.
        :return: the decoded response (``data.plaintext``, base64, or ``data.batch_results``), or the requests.Response.
        :raises ValueError: when neither ``ciphertext`` nor ``batch_input`` is given, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        if ciphertext is None and batch_input is None:
            raise ValueError("ciphertext must be specified unless batch_input is set")
        params: Dict[str, Any] = {"ciphertext": ciphertext}
        params.update(
            utils.remove_nones(
                {"context": context, "nonce": nonce, "batch_input": batch_input, "associated_data": associated_data}
            )
        )
        return self._adapter.post(url=self._url("decrypt/{name}", mount_point, name=name), json=params)

    def rewrap_data(
        self,
        name: str,
        ciphertext: str,
        context: Optional[str] = None,
        key_version: Optional[int] = None,
        nonce: Optional[str] = None,
        batch_input: Optional[_BatchInput] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Re-encrypt a ciphertext with the latest (or given) key version, without revealing the plaintext.

        ``POST /v1/{mount_point}/rewrap/{name}``

        :param name: the key to use.
        :param ciphertext: the ciphertext to rewrap.
        :param context: base64 key-derivation context (derived keys).
        :param key_version: rewrap to this version instead of the latest.
        :param nonce: base64 nonce (convergent encryption of old keys only).
        :param batch_input: a list of ``{"ciphertext": ..., "context": ...}`` items, rewrapped in one call.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.ciphertext`` or ``data.batch_results``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params: Dict[str, Any] = {"ciphertext": ciphertext}
        params.update(
            utils.remove_nones(
                {"context": context, "key_version": key_version, "nonce": nonce, "batch_input": batch_input}
            )
        )
        return self._adapter.post(url=self._url("rewrap/{name}", mount_point, name=name), json=params)

    def generate_data_key(
        self,
        name: str,
        key_type: str,
        context: Optional[str] = None,
        nonce: Optional[str] = None,
        bits: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Generate a fresh data key, returned encrypted by the named key (and in plaintext unless ``wrapped``).

        ``POST /v1/{mount_point}/datakey/{key_type}/{name}``

        :param name: the key that encrypts the data key.
        :param key_type: ``plaintext`` (the plaintext is returned too) or ``wrapped`` (ciphertext only).
        :param context: base64 key-derivation context (derived keys).
        :param nonce: base64 nonce (convergent encryption of old keys only).
        :param bits: the data key's size: 128, 256 or 512.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.ciphertext``, ``data.plaintext``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``key_type`` or ``bits``, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("key_type", key_type, transit_constants.ALLOWED_DATA_KEY_TYPES)
        utils.validate_allowed("bits", bits, transit_constants.ALLOWED_DATA_KEY_BITS, noun="values")
        params = utils.remove_nones({"context": context, "nonce": nonce, "bits": bits})
        api_path = self._url("datakey/{key_type}/{name}", mount_point, key_type=key_type, name=name)
        return self._adapter.post(url=api_path, json=params)

    # ------------------------------------------------------ hashing, signing

    def generate_random_bytes(
        self, n_bytes: Optional[int] = None, output_format: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Return random bytes from Vault's entropy source.

        ``POST /v1/{mount_point}/random``

        :param n_bytes: how many bytes (Vault's default is 32).
        :param output_format: ``base64`` (Vault's default) or ``hex``.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.random_bytes``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones({"bytes": n_bytes, "format": output_format})
        return self._adapter.post(url=self._url("random", mount_point), json=params)

    def hash_data(
        self,
        hash_input: str,
        algorithm: Optional[str] = None,
        output_format: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Hash base64 data (no key involved).

        ``POST /v1/{mount_point}/hash``

        :param hash_input: base64-encoded data.
        :param algorithm: one of ``hvac.constants.transit.ALLOWED_HASH_DATA_ALGORITHMS`` (Vault's default sha2-256).
        :param output_format: ``hex`` (Vault's default) or ``base64``.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.sum``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``algorithm`` or ``output_format``.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("algorithm", algorithm, transit_constants.ALLOWED_HASH_DATA_ALGORITHMS)
        utils.validate_allowed("output_format", output_format, transit_constants.ALLOWED_HASH_DATA_FORMATS)
        params: Dict[str, Any] = {"input": hash_input}
        params.update(utils.remove_nones({"algorithm": algorithm, "format": output_format}))
        return self._adapter.post(url=self._url("hash", mount_point), json=params)

    def generate_hmac(
        self,
        name: str,
        hash_input: str,
        key_version: Optional[int] = None,
        algorithm: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Compute the HMAC of base64 data with the named key.

        ``POST /v1/{mount_point}/hmac/{name}``

        :param name: the key to use.
        :param hash_input: base64-encoded data.
        :param key_version: use this version instead of the latest.
        :param algorithm: one of ``hvac.constants.transit.ALLOWED_HASH_DATA_ALGORITHMS`` (Vault's default sha2-256).
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.hmac``, ``vault:vN:...``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``algorithm``, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("algorithm", algorithm, transit_constants.ALLOWED_HASH_DATA_ALGORITHMS)
        params: Dict[str, Any] = {"input": hash_input}
        params.update(utils.remove_nones({"key_version": key_version, "algorithm": algorithm}))
        return self._adapter.post(url=self._url("hmac/{name}", mount_point, name=name), json=params)

    def sign_data(
        self,
        name: str,
        hash_input: Optional[str] = None,
        key_version: Optional[int] = None,
        hash_algorithm: Optional[str] = None,
        context: Optional[str] = None,
        prehashed: Optional[bool] = None,
        signature_algorithm: Optional[str] = None,
        marshaling_algorithm: Optional[str] = None,
        salt_length: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        batch_input: Optional[_BatchInput] = None,
    ) -> VaultResponse:
        """Sign base64 data with the named (asymmetric) key.

        ``POST /v1/{mount_point}/sign/{name}``

        :param name: the key to use.
        :param hash_input: base64-encoded data; exactly one of ``hash_input`` and ``batch_input``.
        :param key_version: sign with this version instead of the latest.
        :param hash_algorithm: one of ``hvac.constants.transit.ALLOWED_HASH_DATA_ALGORITHMS``.
        :param context: base64 key-derivation context (derived ed25519 keys).
        :param prehashed: ``hash_input`` is already a digest.
        :param signature_algorithm: RSA keys: ``pss`` or ``pkcs1v15``.
        :param marshaling_algorithm: ECDSA keys: ``asn1`` or ``jws``.
        :param salt_length: RSA-PSS salt length: ``auto``, ``hash`` or a number of bytes.
        :param mount_point: where the engine is mounted.
        :param batch_input: a list of ``{"input": ..., "context": ...}`` items, signed in one call.
        :return: the decoded response (``data.signature`` or ``data.batch_results``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown option value, or when not exactly
            one of ``hash_input`` and ``batch_input`` is given, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        _validate_signature_options(hash_algorithm, signature_algorithm, marshaling_algorithm, salt_length)
        if hash_input is None and batch_input is None:
            raise exceptions.ParamValidationError(
                "Invalid parameter combination: Please provide only one of the following parameters: "
                "'hash_input' or 'batch_input'."
            )
        if hash_input is not None and batch_input is not None:
            raise exceptions.ParamValidationError(
                "Invalid parameter combination: 'hash_input' or 'batch_input' should be provided, not both."
            )
        # "input" is always sent, null with batch_input, as the reference sends it.
        params: Dict[str, Any] = {"input": hash_input}
        params.update(
            utils.remove_nones(
                {
                    "batch_input": batch_input,
                    "key_version": key_version,
                    "hash_algorithm": hash_algorithm,
                    "context": context,
                    "prehashed": prehashed,
                    "signature_algorithm": signature_algorithm,
                    "marshaling_algorithm": marshaling_algorithm,
                    "salt_length": salt_length,
                }
            )
        )
        return self._adapter.post(url=self._url("sign/{name}", mount_point, name=name), json=params)

    def verify_signed_data(
        self,
        name: str,
        hash_input: str,
        signature: Optional[str] = None,
        hmac: Optional[str] = None,
        hash_algorithm: Optional[str] = None,
        context: Optional[str] = None,
        prehashed: Optional[bool] = None,
        signature_algorithm: Optional[str] = None,
        salt_length: Optional[Union[str, int]] = None,
        marshaling_algorithm: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Check a signature (or an HMAC) of base64 data against the named key.

        ``POST /v1/{mount_point}/verify/{name}`` (the body carries ``name`` too, as the reference sends it)

        :param name: the key to use.
        :param hash_input: base64-encoded data.
        :param signature: a ``vault:vN:...`` signature from :meth:`sign_data`; exactly one of
            ``signature`` and ``hmac``.
        :param hmac: a ``vault:vN:...`` HMAC from :meth:`generate_hmac`.
        :param hash_algorithm: one of ``hvac.constants.transit.ALLOWED_HASH_DATA_ALGORITHMS``.
        :param context: base64 key-derivation context (derived ed25519 keys).
        :param prehashed: ``hash_input`` is already a digest.
        :param signature_algorithm: RSA keys: ``pss`` or ``pkcs1v15``.
        :param salt_length: RSA-PSS salt length: ``auto``, ``hash`` or a number of bytes.
        :param marshaling_algorithm: ECDSA keys: ``asn1`` or ``jws``.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.valid``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: when not exactly one of ``signature`` and ``hmac``
            is given, or for an unknown option value, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        if (signature is None) == (hmac is None):
            raise exceptions.ParamValidationError(
                'either "signature" or "hmac" argument (but not both) must be provided to verify signature'
            )
        _validate_signature_options(hash_algorithm, signature_algorithm, marshaling_algorithm, salt_length)
        params: Dict[str, Any] = {"name": name, "input": hash_input}
        params.update(
            utils.remove_nones(
                {
                    "signature": signature,
                    "hmac": hmac,
                    "hash_algorithm": hash_algorithm,
                    "context": context,
                    "prehashed": prehashed,
                    "signature_algorithm": signature_algorithm,
                    "salt_length": salt_length,
                    "marshaling_algorithm": marshaling_algorithm,
                }
            )
        )
        return self._adapter.post(url=self._url("verify/{name}", mount_point, name=name), json=params)

    # ------------------------------------------ URL forms (beyond the reference)

    def hash_data_url_form(
        self,
        url_algorithm: str,
        hash_input: str,
        output_format: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """URL form of :meth:`hash_data`: the algorithm is the last segment of the path.

        ``POST /v1/{mount_point}/hash/{url_algorithm}``

        :param url_algorithm: ``sha2-224`` … ``sha2-512`` or ``sha3-224`` … ``sha3-512``.
        :param hash_input: base64-encoded data.
        :param output_format: ``hex`` (OpenBao's default) or ``base64``.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.sum``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown algorithm or format, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("url_algorithm", url_algorithm, _URL_HASH_ALGORITHMS)
        utils.validate_allowed("output_format", output_format, transit_constants.ALLOWED_HASH_DATA_FORMATS)
        params = utils.remove_nones({"input": hash_input, "format": output_format})
        api_path = self._url("hash/{url_algorithm}", mount_point, url_algorithm=url_algorithm)
        return self._adapter.post(url=api_path, json=params)

    def generate_hmac_url_form(
        self,
        name: str,
        url_algorithm: str,
        hash_input: Optional[str] = None,
        key_version: Optional[int] = None,
        batch_input: Optional[_BatchInput] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """URL form of :meth:`generate_hmac`: the algorithm is the last segment of the path.

        ``POST /v1/{mount_point}/hmac/{name}/{url_algorithm}``

        :param name: the key to use.
        :param url_algorithm: ``sha2-224`` … ``sha2-512`` or ``sha3-224`` … ``sha3-512``.
        :param hash_input: base64-encoded data (ignored with ``batch_input``).
        :param key_version: use this version instead of the latest.
        :param batch_input: a list of ``{"input": ...}`` items, each given its own HMAC.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.hmac`` or ``data.batch_results``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown algorithm, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("url_algorithm", url_algorithm, _URL_HASH_ALGORITHMS)
        params = utils.remove_nones({"input": hash_input, "key_version": key_version, "batch_input": batch_input})
        api_path = self._url("hmac/{name}/{url_algorithm}", mount_point, name=name, url_algorithm=url_algorithm)
        return self._adapter.post(url=api_path, json=params)

    def sign_data_url_form(
        self,
        name: str,
        url_algorithm: str,
        hash_input: Optional[str] = None,
        key_version: Optional[int] = None,
        context: Optional[str] = None,
        prehashed: Optional[bool] = None,
        signature_algorithm: Optional[str] = None,
        marshaling_algorithm: Optional[str] = None,
        salt_length: Optional[Union[str, int]] = None,
        batch_input: Optional[_BatchInput] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """URL form of :meth:`sign_data`: the hash algorithm is the last segment of the path.

        ``POST /v1/{mount_point}/sign/{name}/{url_algorithm}``

        :param name: the key to use.
        :param url_algorithm: ``sha1``, ``sha2-*``, ``sha3-*``, ``mldsa-mu`` or ``none``.
        :param hash_input: base64-encoded data (ignored with ``batch_input``).
        :param key_version: sign with this version instead of the latest.
        :param context: base64 key-derivation context (derived ed25519 keys).
        :param prehashed: ``hash_input`` is already a digest.
        :param signature_algorithm: RSA keys: ``pss`` or ``pkcs1v15``.
        :param marshaling_algorithm: ECDSA keys: ``asn1`` or ``jws``.
        :param salt_length: RSA-PSS salt length: ``auto``, ``hash`` or a number of bytes.
        :param batch_input: a list of ``{"input": ..., "context": ...}`` items, signed in one call.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.signature`` or ``data.batch_results``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown option value, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("url_algorithm", url_algorithm, _URL_SIGNATURE_HASH_ALGORITHMS)
        params = utils.remove_nones({"input": hash_input, "key_version": key_version, "batch_input": batch_input})
        params.update(_signature_options(context, prehashed, signature_algorithm, marshaling_algorithm, salt_length))
        api_path = self._url("sign/{name}/{url_algorithm}", mount_point, name=name, url_algorithm=url_algorithm)
        return self._adapter.post(url=api_path, json=params)

    def verify_signed_data_url_form(
        self,
        name: str,
        url_algorithm: str,
        hash_input: Optional[str] = None,
        signature: Optional[str] = None,
        hmac: Optional[str] = None,
        context: Optional[str] = None,
        prehashed: Optional[bool] = None,
        signature_algorithm: Optional[str] = None,
        marshaling_algorithm: Optional[str] = None,
        salt_length: Optional[Union[str, int]] = None,
        batch_input: Optional[_BatchInput] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """URL form of :meth:`verify_signed_data`: the hash algorithm is the last segment of the path.

        ``POST /v1/{mount_point}/verify/{name}/{url_algorithm}``

        :param name: the key to use.
        :param url_algorithm: ``sha1``, ``sha2-*``, ``sha3-*``, ``mldsa-mu`` or ``none``.
        :param hash_input: base64-encoded data (ignored with ``batch_input``).
        :param signature: a ``vault:vN:...`` signature to check.
        :param hmac: a ``vault:vN:...`` HMAC to check (instead of ``signature``).
        :param context: base64 key-derivation context (derived ed25519 keys).
        :param prehashed: ``hash_input`` is already a digest.
        :param signature_algorithm: RSA keys: ``pss`` or ``pkcs1v15``.
        :param marshaling_algorithm: ECDSA keys: ``asn1`` or ``jws``.
        :param salt_length: RSA-PSS salt length: ``auto``, ``hash`` or a number of bytes.
        :param batch_input: a list of ``{"input": ..., "signature": ...}`` items, checked in one call.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.valid`` or ``data.batch_results``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown option value, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("url_algorithm", url_algorithm, _URL_SIGNATURE_HASH_ALGORITHMS)
        params = utils.remove_nones(
            {"input": hash_input, "signature": signature, "hmac": hmac, "batch_input": batch_input}
        )
        params.update(_signature_options(context, prehashed, signature_algorithm, marshaling_algorithm, salt_length))
        api_path = self._url("verify/{name}/{url_algorithm}", mount_point, name=name, url_algorithm=url_algorithm)
        return self._adapter.post(url=api_path, json=params)

    def generate_random_bytes_url_form(
        self,
        source: Optional[str],
        n_bytes: Optional[int] = None,
        output_format: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """URL form of :meth:`generate_random_bytes`: the source and the byte count are path segments.

        ``POST /v1/{mount_point}/random(/{source})(/{n_bytes})``

        :param source: ``platform``, ``seal`` or ``all``; ``None`` leaves it out of the path
            (OpenBao then uses ``platform``).
        :param n_bytes: how many bytes; omitted, OpenBao's default of 32.
        :param output_format: ``base64`` (OpenBao's default) or ``hex``.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.random_bytes``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown source or format, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("source", source, _RANDOM_SOURCES, noun="values")
        utils.validate_allowed("output_format", output_format, transit_constants.ALLOWED_HASH_DATA_FORMATS)
        template = "random" + ("/{source}" if source is not None else "")
        template += "/{n_bytes}" if n_bytes is not None else ""
        api_path = self._url(template, mount_point, source=source, n_bytes=n_bytes)
        return self._adapter.post(url=api_path, json=utils.remove_nones({"format": output_format}))

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
