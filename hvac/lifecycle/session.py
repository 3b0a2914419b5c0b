"""Session: keep a client logged in, whatever happens to its token (beyond the reference).

A :class:`Session` is given a client and a way to log in. Installed on the client, it logs in
at the first request, renews the token in the background (a :class:`LifetimeWatcher`), logs
in again ahead of time when renewing stops working or the max TTL is near, and when Vault
answers 403 because the token died out of band (revoked, expired), logs in once and sends
that request again. Many threads share it: they wait for one login, never one each.
"""
import logging
import random
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Callable, Deque, Dict, Mapping, Optional, Tuple, Type, Union

import requests

from hvac import exceptions
from hvac.lifecycle.watcher import (
    ERROR,
    MAX_TTL_REACHED,
    NOT_RENEWABLE,
    REVOKED,
    STOPPED,
    Clock,
    Done,
    LifetimeWatcher,
    Renewed,
    SystemClock,
    _check_not_negative,
    _check_renew_fraction,
)

if TYPE_CHECKING:
    from hvac.v1 import Client

logger = logging.getLogger("hvac.lifecycle")

#: What a :class:`Session` is given to log in: a callable that logs in with the client it is passed.
Login = Callable[["Client"], Any]

#: The kinds of :class:`SessionEvent`.
LOGGED_IN = "logged in"
RENEWED = "renewed"
RELOGGED_IN = "logged in again"
LOGIN_FAILED = "login failed"

#: Why a session logs in again.
MAX_TTL_NEAR = "max TTL near"
TOKEN_NOT_RENEWABLE = "token not renewable"
TOKEN_DEAD = "token no longer valid"
RENEWAL_FAILED = "renewal failed"
TOKEN_EXPIRED = "token expired"


@dataclass(frozen=True)
class SessionEvent:
    """Something that happened to a session's token.

    :param kind: ``LOGGED_IN``, ``RENEWED``, ``RELOGGED_IN`` or ``LOGIN_FAILED``.
    :param reason: why a new login was needed (``MAX_TTL_NEAR``, ``TOKEN_DEAD`` …), if it was one.
    :param ttl: the lifetime Vault granted, in seconds, for logins and renewals.
    :param error: the exception of a failed login, or behind the reason.
    :param at: wall-clock time of the event (``time.time()``).
    """

    kind: str
    reason: Optional[str] = None
    ttl: Optional[float] = None
    error: Optional[BaseException] = None
    at: float = field(default_factory=time.time)


class Session:
    """Keep ``client`` logged in with ``login``. Nothing changes for the client until :meth:`install`.

    ``login`` is called with a client that shares ``client``'s settings and connections and must
    log in with it, e.g. ``lambda c: c.auth.approle.login(role_id=..., secret_id=...)``; the
    helpers :func:`approle_login`, :func:`kubernetes_login`, :func:`jwt_login`,
    :func:`userpass_login` and :func:`token_login` build such callables. Its return value (a
    login answer with an ``auth`` block) gives the token and its TTL; when it returns something
    else, the token the call left on that client is looked up.

    :param client: the :class:`hvac.Client` to keep logged in.
    :param login: the login callable.
    :param relogin_margin: seconds before the token's end (the max TTL, or a renewal that stopped
        working) at which to log in again; ``None``: a third of the token's TTL.
    :param renew_fraction: part of the TTL to let pass before each renewal.
    :param revoke_replaced_tokens: revoke a token once a new login replaced it.
    :param revoke_on_close: revoke the token when the session is closed.
    :param login_timeout: seconds a request waits for a failing login (retried with backoff)
        before the last error is raised to it.
    :param login_backoff: first wait after a failed login, doubled each time (10 s at most).
    :param on_event: called with each :class:`SessionEvent` (in the thread that caused it).
    :param clock: time source of the background renewals (a :class:`hvac.lifecycle.Clock`).
    :param rng: random generator for the renewals' jitter.
    """

    def __init__(
        self,
        client: "Client",
        login: Login,
        *,
        relogin_margin: Optional[float] = None,
        renew_fraction: float = 2 / 3,
        revoke_replaced_tokens: bool = True,
        revoke_on_close: bool = False,
        login_timeout: float = 30.0,
        login_backoff: float = 0.5,
        on_event: Optional[Callable[[SessionEvent], Any]] = None,
        clock: Optional[Clock] = None,
        rng: Optional[random.Random] = None,
    ) -> None:
        _check_renew_fraction(renew_fraction)  # here, not at the first login in some request
        _check_not_negative(relogin_margin=relogin_margin, login_timeout=login_timeout, login_backoff=login_backoff)
        self.client = client
        self.login = login
        self.relogin_margin = relogin_margin
        self.renew_fraction = renew_fraction
        self.revoke_replaced_tokens = revoke_replaced_tokens
        self.revoke_on_close = revoke_on_close
        self.login_timeout = login_timeout
        self.login_backoff = login_backoff
        self.on_event = on_event
        self.clock: Clock = clock if clock is not None else SystemClock()
        self._rng = rng
        #: The latest events (at most 1000), oldest first.
        self.events: Deque[SessionEvent] = deque(maxlen=1000)
        #: How many logins succeeded (the first one included).
        self.logins = 0

        self._lock = threading.RLock()
        self._token: Optional[str] = None
        self._expires_at = 0.0  # on self.clock
        self._full_ttl = 0.0
        self._generation = 0
        self._closed = threading.Event()
        self._watcher: Optional[LifetimeWatcher] = None
        self._thread: Optional[threading.Thread] = None
        self._changed = threading.Condition(self._lock)

    # --- installing and closing ----------------------------------------------------------------

    def install(self) -> "Session":
        """Route the client's requests through this session; returns the session.

        :raises RuntimeError: when another session is installed on the client's adapter.
        """
        adapter = self.client.adapter
        if adapter.vault_session not in (None, self):
            raise RuntimeError("another Session is installed on this client's adapter")
        adapter.vault_session = self
        return self

    def close(self, revoke: Optional[bool] = None) -> None:
        """Stop renewing, uninstall from the client and, if asked, revoke the token.

        :param revoke: revoke the token; ``None``: as ``revoke_on_close`` says.
        """
        self._closed.set()
        with self._lock:
            watcher, self._watcher = self._watcher, None
            token, self._token = self._token, None
            self._changed.notify_all()
        if watcher is not None:
            watcher.stop()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        if self.client.adapter.vault_session is self:
            self.client.adapter.vault_session = None
        if token is not None and (self.revoke_on_close if revoke is None else revoke):
            self._revoke(token)

    def __enter__(self) -> "Session":
        return self

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], traceback: Optional[TracebackType]
    ) -> None:
        self.close()

    @property
    def token(self) -> Optional[str]:
        """The current token (``None`` before the first login and after :meth:`close`)."""
        return self._token

    # --- what the adapter calls for every request -----------------------------------------------

    def send(self, attempt: Callable[[], Any]) -> Any:
        """Send a request (``attempt``) with a live token; after a 403 caused by a dead token, log
        in once and send it once more. Called by the adapter for every request."""
        token = self.ensure_token()
        try:
            answer = attempt()
        except exceptions.Forbidden:
            if not self._replace_if_dead(token):
                raise
            return attempt()
        if isinstance(answer, requests.Response) and answer.status_code == 403 and self._replace_if_dead(token):
            return attempt()
        return answer

    def ensure_token(self) -> str:
        """The current token, after logging in when there is none or it is known to be gone."""
        token = self._token
        if token is not None and self.clock.now() < self._expires_at:
            return token
        with self._lock:
            if self._closed.is_set():
                raise RuntimeError("the Session is closed")
            if self._token is None:
                return self._log_in(reason=None)
            if self.clock.now() >= self._expires_at:
                return self._log_in(reason=TOKEN_EXPIRED)
            return self._token

    def _replace_if_dead(self, used: str) -> bool:
        """After a 403 for the token ``used``: whether the request deserves another try, with a new
        token. One lookup-self tells a dead token from a policy denial; only one thread asks."""
        with self._lock:
            if self._token != used:
                return self._token is not None  # another thread already logged in again
            if self._token_is_alive(used):
                return False
            self._log_in(reason=TOKEN_DEAD)
            return True

    # --- logging in ---------------------------------------------------------------------------

    def _log_in(self, reason: Optional[str]) -> str:
        """Log in (the caller holds the lock), retrying with backoff for up to ``login_timeout``."""
        deadline = time.monotonic() + self.login_timeout
        wait = self.login_backoff
        while True:
            try:
                token, ttl, renewable, answer = self._call_login()
                break
            except Exception as error:  # noqa: BLE001 - reported, retried, then raised
                self._emit(SessionEvent(LOGIN_FAILED, reason=reason, error=error))
                if self._closed.is_set() or time.monotonic() + wait > deadline:
                    raise
                logger.warning("Vault login failed (%s); retrying in %.1f s", error, wait)
                time.sleep(wait)
                wait = min(wait * 2, 10.0)
        old, self._token = self._token, token
        self.client.adapter.token = token
        self._expires_at = self.clock.now() + ttl if ttl > 0 else float("inf")
        self._full_ttl = ttl
        self._generation += 1
        self.logins += 1
        self._emit(SessionEvent(LOGGED_IN if reason is None else RELOGGED_IN, reason=reason, ttl=ttl))
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.stop(timeout=0)
        if renewable and ttl > 0:
            self._watcher = LifetimeWatcher(
                self._internal_client(token),
                answer,
                renew_fraction=self.renew_fraction,
                on_renew=self._renewed,
                clock=self.clock,
                rng=self._rng,
                name="hvac-session-renewal",
            ).start()
        self._start_maintenance()
        self._changed.notify_all()
        if old is not None and old != token and self.revoke_replaced_tokens:
            self._revoke(old)
        return token

    def _call_login(self) -> Tuple[str, float, bool, Dict[str, Any]]:
        """Run the login callable; return the token, its TTL, whether it is renewable, and the answer."""
        internal = self._internal_client(None)
        answer = self.login(internal)
        if isinstance(answer, requests.Response):
            answer = answer.json()
        auth = answer.get("auth") if isinstance(answer, Mapping) else None
        if isinstance(auth, Mapping) and auth.get("client_token"):
            ttl = float(auth.get("lease_duration") or 0)
            return str(auth["client_token"]), ttl, bool(auth.get("renewable")), dict(answer)
        token = internal.token
        if not token:
            raise ValueError("the login callable neither returned a login answer nor left a token on the client")
        looked_up = internal.auth.token.lookup_self()["data"]
        ttl = float(looked_up.get("ttl") or 0)
        answer = {"auth": {"client_token": token, "lease_duration": ttl, "renewable": bool(looked_up.get("renewable"))}}
        return token, ttl, bool(looked_up.get("renewable")), answer

    def _renewed(self, event: Renewed) -> None:
        with self._lock:
            self._expires_at = self.clock.now() + event.ttl
        self._emit(SessionEvent(RENEWED, ttl=event.ttl))

    # --- the background: renew, then log in again ahead of time ----------------------------

    def _start_maintenance(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._maintain, name="hvac-session", daemon=True)
            self._thread.start()

    def _maintain(self) -> None:
        while not self._closed.is_set():
            with self._lock:
                generation, watcher = self._generation, self._watcher
            result = watcher.wait() if watcher is not None else Done(NOT_RENEWABLE)
            if self._closed.is_set():
                return
            reason = self._why_log_in_again(result)
            if reason is None:  # stopped because a login happened meanwhile
                self._wait_for_generation_after(generation)
                continue
            self._log_in_again_in_background(generation, reason)

    def _why_log_in_again(self, result: Done) -> Optional[str]:
        if result.reason is STOPPED:
            return None
        if result.reason is REVOKED:
            return TOKEN_DEAD
        if result.reason is ERROR:
            return RENEWAL_FAILED
        return MAX_TTL_NEAR if result.reason is MAX_TTL_REACHED else TOKEN_NOT_RENEWABLE

    def _log_in_again_in_background(self, generation: int, reason: str) -> None:
        """Wait until the margin before the token's end (at once when it is dead), then log in."""
        if reason in (MAX_TTL_NEAR, TOKEN_NOT_RENEWABLE):
            with self._lock:
                margin = self._full_ttl / 3 if self.relogin_margin is None else self.relogin_margin
                wake_at = self._expires_at - margin
            if self.clock.sleep(max(0.0, wake_at - self.clock.now()), self._closed):
                return
        while not self._closed.is_set():
            with self._lock:
                if self._generation != generation or self._closed.is_set():
                    return  # somebody logged in meanwhile (e.g. after a 403)
                try:
                    self._log_in(reason=reason)
                    return
                except Exception:  # noqa: BLE001 - recorded as LOGIN_FAILED; the next request retries too
                    pass
            if self.clock.sleep(self.login_backoff or 1.0, self._closed):
                return

    def _wait_for_generation_after(self, generation: int) -> None:
        with self._lock:
            while self._generation == generation and not self._closed.is_set():
                self._changed.wait(timeout=1.0)

    # --- helpers ---------------------------------------------------------------------------

    def _internal_client(self, token: Optional[str]) -> "Client":
        """A client with the same settings and connections but its own token and no session, for
        the session's own requests (login, lookup, renewal, revocation)."""
        from hvac.v1 import Client

        return Client.with_adapter(self.client.adapter.with_token(token))

    def _token_is_alive(self, token: str) -> bool:
        try:
            self._internal_client(token).auth.token.lookup_self()
            return True
        except (exceptions.Forbidden, exceptions.Unauthorized):
            return False
        except exceptions.InvalidRequest as error:
            return "permission denied" not in str(error).lower() and "bad token" not in str(error).lower()

    def _revoke(self, token: str) -> None:
        try:
            self._internal_client(token).auth.token.revoke_self()
        except Exception as error:  # noqa: BLE001 - gone already, or Vault unreachable: nothing to undo
            logger.info("could not revoke a replaced token: %s", error)

    def _emit(self, event: SessionEvent) -> None:
        self.events.append(event)
        logger.info("Vault session: %s%s", event.kind, f" ({event.reason})" if event.reason else "")
        if self.on_event is not None:
            self.on_event(event)

    def __repr__(self) -> str:
        state = "closed" if self._closed.is_set() else ("logged in" if self._token else "not logged in")
        return f"<Session of {self.client!r}: {state}, {self.logins} login(s)>"


# --- ready-made login callables ----------------------------------------------------------------


def approle_login(role_id: str, secret_id: Optional[str] = None, mount_point: str = "approle") -> Login:
    """Log in with AppRole (``POST /v1/auth/{mount_point}/login``)."""
    return lambda client: client.auth.approle.login(role_id=role_id, secret_id=secret_id, mount_point=mount_point)


def kubernetes_login(
    role: str,
    jwt_path: str = "/var/run/secrets/kubernetes.io/serviceaccount/token",
    mount_point: str = "kubernetes",
) -> Login:
    """Log in with the pod's service-account token, read from ``jwt_path`` at every login (the
    kubelet rotates it) (``POST /v1/auth/{mount_point}/login``)."""

    def login(client: "Client") -> Any:
        with open(jwt_path) as token_file:
            jwt = token_file.read().strip()
        return client.auth.kubernetes.login(role=role, jwt=jwt, mount_point=mount_point)

    return login


def jwt_login(role: str, jwt: Union[str, Callable[[], str]], path: Optional[str] = None) -> Login:
    """Log in with a JWT (``POST /v1/auth/{path}/login``); ``jwt`` is the token or a callable
    returning a fresh one at every login."""
    return lambda client: client.auth.jwt.jwt_login(role=role, jwt=jwt() if callable(jwt) else jwt, path=path)


def userpass_login(username: str, password: str, mount_point: str = "userpass") -> Login:
    """Log in with a username and password (``POST /v1/auth/{mount_point}/login/{username}``)."""
    return lambda client: client.auth.userpass.login(username=username, password=password, mount_point=mount_point)


def token_login(token: str) -> Login:
    """Use a token you already have (renewed like any other; it cannot be replaced once it is gone)."""

    def login(client: "Client") -> None:
        client.token = token

    return login
