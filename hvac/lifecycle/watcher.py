"""LifetimeWatcher: keep a token or a lease alive in the background.

:class:`LifetimeWatcher` is the Python counterpart of the Go client's ``api.LifetimeWatcher``:
a daemon thread that renews a Vault token or a secret's lease a while before it would
expire, follows the TTL that Vault grants each time, and stops -- telling you why -- when
renewing can no longer help (the max TTL caps the lifetime, the token was revoked, Vault
keeps failing) or when you stop it yourself.

Every renewal and the final outcome are reported twice, so you can pick the style you like:
through the ``on_renew``/``on_done`` callbacks (run in the watcher's thread) and as event
objects (:class:`Renewed`, then exactly one :class:`Done`) put on the ``watcher.events`` queue.

This module is an addition of this library; the reference hvac has no equivalent.
"""
import enum
import logging
import queue
import random
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Callable, Dict, Mapping, Optional, Tuple, Type, Union

import requests

from hvac import exceptions

if TYPE_CHECKING:
    from hvac.v1 import Client


logger = logging.getLogger("hvac.lifecycle")


class Reason(str, enum.Enum):
    """Why a watcher stopped. Members compare equal to their plain string values."""

    #: Vault granted less than a full renewal: the token's or lease's max TTL caps its lifetime,
    #: so further renewals cannot push the expiry back. Log in again / read the secret again.
    MAX_TTL_REACHED = "max TTL reached"
    #: The token or lease cannot be renewed (or Vault says it no longer can).
    NOT_RENEWABLE = "not renewable"
    #: Vault refused the renewal because the token or lease is gone (revoked or expired).
    REVOKED = "revoked"
    #: Any other failure, including transient errors that outlasted the retries.
    ERROR = "error"
    #: :meth:`LifetimeWatcher.stop` was called.
    STOPPED = "stopped"

    def __str__(self) -> str:
        return self.value


MAX_TTL_REACHED = Reason.MAX_TTL_REACHED
NOT_RENEWABLE = Reason.NOT_RENEWABLE
REVOKED = Reason.REVOKED
ERROR = Reason.ERROR
STOPPED = Reason.STOPPED


@dataclass(frozen=True)
class Renewed:
    """A successful renewal.

    :param ttl: the lifetime Vault granted, in seconds from the moment of the renewal.
    :param response: Vault's decoded answer to the renewal request.
    """

    ttl: float
    response: Dict[str, Any]


@dataclass(frozen=True)
class Done:
    """The watcher's final outcome; also what :meth:`LifetimeWatcher.wait` returns.

    :param reason: one of the :class:`Reason` members.
    :param error: the exception behind ``REVOKED``/``ERROR`` (and behind ``NOT_RENEWABLE`` or
        ``MAX_TTL_REACHED`` when Vault reported them as an error); ``None`` otherwise.
    """

    reason: Reason
    error: Optional[BaseException] = None


#: What the ``events`` queue carries.
WatcherEvent = Union[Renewed, Done]


class Clock:
    """The time source of a watcher: reads a monotonic clock and waits on the stop event.

    Subclass it to drive a watcher from a fake clock in tests.
    """

    def now(self) -> float:
        """Current time in seconds (only differences matter)."""
        raise NotImplementedError

    def sleep(self, seconds: float, stop: threading.Event) -> bool:
        """Wait ``seconds``, or less if ``stop`` gets set; return whether ``stop`` is set."""
        raise NotImplementedError


class SystemClock(Clock):
    """Real time: :func:`time.monotonic`, and waiting on the stop event itself."""

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float, stop: threading.Event) -> bool:
        return stop.wait(max(0.0, seconds))


# Phrases of a 400 answer meaning the thing being renewed no longer exists (OpenBao/Vault wording).
_GONE_PHRASES = ("lease not found", "invalid lease", "permission denied", "token not found", "invalid token")
_RETRYABLE_TRANSPORT_ERRORS = (
    requests.exceptions.ConnectionError,
    requests.exceptions.Timeout,
    requests.exceptions.ChunkedEncodingError,
    ConnectionError,
    TimeoutError,
)

_Lifetime = Tuple[float, bool]  # (ttl in seconds, renewable)


def _classify(error: BaseException) -> Optional[Reason]:
    """Map a failed request to the reason to stop with, or ``None`` when it is worth retrying."""
    if isinstance(error, exceptions.Forbidden):
        return REVOKED
    message = str(error.args[0] if error.args else "").lower() if isinstance(error, exceptions.VaultError) else ""
    # OpenBao words these answers the same whatever the status (a renew-self past the max TTL
    # may come back as a 500), so the words decide before the status does.
    if "not renewable" in message:
        return NOT_RENEWABLE
    if "past the max ttl" in message:
        return MAX_TTL_REACHED
    if isinstance(error, exceptions.InvalidRequest):
        if any(phrase in message for phrase in _GONE_PHRASES):
            return REVOKED
        return ERROR
    if isinstance(error, exceptions.VaultError):
        status = error.status_code
        return None if status is not None and (status == 429 or status >= 500) else ERROR
    if isinstance(error, _RETRYABLE_TRANSPORT_ERRORS):
        return None
    return ERROR


def _as_dict(response: Any) -> Dict[str, Any]:
    """The decoded body of an adapter's answer (a dict, or a ``requests.Response`` holding JSON)."""
    if isinstance(response, requests.Response):
        response = response.json()
    if not isinstance(response, Mapping):
        raise ValueError(f"expected a JSON object from Vault, got {type(response).__name__}")
    return dict(response)


def _lifetime(block: Any, ttl_key: str, what: str) -> _Lifetime:
    """Read ``(ttl, renewable)`` from one block of a Vault answer."""
    if not isinstance(block, Mapping) or not isinstance(block.get(ttl_key), (int, float)):
        raise ValueError(f"Vault's answer has no {what} {ttl_key!r}: {block!r}")
    return float(block[ttl_key]), bool(block.get("renewable"))


def _auth_lifetime(response: Dict[str, Any]) -> _Lifetime:
    return _lifetime(response.get("auth"), "lease_duration", "auth")


def _lease_lifetime(response: Dict[str, Any]) -> _Lifetime:
    return _lifetime(response, "lease_duration", "lease")


def _lookup_lifetime(response: Dict[str, Any]) -> _Lifetime:
    return _lifetime(response.get("data"), "ttl", "token")


def _check_renew_fraction(renew_fraction: float) -> None:
    """Refuse a renewal point outside the lifetime (checked when a watcher, session or container is built)."""
    if not 0 < renew_fraction < 1:
        raise ValueError(f"renew_fraction must be between 0 and 1, got {renew_fraction!r}")


def _check_not_negative(**settings: Optional[float]) -> None:
    """Refuse negative durations and counts; ``None`` means "the default" and passes."""
    negative = [name for name, value in settings.items() if value is not None and value < 0]
    if negative:
        raise ValueError(f"{' and '.join(negative)} must not be negative")


class LifetimeWatcher:
    """Renew a token or a lease in a background thread until renewing stops making sense.

    What is watched depends on ``secret``:

    * ``None``: the client's own token. Its TTL is first read with
      ``GET /v1/auth/token/lookup-self``; renewals use ``POST /v1/auth/token/renew-self``.
    * a login response (a dict with an ``auth`` block): the token ``auth.client_token``, whose
      TTL is ``auth.lease_duration``. Renewed with ``renew-self`` when it is the client's
      token, otherwise with ``POST /v1/auth/token/renew`` (the client's token must be allowed to).
    * a secret with a lease (a dict with ``lease_id``, ``lease_duration``, ``renewable``):
      renewed with ``PUT /v1/sys/leases/renew``.

    Schedule: after each renewal (and at the start) the thread sleeps for ``renew_fraction`` of
    the current TTL, spread by up to ``jitter`` of that sleep either way, so that many clients do
    not renew in lockstep; it then renews and adopts the TTL Vault granted. When Vault grants
    less than a full renewal (less than ``increment``, or than the longest TTL seen so far), or a
    renewal does not move the expiry later, the max TTL is capping the lifetime and the watcher
    stops with :data:`MAX_TTL_REACHED`: the credential stays valid for the granted TTL (see the
    last :class:`Renewed` event), and it is time to log in or read the secret again.

    Errors: a 403, or a 400 saying the lease/token is unknown or invalid, ends the watch with
    :data:`REVOKED`. Connection failures, timeouts, 429 and 5xx answers are retried
    ``max_retries`` times with exponential backoff (``retry_backoff``, doubled each time,
    never past the expiry), then end it with :data:`ERROR`; any other error ends it at once with
    :data:`ERROR`. The exception is always kept in :attr:`Done.error`.

    The watcher uses the client from its own thread: do not swap the client's adapter or token
    while it runs.

    :param client: the :class:`hvac.Client` to send renewals with.
    :param secret: what to watch (see above); ``None`` for the client's token.
    :param renew_fraction: part of the TTL to let pass before renewing (between 0 and 1).
    :param jitter: relative random spread of each sleep, ``0`` for none.
    :param increment: seconds of lifetime to ask for at each renewal; ``None`` lets Vault decide.
    :param on_renew: called with each :class:`Renewed` event, in the watcher's thread. If it
        raises, the watcher stops with :data:`ERROR` carrying that exception.
    :param on_done: called once with the final :class:`Done`, in the watcher's thread.
    :param max_retries: retries of a transient failure before giving up.
    :param retry_backoff: first retry delay in seconds; doubled at each further retry.
    :param clock: time source (a :class:`Clock`); real time by default.
    :param rng: random generator for the jitter (e.g. a seeded ``random.Random``).
    :param name: name of the background thread.
    """

    def __init__(
        self,
        client: "Client",
        secret: Union[Mapping[str, Any], requests.Response, None] = None,
        *,
        renew_fraction: float = 2 / 3,
        jitter: float = 0.1,
        increment: Optional[int] = None,
        on_renew: Optional[Callable[[Renewed], Any]] = None,
        on_done: Optional[Callable[[Done], Any]] = None,
        max_retries: int = 3,
        retry_backoff: float = 1.0,
        clock: Optional[Clock] = None,
        rng: Optional[random.Random] = None,
        name: str = "hvac-lifetime-watcher",
    ) -> None:
        _check_renew_fraction(renew_fraction)
        if not 0 <= jitter < 1 or renew_fraction * (1 + jitter) >= 1:
            raise ValueError(f"jitter must be in [0, 1) and keep renew_fraction * (1 + jitter) below 1, got {jitter!r}")
        if increment is not None and (isinstance(increment, bool) or not isinstance(increment, int) or increment <= 0):
            raise ValueError(f"increment must be a positive number of seconds, got {increment!r}")
        _check_not_negative(max_retries=max_retries, retry_backoff=retry_backoff)

        self.client = client
        self.renew_fraction = renew_fraction
        self.jitter = jitter
        self.increment = increment
        self.on_renew = on_renew
        self.on_done = on_done
        self.max_retries = max_retries
        self.retry_backoff = retry_backoff
        self.clock: Clock = clock if clock is not None else SystemClock()
        self._rng = rng if rng is not None else random.Random()
        self._name = name
        #: Every :class:`Renewed` event, then one :class:`Done`, in order.
        self.events: "queue.Queue[WatcherEvent]" = queue.Queue()

        #: A description of what is watched, for logs and ``repr``.
        self.target = "the client's token"
        self._initial: Optional[_Lifetime] = None  # None: look the client's token up first
        self._renew: Callable[[], Any]
        self._granted: Callable[[Dict[str, Any]], _Lifetime]
        self._describe_target(client, secret)

        self._lock = threading.Lock()
        self._stop_event = threading.Event()
        self._finished = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self._result: Optional[Done] = None

    def _describe_target(self, client: "Client", secret: Union[Mapping[str, Any], requests.Response, None]) -> None:
        """Decide what to renew, how, and what its lifetime is now."""
        token_api = client.auth.token
        if secret is None:
            self._renew = lambda: token_api.renew_self(increment=self.increment)
            self._granted = _auth_lifetime
            return
        if isinstance(secret, requests.Response):
            secret = secret.json()
        if not isinstance(secret, Mapping):
            raise TypeError(f"secret must be a login response or a leased secret (a dict), got {type(secret).__name__}")
        auth = secret.get("auth")
        if isinstance(auth, Mapping):
            token = auth.get("client_token")
            if not token:
                raise ValueError("the login response has no auth.client_token")
            self._initial = _auth_lifetime(dict(secret))
            self._granted = _auth_lifetime
            if token == client.token:
                self.target = "the client's token"
                self._renew = lambda: token_api.renew_self(increment=self.increment)
            else:
                self.target = f"token with accessor {auth.get('accessor') or '?'}"
                self._renew = lambda: token_api.renew(token=token, increment=self.increment)
            return
        if "lease_id" in secret:
            lease_id = secret["lease_id"]
            self.target = f"lease {lease_id!r}"
            ttl, renewable = _lease_lifetime(dict(secret))
            self._initial = (ttl, renewable and bool(lease_id))
            self._granted = _lease_lifetime
            self._renew = lambda: client.sys.renew_lease(lease_id=lease_id, increment=self.increment)
            return
        raise ValueError("secret has neither an 'auth' block nor a 'lease_id'")

    # --- public control ------------------------------------------------------------------------

    def start(self) -> "LifetimeWatcher":
        """Start the background thread; returns the watcher itself.

        :raises RuntimeError: when the watcher was already started or stopped.
        """
        with self._lock:
            if self._thread is not None or self._result is not None:
                raise RuntimeError("a LifetimeWatcher can be started only once")
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: Optional[float] = None) -> Optional[Done]:
        """Stop watching and wait for the thread to end. Safe to call any number of times.

        The thread wakes up at once from its sleep; only a renewal request already on the wire
        is waited for (bounded by the client's timeout, or by ``timeout`` here).

        :param timeout: the longest time to wait for the thread, in seconds; ``None`` for no limit.
        :return: the final :class:`Done` (``STOPPED`` unless the watch had already ended), or
            ``None`` when ``timeout`` ran out first.
        """
        self._stop_event.set()
        with self._lock:
            thread = self._thread
        if thread is None:
            self._finish(Done(STOPPED))
        elif thread is not threading.current_thread():
            thread.join(timeout)
        return self._result

    def wait(self, timeout: Optional[float] = None) -> Done:
        """Block until the watch ends and return its :class:`Done`.

        :param timeout: the longest time to wait, in seconds; ``None`` for no limit.
        :raises TimeoutError: when ``timeout`` runs out first.
        :raises RuntimeError: when the watcher was never started, or when called from a
            callback before the outcome is known (it would wait for itself).
        """
        with self._lock:
            thread = self._thread
            result = self._result
        if thread is None and result is None:
            raise RuntimeError("the LifetimeWatcher was not started")
        if thread is threading.current_thread():
            if result is None:
                raise RuntimeError("wait() called from the watcher's own thread before it finished")
            return result
        if not self._finished.wait(timeout):
            raise TimeoutError(f"the LifetimeWatcher still runs after {timeout} s")
        assert self._result is not None
        return self._result

    @property
    def result(self) -> Optional[Done]:
        """The final :class:`Done`, or ``None`` while the watch goes on (or has not begun)."""
        return self._result

    @property
    def running(self) -> bool:
        """Whether the background thread is alive."""
        thread = self._thread
        return thread is not None and thread.is_alive()

    def __enter__(self) -> "LifetimeWatcher":
        if self._thread is None:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        if self._result is not None:
            state = f"done: {self._result.reason}"
        else:
            state = "running" if self.running else "not started"
        return f"<LifetimeWatcher of {self.target}, {state}>"

    # --- the background thread -----------------------------------------------------------------

    def _run(self) -> None:
        try:
            result = self._watch()
        except Exception as error:  # e.g. on_renew raised, or Vault answered something unreadable
            result = Done(ERROR, error)
        self._finish(result)

    def _watch(self) -> Done:
        if self._stop_event.is_set():
            return Done(STOPPED)
        if self._initial is not None:
            ttl, renewable = self._initial
        else:
            looked_up = self._request(lambda: self.client.auth.token.lookup_self(), expires_at=None)
            if isinstance(looked_up, Done):
                return looked_up
            ttl, renewable = _lookup_lifetime(looked_up)
        if not renewable or ttl <= 0:
            return Done(NOT_RENEWABLE)

        expires_at = self.clock.now() + ttl
        full_grant = ttl  # the longest lifetime a renewal has granted (or the starting TTL)
        while True:
            if self.clock.sleep(self._sleep_time(ttl), self._stop_event):
                return Done(STOPPED)
            answer = self._request(self._renew, expires_at)
            if isinstance(answer, Done):
                return answer
            ttl, renewable = self._granted(answer)
            now = self.clock.now()
            self._report(Renewed(ttl, answer))
            if self._stop_event.is_set():
                return Done(STOPPED)
            if not renewable:
                return Done(NOT_RENEWABLE)
            asked = full_grant if self.increment is None else min(self.increment, full_grant)
            if ttl < asked or now + ttl <= expires_at:
                logger.info("%s: Vault granted %s s, less than a full renewal: max TTL reached", self.target, ttl)
                return Done(MAX_TTL_REACHED)
            full_grant = max(full_grant, ttl)
            expires_at = now + ttl

    def _sleep_time(self, ttl: float) -> float:
        """How long to wait before renewing something that has ``ttl`` seconds left."""
        spread = self._rng.uniform(-self.jitter, self.jitter) if self.jitter else 0.0
        return ttl * self.renew_fraction * (1.0 + spread)

    def _request(self, send: Callable[[], Any], expires_at: Optional[float]) -> Union[Dict[str, Any], Done]:
        """Send one request, retrying transient failures; a :class:`Done` when it is over."""
        attempt = 0
        while True:
            try:
                return _as_dict(send())
            except Exception as error:
                verdict = _classify(error)
                if verdict is not None:
                    return Done(verdict, error)
                if attempt >= self.max_retries:
                    logger.error("%s: giving up after %d retries: %s", self.target, attempt, error)
                    return Done(ERROR, error)
                delay = self.retry_backoff * 2**attempt
                if expires_at is not None:
                    delay = min(delay, max(0.0, expires_at - self.clock.now()))
                attempt += 1
                logger.warning("%s: renewal failed (%s); retry %d of %d in %.2f s",
                               self.target, error, attempt, self.max_retries, delay)
                if self.clock.sleep(delay, self._stop_event):
                    return Done(STOPPED)

    def _report(self, event: Renewed) -> None:
        logger.debug("%s renewed for %s s", self.target, event.ttl)
        self.events.put(event)
        if self.on_renew is not None:
            self.on_renew(event)

    def _finish(self, result: Done) -> None:
        """Record the outcome once: queue it, call ``on_done``, then release :meth:`wait`."""
        with self._lock:
            if self._result is not None:
                return
            self._result = result
        self.events.put(result)
        try:
            if self.on_done is not None:
                self.on_done(result)
        except Exception:
            logger.exception("%s: the on_done callback raised", self.target)
        finally:
            self._finished.set()
