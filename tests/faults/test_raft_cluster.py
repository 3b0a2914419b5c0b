"""Leader failure in a 3-node OpenBao raft cluster: no acknowledged write may be lost.

One ``hvac.Client`` (retries on, every node's origin trusted for redirects) is pinned to a
standby. A writer thread stores KV v2 secrets, each under a new key with a new value, through it.
The active node is then killed with SIGKILL. The standby forwards writes to the active node;
while it cannot, it redirects them to the dead node, whose refused connection the retry policy
treats as "not applied" and retries (see conftest.py); writes resume once the survivors have
elected a leader. Afterwards every write the client reported as successful is read
back from the new leader and from the other survivor: it must be there, with the acknowledged
value and version.
"""
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

import requests

import hvac
from hvac import exceptions
from hvac.debugging import RequestRecord
from hvac.retry import RetryPolicy
from tests.faults.conftest import RaftCluster, wait_for
from tests.openbao import BaoServer

MOUNT = "faults-kv"
WARM_UP_ACKS = 25  # acknowledged writes before the leader is killed
WARM_UP_TIMEOUT = 20.0
RECOVERY_TIMEOUT = 45.0  # kill -> first acknowledged write on the new leader
AFTER_RECOVERY = 5.0  # keep writing this long once writes succeed again
REQUEST_TIMEOUT = 5


@dataclass
class Ack:
    key: str
    value: str
    version: int
    at: float


@dataclass
class WriteLog:
    attempted: int = 0
    acked: List[Ack] = field(default_factory=list)
    failed: List[Tuple[str, str, float]] = field(default_factory=list)  # key, error, time
    retries: int = 0  # attempts beyond the first, as the adapter's request hook sees them
    error_statuses: "Counter[int]" = field(default_factory=Counter)  # non-2xx answers, retried or not
    redirected: int = 0  # answers that came after following a redirect

    def on_request(self, record: RequestRecord) -> None:
        if record.attempt > 1:
            self.retries += 1

    def on_response(self, record: RequestRecord, response: requests.Response) -> None:
        if response.history:
            self.redirected += 1
        if not response.ok:
            self.error_statuses[response.status_code] += 1

    def acked_after(self, moment: float) -> Optional[Ack]:
        return next((ack for ack in self.acked if ack.at > moment), None)

    def longest_gap(self) -> float:
        times = [ack.at for ack in self.acked]
        return max((b - a for a, b in zip(times, times[1:])), default=0.0)


class RecordingPolicy(RetryPolicy):
    """The retry policy of the test, remembering the transport errors it was asked about."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.errors_seen: "Counter[str]" = Counter()

    def may_retry_error(self, method: str, error: BaseException) -> bool:
        verdict = super().may_retry_error(method, error)
        self.errors_seen[f"{type(error).__name__}{'' if verdict else ' (not retried)'}"] += 1
        return verdict


def describe(error: BaseException) -> str:
    status = getattr(error, "status_code", None)
    return f"{type(error).__name__}({status})" if status else type(error).__name__


def write_until(client: hvac.Client, log: WriteLog, stop: threading.Event) -> None:
    """The writer thread: one new key with one new value per write, until ``stop`` is set."""
    kv = client.secrets.kv.v2
    number = 0
    while not stop.is_set():
        number += 1
        key, value = f"k{number:06d}", uuid.uuid4().hex
        log.attempted += 1
        try:
            answer = kv.create_or_update_secret(path=key, secret={"value": value}, mount_point=MOUNT)
        except Exception as error:  # noqa: BLE001 - every failure is counted, none may stop the writer
            log.failed.append((key, describe(error), time.monotonic()))
            stop.wait(0.1)
            continue
        log.acked.append(Ack(key, value, answer["data"]["version"], time.monotonic()))


def wait_until_caught_up(cluster: RaftCluster, leader: BaoServer, follower: BaoServer, timeout: float = 20.0) -> None:
    """Wait until ``follower`` has applied everything ``leader`` has committed."""
    committed = int(cluster.client(leader).read("sys/leader")["raft_committed_index"])

    def applied() -> bool:
        return int(cluster.client(follower, timeout=2).read("sys/leader")["raft_applied_index"]) >= committed

    wait_for(applied, timeout, f"{follower.url} applying raft index {committed}")


def missing_or_changed(client: hvac.Client, acked: List[Ack]) -> Dict[str, str]:
    """The acknowledged writes that ``client``'s node does not return intact: key -> what is wrong."""
    bad: Dict[str, str] = {}
    for ack in acked:
        try:
            answer = client.secrets.kv.v2.read_secret_version(path=ack.key, mount_point=MOUNT, raise_on_deleted_version=True)
            stored = answer["data"]
        except exceptions.InvalidPath:
            bad[ack.key] = "missing"
            continue
        if stored["data"] != {"value": ack.value} or stored["metadata"]["version"] != ack.version:
            bad[ack.key] = f"{stored['data']} v{stored['metadata']['version']}, acknowledged {ack.value} v{ack.version}"
    return bad


def applied_anyway(client: hvac.Client, failed: List[Tuple[str, str, float]]) -> int:
    """How many writes reported as failed were applied nonetheless (ambiguous outcomes)."""
    count = 0
    for key, _, _ in failed:
        try:
            client.secrets.kv.v2.read_secret_version(path=key, mount_point=MOUNT, raise_on_deleted_version=True)
            count += 1
        except exceptions.InvalidPath:
            pass
    return count


def test_no_acknowledged_write_is_lost_when_the_leader_dies(
    raft_cluster: RaftCluster, record_property: Callable[[str, object], None]
) -> None:
    started = time.monotonic()
    cluster = raft_cluster
    leader = cluster.leader()
    assert leader is not None
    standby = next(node for node in cluster.nodes if node is not leader)
    other_survivor = next(node for node in cluster.nodes if node not in (leader, standby))

    root = cluster.client(leader)
    root.sys.enable_secrets_engine(backend_type="kv", path=MOUNT, options={"version": "2"})
    probe = cluster.client(standby)
    wait_for(
        lambda: probe.secrets.kv.v2.create_or_update_secret(path="probe", secret={"x": "y"}, mount_point=MOUNT),
        15,
        "the KV v2 mount accepting writes through the standby",
    )
    probe.secrets.kv.v2.delete_metadata_and_all_versions(path="probe", mount_point=MOUNT)

    log, stop = WriteLog(), threading.Event()
    policy = RecordingPolicy(total=8, backoff_factor=0.2, max_total_time=30)
    client = hvac.Client(
        url=standby.url,
        token=cluster.root_token,
        timeout=REQUEST_TIMEOUT,
        retries=policy,
        trusted_redirect_origins=cluster.urls,
        hooks={"request": [log.on_request], "response": [log.on_response]},
    )
    writer = threading.Thread(target=write_until, args=(client, log, stop), name="kv-writer", daemon=True)
    writer.start()
    try:
        wait_for(lambda: len(log.acked) >= WARM_UP_ACKS, WARM_UP_TIMEOUT, f"{WARM_UP_ACKS} acknowledged writes")
        acked_before_kill = len(log.acked)
        killed_at = time.monotonic()
        leader.kill()
        wait_for(lambda: log.acked_after(killed_at), RECOVERY_TIMEOUT, "a write acknowledged after the kill")
        time.sleep(AFTER_RECOVERY)
    finally:
        stop.set()
        # A write in flight finishes within the retry policy's budget plus one request timeout.
        writer.join(timeout=30 + 2 * REQUEST_TIMEOUT)
    assert not writer.is_alive(), "the writer thread did not stop"
    client.adapter.close()

    survivors = [standby, other_survivor]
    new_leader = wait_for(lambda: cluster.leader(among=survivors), 20, "a new active node")
    follower = other_survivor if new_leader is standby else standby
    lost_on_leader = missing_or_changed(cluster.client(new_leader), log.acked)
    wait_until_caught_up(cluster, new_leader, follower)
    lost_on_follower = missing_or_changed(cluster.client(follower), log.acked)
    lost = {**lost_on_follower, **lost_on_leader}  # one entry per key
    ambiguous = applied_anyway(cluster.client(new_leader), log.failed)

    figures: Dict[str, object] = {
        "writes_attempted": log.attempted,
        "writes_acknowledged": len(log.acked),
        "writes_failed": len(log.failed),
        "writes_lost": len(lost),
        "failed_but_applied": ambiguous,
        "acknowledged_before_kill": acked_before_kill,
        "kill_to_first_ack_s": round(log.acked_after(killed_at).at - killed_at, 3),  # type: ignore[union-attr]
        "longest_gap_between_acks_s": round(log.longest_gap(), 3),
        "failure_kinds": dict(Counter(kind for _, kind, _ in log.failed)),
        "retries_sent": log.retries,
        "error_statuses_seen": dict(log.error_statuses),
        "transport_errors_seen": dict(policy.errors_seen),
        "answers_after_redirect": log.redirected,
        "test_duration_s": round(time.monotonic() - started, 1),
    }
    for name, value in figures.items():
        record_property(name, value)
    print("\nraft leader kill:", ", ".join(f"{name}={value}" for name, value in figures.items()))

    assert lost == {}, f"{len(lost)} acknowledged writes lost or changed: {sorted(lost.items())[:10]}"
    assert len(log.acked) > acked_before_kill, "no write succeeded after the leader was killed"
    assert log.attempted == len(log.acked) + len(log.failed)
