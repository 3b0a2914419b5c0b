"""A 3-node OpenBao raft cluster on loopback, for the fault tests (``make test-faults``).

Facts about OpenBao 2.x standbys that the fault tests rely on (observed with ``bao`` 2.7):

* A standby forwards writes to the active node over the cluster port (request forwarding) and
  relays its answer. When it cannot reach the active node (killed, no leader elected yet), it
  answers ``307 Temporary Redirect`` to the last known active node's ``api_addr`` instead. The
  adapter follows that redirect itself and sends the token along only because that origin is
  in ``trusted_redirect_origins``; the dead node refuses the connection, which proves the write
  was not applied, so the retry policy resends even a POST. Once the survivors have elected a
  leader (about 2-5 s here with ``performance_multiplier = 1``), the standby forwards again.
* A standby serves reads from its own copy of the raft log, which may lag: a read sent to a
  standby right after a write can answer 404. Reads that must see earlier writes go to the
  active node, or wait until the standby has applied the leader's committed index.
* New members join as non-voters; autopilot promotes them after ``server_stabilization_time``
  (10 s by default; the fixture lowers it to 1 s).
"""
import time
from contextlib import contextmanager
from typing import Any, Callable, Dict, Iterator, List, Optional

import pytest

import hvac
from tests.openbao import BaoServer

CLUSTER_FORM_TIMEOUT = 60.0
# Cumulative metrics (GET /v1/sys/metrics?format=prometheus) on every node: what each node served.
TELEMETRY = 'telemetry {\n  prometheus_retention_time = "30m"\n  disable_hostname = true\n}\n'


def wait_for(predicate: Callable[[], Any], timeout: float, what: str, interval: float = 0.25) -> Any:
    """Poll ``predicate`` until it returns something truthy; errors count as "not yet"."""
    deadline = time.monotonic() + timeout
    last_error: Optional[BaseException] = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except Exception as error:  # noqa: BLE001 - a node may be down or not ready yet
            last_error = error
        else:
            if value:
                return value
        time.sleep(interval)
    raise AssertionError(f"{what}: not reached within {timeout}s (last error: {last_error!r})")


class RaftCluster:
    """Three raft nodes sharing one Shamir key (1 share), all voters once :meth:`form` returns."""

    def __init__(self, size: int = 3) -> None:
        self.size = size
        self.nodes: List[BaoServer] = []
        self.unseal_key = ""
        self.root_token = ""

    @property
    def urls(self) -> List[str]:
        return [node.url for node in self.nodes]

    def client(self, node: BaoServer, **kwargs: Any) -> hvac.Client:
        kwargs.setdefault("timeout", 5)
        return node.client(token=self.root_token, **kwargs)

    def form(self) -> "RaftCluster":
        first = self._start("node1")
        bootstrap = first.client(token=None, timeout=10)
        init = bootstrap.write_data("sys/init", data={"secret_shares": 1, "secret_threshold": 1})
        self.unseal_key, self.root_token = init["keys"][0], init["root_token"]
        bootstrap.write_data("sys/unseal", data={"key": self.unseal_key})
        first.wait_until_active()
        root = self.client(first)
        wait_for(lambda: root.read("sys/leader")["is_self"], 30, "node1 becoming the active node")
        # Promote joiners quickly (the default stabilization time is 10 s).
        root.write_data("sys/storage/raft/autopilot/configuration", data={"server_stabilization_time": "1s"})
        for number in range(2, self.size + 1):
            node = self._start(f"node{number}")
            joiner = node.client(token=None, timeout=10)
            joined = joiner.write_data("sys/storage/raft/join", data={"leader_api_addr": first.url})
            assert joined.get("joined") is True, joined
            joiner.write_data("sys/unseal", data={"key": self.unseal_key})
        wait_for(self._all_voters, CLUSTER_FORM_TIMEOUT, f"{self.size} raft voters")
        return self

    def _start(self, node_id: str) -> BaoServer:
        node = BaoServer(dev=False, storage="raft", node_id=node_id, extra_config=TELEMETRY)
        self.nodes.append(node)  # recorded before start() so that stop_all() also cleans up a failed start
        node.start()
        return node

    def _all_voters(self) -> bool:
        servers = self.raft_configuration()
        return len(servers) == self.size and all(server["voter"] for server in servers)

    def raft_configuration(self) -> List[Dict[str, Any]]:
        """The raft members as the first reachable node reports them."""
        for node in self.alive():
            try:
                answer = self.client(node, timeout=2).read("sys/storage/raft/configuration")
                servers: List[Dict[str, Any]] = answer["data"]["config"]["servers"]
                return servers
            except Exception:  # noqa: BLE001 - down or not ready: try the next node
                continue
        return []

    def alive(self) -> List[BaoServer]:
        return [node for node in self.nodes if node.process is not None and node.process.poll() is None]

    def leader(self, among: Optional[List[BaoServer]] = None) -> Optional[BaoServer]:
        """The node that reports itself active (asked directly, so a stale view cannot mislead)."""
        for node in among if among is not None else self.alive():
            try:
                if self.client(node, timeout=2).read("sys/leader").get("is_self"):
                    return node
            except Exception:  # noqa: BLE001 - down or sealed nodes are not the leader
                continue
        return None

    def stop_all(self) -> None:
        for node in self.nodes:
            node.stop()


@contextmanager
def formed_cluster() -> Iterator[RaftCluster]:
    """A formed 3-node cluster on 127.0.0.1; every node is stopped (by PID) afterwards."""
    cluster = RaftCluster(size=3)
    try:
        yield cluster.form()
    finally:
        cluster.stop_all()


@pytest.fixture
def raft_cluster() -> Iterator[RaftCluster]:
    """A cluster of its own for a test that harms it (kills a node)."""
    with formed_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="module")
def shared_raft_cluster() -> Iterator[RaftCluster]:
    """One cluster for the tests of a module that leave every node running."""
    with formed_cluster() as cluster:
        yield cluster
