"""System backend: initialisation (``/v1/sys/init``)."""
import warnings
from typing import Any, Dict, List, Optional

from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse
from hvac.exceptions import ParamValidationError


def _default_message(name: str, default: int) -> str:
    return (
        f"The {name} parameter will default to None in hvac v3.0.0. To use the old default with no warning, "
        f"explicitly set this value to {default}. See https://github.com/hvac/hvac/issues/1030"
    )


class Init(SystemBackendMixin[VaultResponse]):
    """Reading the initialisation status and initialising a new server."""

    def read_init_status(self) -> VaultResponse:
        """Read whether the server has been initialised.

        ``GET /v1/sys/init``

        :return: the decoded status (``initialized``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/init")

    def is_initialized(self) -> bool:
        """Tell whether the server has been initialised, from :meth:`read_init_status`.

        ``GET /v1/sys/init``

        :return: the ``initialized`` field.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        status: Any = self.read_init_status()
        return bool(status["initialized"])

    def initialize(
        self,
        secret_shares: Optional[int] = None,
        secret_threshold: Optional[int] = None,
        pgp_keys: Optional[List[str]] = None,
        root_token_pgp_key: Optional[str] = None,
        stored_shares: Optional[int] = None,
        recovery_shares: Optional[int] = None,
        recovery_threshold: Optional[int] = None,
        recovery_pgp_keys: Optional[List[str]] = None,
    ) -> VaultResponse:
        """Initialise a new server: generate the root key, its key shares and the first root token.

        ``PUT /v1/sys/init``

        A missing ``secret_shares`` becomes 5 unless ``recovery_shares`` is given, and a missing
        ``secret_threshold`` becomes 3 unless ``recovery_threshold`` is given, each with a
        :class:`DeprecationWarning` (the default becomes ``None`` in hvac 3.0.0).
        ``pgp_keys`` and ``stored_shares`` are sent only along with ``secret_shares``.

        :param secret_shares: how many shares to split the root key into.
        :param secret_threshold: how many shares are needed to unseal.
        :param pgp_keys: PGP public keys, one per share, to encrypt the shares with.
        :param root_token_pgp_key: a PGP public key to encrypt the root token with.
        :param stored_shares: shares to store in the seal (auto-unseal); must equal ``secret_shares``.
        :param recovery_shares: how many recovery key shares to generate (auto-unseal).
        :param recovery_threshold: how many recovery shares are needed; at most ``recovery_shares``.
        :param recovery_pgp_keys: PGP public keys, one per recovery share.
        :raises hvac.exceptions.ParamValidationError: when the list lengths or counts disagree.
        :return: the decoded answer (``keys``, ``keys_base64``, ``root_token`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        # Old defaults, kept with a warning: each applies only when the recovery counterpart is absent too.
        if secret_shares is None and recovery_shares is None:
            warnings.warn(message=_default_message("secret_shares", 5), category=DeprecationWarning, stacklevel=2)
            secret_shares = 5
        if secret_threshold is None and recovery_threshold is None:
            warnings.warn(message=_default_message("secret_threshold", 3), category=DeprecationWarning, stacklevel=2)
            secret_threshold = 3
        params: Dict[str, Any] = {
            "secret_shares": secret_shares,
            "secret_threshold": secret_threshold,
            "root_token_pgp_key": root_token_pgp_key,
        }
        if secret_shares is not None:
            if pgp_keys is not None:
                if len(pgp_keys) != secret_shares:
                    raise ParamValidationError("length of pgp_keys list argument must equal secret_shares value")
                params["pgp_keys"] = pgp_keys
            if stored_shares is not None:
                if stored_shares != secret_shares:
                    raise ParamValidationError("value for stored_shares argument must equal secret_shares argument")
                params["stored_shares"] = stored_shares
        if recovery_shares is not None:
            params["recovery_shares"] = recovery_shares
            if recovery_threshold is not None:
                if recovery_threshold > recovery_shares:
                    raise ParamValidationError(
                        "value for recovery_threshold argument must be less than or equal to recovery_shares argument"
                    )
                params["recovery_threshold"] = recovery_threshold
            if recovery_pgp_keys is not None:
                if len(recovery_pgp_keys) != recovery_shares:
                    raise ParamValidationError(
                        "length of recovery_pgp_keys list argument must equal recovery_shares value"
                    )
                params["recovery_pgp_keys"] = recovery_pgp_keys
        return self._adapter.put("/v1/sys/init", json=params)
