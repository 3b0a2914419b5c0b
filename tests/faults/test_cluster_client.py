"""The client for a cluster, on a real 3-node OpenBao raft cluster (``make test-faults``).

* A client given every node with ``read_from="any"``: write-then-read loops never read stale,
  and every node answers reads.
* Two clients passing the consistency state (in this process, and through a subprocess): the
  reader never reads stale; without the state, it does.
* The active node killed (SIGKILL) while a reader thread and a writer thread share an all-nodes
  client: no read fails, every write either succeeds or raises ``WriteOutcomeUnknown``, and
  writes succeed again within the election time plus one second.

Each test prints its figures (``-s``, as ``make test-faults`` runs); docs/cluster.rst quotes them.
The clients under test use the default adapter, or the lean one with ``HVAC_TEST_ADAPTER=lean``.
"""
import os
import re
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterator, List, Optional, Tuple

import pytest
import requests

import hvac
from hvac import adapters, exceptions
from tests.faults.conftest import RaftCluster, wait_for
from tests.openbao import BaoServer, wait_for_kv_v2

MOUNT = "cluster-kv"
SPREAD_LOOPS = 2000
STATE_LOOPS = 1000
CONTRAST_LOOPS = 100  # the same loops without the state, to show what it prevents
READ_ONLY_READS = 600  # reads with no write in between, after the loops
KILL_RUN = 20.0  # seconds the reader and the writer run
KILL_AFTER = 6.0  # seconds into the run when the active node is killed
ELECTION_SLACK = 1.0  # documented bound: writes succeed again within the election time + this
PACE = 0.02  # seconds between two operations of a thread in the kill test
REQUEST_TIMEOUT = 5
ADAPTER = adapters.Urllib3Adapter if os.environ.get("HVAC_TEST_ADAPTER") == "lean" else adapters.JSONAdapter


def mount_kv_everywhere(cluster: RaftCluster) -> None:
    """A KV v2 mount that takes writes on the active node and serves reads on every node (a
    standby answers 400 "Waiting for the primary to upgrade" for a moment after the mount)."""
    root = cluster.client(cluster.leader())  # type: ignore[arg-type]
    root.sys.enable_secrets_engine(backend_type="kv", path=MOUNT, options={"version": "2"})
    wait_for_kv_v2(root, MOUNT)
    for node in cluster.nodes:
        wait_for(lambda: kv_value(cluster.client(node), "absent") == (None, None), 30, f"{MOUNT} serving reads on {node.url}")


@pytest.fixture(scope="module")
def kv_cluster(shared_raft_cluster: RaftCluster) -> RaftCluster:
    """The shared cluster with a KV v2 mount ready on every node."""
    mount_kv_everywhere(shared_raft_cluster)
    return shared_raft_cluster


def served_counts(cluster: RaftCluster) -> Dict[str, Dict[str, int]]:
    """Per node, from its cumulative metrics: requests it handled itself, and those it forwarded
    to the active node."""
    counts: Dict[str, Dict[str, int]] = {}
    for node in cluster.alive():
        text = cluster.client(node).adapter.request_response("get", "/v1/sys/metrics", params={"format": "prometheus"}).text
        found = {name: int(float(value)) for name, value in re.findall(r"^(vault_\w+?)_count (\S+)$", text, re.M)}
        counts[node.url] = {
            "handled": found.get("vault_core_handle_request", 0),
            "forwarded": found.get("vault_ha_rpc_client_forward", 0),
        }
    return counts


def difference(after: Dict[str, Dict[str, int]], before: Dict[str, Dict[str, int]]) -> Dict[str, Dict[str, int]]:
    return {url: {k: v - before.get(url, {}).get(k, 0) for k, v in kinds.items()} for url, kinds in after.items()}


def role_of(cluster: RaftCluster, leader: BaoServer) -> Callable[[str], str]:
    names = {node.url: f"node{number}{'(active)' if node is leader else ''}" for number, node in enumerate(cluster.nodes, 1)}
    return lambda url: names.get(url.split("/v1/")[0], url)


def kv_value(client: hvac.Client, path: str) -> Tuple[Optional[Dict[str, object]], Optional[int]]:
    """The data and version ``client`` reads at ``path`` (``None, None`` when it finds nothing)."""
    try:
        answer = client.secrets.kv.v2.read_secret_version(path=path, mount_point=MOUNT, raise_on_deleted_version=True)
    except exceptions.InvalidPath:
        return None, None
    return answer["data"]["data"], answer["data"]["metadata"]["version"]


def test_reads_spread_over_every_node_never_see_a_stale_value(kv_cluster: RaftCluster) -> None:
    cluster = kv_cluster
    leader = cluster.leader()
    assert leader is not None
    name = role_of(cluster, leader)
    answered_by: "Counter[str]" = Counter()

    def count_reads(record: object, response: requests.Response) -> None:
        if response.request.method == "GET":
            answered_by[name(response.url)] += 1

    client = hvac.Client(
        nodes=cluster.urls, token=cluster.root_token, read_from="any", read_your_writes=True,
        timeout=REQUEST_TIMEOUT, hooks={"response": [count_reads]}, adapter=ADAPTER,
    )
    kv = client.secrets.kv.v2
    before = served_counts(cluster)
    started = time.monotonic()
    stale: List[Tuple[int, object]] = []
    for number in range(SPREAD_LOOPS):
        version = kv.create_or_update_secret(path="spread", secret={"n": number}, mount_point=MOUNT)["data"]["version"]
        seen = kv_value(client, "spread")
        if seen != ({"n": number}, version):
            stale.append((number, seen))
    elapsed = time.monotonic() - started
    answered_in_loops = dict(sorted(answered_by.items()))
    after_loops = served_counts(cluster)
    served = {name(url): kinds for url, kinds in difference(after_loops, before).items()}
    # Reads with no write in between: a standby that has caught up serves them itself.
    stale_later = sum(kv_value(client, "spread") != ({"n": SPREAD_LOOPS - 1}, version) for _ in range(READ_ONLY_READS))
    served_later = {name(url): kinds for url, kinds in difference(served_counts(cluster), after_loops).items()}

    # The same loop read through a client on a standby that keeps no state.
    standby = next(node for node in cluster.nodes if node is not leader)
    plain = cluster.client(standby)
    contrast = 0
    for number in range(CONTRAST_LOOPS):
        kv.create_or_update_secret(path="contrast", secret={"n": number}, mount_point=MOUNT)
        contrast += kv_value(plain, "contrast")[0] != {"n": number}

    print(
        f"\ncluster read_from=any: loops={SPREAD_LOOPS}, stale={len(stale)}, reads_answered_by={answered_in_loops}, "
        f"server_side(handled itself/forwarded to the active node)={served}, seconds={elapsed:.1f}; "
        f"then {READ_ONLY_READS} reads without writes: stale={stale_later}, server_side={served_later}; "
        f"without state through a standby: stale={contrast} of {CONTRAST_LOOPS}"
    )
    assert stale == [] and stale_later == 0, f"{len(stale)} stale reads, first: {stale[:5]}"
    assert len(answered_in_loops) == 3 and min(answered_in_loops.values()) > 0, answered_in_loops


READER_SCRIPT = """
import os, sys
import hvac
adapter = hvac.adapters.Urllib3Adapter if os.environ.get("HVAC_TEST_ADAPTER") == "lean" else hvac.adapters.JSONAdapter
client = hvac.Client(url=sys.argv[1], token=os.environ["CLUSTER_TOKEN"], timeout=5, adapter=adapter)
for line in sys.stdin:
    state, expected = line.split()
    with client.require_state(state):
        answer = client.secrets.kv.v2.read_secret_version(path="handed", mount_point=sys.argv[2], raise_on_deleted_version=True)
    print("ok" if answer["data"]["data"] == {"n": int(expected)} else "stale " + repr(answer["data"]["data"]), flush=True)
"""


@dataclass
class StateLoops:
    stale: List[Tuple[int, str]] = field(default_factory=list)
    seconds: float = 0.0


def test_a_state_passed_to_another_client_or_process_is_never_read_stale(kv_cluster: RaftCluster) -> None:
    cluster = kv_cluster
    leader = cluster.leader()
    assert leader is not None
    standby = next(node for node in cluster.nodes if node is not leader)
    writer = hvac.Client(nodes=cluster.urls, token=cluster.root_token, read_your_writes=True, timeout=REQUEST_TIMEOUT, adapter=ADAPTER)
    reader = cluster.client(standby, adapter=ADAPTER)  # another client, on a standby, keeping no state of its own
    kv = writer.secrets.kv.v2

    in_process = StateLoops()
    started = time.monotonic()
    for number in range(STATE_LOOPS):
        kv.create_or_update_secret(path="handed", secret={"n": number}, mount_point=MOUNT)
        with reader.require_state(writer.consistency_state()):
            seen = kv_value(reader, "handed")[0]
        if seen != {"n": number}:
            in_process.stale.append((number, repr(seen)))
    in_process.seconds = time.monotonic() - started

    through_process = StateLoops()
    environment = {**os.environ, "CLUSTER_TOKEN": cluster.root_token}
    child = subprocess.Popen(
        [sys.executable, "-c", READER_SCRIPT, standby.url, MOUNT],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environment,
    )
    assert child.stdin is not None and child.stdout is not None
    started = time.monotonic()
    try:
        for number in range(STATE_LOOPS):
            kv.create_or_update_secret(path="handed", secret={"n": number}, mount_point=MOUNT)
            child.stdin.write(f"{writer.consistency_state()} {number}\n")
            child.stdin.flush()
            verdict = child.stdout.readline().strip()
            if verdict != "ok":
                through_process.stale.append((number, verdict))
    finally:
        child.stdin.close()
        child.wait(timeout=30)
        child.stdout.close()
    through_process.seconds = time.monotonic() - started

    contrast = 0
    for number in range(CONTRAST_LOOPS):
        kv.create_or_update_secret(path="handed", secret={"n": number + STATE_LOOPS}, mount_point=MOUNT)
        contrast += kv_value(reader, "handed")[0] != {"n": number + STATE_LOOPS}

    print(
        f"\nconsistency state between clients: in_process stale={len(in_process.stale)} of {STATE_LOOPS} "
        f"({in_process.seconds:.1f}s), through_a_subprocess stale={len(through_process.stale)} of {STATE_LOOPS} "
        f"({through_process.seconds:.1f}s); without the state: stale={contrast} of {CONTRAST_LOOPS}"
    )
    assert child.returncode == 0
    assert in_process.stale == [], in_process.stale[:5]
    assert through_process.stale == [], through_process.stale[:5]


# --- the active node killed under a reader and a writer --------------------------------------


@dataclass
class Run:
    """What the threads of the kill test saw (times from time.monotonic())."""

    reads: int = 0
    read_errors: List[str] = field(default_factory=list)
    stale_reads: List[str] = field(default_factory=list)
    read_times: List[float] = field(default_factory=list)
    acked: List[Tuple[str, str, float]] = field(default_factory=list)  # key, value, time
    outcome_unknown: List[Tuple[str, float]] = field(default_factory=list)
    other_write_errors: List[str] = field(default_factory=list)
    elected_at: Optional[float] = None
    new_leader: Optional[BaoServer] = None

    def first_ack_after(self, moment: float) -> Optional[float]:
        return next((at for _, _, at in self.acked if at > moment), None)

    def longest_gap(self, times: List[float]) -> float:
        return max((b - a for a, b in zip(times, times[1:])), default=0.0)


def write_until(client: hvac.Client, run: Run, stop: threading.Event) -> None:
    number = 0
    while not stop.wait(PACE):
        number += 1
        key, value = f"w{number:05d}", uuid.uuid4().hex
        try:
            client.secrets.kv.v2.create_or_update_secret(path=key, secret={"v": value}, mount_point=MOUNT)
        except exceptions.WriteOutcomeUnknown:
            run.outcome_unknown.append((key, time.monotonic()))
        except Exception as error:  # noqa: BLE001 - counted: the test requires none
            run.other_write_errors.append(f"{key}: {type(error).__name__}: {error}")
        else:
            run.acked.append((key, value, time.monotonic()))


def read_until(client: hvac.Client, run: Run, stop: threading.Event) -> None:
    """Read the latest acknowledged write (the client's shared state makes it visible)."""
    while not stop.wait(PACE):
        if not run.acked:
            continue
        key, value, _ = run.acked[-1]
        try:
            seen = kv_value(client, key)[0]
        except Exception as error:  # noqa: BLE001 - counted: the test requires none
            run.read_errors.append(f"{key}: {type(error).__name__}: {error}")
            continue
        run.reads += 1
        run.read_times.append(time.monotonic())
        if seen != {"v": value}:
            run.stale_reads.append(f"{key}: {seen!r}")


def watch_election(cluster: RaftCluster, survivors: List[BaoServer], run: Run, stop: threading.Event) -> None:
    """Note when a survivor first reports itself active."""
    while run.elected_at is None and not stop.is_set():
        run.new_leader = cluster.leader(among=survivors)
        if run.new_leader is not None:
            run.elected_at = time.monotonic()
            return
        stop.wait(0.05)


def test_killing_the_active_node_fails_no_read_and_no_write_but_outcome_unknown(raft_cluster: RaftCluster) -> None:
    cluster = raft_cluster
    leader = cluster.leader()
    assert leader is not None
    mount_kv_everywhere(cluster)
    survivors = [node for node in cluster.nodes if node is not leader]

    client = hvac.Client(
        nodes=cluster.urls, token=cluster.root_token, read_from="any", read_your_writes=True, timeout=REQUEST_TIMEOUT, adapter=ADAPTER
    )
    run, stop, watch_stop = Run(), threading.Event(), threading.Event()
    threads = [
        threading.Thread(target=write_until, args=(client, run, stop), name="writer", daemon=True),
        threading.Thread(target=read_until, args=(client, run, stop), name="reader", daemon=True),
    ]
    watcher = threading.Thread(target=watch_election, args=(cluster, survivors, run, watch_stop), daemon=True)
    started = time.monotonic()
    for thread in threads:
        thread.start()
    try:
        time.sleep(KILL_AFTER)
        killed_at = time.monotonic()
        leader.kill()
        watcher.start()
        time.sleep(max(0.0, KILL_RUN - (time.monotonic() - started)))
        wait_for(lambda: run.first_ack_after(killed_at), 30, "a write acknowledged after the kill")
    finally:
        stop.set()
        watch_stop.set()
        for thread in threads:
            thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a thread did not stop"
    watcher.join(timeout=10)
    client.adapter.close()

    assert run.elected_at is not None, "no survivor became the active node"
    first_ack = run.first_ack_after(killed_at)
    assert first_ack is not None
    election = run.elected_at - killed_at
    write_times = [at for _, _, at in run.acked]
    new_leader_client = cluster.client(run.new_leader)  # type: ignore[arg-type]
    lost = [key for key, value, _ in run.acked if kv_value(new_leader_client, key)[0] != {"v": value}]
    unknown_applied = sum(kv_value(new_leader_client, key)[0] is not None for key, _ in run.outcome_unknown)
    figures = {
        "reads": run.reads,
        "read_errors": len(run.read_errors),
        "stale_reads": len(run.stale_reads),
        "writes_acknowledged": len(run.acked),
        "writes_outcome_unknown": len(run.outcome_unknown),
        "of_which_applied": unknown_applied,
        "other_write_errors": len(run.other_write_errors),
        "acknowledged_writes_lost": len(lost),
        "election_s": round(election, 2),
        "kill_to_first_write_s": round(first_ack - killed_at, 2),
        "first_write_after_election_s": round(first_ack - run.elected_at, 2),
        "longest_write_gap_s": round(run.longest_gap(write_times), 2),
        "longest_read_gap_s": round(run.longest_gap(run.read_times), 2),
        "cluster_view": client.adapter.cluster.status() if client.adapter.cluster else None,
    }
    print("\ncluster leader kill (all-nodes client):", ", ".join(f"{k}={v}" for k, v in figures.items()))

    assert run.read_errors == [], run.read_errors[:5]
    assert run.stale_reads == [], run.stale_reads[:5]
    assert run.other_write_errors == [], run.other_write_errors[:5]
    assert lost == [], lost[:5]
    assert first_ack - killed_at <= election + ELECTION_SLACK, figures
