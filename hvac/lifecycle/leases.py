"""LeaseContainer: dynamic secrets that stay valid (beyond the reference).

Database credentials, RabbitMQ users, cloud keys and PKI certificates come with a lifetime.
A :class:`LeaseContainer` reads each one, renews its lease before it expires (a
:class:`LifetimeWatcher`), and when renewing is refused or the max TTL is near, reads a new
one and tells you through ``on_change(old, new)``; the replaced lease is revoked a little later
(work that read it just before the change can finish), and everything the container holds is
revoked when it is closed.
"""
import logging
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Tuple, Type, Union

import requests

from hvac.lifecycle.session import Session
from hvac.lifecycle.watcher import (
    MAX_TTL_REACHED,
    NOT_RENEWABLE,
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

#: ``on_change(old, new)``: called with the replaced secret and its replacement.
OnChange = Callable[[Dict[str, Any], Dict[str, Any]], Any]


class ManagedSecret:
    """One secret a :class:`LeaseContainer` keeps valid. Read :attr:`current` for the latest.

    :param container: the container that manages it.
    :param path: where it is read, e.g. ``database/creds/readonly`` or ``pki/issue/web``.
    :param method: ``GET`` to read it, ``POST`` to request it with ``data`` (PKI ``issue``).
    :param data: the body of a ``POST``.
    :param on_change: called as ``on_change(old, new)`` after each replacement.
    :param rotate: replace the secret when it cannot be renewed any more (else only renew it).
    """

    def __init__(
        self,
        container: "LeaseContainer",
        path: str,
        method: str,
        data: Optional[Dict[str, Any]],
        on_change: Optional[OnChange],
        rotate: bool,
    ) -> None:
        self.container = container
        self.path = path
        self.method = method.upper()
        self.data = data
        self.on_change = on_change
        self.rotate = rotate
        #: How many times the secret was replaced.
        self.replacements = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._watcher: Optional[LifetimeWatcher] = None
        self._expires_at = float("inf")
        self._lifetime = 0.0
        self._replaced: Optional[Tuple[Dict[str, Any], float]] = None  # (old secret, when to revoke it)
        self._current = self._read()
        self._thread = threading.Thread(target=self._keep_valid, name=f"hvac-lease {path}", daemon=True)

    @property
    def current(self) -> Dict[str, Any]:
        """The secret as Vault last returned it (``data``, ``lease_id``, ``lease_duration`` …)."""
        return self._current

    @property
    def lease_id(self) -> Optional[str]:
        """The current secret's lease, if it has one."""
        return self._current.get("lease_id") or None

    def _read(self) -> Dict[str, Any]:
        client = self.container.client
        answer: Any = client.write_data(self.path, data=self.data or {}) if self.method == "POST" else client.read(self.path)
        if isinstance(answer, requests.Response):
            answer = answer.json()
        if not isinstance(answer, Mapping):
            raise ValueError(f"nothing to manage at {self.path!r}: Vault answered {answer!r}")
        secret = dict(answer)
        self._lifetime = _lifetime_of(secret)
        self._expires_at = self.container.clock.now() + self._lifetime if self._lifetime > 0 else float("inf")
        return secret

    # --- the background ------------------------------------------------------------------------

    def _keep_valid(self) -> None:
        while not self._stop.is_set():
            secret = self._current
            renewable = bool(secret.get("renewable")) and bool(secret.get("lease_id"))
            watcher = self._start_watcher(secret) if renewable else None
            if self._revoke_replaced_when_due():
                return
            if watcher is not None:
                result = watcher.wait()
            elif self._expires_at != float("inf"):
                result = Done(NOT_RENEWABLE)
            else:
                return  # no lease and no expiry: nothing will run out
            if result.reason is STOPPED or self._stop.is_set():
                return
            if result.reason in (MAX_TTL_REACHED, NOT_RENEWABLE) and self._sleep_until_margin():
                return
            if not self.rotate:
                logger.info("%s: cannot be renewed any more (%s); not replaced (rotate=False)", self.path, result.reason)
                return
            self._replace(str(result.reason))

    def _start_watcher(self, secret: Dict[str, Any]) -> Optional[LifetimeWatcher]:
        watcher = LifetimeWatcher(
            self.container.client, secret, renew_fraction=self.container.renew_fraction,
            on_renew=self._renewed, clock=self.container.clock, name=f"hvac-lease-renewal {self.path}",
        )
        with self._lock:
            if self._stop.is_set():
                return None
            self._watcher = watcher.start()
        return watcher

    def _revoke_replaced_when_due(self) -> bool:
        """Let the replaced secret's grace run out, then revoke it; return whether stopped meanwhile."""
        if self._replaced is None:
            return self._stop.is_set()
        old, revoke_at = self._replaced
        clock = self.container.clock
        if clock.sleep(max(0.0, revoke_at - clock.now()), self._stop):
            return True  # stop() revokes it
        self._replaced = None
        self.container._revoke(old)
        return False

    def _renewed(self, event: Renewed) -> None:
        self._expires_at = self.container.clock.now() + event.ttl

    def _sleep_until_margin(self) -> bool:
        """Wait until the replacement is due; return whether the secret was stopped meanwhile."""
        margin = self.container.rotate_margin
        margin = self._lifetime / 3 if margin is None else margin
        clock = self.container.clock
        return clock.sleep(max(0.0, self._expires_at - margin - clock.now()), self._stop)

    def _replace(self, why: str) -> None:
        old_expires_at = self._expires_at
        backoff = 0.5
        while not self._stop.is_set():
            try:
                new = self._read()
                break
            except Exception as error:  # noqa: BLE001 - Vault unreachable for a while: keep trying
                logger.warning("%s: could not read a new secret (%s); retrying in %.1f s", self.path, error, backoff)
                if self.container.clock.sleep(backoff, self._stop):
                    return
                backoff = min(backoff * 2, 10.0)
        else:
            return
        old, self._current = self._current, new
        left = max(0.0, old_expires_at - self.container.clock.now())
        grace = left / 2 if self.container.revoke_grace is None else min(self.container.revoke_grace, left)
        self._replaced = (old, self.container.clock.now() + grace)
        self.replacements += 1
        logger.info("%s: replaced (%s)", self.path, why)
        if self.on_change is not None:
            try:
                self.on_change(old, new)
            except Exception:  # noqa: BLE001 - a failing callback must not stop the renewals
                logger.exception("%s: on_change raised", self.path)

    def stop(self) -> None:
        """Stop renewing and replacing this secret (not revoked; a replaced one still in its grace is)."""
        self._stop.set()
        with self._lock:
            watcher = self._watcher
        if watcher is not None:
            watcher.stop()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()
        replaced, self._replaced = self._replaced, None
        if replaced is not None:  # its grace ends with the container
            self.container._revoke(replaced[0])

    def __repr__(self) -> str:
        return f"<ManagedSecret {self.path} lease={self.lease_id!r}, replaced {self.replacements} time(s)>"


class LeaseContainer:
    """Keep dynamic secrets valid: renew their leases, replace them before they run out.

    Renewable leases are renewed; a lease that cannot be renewed any more (its max TTL is near,
    or Vault refuses) and a non-renewable one are replaced ``rotate_margin`` seconds before they
    end; a PKI certificate (no lease, an ``expiration``) is issued again before it expires.

    :param session_or_client: a :class:`Session` (its client is used, kept logged in) or a client.
    :param renew_fraction: part of a lease's TTL to let pass before each renewal.
    :param rotate_margin: seconds before the end at which to replace a secret; ``None``: a third of
        the secret's lifetime.
    :param revoke_grace: seconds a replaced secret stays valid after ``on_change``, so that work
        which read it just before can finish; ``None``: half of the time it had left; ``0``: revoke
        it at once. Never longer than the secret's own end; stopping the container ends it early.
    :param revoke_on_close: revoke the leases still held when the container is closed.
    :param clock: time source (a :class:`hvac.lifecycle.Clock`).
    """

    def __init__(
        self,
        session_or_client: Union[Session, "Client"],
        *,
        renew_fraction: float = 2 / 3,
        rotate_margin: Optional[float] = None,
        revoke_grace: Optional[float] = None,
        revoke_on_close: bool = True,
        clock: Optional[Clock] = None,
    ) -> None:
        _check_renew_fraction(renew_fraction)
        _check_not_negative(rotate_margin=rotate_margin, revoke_grace=revoke_grace)
        self.client: "Client" = session_or_client.client if isinstance(session_or_client, Session) else session_or_client
        self.renew_fraction = renew_fraction
        self.rotate_margin = rotate_margin
        self.revoke_grace = revoke_grace
        self.revoke_on_close = revoke_on_close
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.secrets: List[ManagedSecret] = []
        self._closed = False

    def request(
        self,
        path: str,
        on_change: Optional[OnChange] = None,
        rotate: bool = True,
        method: str = "GET",
        data: Optional[Dict[str, Any]] = None,
    ) -> ManagedSecret:
        """Read the secret at ``path`` now, and keep it valid from then on.

        ``GET /v1/{path}`` (or ``POST`` with ``data``, e.g. ``pki/issue/{role}``)

        :param path: where the secret is read, e.g. ``database/creds/readonly``.
        :param on_change: called as ``on_change(old, new)`` after each replacement.
        :param rotate: replace the secret when it cannot be renewed any more.
        :param method: ``GET`` or ``POST``.
        :param data: the body of a ``POST``.
        :return: the :class:`ManagedSecret`; its :attr:`~ManagedSecret.current` is the secret.
        :raises RuntimeError: when the container is closed.
        """
        if self._closed:
            raise RuntimeError("the LeaseContainer is closed")
        if method.upper() not in ("GET", "POST"):
            raise ValueError(f'method must be "GET" or "POST", got {method!r}')
        managed = ManagedSecret(self, path, method, data, on_change, rotate)
        self.secrets.append(managed)
        managed._thread.start()
        return managed

    def close(self, revoke: Optional[bool] = None) -> None:
        """Stop every secret and, unless told otherwise, revoke the leases still held.

        :param revoke: revoke them; ``None``: as ``revoke_on_close`` says.
        """
        self._closed = True
        for managed in self.secrets:
            managed.stop()
        if self.revoke_on_close if revoke is None else revoke:
            for managed in self.secrets:
                self._revoke(managed.current)

    def _revoke(self, secret: Mapping[str, Any]) -> None:
        lease_id = secret.get("lease_id")
        if not lease_id:
            return
        try:
            self.client.sys.revoke_lease(lease_id=lease_id)
        except Exception as error:  # noqa: BLE001 - expired or revoked already
            logger.info("could not revoke lease %s: %s", lease_id, error)

    def __enter__(self) -> "LeaseContainer":
        return self

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], traceback: Optional[TracebackType]
    ) -> None:
        self.close()


def _lifetime_of(secret: Mapping[str, Any]) -> float:
    """Seconds the secret stays valid: its lease, else a certificate's ``expiration``, else 0."""
    duration = secret.get("lease_duration")
    if secret.get("lease_id") and isinstance(duration, (int, float)) and duration > 0:
        return float(duration)
    data = secret.get("data")
    expiration = data.get("expiration") if isinstance(data, Mapping) else None
    if isinstance(expiration, (int, float)) and expiration > 0:
        return max(0.0, float(expiration) - time.time())
    return 0.0
