"""Transit operations on data: encryption, data keys, random bytes, hashing, HMAC, signatures."""
from typing import Any, Dict, Optional, Union

from hvac import exceptions, utils
from hvac.api.secrets_engines.transit._base import (
    _RANDOM_SOURCES, _URL_HASH_ALGORITHMS, _URL_SIGNATURE_HASH_ALGORITHMS, DEFAULT_MOUNT_POINT, TransitBase,
    _BatchInput, _signature_options, _validate_signature_options,
)
from hvac.api.vault_api_base import VaultResponse
from hvac.constants import transit as transit_constants


class Crypto(TransitBase[VaultResponse]):
    """Operations on data with the named keys (and without: hashing, random bytes)."""

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
        *,
        partial_failure_response_code: Optional[int] = None,
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
        :param partial_failure_response_code: the HTTP status to answer when only some batch items fail
            (instead of 400), e.g. 207.
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
                    "partial_failure_response_code": partial_failure_response_code,
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
        *,
        partial_failure_response_code: Optional[int] = None,
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
        :param partial_failure_response_code: the HTTP status to answer when only some batch items fail
            (instead of 400), e.g. 207.
        :return: the decoded response (``data.plaintext``, base64, or ``data.batch_results``), or the requests.Response.
        :raises ValueError: when neither ``ciphertext`` nor ``batch_input`` is given, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        if ciphertext is None and batch_input is None:
            raise ValueError("ciphertext must be specified unless batch_input is set")
        params: Dict[str, Any] = {"ciphertext": ciphertext}
        options: Dict[str, Any] = {"context": context, "nonce": nonce, "batch_input": batch_input}
        options.update(associated_data=associated_data, partial_failure_response_code=partial_failure_response_code)
        params.update(utils.remove_nones(options))
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
        *,
        key_version: Optional[int] = None,
        associated_data: Optional[str] = None,
    ) -> VaultResponse:
        """Generate a fresh data key, returned encrypted by the named key (and in plaintext unless ``wrapped``).

        ``POST /v1/{mount_point}/datakey/{key_type}/{name}``

        :param name: the key that encrypts the data key.
        :param key_type: ``plaintext`` (the plaintext is returned too) or ``wrapped`` (ciphertext only).
        :param context: base64 key-derivation context (derived keys).
        :param nonce: base64 nonce (convergent encryption of old keys only).
        :param bits: the data key's size: 128, 256 or 512.
        :param mount_point: where the engine is mounted.
        :param key_version: encrypt the data key with this version of the named key instead of the latest.
        :param associated_data: base64 data authenticated with AEAD keys but not encrypted (OpenBao only).
        :return: the decoded response (``data.ciphertext``, ``data.plaintext``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``key_type`` or ``bits``, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("key_type", key_type, transit_constants.ALLOWED_DATA_KEY_TYPES)
        utils.validate_allowed("bits", bits, transit_constants.ALLOWED_DATA_KEY_BITS, noun="values")
        params = utils.remove_nones({"context": context, "nonce": nonce, "bits": bits, "key_version": key_version})
        params.update(utils.remove_nones({"associated_data": associated_data}))
        api_path = self._url("datakey/{key_type}/{name}", mount_point, key_type=key_type, name=name)
        return self._adapter.post(url=api_path, json=params)

    # ------------------------------------------------------ hashing, signing

    def generate_random_bytes(
        self,
        n_bytes: Optional[int] = None,
        output_format: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        source: Optional[str] = None,
    ) -> VaultResponse:
        """Return random bytes from Vault's entropy source.

        ``POST /v1/{mount_point}/random`` (``/random/{source}`` with ``source``)

        :param n_bytes: how many bytes (Vault's default is 32).
        :param output_format: ``base64`` (Vault's default) or ``hex``.
        :param mount_point: where the engine is mounted.
        :param source: ``platform`` (the default), ``seal`` or ``all``: where the entropy comes from.
        :return: the decoded response (``data.random_bytes``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("source", source, _RANDOM_SOURCES, noun="values")
        params = utils.remove_nones({"bytes": n_bytes, "format": output_format})
        template = "random" if source is None else "random/{source}"
        return self._adapter.post(url=self._url(template, mount_point, source=source), json=params)

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
        hash_input: Optional[str],
        key_version: Optional[int] = None,
        algorithm: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        batch_input: Optional[_BatchInput] = None,
    ) -> VaultResponse:
        """Compute the HMAC of base64 data with the named key.

        ``POST /v1/{mount_point}/hmac/{name}``

        :param name: the key to use.
        :param hash_input: base64-encoded data (``None`` with ``batch_input``: it is always sent, as hvac does).
        :param key_version: use this version instead of the latest.
        :param algorithm: one of ``hvac.constants.transit.ALLOWED_HASH_DATA_ALGORITHMS`` (Vault's default sha2-256).
        :param mount_point: where the engine is mounted.
        :param batch_input: a list of ``{"input": ...}`` items, each given its own HMAC (``hash_input`` is
            then ignored).
        :return: the decoded response (``data.hmac``, ``vault:vN:...``, or ``data.batch_results``), or the
            requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``algorithm``, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("algorithm", algorithm, transit_constants.ALLOWED_HASH_DATA_ALGORITHMS)
        params: Dict[str, Any] = {"input": hash_input}
        options = {"key_version": key_version, "algorithm": algorithm, "batch_input": batch_input}
        params.update(utils.remove_nones(options))
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
        *,
        algorithm: Optional[str] = None,
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
        :param algorithm: the older name of ``hash_algorithm``, which wins when both are given (deprecated
            by both servers; sent unchecked, for servers that still expect it).
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
                    "algorithm": algorithm,
                }
            )
        )
        return self._adapter.post(url=self._url("sign/{name}", mount_point, name=name), json=params)

    def verify_signed_data(
        self,
        name: str,
        hash_input: Optional[str],
        signature: Optional[str] = None,
        hmac: Optional[str] = None,
        hash_algorithm: Optional[str] = None,
        context: Optional[str] = None,
        prehashed: Optional[bool] = None,
        signature_algorithm: Optional[str] = None,
        salt_length: Optional[Union[str, int]] = None,
        marshaling_algorithm: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        batch_input: Optional[_BatchInput] = None,
        algorithm: Optional[str] = None,
    ) -> VaultResponse:
        """Check a signature (or an HMAC) of base64 data against the named key.

        ``POST /v1/{mount_point}/verify/{name}`` (the body carries ``name`` too, as the reference sends it)

        :param name: the key to use.
        :param hash_input: base64-encoded data (``None`` with ``batch_input``: it is always sent, as hvac does).
        :param signature: a ``vault:vN:...`` signature from :meth:`sign_data`; exactly one of
            ``signature`` and ``hmac`` unless ``batch_input`` is given.
        :param hmac: a ``vault:vN:...`` HMAC from :meth:`generate_hmac`.
        :param hash_algorithm: one of ``hvac.constants.transit.ALLOWED_HASH_DATA_ALGORITHMS``.
        :param context: base64 key-derivation context (derived ed25519 keys).
        :param prehashed: ``hash_input`` is already a digest.
        :param signature_algorithm: RSA keys: ``pss`` or ``pkcs1v15``.
        :param salt_length: RSA-PSS salt length: ``auto``, ``hash`` or a number of bytes.
        :param marshaling_algorithm: ECDSA keys: ``asn1`` or ``jws``.
        :param mount_point: where the engine is mounted.
        :param batch_input: a list of ``{"input": ..., "signature": ...}`` (or ``"hmac"``) items, checked in one call.
        :param algorithm: the older name of ``hash_algorithm`` (deprecated by both servers; sent unchecked).
        :return: the decoded response (``data.valid`` or ``data.batch_results``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: when not exactly one of ``signature`` and ``hmac``
            is given (without ``batch_input``), or for an unknown option value, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        if batch_input is None and (signature is None) == (hmac is None):
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
                    "batch_input": batch_input,
                    "algorithm": algorithm,
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
        source: Optional[str] = None,
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
