"""Read-your-writes: the storage state a client keeps, and the requests that must honour it
(beyond the reference).

Every answer of Vault or OpenBao carries ``X-Vault-Index``, the storage state the answering node
had reached: base64 of ``{"cluster": "<cluster id>", "value": "<raft index>"}``. A request that
sends an index back asks for a state at least that recent. A standby that is behind answers
``429`` with ``Retry-After`` (OpenBao; Vault Enterprise answers ``412``), unless
``X-Vault-Inconsistent: forward-active-node`` lets it forward the request to the active node.

:class:`ConsistencyState` keeps the highest index an adapter has seen, exports it as a plain
string, and lets a block of code require a state exported elsewhere (another client, another
process); :class:`NotYetWaits` paces the retries of an answer that says "not yet".
"""
from __future__ import annotations

import base64
import binascii
import contextvars
import json
import random
import threading
import time
from contextlib import contextmanager
from typing import Any, Dict, Iterator, NamedTuple, Optional, Tuple

INDEX_HEADER = "X-Vault-Index"
INCONSISTENT_HEADER = "X-Vault-Inconsistent"
FORWARD_ACTIVE_NODE = "forward-active-node"

#: How long one request keeps retrying "not yet" answers before the last one is returned.
NOT_YET_PATIENCE = 10.0

# The states required by ``with ...require_state(token)`` blocks, in the running context (so per
# thread): pairs of (id of the ConsistencyState, the state required of its requests).
_REQUIRED: contextvars.ContextVar[Tuple[Tuple[int, "IndexState"], ...]] = contextvars.ContextVar("hvac_required_states", default=())


class IndexState(NamedTuple):
    """One ``X-Vault-Index`` value: the header as received, and what it says when it is understood.

    :param header: the value as the server sent it.
    :param cluster: the cluster it belongs to (``None``: not understood).
    :param value: the raft index (``None``: not understood).
    """

    header: str
    cluster: Optional[str] = None
    value: Optional[int] = None

    @classmethod
    def parse(cls, header: str) -> "IndexState":
        """Read a header value; one in another format is kept as it is, not understood."""
        try:
            decoded = json.loads(base64.b64decode(header + "=" * (-len(header) % 4), validate=True))
            return cls(header, str(decoded["cluster"]), int(decoded["value"]))
        except (binascii.Error, ValueError, TypeError, KeyError):
            return cls(header)

    def later(self, other: "IndexState") -> "IndexState":
        """The state to keep of this one and a newer arrival ``other``: the higher index of the same
        cluster; ``other`` when it comes from another cluster or either is not understood."""
        if self.value is not None and other.value is not None and self.cluster == other.cluster and self.value >= other.value:
            return self
        return other


class ConsistencyState:
    """The highest ``X-Vault-Index`` an adapter has seen (thread-safe), and the states required of
    its requests by :meth:`require` blocks."""

    def __init__(self) -> None:
        self._kept: Optional[IndexState] = None
        self._lock = threading.Lock()

    @property
    def header(self) -> Optional[str]:
        """The kept index as its header value (``None``: nothing seen yet)."""
        kept = self._kept
        return kept.header if kept is not None else None

    def replace(self, header: Optional[str]) -> None:
        """Keep ``header`` whatever was kept before (``None`` forgets the state)."""
        self._kept = IndexState.parse(header) if header else None

    def observe(self, header: Optional[str]) -> None:
        """Take an answer's index into account: it never moves the kept one backwards."""
        if not header:
            return
        seen = IndexState.parse(header)
        with self._lock:
            self._kept = seen if self._kept is None else self._kept.later(seen)

    def export(self) -> str:
        """The kept state as a plain string for :meth:`require` elsewhere (``""``: nothing seen yet)."""
        return self.header or ""

    @contextmanager
    def require(self, state: str) -> Iterator[None]:
        """Within the block, this adapter's requests (sent from this thread) carry at least ``state``.

        :raises ValueError: when ``state`` is not a string :meth:`export` could have made.
        """
        if not isinstance(state, str) or any(not ("!" <= character <= "~") for character in state):
            raise ValueError("a consistency state is the printable string that consistency_state() returned")
        if not state:
            yield
            return
        token = _REQUIRED.set(_REQUIRED.get() + ((id(self), IndexState.parse(state)),))
        try:
            yield
        finally:
            _REQUIRED.reset(token)

    def required(self) -> Optional[IndexState]:
        """The state the running :meth:`require` blocks ask of this adapter's requests, if any."""
        found: Optional[IndexState] = None
        for owner, state in _REQUIRED.get():
            if owner == id(self):
                found = state if found is None else found.later(state)
        return found

    def request_headers(self, keep: bool) -> Dict[str, str]:
        """The headers that make a request honour the state: the kept one when ``keep``, and any
        required one; asking a node that is behind to forward the request to the active node."""
        state = self._kept if keep else None
        required = self.required()
        if required is not None:
            state = required if state is None else state.later(required)
        if state is None:
            return {}
        return {INDEX_HEADER: state.header, INCONSISTENT_HEADER: FORWARD_ACTIVE_NODE}


def is_not_yet(response: Any) -> bool:
    """Whether an answer says "this node has not reached the state you sent yet": ``412``
    (Vault Enterprise), or ``429`` with ``Retry-After`` (OpenBao; a ``429`` without it is
    something else, such as the health of a standby)."""
    status = response.status_code
    return status == 412 or (status == 429 and bool(response.headers.get("Retry-After")))


class NotYetWaits:
    """The retries of one request whose node has not caught up: each waits what ``Retry-After``
    asks (or a short growing backoff without it), while the waits end within ``patience`` seconds."""

    def __init__(self, patience: float = NOT_YET_PATIENCE) -> None:
        self.deadline = time.monotonic() + patience
        self.retries = 0

    def wait_before_retry(self, response: Any) -> Optional[float]:
        """Seconds to wait before sending the request again, or ``None`` to return ``response``."""
        if not is_not_yet(response):
            return None
        from hvac.retry import parse_retry_after  # loaded once a node is behind, not with the package

        asked = parse_retry_after(response.headers.get("Retry-After") or "")
        self.retries += 1
        wait = asked if asked is not None else random.uniform(0.5, 1.0) * min(1.0, 0.05 * 2**self.retries)
        if time.monotonic() + wait > self.deadline:
            return None
        return wait
