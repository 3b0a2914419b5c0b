"""System backend: root and recovery key rotation (``/v1/sys/rotate/...``), OpenBao's newer rekey API.

Beyond the reference: hvac has no method for these endpoints.

Unlike the older ``/v1/sys/rekey*`` endpoints (see :class:`~hvac.api.system_backend.Key`), these
need a token and wrap their answers in ``data``. The root key is split into the unseal key shares
of a Shamir seal; the recovery key exists only with an auto-unseal seal.
"""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.system_backend.key import _data_complete
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin, submit_shares_until
from hvac.api.vault_api_base import VaultResponse

_ROOT = "root"
_RECOVERY = "recovery"


def _rotate_url(target: str, endpoint: str) -> str:
    # Root and recovery rotation expose the same endpoints side by side.
    return f"/v1/sys/rotate/{target}/{endpoint}"


def _auto_rotation_body(
    enabled: Optional[bool], interval: Optional[Union[str, int]], max_operations: Optional[int]
) -> Dict[str, Any]:
    return utils.remove_nones({"enabled": enabled, "interval": interval, "max_operations": max_operations})


class Rotation(SystemBackendMixin[VaultResponse]):
    """Root and recovery key rotation (``/v1/sys/rotate/...``), OpenBao's newer rekey API."""

    # --- keyring (the encryption key) ---------------------------------------------------------

    def rotate_keyring(self) -> VaultResponse:
        """Add a new encryption key to the keyring (same effect as :meth:`rotate_encryption_key`).

        ``POST /v1/sys/rotate/keyring``

        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post("/v1/sys/rotate/keyring")

    def read_keyring_rotation_config(self) -> VaultResponse:
        """Read when the encryption key is rotated automatically.

        ``GET /v1/sys/rotate/keyring/config``

        :return: the decoded answer (``data.enabled``, ``data.interval``, ``data.max_operations``),
            or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/rotate/keyring/config")

    def configure_keyring_rotation(
        self,
        enabled: Optional[bool] = None,
        interval: Optional[Union[str, int]] = None,
        max_operations: Optional[int] = None,
    ) -> VaultResponse:
        """Set when the encryption key is rotated automatically; fields left at None are unchanged.

        ``POST /v1/sys/rotate/keyring/config``

        :param enabled: whether automatic rotation happens at all.
        :param interval: rotate this long after a key was installed (``"24h"`` or seconds; 0 = never).
        :param max_operations: rotate after this many encryptions with one key.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body = _auto_rotation_body(enabled, interval, max_operations)
        return self._adapter.post("/v1/sys/rotate/keyring/config", json=body)

    def read_encryption_key_rotation_config(self) -> VaultResponse:
        """Read the automatic rotation settings through the older path (the same settings as
        :meth:`read_keyring_rotation_config`).

        ``GET /v1/sys/rotate/config``

        :return: the decoded answer (``data.enabled``, ``data.interval``, ``data.max_operations``),
            or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/rotate/config")

    def configure_encryption_key_rotation(
        self,
        enabled: Optional[bool] = None,
        interval: Optional[Union[str, int]] = None,
        max_operations: Optional[int] = None,
    ) -> VaultResponse:
        """Set the automatic rotation through the older path (see :meth:`configure_keyring_rotation`).

        ``POST /v1/sys/rotate/config``

        :param enabled: whether automatic rotation happens at all.
        :param interval: rotate this long after a key was installed (``"24h"`` or seconds; 0 = never).
        :param max_operations: rotate after this many encryptions with one key.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body = _auto_rotation_body(enabled, interval, max_operations)
        return self._adapter.post("/v1/sys/rotate/config", json=body)

    # --- shared shapes of root and recovery rotation ------------------------------------------

    def _start_rotation(
        self,
        target: str,
        secret_shares: int,
        secret_threshold: int,
        pgp_keys: Optional[List[str]],
        backup: Optional[bool],
        require_verification: Optional[bool],
    ) -> VaultResponse:
        body = utils.remove_nones(
            {
                "secret_shares": secret_shares,
                "secret_threshold": secret_threshold,
                "pgp_keys": pgp_keys,
                "backup": backup,
                "require_verification": require_verification,
            }
        )
        return self._adapter.post(_rotate_url(target, "init"), json=body)

    def _submit_rotation_share(self, target: str, endpoint: str, key: str, nonce: str) -> VaultResponse:
        return self._adapter.post(_rotate_url(target, endpoint), json={"key": key, "nonce": nonce})

    def _submit_rotation_shares(self, target: str, endpoint: str, keys: List[str], nonce: str) -> Optional[VaultResponse]:
        return submit_shares_until(
            keys, lambda key: self._submit_rotation_share(target, endpoint, key, nonce), _data_complete
        )

    # --- root key: rotate without shares ------------------------------------------------------

    def rotate_root_key(self) -> VaultResponse:
        """Replace the root key at once, keeping the current unseal key shares (needs sudo).

        ``POST /v1/sys/rotate/root``

        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post("/v1/sys/rotate/root")

    # --- root key: rotation with new unseal key shares ----------------------------------------

    def read_root_key_rotation_progress(self) -> VaultResponse:
        """Read the state of the current root key rotation (new unseal key shares).

        ``GET /v1/sys/rotate/root/init``

        :return: the decoded answer (``data.started``, ``data.nonce``, ``data.progress``,
            ``data.required`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_rotate_url(_ROOT, "init"))

    def start_root_key_rotation(
        self,
        secret_shares: int,
        secret_threshold: int,
        pgp_keys: Optional[List[str]] = None,
        backup: Optional[bool] = None,
        require_verification: Optional[bool] = None,
    ) -> VaultResponse:
        """Start rotating the root key into new unseal key shares; the current shares authorise it.

        ``POST /v1/sys/rotate/root/init``

        :param secret_shares: how many new shares to split the root key into.
        :param secret_threshold: how many of them unseal.
        :param pgp_keys: base64 PGP public keys, one per share, to encrypt the new shares with.
        :param backup: with ``pgp_keys``, also keep the encrypted shares (:meth:`read_root_key_rotation_backup`).
        :param require_verification: apply the new shares only once enough of them are verified
            (:meth:`verify_root_key_rotation_share`).
        :return: the decoded answer (``data.nonce``, ``data.started`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._start_rotation(_ROOT, secret_shares, secret_threshold, pgp_keys, backup, require_verification)

    def cancel_root_key_rotation(self) -> VaultResponse:
        """Abandon the current root key rotation; shares submitted so far are forgotten.

        ``DELETE /v1/sys/rotate/root/init``

        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_rotate_url(_ROOT, "init"))

    def submit_root_key_rotation_share(self, key: str, nonce: str) -> VaultResponse:
        """Submit one CURRENT unseal key share to the root key rotation.

        ``POST /v1/sys/rotate/root/update``

        :param key: one current unseal key share (hex or base64).
        :param nonce: the nonce of the rotation (``data.nonce`` of the start answer).
        :return: the decoded progress; once ``data.complete``, ``data.keys`` holds the new shares
            (and ``data.verification_nonce`` when verification is required).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._submit_rotation_share(_ROOT, "update", key, nonce)

    def submit_root_key_rotation_shares(self, keys: List[str], nonce: str) -> Optional[VaultResponse]:
        """Submit current unseal key shares one by one until the root key rotation completes.

        ``POST /v1/sys/rotate/root/update``, once per share

        :param keys: current unseal key shares.
        :param nonce: the nonce of the rotation.
        :return: the answer to the last share submitted (``None`` for no keys).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._submit_rotation_shares(_ROOT, "update", keys, nonce)

    def read_root_key_rotation_verification_progress(self) -> VaultResponse:
        """Read how far the verification of the new unseal key shares has come.

        ``GET /v1/sys/rotate/root/verify``

        :return: the decoded answer (``data.nonce``, ``data.progress``, ``data.t``, ``data.n``), or
            the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_rotate_url(_ROOT, "verify"))

    def verify_root_key_rotation_share(self, key: str, nonce: str) -> VaultResponse:
        """Submit one NEW unseal key share to verify a root key rotation started with
        ``require_verification``.

        ``POST /v1/sys/rotate/root/verify``

        :param key: one of the new unseal key shares.
        :param nonce: the verification nonce.
        :return: the decoded progress (``data.complete`` once the new shares are in effect).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._submit_rotation_share(_ROOT, "verify", key, nonce)

    def verify_root_key_rotation_shares(self, keys: List[str], nonce: str) -> Optional[VaultResponse]:
        """Submit new unseal key shares one by one until the root key rotation is verified.

        ``POST /v1/sys/rotate/root/verify``, once per share

        :param keys: new unseal key shares.
        :param nonce: the verification nonce.
        :return: the answer to the last share submitted (``None`` for no keys).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._submit_rotation_shares(_ROOT, "verify", keys, nonce)

    def cancel_root_key_rotation_verification(self) -> VaultResponse:
        """Restart the verification of the new unseal key shares under a new nonce (the rotation
        itself stays pending).

        ``DELETE /v1/sys/rotate/root/verify``

        :return: the decoded answer with the new ``data.nonce``, or the requests.Response.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_rotate_url(_ROOT, "verify"))

    def read_root_key_rotation_backup(self) -> VaultResponse:
        """Read the PGP-encrypted unseal key shares kept by a rotation started with ``backup``.

        ``GET /v1/sys/rotate/root/backup``

        :return: the decoded answer (``data.keys``, ``data.keys_base64`` per PGP fingerprint), or
            the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_rotate_url(_ROOT, "backup"))

    def delete_root_key_rotation_backup(self) -> VaultResponse:
        """Delete the PGP-encrypted unseal key shares kept by a rotation.

        ``DELETE /v1/sys/rotate/root/backup``

        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_rotate_url(_ROOT, "backup"))

    # --- recovery key (auto-unseal seals only) ------------------------------------------------
    # Same shapes as the root key methods above, for the recovery key shares of an auto-unseal
    # seal; a Shamir-sealed server answers 400 ("recovery not supported").

    def read_recovery_key_rotation_progress(self) -> VaultResponse:
        """Read the state of the current recovery key rotation (see :meth:`read_root_key_rotation_progress`).

        ``GET /v1/sys/rotate/recovery/init``

        :return: the decoded answer (``data.started``, ``data.nonce`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_rotate_url(_RECOVERY, "init"))

    def start_recovery_key_rotation(
        self,
        secret_shares: int,
        secret_threshold: int,
        pgp_keys: Optional[List[str]] = None,
        backup: Optional[bool] = None,
        require_verification: Optional[bool] = None,
    ) -> VaultResponse:
        """Start replacing the recovery key shares; the current recovery shares authorise it.

        ``POST /v1/sys/rotate/recovery/init``

        :param secret_shares: how many new recovery shares to make.
        :param secret_threshold: how many of them are needed.
        :param pgp_keys: base64 PGP public keys, one per share (as for :meth:`start_root_key_rotation`).
        :param backup: with ``pgp_keys``, keep the encrypted shares (:meth:`read_recovery_key_rotation_backup`).
        :param require_verification: apply the new shares only once enough of them are verified.
        :return: the decoded answer (``data.nonce`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._start_rotation(_RECOVERY, secret_shares, secret_threshold, pgp_keys, backup, require_verification)

    def cancel_recovery_key_rotation(self) -> VaultResponse:
        """Abandon the current recovery key rotation.

        ``DELETE /v1/sys/rotate/recovery/init``

        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_rotate_url(_RECOVERY, "init"))

    def submit_recovery_key_rotation_share(self, key: str, nonce: str) -> VaultResponse:
        """Submit one CURRENT recovery key share (see :meth:`submit_root_key_rotation_share`).

        ``POST /v1/sys/rotate/recovery/update``

        :param key: one current recovery key share.
        :param nonce: the nonce of the rotation.
        :return: the decoded progress, with the new ``data.keys`` once complete.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._submit_rotation_share(_RECOVERY, "update", key, nonce)

    def submit_recovery_key_rotation_shares(self, keys: List[str], nonce: str) -> Optional[VaultResponse]:
        """Submit current recovery key shares until the rotation completes.

        ``POST /v1/sys/rotate/recovery/update``, once per share

        :param keys: current recovery key shares.
        :param nonce: the nonce of the rotation.
        :return: the last answer (``None`` for no keys).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._submit_rotation_shares(_RECOVERY, "update", keys, nonce)

    def read_recovery_key_rotation_verification_progress(self) -> VaultResponse:
        """Read how far the verification of the new recovery key shares has come.

        ``GET /v1/sys/rotate/recovery/verify``

        :return: the decoded answer (``data.nonce``, ``data.progress`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_rotate_url(_RECOVERY, "verify"))

    def verify_recovery_key_rotation_share(self, key: str, nonce: str) -> VaultResponse:
        """Submit one NEW recovery key share (see :meth:`verify_root_key_rotation_share`).

        ``POST /v1/sys/rotate/recovery/verify``

        :param key: one of the new recovery key shares.
        :param nonce: the verification nonce.
        :return: the decoded progress, ``data.complete`` at the end.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._submit_rotation_share(_RECOVERY, "verify", key, nonce)

    def verify_recovery_key_rotation_shares(self, keys: List[str], nonce: str) -> Optional[VaultResponse]:
        """Submit new recovery key shares until the rotation is verified.

        ``POST /v1/sys/rotate/recovery/verify``, once per share

        :param keys: new recovery key shares.
        :param nonce: the verification nonce.
        :return: the last answer (``None`` for no keys).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._submit_rotation_shares(_RECOVERY, "verify", keys, nonce)

    def cancel_recovery_key_rotation_verification(self) -> VaultResponse:
        """Restart the verification of the new recovery key shares under a new nonce.

        ``DELETE /v1/sys/rotate/recovery/verify``

        :return: the decoded answer with the new ``data.nonce``, or the requests.Response.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_rotate_url(_RECOVERY, "verify"))

    def read_recovery_key_rotation_backup(self) -> VaultResponse:
        """Read the PGP-encrypted recovery key shares kept by a rotation started with ``backup``.

        ``GET /v1/sys/rotate/recovery/backup``

        :return: the decoded answer (``data.keys`` per PGP fingerprint), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_rotate_url(_RECOVERY, "backup"))

    def delete_recovery_key_rotation_backup(self) -> VaultResponse:
        """Delete the PGP-encrypted recovery key shares kept by a rotation.

        ``DELETE /v1/sys/rotate/recovery/backup``

        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_rotate_url(_RECOVERY, "backup"))
