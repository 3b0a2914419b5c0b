"""`make bench`: what hvac costs on top of plain requests, side by side, in one run.

(a) import time added over ``import requests`` (median of fresh processes)
(b) client CPU per kv.v2.read_secret_version with a no-network transport, next to a bare
    ``requests.Session().get(...).json()`` through the same transport
(c) the same call against a local OpenBao dev server, next to a bare requests GET
(d) time and memory to construct a Client
(e) 8 threads sharing one Client against the server: throughput and TCP connections opened,
    for the default adapter and the lean one
(f) the transport floor: the same live GET through http.client, urllib3, bare requests, hvac's
    default adapter and hvac's lean adapter (Urllib3Adapter): wall and client CPU per call

Figures are ratios to the bare-requests floor as well as absolute numbers. Nothing here
asserts: the suite never times itself (see README, Performance).
"""
import gc
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Callable, Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from requests.adapters import BaseAdapter  # noqa: E402

import hvac  # noqa: E402

BODY = json.dumps({"data": {"data": {"password": "s3cret"}, "metadata": {"version": 1}}}).encode()


class CannedTransport(BaseAdapter):
    """A requests transport that answers every request from memory (no sockets)."""

    def send(self, request, **kwargs):  # type: ignore[no-untyped-def]
        response = requests.Response()
        response.status_code = 200
        response.headers["Content-Type"] = "application/json"
        response._content = BODY
        response.url = request.url
        response.request = request
        response.encoding = "utf-8"
        return response

    def close(self) -> None:
        pass


def median_of(repeats: int, function: Callable[[], float]) -> float:
    return statistics.median(function() for _ in range(repeats))


def import_cost(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout)


def hvac_importtime() -> float:
    """Seconds ``-X importtime`` attributes to ``import hvac`` once requests is loaded."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import requests; import hvac"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    line = next(line for line in out.stderr.splitlines() if line.rstrip().endswith("| hvac"))
    return int(line.split("|")[1]) / 1e6


def section_a(repeats: int = 31) -> None:
    # Installed packages ship compiled bytecode; give the working tree the same footing.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "hvac")], check=True)
    base = statistics.median(import_cost("import requests") for _ in range(repeats))
    # In one fresh process each: requests first (untimed), then the time "import hvac" adds.
    added = statistics.median(import_cost_after("import requests", "import hvac") for _ in range(repeats))
    attributed = statistics.median(hvac_importtime() for _ in range(repeats))
    print(f"(a) import: requests {base * 1e3:.1f} ms; hvac adds {added * 1e3:.2f} ms on top "
          f"({attributed * 1e3:.2f} ms by -X importtime) (target <= 4 ms)")


def import_cost_after(setup: str, statement: str) -> float:
    code = f"import time; {setup}; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout)


def cpu_per_call(call: Callable[[], object], rounds: int = 5, calls: int = 2000) -> float:
    call()
    best = float("inf")
    for _ in range(rounds):
        gc.disable()
        start = time.process_time()
        for _ in range(calls):
            call()
        elapsed = time.process_time() - start
        gc.enable()
        best = min(best, elapsed / calls)
    return best


def section_b() -> None:
    url = "http://vault.bench:8200"
    bare = requests.Session()
    bare.mount("http://", CannedTransport())
    client = hvac.Client(url=url, token="s.bench")
    client.session.mount("http://", CannedTransport())
    kv = client.secrets.kv.v2

    floors, ours_samples = [], []
    for _ in range(3):  # alternate, so drift hits both sides alike
        floors.append(cpu_per_call(lambda: bare.get(f"{url}/v1/secret/data/app", headers={"X-Vault-Token": "s.bench"}).json()))
        ours_samples.append(cpu_per_call(lambda: kv.read_secret_version(path="app", raise_on_deleted_version=True)))
    floor, ours = min(floors), min(ours_samples)
    print(f"(b) CPU per call, no network: bare requests {floor * 1e6:.1f} us; hvac {ours * 1e6:.1f} us; "
          f"overhead {(ours - floor) * 1e6:+.1f} us ({ours / floor:.3f}x) (target <= 5 us)")


def wall_per_call_pair(first: Callable[[], object], second: Callable[[], object], calls: int) -> Tuple[float, float]:
    """Median seconds per call of two callables, measured in alternating rounds (fair under drift)."""
    first()
    second()
    samples: Tuple[List[float], List[float]] = ([], [])
    for _ in range(7):
        for index, call in enumerate((first, second)):
            start = time.perf_counter()
            for _ in range(calls):
                call()
            samples[index].append((time.perf_counter() - start) / calls)
    return statistics.median(samples[0]), statistics.median(samples[1])


def section_c_e(server_url: str, token: str) -> None:
    client = hvac.Client(url=server_url, token=token)
    client.secrets.kv.v2.create_or_update_secret(path="bench", secret={"password": "s3cret"})
    bare = requests.Session()
    headers = {"X-Vault-Token": token}
    url = f"{server_url}/v1/secret/data/bench"
    kv = client.secrets.kv.v2

    floor, ours = wall_per_call_pair(
        lambda: bare.get(url, headers=headers).json(),
        lambda: kv.read_secret_version(path="bench", raise_on_deleted_version=True),
        200,
    )
    print(f"(c) live call to OpenBao: bare requests {floor * 1e6:.0f} us; hvac {ours * 1e6:.0f} us; "
          f"ratio {ours / floor:.3f} (target <= 1.03)")

    fresh = hvac.Client(url=server_url, token=token)
    opened = count_connections(
        lambda: [fresh.secrets.kv.v2.read_secret_version(path="bench", raise_on_deleted_version=True) for _ in range(50)]
    )
    print(f"    sequential calls: 50 reads opened {opened} TCP connection(s) (target 1, kept alive)")

    for label, adapter in (("default adapter", hvac.adapters.JSONAdapter), ("lean adapter", hvac.adapters.Urllib3Adapter)):
        rate, connections = threaded_reads(hvac.Client(url=server_url, token=token, adapter=adapter))
        print(f"(e) 8 threads x 250 reads on one Client, {label}: {rate:.0f} req/s, {connections} TCP connections opened")


def threaded_reads(shared: hvac.Client, threads: int = 8, per_thread: int = 250) -> Tuple[float, int]:
    """Requests per second and TCP connections opened by ``threads`` threads sharing ``shared``."""

    def worker() -> None:
        for _ in range(per_thread):
            shared.secrets.kv.v2.read_secret_version(path="bench", raise_on_deleted_version=True)

    def run_threads() -> None:
        started = [threading.Thread(target=worker) for _ in range(threads)]
        for thread in started:
            thread.start()
        for thread in started:
            thread.join()

    start = time.perf_counter()
    connections = count_connections(run_threads)
    return threads * per_thread / (time.perf_counter() - start), connections


def section_f(server_url: str, token: str, calls: int = 300, rounds: int = 7) -> None:
    """Wall and client CPU per live GET of one secret, through each transport, in alternating rounds."""
    import http.client
    from urllib.parse import urlsplit

    import urllib3

    parts = urlsplit(server_url)
    path = "/v1/secret/data/bench"
    headers = {"X-Vault-Token": token}
    connection = http.client.HTTPConnection(parts.hostname, parts.port)
    pool = urllib3.HTTPConnectionPool(parts.hostname, parts.port, maxsize=1)
    bare = requests.Session()
    default_kv = hvac.Client(url=server_url, token=token).secrets.kv.v2
    lean_kv = hvac.Client(url=server_url, token=token, adapter=hvac.adapters.Urllib3Adapter).secrets.kv.v2

    def via_http_client() -> object:
        connection.request("GET", path, headers=headers)
        return json.loads(connection.getresponse().read())

    transports = [
        ("http.client (the floor)", via_http_client),
        ("urllib3 HTTPConnectionPool", lambda: json.loads(pool.request("GET", path, headers=headers).data)),
        ("bare requests.Session().get", lambda: bare.get(f"{server_url}{path}", headers=headers).json()),
        ("hvac, default adapter", lambda: default_kv.read_secret_version(path="bench", raise_on_deleted_version=True)),
        ("hvac, lean adapter", lambda: lean_kv.read_secret_version(path="bench", raise_on_deleted_version=True)),
    ]
    wall: Dict[str, List[float]] = {name: [] for name, _ in transports}
    cpu: Dict[str, List[float]] = {name: [] for name, _ in transports}
    for _, call in transports:
        call()
    for _ in range(rounds):
        for name, call in transports:
            gc.disable()
            wall_start, cpu_start = time.perf_counter(), time.process_time()
            for _ in range(calls):
                call()
            cpu[name].append((time.process_time() - cpu_start) / calls)
            wall[name].append((time.perf_counter() - wall_start) / calls)
            gc.enable()
    floor_wall, floor_cpu = statistics.median(wall[transports[0][0]]), statistics.median(cpu[transports[0][0]])
    requests_cpu = statistics.median(cpu["bare requests.Session().get"])
    print(f"(f) the transport floor: one live GET of a secret, {calls} calls x {rounds} alternating rounds (medians)")
    for name, _ in transports:
        w, c = statistics.median(wall[name]), statistics.median(cpu[name])
        print(f"    {name:<30} wall {w * 1e6:6.0f} us ({w / floor_wall:.2f}x)   client CPU {c * 1e6:6.0f} us "
              f"({c / floor_cpu:.2f}x of http.client, {c / requests_cpu:.2f}x of bare requests)")
    default_cpu = statistics.median(cpu["hvac, default adapter"])
    lean_wall, lean_cpu = statistics.median(wall["hvac, lean adapter"]), statistics.median(cpu["hvac, lean adapter"])
    print(f"    targets: default adapter CPU <= 0.75x bare requests: {default_cpu / requests_cpu:.2f}x; "
          f"lean adapter wall <= 1.5x http.client: {lean_wall / floor_wall:.2f}x, CPU <= 2.2x: {lean_cpu / floor_cpu:.2f}x")
    connection.close()
    pool.close()


def count_connections(action: Callable[[], object]) -> int:
    """TCP connections opened while ``action`` runs (counted where urllib3 opens sockets)."""
    import urllib3.connection as connection

    opened: List[int] = []
    original = connection.HTTPConnection._new_conn

    def counting(self):  # type: ignore[no-untyped-def]
        opened.append(1)
        return original(self)

    connection.HTTPConnection._new_conn = counting  # type: ignore[method-assign]
    try:
        action()
    finally:
        connection.HTTPConnection._new_conn = original  # type: ignore[method-assign]
    return len(opened)


def section_d() -> None:
    url = "http://vault.bench:8200"
    hvac.Client(url=url, token="t")
    samples = []
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(2000):
            hvac.Client(url=url, token="t")
        samples.append((time.perf_counter() - start) / 2000)
    bare = []
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(2000):
            requests.Session()
        bare.append((time.perf_counter() - start) / 2000)
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    keep = [hvac.Client(url=url, token="t") for _ in range(200)]
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    per_client = sum(s.size_diff for s in after.compare_to(before, "filename")) / len(keep)
    print(f"(d) Client(): {statistics.median(samples) * 1e6:.1f} us (a bare requests.Session(): "
          f"{statistics.median(bare) * 1e6:.1f} us) (target <= 80 us); {per_client / 1024:.1f} KiB each")


def main() -> None:
    print(f"hvac benchmarks, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    section_a()
    section_b()
    section_d()
    if os.getenv("VAULT_ADDR"):
        section_c_e(os.environ["VAULT_ADDR"], os.environ.get("VAULT_TOKEN", "root"))
        section_f(os.environ["VAULT_ADDR"], os.environ.get("VAULT_TOKEN", "root"))
        return
    from tests.openbao import ROOT_TOKEN, BaoServer

    server = BaoServer(dev=True).start()
    try:
        server.wait_until_active()
        section_c_e(server.url, ROOT_TOKEN)
        section_f(server.url, ROOT_TOKEN)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
