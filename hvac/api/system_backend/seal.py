"""System backend: sealing and unsealing (``/v1/sys/seal``, ``/v1/sys/unseal``, ``/v1/sys/seal-status``)."""
from typing import Any, Dict, List, Mapping, Optional

from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin, submit_shares_until
from hvac.api.vault_api_base import VaultResponse



def _unsealed(body: Mapping[str, Any]) -> bool:
    return not body["sealed"]

class Seal(SystemBackendMixin[VaultResponse]):
    """Seal status, sealing, and submitting unseal key shares."""

    def is_sealed(self) -> bool:
        """Tell whether the server is sealed, from :meth:`read_seal_status`.

        ``GET /v1/sys/seal-status``

        :return: the ``sealed`` field of the seal status.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        status: Any = self.read_seal_status()
        return bool(status["sealed"])

    def read_seal_status(self) -> VaultResponse:
        """Read the seal status (works unauthenticated, even while sealed).

        ``GET /v1/sys/seal-status``

        :return: the decoded status (``sealed``, ``t``, ``n``, ``progress``, ``initialized`` …), or
            the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/seal-status")

    def seal(self) -> VaultResponse:
        """Seal the server: it stops answering until unsealed again (needs ``sudo``).

        ``PUT /v1/sys/seal``

        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.put("/v1/sys/seal")

    def submit_unseal_key(self, key: Optional[str] = None, reset: bool = False, migrate: bool = False) -> VaultResponse:
        """Submit one unseal key share, or reset the unseal progress.

        ``PUT /v1/sys/unseal``

        :param key: one unseal key share (ignored with ``reset``).
        :param reset: discard the shares submitted so far instead of submitting ``key``.
        :param migrate: the share is for a seal migration.
        :return: the decoded seal status after the submission, or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params: Dict[str, Any] = {"migrate": migrate}
        if reset:
            params["reset"] = reset
        elif key is not None:
            params["key"] = key
        return self._adapter.put("/v1/sys/unseal", json=params)

    def submit_unseal_keys(self, keys: List[str], migrate: bool = False) -> Optional[VaultResponse]:
        """Submit unseal key shares one after the other until the server is unsealed.

        ``PUT /v1/sys/unseal``, once per share

        :param keys: unseal key shares.
        :param migrate: the shares are for a seal migration.
        :return: the seal status answered to the last share submitted (``None`` for no keys).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return submit_shares_until(keys, lambda key: self.submit_unseal_key(key=key, migrate=migrate), _unsealed)

    # --- seal wrapping (Vault Enterprise) -------------------------------------------------------

    def read_seal_wrap_rewrap_status(self) -> VaultResponse:
        """Report whether a rewrap of the seal-wrapped entries is running (Vault Enterprise).

        ``GET /v1/sys/sealwrap/rewrap``

        :return: the decoded answer (``data.is_running``, and ``data.entries`` with the
            ``processed``, ``succeeded`` and ``failed`` counts), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/sealwrap/rewrap")

    def start_seal_wrap_rewrap(self) -> VaultResponse:
        """Re-encrypt every seal-wrapped entry with the newest seal key, in the background (Vault
        Enterprise), e.g. after a seal migration or key rotation; progress goes to the server log.

        ``POST /v1/sys/sealwrap/rewrap``

        :return: the requests.Response: 204 when a rewrap started, 200 when one was already running.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post("/v1/sys/sealwrap/rewrap")
