"""Keep credentials alive: tokens and leases renewed in the background (beyond the reference).

- :class:`LifetimeWatcher` renews one token or lease until renewing stops making sense.
- :class:`Session` keeps a client logged in: it logs in on first use, renews, logs in again
  ahead of the max TTL, and recovers from a token revoked out of band.
- :class:`LeaseContainer` keeps dynamic secrets valid: renews their leases and replaces them
  (telling you) before they run out.
"""
from hvac.lifecycle.watcher import (
    ERROR,
    MAX_TTL_REACHED,
    NOT_RENEWABLE,
    REVOKED,
    STOPPED,
    Clock,
    Done,
    LifetimeWatcher,
    Reason,
    Renewed,
    SystemClock,
    WatcherEvent,
)
from hvac.lifecycle.session import (
    LOGGED_IN,
    LOGIN_FAILED,
    MAX_TTL_NEAR,
    RELOGGED_IN,
    RENEWAL_FAILED,
    RENEWED,
    TOKEN_DEAD,
    TOKEN_EXPIRED,
    TOKEN_NOT_RENEWABLE,
    Session,
    SessionEvent,
    approle_login,
    jwt_login,
    kubernetes_login,
    token_login,
    userpass_login,
)
from hvac.lifecycle.leases import LeaseContainer, ManagedSecret

__all__ = [
    "LOGGED_IN",
    "LOGIN_FAILED",
    "LeaseContainer",
    "MAX_TTL_NEAR",
    "ManagedSecret",
    "RELOGGED_IN",
    "RENEWAL_FAILED",
    "RENEWED",
    "Session",
    "SessionEvent",
    "TOKEN_DEAD",
    "TOKEN_EXPIRED",
    "TOKEN_NOT_RENEWABLE",
    "approle_login",
    "jwt_login",
    "kubernetes_login",
    "token_login",
    "userpass_login",
    "Clock",
    "Done",
    "ERROR",
    "LifetimeWatcher",
    "MAX_TTL_REACHED",
    "NOT_RENEWABLE",
    "REVOKED",
    "Reason",
    "Renewed",
    "STOPPED",
    "SystemClock",
    "WatcherEvent",
]
