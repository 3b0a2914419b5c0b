"""The 0.x flat methods of transit."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.v1.legacy._shim import ShimBase, _legacy, _url


class TransitShims(ShimBase):
    """The 0.x flat methods of transit."""

    # --- Transit (the old methods validated nothing and used other body keys) ---------------

    @_legacy("0.9.0", "secrets_engines.transit.Transit.create_key")
    def transit_create_key(
        self,
        name: str,
        convergent_encryption: Optional[bool] = None,
        derived: Optional[bool] = None,
        exportable: Optional[bool] = None,
        key_type: Optional[str] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = {
            "convergent_encryption": convergent_encryption,
            "derived": derived,
            "exportable": exportable,
            "type": key_type,
        }
        return self._adapter.post(_url(mount_point, "keys", name), json=utils.remove_nones(params))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.decrypt_data")
    def transit_decrypt_data(
        self,
        name: str,
        ciphertext: str,
        context: Optional[str] = None,
        nonce: Optional[str] = None,
        batch_input: Optional[List[Dict[str, Any]]] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = {"ciphertext": ciphertext, "context": context, "nonce": nonce, "batch_input": batch_input}
        return self._adapter.post(_url(mount_point, "decrypt", name), json=utils.remove_nones(params))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.delete_key")
    def transit_delete_key(self, name: str, mount_point: str = "transit") -> Any:
        return self._adapter.delete(_url(mount_point, "keys", name))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.encrypt_data")
    def transit_encrypt_data(
        self,
        name: str,
        plaintext: str,
        context: Optional[str] = None,
        key_version: Optional[int] = None,
        nonce: Optional[str] = None,
        batch_input: Optional[List[Dict[str, Any]]] = None,
        key_type: Optional[str] = None,
        convergent_encryption: Optional[str] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = {
            "plaintext": plaintext,
            "context": context,
            "key_version": key_version,
            "nonce": nonce,
            "batch_input": batch_input,
            "type": key_type,
            "convergent_encryption": convergent_encryption,
        }
        return self._adapter.post(_url(mount_point, "encrypt", name), json=utils.remove_nones(params))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.export_key")
    def transit_export_key(self, name: str, key_type: str, version: Optional[Union[int, str]] = None, mount_point: str = "transit") -> Any:
        return self._adapter.get(_url(mount_point, "export", key_type, name, version))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.generate_data_key")
    def transit_generate_data_key(
        self,
        name: str,
        key_type: str,
        context: Optional[str] = None,
        nonce: Optional[str] = None,
        bits: Optional[int] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = utils.remove_nones({"context": context, "nonce": nonce, "bits": bits})
        return self._adapter.post(_url(mount_point, "datakey", key_type, name), json=params)

    @_legacy("0.9.0", "secrets_engines.transit.Transit.generate_hmac")
    def transit_generate_hmac(
        self,
        name: str,
        hmac_input: str,
        key_version: Optional[int] = None,
        algorithm: Optional[str] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = utils.remove_nones({"input": hmac_input, "key_version": key_version})
        return self._adapter.post(_url(mount_point, "hmac", name, algorithm), json=params)

    @_legacy("0.9.0", "secrets_engines.transit.Transit.generate_random_bytes")
    def transit_generate_rand_bytes(
        self, data_bytes: Optional[int] = None, output_format: Optional[str] = None, mount_point: str = "transit"
    ) -> Any:
        params = utils.remove_nones({"format": output_format})
        return self._adapter.post(_url(mount_point, "random", data_bytes), json=params)

    @_legacy("0.9.0", "secrets_engines.transit.Transit.hash_data")
    def transit_hash_data(
        self,
        hash_input: str,
        algorithm: Optional[str] = None,
        output_format: Optional[str] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = utils.remove_nones({"input": hash_input, "format": output_format})
        return self._adapter.post(_url(mount_point, "hash", algorithm), json=params)

    @_legacy("0.9.0", "secrets_engines.transit.Transit.list_keys")
    def transit_list_keys(self, mount_point: str = "transit") -> Any:
        return self._adapter.get(_url(mount_point, "keys"), params={"list": "true"})

    @_legacy("0.9.0", "secrets_engines.transit.Transit.read_key")
    def transit_read_key(self, name: str, mount_point: str = "transit") -> Any:
        return self._adapter.get(_url(mount_point, "keys", name))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.rewrap_data")
    def transit_rewrap_data(
        self,
        name: str,
        ciphertext: str,
        context: Optional[str] = None,
        key_version: Optional[int] = None,
        nonce: Optional[str] = None,
        batch_input: Optional[List[Dict[str, Any]]] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = {
            "ciphertext": ciphertext,
            "context": context,
            "key_version": key_version,
            "nonce": nonce,
            "batch_input": batch_input,
        }
        return self._adapter.post(_url(mount_point, "rewrap", name), json=utils.remove_nones(params))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.rotate_key")
    def transit_rotate_key(self, name: str, mount_point: str = "transit") -> Any:
        return self._adapter.post(_url(mount_point, "keys", name, "rotate"))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.sign_data")
    def transit_sign_data(
        self,
        name: str,
        input_data: str,
        key_version: Optional[int] = None,
        algorithm: Optional[str] = None,
        context: Optional[str] = None,
        prehashed: Optional[bool] = None,
        mount_point: str = "transit",
        signature_algorithm: str = "pss",
    ) -> Any:
        params = {
            "input": input_data,
            "key_version": key_version,
            "context": context,
            "prehashed": prehashed,
            "signature_algorithm": signature_algorithm,
        }
        return self._adapter.post(_url(mount_point, "sign", name, algorithm), json=utils.remove_nones(params))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.update_key_configuration")
    def transit_update_key(
        self,
        name: str,
        min_decryption_version: Optional[int] = None,
        min_encryption_version: Optional[int] = None,
        deletion_allowed: Optional[bool] = None,
        mount_point: str = "transit",
    ) -> Any:
        params = {
            "min_decryption_version": min_decryption_version,
            "min_encryption_version": min_encryption_version,
            "deletion_allowed": deletion_allowed,
        }
        return self._adapter.post(_url(mount_point, "keys", name, "config"), json=utils.remove_nones(params))

    @_legacy("0.9.0", "secrets_engines.transit.Transit.verify_signed_data")
    def transit_verify_signed_data(
        self,
        name: str,
        input_data: str,
        algorithm: Optional[str] = None,
        signature: Optional[str] = None,
        hmac: Optional[str] = None,
        context: Optional[str] = None,
        prehashed: Optional[bool] = None,
        mount_point: str = "transit",
        signature_algorithm: str = "pss",
    ) -> Any:
        params = {
            "input": input_data,
            "signature": signature,
            "hmac": hmac,
            "context": context,
            "prehashed": prehashed,
            "signature_algorithm": signature_algorithm,
        }
        return self._adapter.post(_url(mount_point, "verify", name, algorithm), json=utils.remove_nones(params))
