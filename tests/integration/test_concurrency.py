"""Eight threads sharing ONE Client: mixed KV v2 traffic, no errors, intact data, pooled connections.

Each thread owns the keys under its own prefix and keeps a model of what they should hold, so
every read and list answer can be checked while the other threads hammer the same Client (the
same requests.Session and urllib3 pool). At the end the whole mount is checked against the
models, and the number of TCP connections urllib3 opened must stay near the number of threads:
connections are reused, not opened per request (requests' default pool keeps 10 per host).
"""
import random
import socket
import statistics
import threading
import time
from typing import Callable, Dict, List, Optional

import pytest
from urllib3.connection import HTTPConnection

import hvac
from hvac import exceptions
from tests.openbao import BaoServer

THREADS = 8
OPERATIONS = 2000  # in total, split evenly between the threads
KEYS_PER_THREAD = 12  # a small key space, so writes overwrite, reads hit, deletes empty it now and then
CONNECTION_SLACK = 4  # connections beyond one per thread that are tolerated (e.g. a server-side close)


class ConnectionCounter:
    """Counts the TCP connections urllib3 opens, by wrapping ``HTTPConnection._new_conn`` (the
    method that creates the socket). ``HTTPConnectionPool._new_conn`` would not do: it makes the
    connection object, which urllib3 reconnects in place when the server has closed it."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        original = HTTPConnection._new_conn

        def counting_new_conn(connection: HTTPConnection) -> socket.socket:
            with self._lock:
                self.count += 1
            return original(connection)

        monkeypatch.setattr(HTTPConnection, "_new_conn", counting_new_conn)


@pytest.fixture
def kv2_mount(mount_engine: Callable[..., str]) -> str:
    return mount_engine("kv", options={"version": "2"})


class Worker:
    """One thread's share of the traffic, checked against its own model of its keys."""

    def __init__(self, number: int, client: hvac.Client, mount: str, operations: int) -> None:
        self.number = number
        self.kv = client.secrets.kv.v2
        self.mount = mount
        self.operations = operations
        self.prefix = f"t{number}"
        self.model: Dict[str, Dict[str, str]] = {}
        self.errors: List[str] = []
        self.latencies: List[float] = []
        self.counts: Dict[str, int] = {"write": 0, "read": 0, "list": 0, "delete": 0}
        self.random = random.Random(number)

    def run(self, start: threading.Barrier) -> None:
        start.wait()
        for sequence in range(self.operations):
            kind = self.random.choices(("write", "read", "list", "delete"), weights=(4, 3, 2, 1))[0]
            name = f"k{self.random.randrange(KEYS_PER_THREAD)}"
            began = time.perf_counter()
            try:
                problem = getattr(self, kind)(name, sequence)
            except Exception as error:  # noqa: BLE001 - every unexpected failure is an error of the test
                problem = f"{type(error).__name__}: {error}"
            self.latencies.append(time.perf_counter() - began)
            self.counts[kind] += 1
            if problem:
                self.errors.append(f"thread {self.number} op {sequence} {kind} {name}: {problem}")

    def write(self, name: str, sequence: int) -> Optional[str]:
        secret = {"owner": self.prefix, "sequence": str(sequence)}
        self.kv.create_or_update_secret(path=f"{self.prefix}/{name}", secret=secret, mount_point=self.mount)
        self.model[name] = secret
        return None

    def read(self, name: str, sequence: int) -> Optional[str]:
        return check_secret(self.kv, self.mount, f"{self.prefix}/{name}", self.model.get(name))

    def list(self, name: str, sequence: int) -> Optional[str]:
        return check_listing(self.kv, self.mount, self.prefix, self.model)

    def delete(self, name: str, sequence: int) -> Optional[str]:
        self.kv.delete_metadata_and_all_versions(path=f"{self.prefix}/{name}", mount_point=self.mount)
        self.model.pop(name, None)
        return None


def check_secret(kv, mount: str, path: str, expected: Optional[Dict[str, str]]) -> Optional[str]:  # type: ignore[no-untyped-def]
    try:
        stored = kv.read_secret_version(path=path, mount_point=mount, raise_on_deleted_version=True)["data"]["data"]
    except exceptions.InvalidPath:
        return None if expected is None else f"missing, expected {expected}"
    return None if stored == expected else f"holds {stored}, expected {expected}"


def check_listing(kv, mount: str, prefix: str, model: Dict[str, Dict[str, str]]) -> Optional[str]:  # type: ignore[no-untyped-def]
    try:
        keys = set(kv.list_secrets(path=prefix, mount_point=mount)["data"]["keys"])
    except exceptions.InvalidPath:  # nothing under the prefix
        keys = set()
    return None if keys == set(model) else f"lists {sorted(keys)}, expected {sorted(model)}"


def test_one_client_shared_by_eight_threads(
    vault_dev: BaoServer, kv2_mount: str, monkeypatch: pytest.MonkeyPatch, record_property: Callable[[str, object], None]
) -> None:
    counter = ConnectionCounter()
    counter.install(monkeypatch)
    shared = vault_dev.client(timeout=10)
    workers = [Worker(number, shared, kv2_mount, OPERATIONS // THREADS) for number in range(THREADS)]
    start = threading.Barrier(THREADS + 1)
    threads = [threading.Thread(target=worker.run, args=(start,), name=f"kv-{worker.number}") for worker in workers]
    for thread in threads:
        thread.start()
    start.wait(timeout=10)
    began = time.perf_counter()
    for thread in threads:
        thread.join(timeout=60)
    elapsed = time.perf_counter() - began
    assert not any(thread.is_alive() for thread in threads), "a worker thread did not finish"

    errors = [error for worker in workers for error in worker.errors]
    # The final state, read back through the same shared client.
    for worker in workers:
        for number in range(KEYS_PER_THREAD):
            problem = check_secret(shared.secrets.kv.v2, kv2_mount, f"{worker.prefix}/k{number}", worker.model.get(f"k{number}"))
            if problem:
                errors.append(f"final state of {worker.prefix}/k{number}: {problem}")
        problem = check_listing(shared.secrets.kv.v2, kv2_mount, worker.prefix, worker.model)
        if problem:
            errors.append(f"final listing of {worker.prefix}: {problem}")
    shared.adapter.close()

    latencies = sorted(latency for worker in workers for latency in worker.latencies)
    done = len(latencies)
    figures = {
        "operations": done,
        "by_kind": {kind: sum(worker.counts[kind] for worker in workers) for kind in workers[0].counts},
        "errors": len(errors),
        "elapsed_s": round(elapsed, 2),
        "operations_per_s": round(done / elapsed),
        "latency_median_ms": round(statistics.median(latencies) * 1000, 2),
        "latency_p99_ms": round(latencies[int(done * 0.99) - 1] * 1000, 2),
        "latency_max_ms": round(latencies[-1] * 1000, 2),
        "tcp_connections_opened": counter.count,
    }
    for name, value in figures.items():
        record_property(name, value)
    print("\nshared client, 8 threads:", ", ".join(f"{name}={value}" for name, value in figures.items()))

    assert done == OPERATIONS
    assert errors == [], f"{len(errors)} errors, first ones: {errors[:5]}"
    assert counter.count <= THREADS + CONNECTION_SLACK, f"{counter.count} connections opened: they are not reused"
