"""System backend: managed keys (``/v1/sys/managed-keys/...``; Vault Enterprise).

A managed key lives in an external KMS or HSM; a mount may use it when the key has ``any_mount``
set or the mount lists its name in ``allowed_managed_keys``. Keys are addressed by their type
(``pkcs11``, ``awskms``, and in newer Vault ``azurekeyvault`` and ``gcpckms``) and a name that is
unique across types within a namespace. Vault Community and OpenBao answer these paths with an
error.

Reference: https://developer.hashicorp.com/vault/api-docs/system/managed-keys
"""
from typing import List, Optional, TypedDict, Union

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


class ManagedKeyBackendParams(TypedDict, total=False):
    """The settings of the key's backend, by type (sent as body fields; give those of the key's type)."""

    # pkcs11 (an HSM: Vault Enterprise Plus)
    library: str  #: the name of a ``kms_library`` stanza of the server configuration
    key_label: str  #: the key's label (this or ``key_id``)
    key_id: str  #: the ID of an existing key (this or ``key_label``)
    mechanism: str  #: the PKCS#11 mechanism in hex, e.g. ``0x1041`` (CKM_ECDSA)
    pin: str  #: the PIN to log in with
    slot: str  #: the slot number, in decimal (this or ``token_label``)
    token_label: str  #: the token's label (this or ``slot``)
    force_rw_session: bool  #: open read-write sessions
    max_parallel: int  #: how many operations may run at once (newer docs)
    # pkcs11, awskms and azurekeyvault
    key_bits: Union[int, str]  #: RSA key size: 2048, 3072 or 4096
    # pkcs11 and awskms
    curve: str  #: ECDSA curve: ``P256``, ``P384`` or ``P521``
    # awskms
    access_key: str  #: AWS access key ID (else the environment or a profile)
    secret_key: str  #: AWS secret access key
    endpoint: str  #: a KMS endpoint other than AWS's
    kms_key: str  #: the key's ARN, alias or ID (an ``alias/...`` when Vault generates it)
    # awskms and gcpckms
    region: str  #: AWS region (``us-east-1``) or Google Cloud region
    # awskms (``RSA`` or ``ECDSA``) and azurekeyvault (``RSA-HSM``)
    key_type: str  #: the key's type
    # azurekeyvault (newer docs)
    tenant_id: str  #: the Azure tenant
    client_id: str  #: the application's client ID (unless managed identities are used)
    client_secret: str  #: the application's secret
    environment: str  #: the Azure cloud (``AZUREPUBLICCLOUD``)
    vault_name: str  #: the Key Vault's name
    key_name: str  #: the key's name in the Key Vault
    resource: str  #: the Key Vault resource host (``vault.azure.net``)
    # gcpckms (newer docs)
    credentials: str  #: path of a credentials file on the server (else the environment)
    project: str  #: the Google Cloud project
    key_ring: str  #: the key ring
    crypto_key: str  #: the crypto key
    crypto_key_version: str  #: the key version (``1``)
    algorithm: str  #: the signing algorithm, e.g. ``EC_SIGN_P256_SHA256``


def _key_url(key_type: str, name: str, action: str = "") -> str:
    return utils.format_url("/v1/sys/managed-keys/{type}/{name}", type=key_type, name=name) + action


class ManagedKeys(SystemBackendMixin[VaultResponse]):
    """Keys held in an external KMS or HSM (``/v1/sys/managed-keys/...``; Vault Enterprise)."""

    def list_managed_keys(self, key_type: str) -> VaultResponse:
        """List the names of the managed keys of one type in the client's namespace.

        ``LIST /v1/sys/managed-keys/{type}``

        :param key_type: ``pkcs11``, ``awskms``, ``azurekeyvault`` or ``gcpckms``.
        :return: the decoded answer (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(utils.format_url("/v1/sys/managed-keys/{type}", type=key_type))

    def create_or_update_managed_key(
        self, key_type: str, name: str, allow_generate_key: Optional[bool] = None,
        allow_replace_key: Optional[bool] = None, allow_store_key: Optional[bool] = None,
        any_mount: Optional[bool] = None, usages: Optional[Union[str, List[str]]] = None,
        backend_params: Optional[ManagedKeyBackendParams] = None,
    ) -> VaultResponse:
        """Create or update a managed key.

        ``POST /v1/sys/managed-keys/{type}/{name}``

        :param key_type: ``pkcs11``, ``awskms``, ``azurekeyvault`` or ``gcpckms``.
        :param name: the key's name, unique across types in the namespace.
        :param allow_generate_key: let Vault generate the key in the backend when none is found.
        :param allow_replace_key: let Vault replace a key that already exists in the backend.
        :param allow_store_key: let Vault store a key in the backend (older docs: generate or
            import one; newer docs: export a Vault private key to the HSM).
        :param any_mount: let every mount of the namespace use the key.
        :param usages: what the key may do: ``encrypt``, ``decrypt``, ``sign``, ``verify``, ``wrap``,
            ``unwrap``, ``mac``, ``random`` (a list or a comma-separated string; Vault's default is
            ``sign,verify``; newer docs).
        :param backend_params: the settings of the key's type (:class:`ManagedKeyBackendParams`),
            sent as body fields beside the others.
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        fields = utils.remove_nones(
            {
                "allow_generate_key": allow_generate_key,
                "allow_replace_key": allow_replace_key,
                "allow_store_key": allow_store_key,
                "any_mount": any_mount,
                "usages": usages,
            }
        )
        fields.update(backend_params or {})
        return self._adapter.post(_key_url(key_type, name), json=fields)

    def read_managed_key(self, key_type: str, name: str) -> VaultResponse:
        """Read a managed key's configuration (secrets such as the PIN come back redacted).

        ``GET /v1/sys/managed-keys/{type}/{name}``

        :param key_type: the key's type.
        :param name: the key's name.
        :return: the decoded answer (``data.UUID``, ``data.allow_generate_key``, ``data.any_mount``
            and the backend's settings), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_key_url(key_type, name))

    def delete_managed_key(self, key_type: str, name: str) -> VaultResponse:
        """Delete a managed key (only when no mount lists it in ``allowed_managed_keys``).

        ``DELETE /v1/sys/managed-keys/{type}/{name}``

        :param key_type: the key's type.
        :param name: the key's name.
        :return: the requests.Response.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_key_url(key_type, name))

    def test_sign_managed_key(
        self, key_type: str, name: str, use_pss: Optional[bool] = None, hash_algorithm: Optional[str] = None
    ) -> VaultResponse:
        """Check a managed key's configuration by signing and verifying random data (this may
        generate the key, when allowed and missing).

        ``POST /v1/sys/managed-keys/{type}/{name}/test/sign``

        :param key_type: the key's type.
        :param name: the key's name.
        :param use_pss: sign RSA with PSS padding (newer docs).
        :param hash_algorithm: ``sha2-256`` (the default), ``sha1``, ``sha2-224``, ``sha2-384``,
            ``sha2-512`` or ``sha3-224`` … ``sha3-512`` (newer docs).
        :return: the requests.Response: a success status means the configuration works (nothing
            signed is returned).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body = utils.remove_nones({"use_pss": use_pss, "hash_algorithm": hash_algorithm})
        return self._adapter.post(_key_url(key_type, name, "/test/sign"), json=body or None)
