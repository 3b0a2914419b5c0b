"""Requests to an HA cluster whose every node the client knows (beyond the reference).

Given the address of every node (``hvac.Client(nodes=[...])``), the adapter hands each request to
:meth:`Cluster.send`, which decides where it goes:

* writes, and reads under ``read_from="active"`` (the default), go to the active node, found with
  ``GET /v1/sys/leader`` and found again after it fails (and every ``leader_recheck`` seconds);
* reads under ``read_from="any"`` take turns over the healthy nodes (the adapter sends them with
  its read-your-writes state, so that a node that is behind forwards them to the active node);
* a node that refuses the connection, times out, breaks the connection or answers 503 (sealed, or
  a standby that did not process the request) is skipped for ``skip_after_failure`` seconds,
  doubled with each failure in a row up to ``max_skip``;
* a request that provably was not applied (the connection was refused, a 503, a standby's 500
  "local node not active", or its redirect to the active node) goes to the next node, and once
  every node was tried, round after round with short pauses, until ``failover_timeout`` seconds
  have passed: a write is sent to the new active node once the cluster has elected one;
* a read whose node has not reached the requested state (412, or 429 with ``Retry-After``) goes to
  the active node at once;
* a write (POST, PUT, PATCH) whose connection broke after it was sent raises
  :class:`hvac.exceptions.WriteOutcomeUnknown`: it may have been applied, so it is not resent.
  A read, or a DELETE, is sent to the next node instead.
"""
from __future__ import annotations

import itertools
import threading
import time
from typing import Any, Callable, Dict, FrozenSet, List, Literal, Mapping, Optional, Sequence, Tuple, Union
from urllib.parse import urljoin

import requests

from hvac import utils
from hvac.consistency import is_not_yet
from hvac.exceptions import WriteOutcomeUnknown


#: Where reads go: ``"active"``, the active node (consistent); ``"any"``, every healthy node in turn.
ReadFrom = Literal["active", "any"]
READ_FROM_POLICIES: Tuple[str, ...] = ("active", "any")
READ_METHODS: FrozenSet[str] = frozenset({"GET", "HEAD", "LIST", "OPTIONS"})
#: What a standby answers (in a 500) when it cannot reach an active node: no leader right now.
NO_ACTIVE_NODE_MARKERS = ("local node not active", "active cluster node not found")

Origin = Tuple[str, str, int]
#: Sends the request being routed to a full URL (the node's address followed by the path).
SendTo = Callable[[str], requests.Response]
#: The decoded ``GET /v1/sys/leader`` of the node at a base address (``{}`` when it gave none).
AskLeader = Callable[[str], Mapping[str, Any]]
_Outcome = Union[requests.Response, requests.exceptions.RequestException, None]


class Node:
    """One configured node, and how long it is skipped after failing."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self.origin: Origin = utils.url_origin(url)
        self.failures = 0
        self.skip_until = 0.0

    def __repr__(self) -> str:
        return f"<Node {self.url} failures={self.failures}>"


class Cluster:
    """The nodes of one cluster, which of them is active, and which are skipped for now.

    Thread-safe: one instance routes the requests of every thread using its adapter.

    :param urls: the address of every node, e.g. ``["https://vault-1:8200", "https://vault-2:8200"]``.
    :param read_from: ``"active"`` or ``"any"`` (see the module's description).
    :param clock: seconds of a monotonic clock (tests replace it).
    :param sleep: waits that many seconds (tests replace it).
    :raises ValueError: no address, an address that is not an http(s) URL, or the same node twice.
    """

    #: Seconds a node is skipped after a failure; doubled with each failure in a row.
    skip_after_failure = 0.5
    #: The longest a failing node is skipped.
    max_skip = 10.0
    #: Seconds a request keeps looking for a node that takes it before the last answer (or error) is given.
    failover_timeout = 30.0
    #: Seconds the active node is trusted before it is asked again (after a step-down, reads under
    #: ``"active"`` may reach the former active node, now a standby, for that long).
    leader_recheck = 10.0
    #: The first and the longest pause between two rounds over the nodes (during an election).
    round_pauses = (0.05, 0.4)

    def __init__(
        self,
        urls: Sequence[str],
        read_from: ReadFrom = "active",
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if isinstance(urls, str) or not urls:
            raise ValueError("nodes takes a list of node addresses, such as ['https://vault-1:8200', 'https://vault-2:8200']")
        if read_from not in READ_FROM_POLICIES:
            raise ValueError(f'read_from must be "active" or "any", not {read_from!r}')
        self.nodes = [Node(url) for url in urls]
        for node in self.nodes:
            if node.origin[0] not in ("http", "https") or not node.origin[1]:
                raise ValueError(f"node address {node.url!r} is not an http(s) URL")
        self.origins: FrozenSet[Origin] = frozenset(node.origin for node in self.nodes)
        if len(self.origins) != len(self.nodes):
            raise ValueError("nodes lists the same node twice")
        self.read_from = read_from
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        self._active: Optional[Node] = None
        self._active_since = 0.0
        self._turns = itertools.count()

    def __repr__(self) -> str:
        return f"<Cluster nodes={[node.url for node in self.nodes]} read_from={self.read_from!r} active={self.active!r}>"

    @property
    def active(self) -> Optional[str]:
        """The address of the node last found active (``None``: not known now)."""
        active = self._active
        return active.url if active is not None else None

    def node_at(self, origin: Origin) -> Optional[Node]:
        """The configured node at ``origin``, if any."""
        return next((node for node in self.nodes if node.origin == origin), None)

    # -- routing one request -------------------------------------------------------------------

    def send(self, method: str, path: str, send_to: SendTo, ask_leader: AskLeader) -> requests.Response:
        """Send a request (``path`` below a node's address, e.g. ``/v1/secret/data/app``) to the
        node the policy picks, and on to others while it provably was not applied.

        :return: the first answer that is not a failover; when ``failover_timeout`` runs out, the
            last failover answer (a 503 or 500 the caller raises as usual).
        :raises hvac.exceptions.WriteOutcomeUnknown: a write's connection broke after it was sent.
        :raises requests.exceptions.RequestException: the last transport error when no node took
            the request in time; TLS and proxy errors at once.
        """
        from hvac.retry import IDEMPOTENT_METHODS, broken_after_sending, never_connected  # as the adapter: on use

        verb = method.upper()
        spread = verb in READ_METHODS and self.read_from == "any"
        deadline = self._clock() + self.failover_timeout
        pause = self.round_pauses[0]
        turn = _Round(self, ask_leader, first=True)
        last: _Outcome = None
        preferred: Optional[Node] = None
        while True:
            node = preferred if preferred is not None else turn.next_node(spread)
            preferred = None
            if node is None:  # every node had its turn in this round: pause, then another round
                if self._clock() + pause > deadline:
                    return _given_up(last, self.failover_timeout)
                self._sleep(pause)
                pause = min(2 * pause, self.round_pauses[1])
                turn = _Round(self, ask_leader, first=False)
                continue
            turn.tried.append(node)
            url = node.url + path
            try:
                response = send_to(url)
            except requests.exceptions.RequestException as error:
                if not (never_connected(error) or broken_after_sending(error)):
                    raise
                self._failed(node)
                if broken_after_sending(error) and verb not in IDEMPOTENT_METHODS:
                    raise WriteOutcomeUnknown.from_error(method, url, error) from error
                last = error
                continue
            if verb in READ_METHODS and is_not_yet(response):
                # This node is behind the state the read asks for; the active node has it.
                preferred = self._active_node(ask_leader)
                if preferred is None or preferred in turn.tried:
                    return response  # the read-your-writes step waits as the answer asks
            elif not self._fails_over(response, node, turn.tried):
                self._succeeded(node)
                return response
            response.close()
            if not response.is_redirect:
                last = response

    def _fails_over(self, response: requests.Response, node: Node, tried: List[Node]) -> bool:
        """Whether ``response`` proves the request was not applied, so that it goes to another node."""
        if response.is_redirect:  # a standby that cannot forward, pointing at the active node
            target = self.node_at(utils.url_origin(urljoin(response.url, response.headers.get("Location") or "")))
            if target is None:
                return False
            self._set_active(target if not self._skipped(target) and target not in tried else None)
            return True
        if response.status_code == 503:  # sealed, or a standby that did not process it
            self._failed(node)
            return True
        if response.status_code == 500 and any(marker in response.text for marker in NO_ACTIVE_NODE_MARKERS):
            self._set_active(None)  # the cluster has no reachable active node: an election
            return True
        return False

    def _active_node(self, ask_leader: AskLeader) -> Optional[Node]:
        """The active node: the one known, or, when it is not known, skipped or due to be checked
        again, the one the nodes name (asked in order, the last known first)."""
        with self._lock:
            active, since = self._active, self._active_since
        if active is not None and not self._skipped(active) and self._clock() - since < self.leader_recheck:
            return active
        others = [node for node in self.nodes if node is not active]
        for node in ([active] if active is not None else []) + others:
            if self._skipped(node):
                continue
            try:
                answer = ask_leader(node.url)
            except requests.exceptions.RequestException:
                self._failed(node)
                continue
            named = node if answer.get("is_self") else self.node_at(utils.url_origin(str(answer.get("leader_address") or "")))
            if named is not None and not self._skipped(named):
                self._set_active(named)
                return named
        self._set_active(None)
        return None

    # -- what the cluster remembers ------------------------------------------------------------

    def _skipped(self, node: Node) -> bool:
        return node.skip_until > self._clock()

    def _set_active(self, node: Optional[Node]) -> None:
        with self._lock:
            self._active, self._active_since = node, self._clock()

    def _failed(self, node: Node) -> None:
        with self._lock:
            node.failures += 1
            node.skip_until = self._clock() + min(self.max_skip, self.skip_after_failure * 2 ** (node.failures - 1))
            if self._active is node:
                self._active = None

    def _succeeded(self, node: Node) -> None:
        if node.failures:
            with self._lock:
                node.failures, node.skip_until = 0, 0.0

    def status(self) -> Dict[str, Any]:
        """What the cluster knows now, for logs: the active node and each node's failures in a row."""
        return {"active": self.active, "failures": {node.url: node.failures for node in self.nodes}}


class _Round:
    """One round of a request over the nodes: those tried, and the active node, looked up once."""

    def __init__(self, cluster: Cluster, ask_leader: AskLeader, first: bool) -> None:
        self.cluster, self.ask_leader, self.first = cluster, ask_leader, first
        self.tried: List[Node] = []
        self._active: Optional[Node] = None
        self._looked_up = False

    def next_node(self, spread: bool) -> Optional[Node]:
        """The next node to try: in turn for a spread read, else the active node (any healthy
        one when none is known: a standby forwards the request); ``None`` when the round is over."""
        cluster = self.cluster
        candidates = [node for node in cluster.nodes if node not in self.tried and not cluster._skipped(node)]
        if not candidates:
            if self.first and not self.tried:  # every node is skipped: a request is never refused untried
                return min(cluster.nodes, key=lambda node: node.skip_until)
            return None
        if spread:
            return candidates[next(cluster._turns) % len(candidates)]
        if not self._looked_up or self._active is not cluster._active:
            self._active, self._looked_up = cluster._active_node(self.ask_leader), True
        return self._active if self._active in candidates else candidates[0]


def _given_up(last: _Outcome, seconds: float) -> requests.Response:
    """The outcome of a request no node took in time: the last answer, or the last error."""
    if isinstance(last, requests.Response):
        return last
    if last is None:  # only standbys pointing at nodes that are down answered
        raise requests.exceptions.ConnectionError(f"no node of the cluster took the request within {seconds}s")
    raise last
