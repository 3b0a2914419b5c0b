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

A retry is counted against ``total`` and against the count of its kind (``connect``: the
connection was never made; ``read``: it broke after the request was sent, a body cut short
included; ``status``: a retried answer), as urllib3 counts them. No attempt starts after
``max_total_time``: a retry whose wait would end later is not made.
"""
import random
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, Dict, FrozenSet, Optional

import requests

RETRYABLE_STATUSES: FrozenSet[int] = frozenset({412, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS: FrozenSet[str] = frozenset({"GET", "HEAD", "LIST", "OPTIONS", "DELETE"})
# Answers that prove a write was not applied, so even POST/PUT may be resent.
NOT_APPLIED_STATUSES: FrozenSet[int] = frozenset({412, 429, 503})
# What a urllib3 Retry with allowed_methods=None retries: any verb.
EVERY_METHOD: FrozenSet[str] = frozenset({"GET", "HEAD", "LIST", "OPTIONS", "DELETE", "POST", "PUT", "PATCH", "TRACE"})
# Failures after the request went out: the server may have acted on it.
_BROKEN_AFTER_SENDING = (
    requests.exceptions.ConnectionError,
    requests.exceptions.ReadTimeout,
    requests.exceptions.ChunkedEncodingError,
)


@dataclass
class RetryPolicy:
    """How many times, how fast, and on what to retry.

    :param total: retries after the first attempt, of any kind (0 disables retrying; ``None``:
        no overall count, the per-kind counts and ``max_total_time`` alone limit them).
    :param backoff_factor: the n-th retry waits about ``backoff_factor * 2**(n-1)`` seconds, with jitter.
    :param max_backoff: cap on a single wait.
    :param max_total_time: no attempt starts, and no wait ends, later than this many seconds
        after the first attempt.
    :param statuses: statuses that are retried.
    :param idempotent_methods: verbs retried after any retryable failure.
    :param respect_retry_after: wait as long as a ``Retry-After`` header asks (capped by ``max_backoff``).
    :param connect: retries after the connection could not be made (``None``: ``total`` alone limits them).
    :param read: retries after the connection broke once the request was sent (``None``: likewise).
    :param status: retries after a retryable status (``None``: likewise).
    """

    total: Optional[int] = 3
    backoff_factor: float = 0.1
    max_backoff: float = 10.0
    max_total_time: float = 60.0
    statuses: FrozenSet[int] = field(default_factory=lambda: RETRYABLE_STATUSES)
    idempotent_methods: FrozenSet[str] = field(default_factory=lambda: IDEMPOTENT_METHODS)
    respect_retry_after: bool = True
    connect: Optional[int] = None
    read: Optional[int] = None
    status: Optional[int] = None

    @classmethod
    def from_setting(cls, setting: Any) -> Optional["RetryPolicy"]:
        """Build a policy from ``None``/``False`` (off), an int, a :class:`RetryPolicy` or a urllib3 ``Retry``.

        A ``Retry`` is read as urllib3 means it: ``None`` removes a count's limit, ``False`` is 0,
        and ``connect``, ``read`` and ``status`` count their own kind. Its ``allowed_methods``
        apply only when set explicitly (``None``: every verb); urllib3's default (PUT in, LIST
        out) would override the rule that a write is resent only when it cannot have been applied.
        """
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
            statuses = getattr(setting, "status_forcelist", None)
            return cls(
                total=_count(setting.total),
                backoff_factor=float(setting.backoff_factor or 0),
                max_backoff=float(getattr(setting, "backoff_max", None) or getattr(setting, "DEFAULT_BACKOFF_MAX", None) or 10),
                statuses=frozenset(statuses) if statuses else RETRYABLE_STATUSES,
                idempotent_methods=_allowed_methods(setting),
                respect_retry_after=bool(getattr(setting, "respect_retry_after_header", True)),
                connect=_count(getattr(setting, "connect", None)),
                read=_count(getattr(setting, "read", None)),
                status=_count(getattr(setting, "status", None)),
            )
        raise TypeError(f"retries must be an int, a RetryPolicy or a urllib3 Retry, not {type(setting).__name__}")

    def budget(self) -> "RetryBudget":
        """The retries of one request under this policy, its deadline counted from now."""
        return RetryBudget(self)

    def may_retry_status(self, method: str, status: int) -> bool:
        if status not in self.statuses:
            return False
        return method.upper() in self.idempotent_methods or status in NOT_APPLIED_STATUSES

    def may_retry_error(self, method: str, error: BaseException) -> bool:
        if never_connected(error):
            return True
        # A connection that broke after the request went out (a body cut short included): only
        # a request that may be repeated is resent.
        if isinstance(error, _BROKEN_AFTER_SENDING):
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


class RetryBudget:
    """The retries one request has left under a :class:`RetryPolicy`, and its deadline."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self.deadline = time.monotonic() + policy.max_total_time
        self.retries = 0
        self.used: Dict[str, int] = {"connect": 0, "read": 0, "status": 0}

    def wait_before_retry(
        self, method: str, error: Optional[BaseException] = None, status: Optional[int] = None, retry_after: Optional[str] = None
    ) -> Optional[float]:
        """Seconds to wait before retrying after ``error`` or an answer of ``status``, the retry
        then counted; ``None`` to give up: not retryable, no retries left, or the wait would end
        after the deadline."""
        policy = self.policy
        if error is not None:
            if not policy.may_retry_error(method, error):
                return None
            kind = "connect" if never_connected(error) else "read"
        elif status is not None and policy.may_retry_status(method, status):
            kind = "status"
        else:
            return None
        kind_limit = getattr(policy, kind)
        if (policy.total is not None and self.retries >= policy.total) or (kind_limit is not None and self.used[kind] >= kind_limit):
            return None
        wait = policy.delay(self.retries + 1, retry_after)
        if time.monotonic() + wait >= self.deadline:
            return None
        self.retries += 1
        self.used[kind] += 1
        return wait


def _count(value: Any) -> Optional[int]:
    """A urllib3 Retry count: ``None`` stays (no limit), ``False`` is 0."""
    return None if value is None else int(value)


def _allowed_methods(setting: Any) -> FrozenSet[str]:
    """The verbs a urllib3 Retry retries on any failure, when its caller chose them."""
    unset: Any = object()
    methods = getattr(setting, "allowed_methods", unset)
    if methods is unset or methods is getattr(type(setting), "DEFAULT_ALLOWED_METHODS", unset):
        return IDEMPOTENT_METHODS  # urllib3's default, not the caller's choice: the documented rule applies
    if methods is None:
        return EVERY_METHOD
    return frozenset(m.upper() for m in methods)


def never_connected(error: BaseException) -> bool:
    """True when the connection could not be made at all (refused, unreachable, DNS, connect
    timeout): the request cannot have reached the server."""
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return True
    text = repr(error)
    return any(
        marker in text
        for marker in ("NewConnectionError", "Connection refused", "Failed to establish", "NameResolutionError")
    )



def broken_after_sending(error: BaseException) -> bool:
    """True when the connection broke, or the answer timed out, once the request had gone out:
    the server may have acted on it. (TLS and proxy failures are neither this nor
    :func:`never_connected`: they are faults of the setup.)"""
    if isinstance(error, (requests.exceptions.SSLError, requests.exceptions.ProxyError)) or never_connected(error):
        return False
    return isinstance(error, _BROKEN_AFTER_SENDING)
