"""System backend: the keyring, rekeying and root token generation (``/v1/sys/rekey*``, ``/v1/sys/generate-root*``)."""
from typing import Any, Dict, List, Mapping, Optional

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin, submit_shares_until
from hvac.api.vault_api_base import VaultResponse
from hvac.exceptions import ParamValidationError


def _rekey_path(recovery_key: bool, endpoint: str) -> str:
    # Rekeying the recovery key (auto-unseal) lives under a sibling path.
    prefix = "rekey-recovery-key" if recovery_key else "rekey"
    return f"/v1/sys/{prefix}/{endpoint}"


def _complete(body: Mapping[str, Any]) -> bool:
    return bool(body.get("complete"))


def _data_complete(body: Mapping[str, Any]) -> bool:
    # The authenticated endpoints wrap their answer in "data".
    return bool((body.get("data") or {}).get("complete"))


def _root_generation_body(otp: Optional[str], pgp_key: Optional[str]) -> Dict[str, Any]:
    if otp is not None and pgp_key is not None:
        raise ParamValidationError("give otp or pgp_key, not both")
    return utils.remove_nones({"otp": otp, "pgp_key": pgp_key})


class Key(SystemBackendMixin[VaultResponse]):
    """Key management: encryption key status and rotation, rekeying the unseal (or recovery) keys,
    verifying a rekey, and generating a new root token from the key shares."""

    # --- root token generation ----------------------------------------------------------------

    def read_root_generation_progress(self) -> VaultResponse:
        """Read the state of the current root token generation attempt.

        ``GET /v1/sys/generate-root/attempt``

        :return: the decoded status (``started``, ``nonce``, ``progress``, ``required``, ``complete``,
            ``otp_length`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/generate-root/attempt")

    def start_root_token_generation(self, otp: Optional[str] = None, pgp_key: Optional[str] = None) -> VaultResponse:
        """Start a root token generation attempt.

        ``PUT /v1/sys/generate-root/attempt``

        With neither argument, Vault/OpenBao generates the one-time password itself and returns it
        (``otp`` in the response); the final encoded token is then XORed with it.

        :param otp: a base64 one-time password to XOR the generated token with (older servers).
        :param pgp_key: a base64 PGP public key to encrypt the generated token with.
        :raises hvac.exceptions.ParamValidationError: when both ``otp`` and ``pgp_key`` are given.
        :return: the decoded status (``nonce``, ``otp`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        if otp is not None and pgp_key is not None:
            raise ParamValidationError("one (and only one) of otp or pgp_key arguments are required")
        params: Dict[str, Any] = {}
        if otp is not None:
            params["otp"] = otp
        if pgp_key is not None:
            params["pgp_key"] = pgp_key
        return self._adapter.put("/v1/sys/generate-root/attempt", json=params)

    def generate_root(self, key: str, nonce: str) -> VaultResponse:
        """Submit one unseal key share to the running root token generation attempt.

        ``PUT /v1/sys/generate-root/update``

        :param key: one unseal key share.
        :param nonce: the nonce of the attempt.
        :return: the decoded progress; once ``complete``, it holds ``encoded_token`` (or
            ``encoded_root_token``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = {"key": key, "nonce": nonce}
        return self._adapter.put("/v1/sys/generate-root/update", json=params)

    def cancel_root_generation(self) -> VaultResponse:
        """Cancel the running root token generation attempt; submitted shares are discarded.

        ``DELETE /v1/sys/generate-root/attempt``

        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete("/v1/sys/generate-root/attempt")

    # --- root token generation: the authenticated endpoints (beyond the reference) ------------

    def read_root_token_generation_attempt(self) -> VaultResponse:
        """Read the state of the root token generation attempt through the endpoint that needs a
        token (it works where the listener disables the unauthenticated ``generate-root`` paths).

        ``GET /v1/sys/generate-root-token/attempt``

        :return: the decoded answer (``data.started``, ``data.progress``, ``data.required``,
            ``data.otp_length`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/generate-root-token/attempt")

    def start_root_token_generation_attempt(
        self, otp: Optional[str] = None, pgp_key: Optional[str] = None
    ) -> VaultResponse:
        """Start a root token generation attempt through the endpoint that needs a token.

        ``POST /v1/sys/generate-root-token/attempt``

        :param otp: a one-time password to XOR the new token with; without it (and without
            ``pgp_key``) OpenBao makes one and returns it as ``data.otp``.
        :param pgp_key: a base64 PGP public key to encrypt the new token with instead.
        :raises hvac.exceptions.ParamValidationError: when both ``otp`` and ``pgp_key`` are given.
        :return: the decoded answer (``data.nonce``, ``data.otp`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body = _root_generation_body(otp, pgp_key)
        return self._adapter.post("/v1/sys/generate-root-token/attempt", json=body)

    def cancel_root_token_generation_attempt(self) -> VaultResponse:
        """Cancel the root token generation attempt through the endpoint that needs a token.

        ``DELETE /v1/sys/generate-root-token/attempt``

        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete("/v1/sys/generate-root-token/attempt")

    def submit_root_token_generation_share(self, key: str, nonce: str) -> VaultResponse:
        """Submit one unseal (or recovery) key share to the root token generation attempt.

        ``POST /v1/sys/generate-root-token/update``

        :param key: one key share.
        :param nonce: the nonce of the attempt.
        :return: the decoded progress; once ``data.complete``, ``data.encoded_token`` holds the new
            token XORed with the OTP (or PGP-encrypted), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post("/v1/sys/generate-root-token/update", json={"key": key, "nonce": nonce})

    def submit_root_token_generation_shares(self, keys: List[str], nonce: str) -> Optional[VaultResponse]:
        """Submit key shares one by one with :meth:`submit_root_token_generation_share` until the
        new root token is generated.

        ``POST /v1/sys/generate-root-token/update``, once per share

        :param keys: unseal (or recovery) key shares.
        :param nonce: the nonce of the attempt.
        :return: the answer to the last share submitted (``None`` for no keys).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return submit_shares_until(keys, lambda key: self.submit_root_token_generation_share(key, nonce), _data_complete)

    # ``/v1/sys/generate-root`` without ``/attempt`` is declared by OpenBao's API document, but
    # OpenBao 2.7.2 answers 405 for every verb there: these methods exist for completeness.

    def read_generate_root(self) -> VaultResponse:
        """Read the root token generation attempt at the bare ``generate-root`` path.

        ``GET /v1/sys/generate-root``

        :return: the decoded answer, or the requests.Response (OpenBao 2.7.2 answers 405, raised as
            :class:`hvac.exceptions.UnexpectedError`).
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/generate-root")

    def start_generate_root(self, otp: Optional[str] = None, pgp_key: Optional[str] = None) -> VaultResponse:
        """Start a root token generation attempt at the bare ``generate-root`` path.

        ``POST /v1/sys/generate-root``

        :param otp: a one-time password to XOR the new token with.
        :param pgp_key: a base64 PGP public key to encrypt the new token with instead.
        :raises hvac.exceptions.ParamValidationError: when both ``otp`` and ``pgp_key`` are given.
        :return: the decoded answer, or the requests.Response (OpenBao 2.7.2 answers 405).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post("/v1/sys/generate-root", json=_root_generation_body(otp, pgp_key))

    def cancel_generate_root(self) -> VaultResponse:
        """Cancel the root token generation attempt at the bare ``generate-root`` path.

        ``DELETE /v1/sys/generate-root``

        :return: the requests.Response (OpenBao 2.7.2 answers 405).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete("/v1/sys/generate-root")

    # --- encryption key -----------------------------------------------------------------------

    def get_encryption_key_status(self) -> VaultResponse:
        """Read the term and install time of the current encryption key.

        ``GET /v1/sys/key-status``

        :return: the decoded status (``term``, ``install_time`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/key-status")

    def rotate_encryption_key(self) -> VaultResponse:
        """Add a new encryption key to the keyring; new values are encrypted with it.

        ``PUT /v1/sys/rotate``

        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.put("/v1/sys/rotate")

    # --- rekey --------------------------------------------------------------------------------

    def read_rekey_progress(self, recovery_key: bool = False) -> VaultResponse:
        """Read the state of the current rekey attempt.

        ``GET /v1/sys/rekey/init`` (``/v1/sys/rekey-recovery-key/init`` with ``recovery_key``)

        :param recovery_key: read the recovery-key rekey instead of the unseal-key one.
        :return: the decoded status (``started``, ``nonce``, ``progress``, ``required`` …), or the
            requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_rekey_path(recovery_key, "init"))

    def start_rekey(
        self,
        secret_shares: int = 5,
        secret_threshold: int = 3,
        pgp_keys: Optional[List[str]] = None,
        backup: bool = False,
        require_verification: bool = False,
        recovery_key: bool = False,
    ) -> VaultResponse:
        """Start a rekey attempt: new key shares are generated once enough old ones are submitted.

        ``PUT /v1/sys/rekey/init`` (``/v1/sys/rekey-recovery-key/init`` with ``recovery_key``)

        :param secret_shares: how many shares to split the new key into.
        :param secret_threshold: how many shares are needed to reconstruct it.
        :param pgp_keys: PGP public keys (one per share) to encrypt the new shares with.
        :param backup: store the PGP-encrypted shares in the core (read them with
            :meth:`read_backup_keys`); sent only along with ``pgp_keys``.
        :param require_verification: require the new shares to be verified (:meth:`rekey_verify`)
            before the rekey takes effect.
        :param recovery_key: rekey the recovery key instead of the unseal key.
        :raises hvac.exceptions.ParamValidationError: when ``pgp_keys`` does not hold one key per share.
        :return: the decoded status (``nonce``, ``started`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params: Dict[str, Any] = {
            "secret_shares": secret_shares,
            "secret_threshold": secret_threshold,
            "require_verification": require_verification,
        }
        if pgp_keys:
            if len(pgp_keys) != secret_shares:
                raise ParamValidationError("length of pgp_keys argument must equal secret shares value")
            params["pgp_keys"] = pgp_keys
            params["backup"] = backup
        return self._adapter.put(_rekey_path(recovery_key, "init"), json=params)

    def cancel_rekey(self, recovery_key: bool = False) -> VaultResponse:
        """Cancel the running rekey attempt; submitted shares are discarded.

        ``DELETE /v1/sys/rekey/init`` (``/v1/sys/rekey-recovery-key/init`` with ``recovery_key``)

        :param recovery_key: cancel the recovery-key rekey.
        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_rekey_path(recovery_key, "init"))

    def rekey(self, key: str, nonce: Optional[str] = None, recovery_key: bool = False) -> VaultResponse:
        """Submit one existing key share to the running rekey attempt.

        ``PUT /v1/sys/rekey/update`` (``/v1/sys/rekey-recovery-key/update`` with ``recovery_key``)

        :param key: one current unseal (or recovery) key share.
        :param nonce: the nonce of the attempt.
        :param recovery_key: submit to the recovery-key rekey.
        :return: the decoded progress; once ``complete``, it holds the new ``keys``
            (and ``keys_base64``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params: Dict[str, Any] = {"key": key}
        if nonce is not None:
            params["nonce"] = nonce
        return self._adapter.put(_rekey_path(recovery_key, "update"), json=params)

    def rekey_multi(
        self, keys: List[str], nonce: Optional[str] = None, recovery_key: bool = False
    ) -> Optional[VaultResponse]:
        """Submit key shares one after the other with :meth:`rekey` until the rekey completes.

        ``PUT /v1/sys/rekey/update`` (``/v1/sys/rekey-recovery-key/update``), once per share

        :param keys: current unseal (or recovery) key shares.
        :param nonce: the nonce of the attempt.
        :param recovery_key: submit to the recovery-key rekey.
        :return: the answer to the last share submitted (``None`` for no keys).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return submit_shares_until(keys, lambda key: self.rekey(key=key, nonce=nonce, recovery_key=recovery_key), _complete)

    def read_backup_keys(self, recovery_key: bool = False) -> VaultResponse:
        """Read the PGP-encrypted key shares backed up by a rekey started with ``backup=True``.

        ``GET /v1/sys/rekey/backup`` (``/v1/sys/rekey/recovery-key-backup`` with ``recovery_key``)

        :param recovery_key: read the recovery-key backup.
        :return: the decoded backup (``data.keys`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/rekey/recovery-key-backup" if recovery_key else "/v1/sys/rekey/backup")

    def delete_backup_keys(self, recovery_key: bool = False) -> VaultResponse:
        """Delete the PGP-encrypted key shares backed up by a rekey started with ``backup=True``.

        ``DELETE /v1/sys/rekey/backup`` (``/v1/sys/rekey/recovery-key-backup`` with ``recovery_key``)

        :param recovery_key: delete the recovery-key backup.
        :return: the requests.Response (OpenBao answers 204, also when there is no backup).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete("/v1/sys/rekey/recovery-key-backup" if recovery_key else "/v1/sys/rekey/backup")

    # --- rekey verification -------------------------------------------------------------------

    def read_rekey_verify_progress(self) -> VaultResponse:
        """Read the progress of the verification of a rekey started with ``require_verification``.

        ``GET /v1/sys/rekey/verify``

        :return: the decoded status (``nonce``, ``progress``, ``t``, ``n``, ``started``), or the
            requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/rekey/verify")

    def cancel_rekey_verify(self) -> VaultResponse:
        """Cancel the verification of a rekey; new shares and a new verification nonce are generated
        (the rekey itself stays pending).

        ``DELETE /v1/sys/rekey/verify``

        :return: the decoded status or the requests.Response.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete("/v1/sys/rekey/verify")

    def rekey_verify(self, key: str, nonce: str) -> VaultResponse:
        """Submit one of the NEW key shares to verify a pending rekey.

        ``PUT /v1/sys/rekey/verify``

        :param key: one new key share.
        :param nonce: the verification nonce (``verification_nonce`` of the rekey answer).
        :return: the decoded progress (``complete`` once enough shares were verified), or the
            requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = {"key": key, "nonce": nonce}
        return self._adapter.put("/v1/sys/rekey/verify", json=params)

    def rekey_verify_multi(self, keys: List[str], nonce: str) -> Optional[VaultResponse]:
        """Submit new key shares one after the other with :meth:`rekey_verify` until verified.

        ``PUT /v1/sys/rekey/verify``, once per share

        :param keys: new key shares.
        :param nonce: the verification nonce.
        :return: the answer to the last share submitted (``None`` for no keys).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return submit_shares_until(keys, lambda key: self.rekey_verify(key=key, nonce=nonce), _complete)
