"""Opt-in retry policy for the adapter (not part of the reference API).

Off by default, so behaviour matches hvac unless a caller asks, e.g.
``hvac.Client(retries=3)`` or ``hvac.Client(retries=urllib3.util.Retry(total=5, backoff_factor=0.2))``.

Which requests are retried, and why:

* GET, HEAD, LIST, OPTIONS and DELETE read or remove state and give the same outcome when
  repeated, so they are retried after a connection error, a read timeout, or an answer of
  412, 429, 500, 502, 503 or 504.
* POST and PUT (Vault treats them alike: create or update) may have been applied when the
  server failed half way, so they are retried only when Vault cannot have applied them:
  the connection was never established, or Vault answered 412 (a consistency precondition
  failed before the request was handled), 429 (rejected by a rate-limit quota) or 503
  (sealed, or a standby that did not process it).
"""
import random
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, FrozenSet, Optional

RETRYABLE_STATUSES: FrozenSet[int] = frozenset({412, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS: FrozenSet[str] = frozenset({"GET", "HEAD", "LIST", "OPTIONS", "DELETE"})
# Answers that prove a write was not applied, so even POST/PUT may be resent.
NOT_APPLIED_STATUSES: FrozenSet[int] = frozenset({412, 429, 503})


@dataclass
class RetryPolicy:
    """How many times, how fast, and on what to retry.

    :param total: retries after the first attempt (0 disables retrying).
    :param backoff_factor: the n-th retry waits about ``backoff_factor * 2**(n-1)`` seconds, with jitter.
    :param max_backoff: cap on a single wait.
    :param max_total_time: no retry starts after this many seconds since the first attempt.
    :param statuses: statuses that are retried.
    :param idempotent_methods: verbs retried after any retryable failure.
    :param respect_retry_after: wait as long as a ``Retry-After`` header asks (capped by ``max_backoff``).
    """

    total: int = 3
    backoff_factor: float = 0.1
    max_backoff: float = 10.0
    max_total_time: float = 60.0
    statuses: FrozenSet[int] = field(default_factory=lambda: RETRYABLE_STATUSES)
    idempotent_methods: FrozenSet[str] = field(default_factory=lambda: IDEMPOTENT_METHODS)
    respect_retry_after: bool = True

    @classmethod
    def from_setting(cls, setting: Any) -> Optional["RetryPolicy"]:
        """Build a policy from ``None``/``False`` (off), an int, a :class:`RetryPolicy` or a urllib3 ``Retry``."""
        if setting is None or setting is False:
            return None
        if isinstance(setting, RetryPolicy):
            return setting
        if isinstance(setting, bool):
            return cls()
        if isinstance(setting, int):
            if setting < 0:
                raise ValueError("retries must be zero or a positive number")
            return cls(total=setting) if setting else None
        if hasattr(setting, "total") and hasattr(setting, "backoff_factor"):  # urllib3.util.Retry
            methods = getattr(setting, "allowed_methods", None)
            statuses = getattr(setting, "status_forcelist", None)
            return cls(
                total=int(setting.total or 0),
                backoff_factor=float(setting.backoff_factor or 0),
                max_backoff=float(getattr(setting, "backoff_max", None) or getattr(setting, "DEFAULT_BACKOFF_MAX", None) or 10),
                statuses=frozenset(statuses) if statuses else RETRYABLE_STATUSES,
                idempotent_methods=frozenset(m.upper() for m in methods) if methods else IDEMPOTENT_METHODS,
                respect_retry_after=bool(getattr(setting, "respect_retry_after_header", True)),
            )
        raise TypeError(f"retries must be an int, a RetryPolicy or a urllib3 Retry, not {type(setting).__name__}")

    def may_retry_status(self, method: str, status: int) -> bool:
        if status not in self.statuses:
            return False
        return method.upper() in self.idempotent_methods or status in NOT_APPLIED_STATUSES

    def may_retry_error(self, method: str, error: BaseException) -> bool:
        import requests

        if isinstance(error, requests.exceptions.ConnectTimeout) or _never_connected(error):
            return True
        # A connection that broke after the request went out (a body cut short included): only
        # a request that may be repeated is resent.
        if isinstance(
            error,
            (requests.exceptions.ConnectionError, requests.exceptions.ReadTimeout, requests.exceptions.ChunkedEncodingError),
        ):
            return method.upper() in self.idempotent_methods
        return False

    def delay(self, retry_number: int, retry_after: Optional[str] = None) -> float:
        """Seconds to wait before retry number ``retry_number`` (1-based)."""
        if retry_after and self.respect_retry_after:
            asked = parse_retry_after(retry_after)
            if asked is not None:
                return min(asked, self.max_backoff)
        base = self.backoff_factor * (2 ** (retry_number - 1))
        # "Full jitter": spreads clients that failed together over the whole interval.
        return min(self.max_backoff, random.uniform(base / 2, base)) if base > 0 else 0.0


def parse_retry_after(value: str) -> Optional[float]:
    """Seconds asked by a ``Retry-After`` header (a number or an HTTP date), or ``None``."""
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _never_connected(error: BaseException) -> bool:
    """True when the connection could not be made at all (refused, unreachable, DNS)."""
    text = repr(error)
    return any(
        marker in text
        for marker in ("NewConnectionError", "Connection refused", "Failed to establish", "NameResolutionError")
    )
