"""`make demo` (examples/run_demo.py) as a new user meets it: against the OpenBao dev server it
starts itself, against an address where nothing answers, and against a server of the user's own
whose data it must leave as it found it."""
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Callable, Dict, Optional

import pytest

import hvac
from tests.integration.conftest import LEAN
from tests.openbao import ROOT_TOKEN, BaoServer

RUN_DEMO = Path(__file__).resolve().parents[2] / "examples" / "run_demo.py"

pytestmark = pytest.mark.skipif(LEAN, reason="the demo runs in a process of its own, with the default adapter")


def run_demo(env: Optional[Dict[str, str]] = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VAULT_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, str(RUN_DEMO)], env=environment, capture_output=True, text=True, timeout=300
    )


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_against_the_embedded_server_the_tour_runs_and_the_server_is_stopped() -> None:
    result = run_demo()
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "Started an OpenBao dev server at http://127.0.0.1:" in out
    assert "4. Reading a missing secret raised InvalidPath, status_code 404, path /v1/secret/data/demo-" in out
    assert "a bad token raised Forbidden, status_code 403, path /v1/secret/data/demo-" in out
    assert "None, on get" not in out
    assert "5. Removed what the tour created" in out and out.rstrip().endswith("Stopped the dev server.")
    pid = int(out.split("(pid ", 1)[1].split(")", 1)[0])
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_an_address_where_nothing_answers_gives_one_line_and_a_failure_status() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    result = run_demo({"VAULT_ADDR": url, "VAULT_TOKEN": "root"})
    assert result.returncode != 0
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert len(lines) == 1, lines
    assert f"Nothing answers at {url}" in lines[0] and "env -u VAULT_ADDR make demo" in lines[0]


def snapshot(client: hvac.Client) -> Dict[str, object]:
    """What the user keeps on the server: mounts, KV v2 keys and secret/demo/app in full."""
    kv = client.secrets.kv.v2
    return {
        "mounts": sorted(client.sys.list_mounted_secrets_engines()["data"]),
        "top keys": kv.list_secrets(path="")["data"]["keys"],
        "demo keys": kv.list_secrets(path="demo")["data"]["keys"],
        "app metadata": kv.read_secret_metadata(path="demo/app")["data"],
        "app": kv.read_secret_version(path="demo/app", raise_on_deleted_version=True)["data"]["data"],
        "transit keys": client.secrets.transit.list_keys(mount_point="demo-transit")["data"]["keys"],
    }


def test_against_a_server_of_the_users_own_it_touches_nothing_it_did_not_create(
    bao_server_factory: Callable[..., BaoServer],
) -> None:
    users_server = bao_server_factory(dev=True)
    users_server.wait_until_active()
    client = users_server.client()
    kv = client.secrets.kv.v2
    # What the demo used to overwrite and delete: secret/demo/app and a mount called demo-transit.
    kv.create_or_update_secret(path="demo/app", secret={"owner": "the user", "password": "first"})
    kv.create_or_update_secret(path="demo/app", secret={"owner": "the user", "password": "second"})
    kv.create_or_update_secret(path="demo/other", secret={"keep": "me"})
    client.sys.enable_secrets_engine(backend_type="transit", path="demo-transit")
    client.secrets.transit.create_key(name="demo-key", mount_point="demo-transit")
    before = snapshot(client)

    result = run_demo({"VAULT_ADDR": users_server.url, "VAULT_TOKEN": ROOT_TOKEN})

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Wrote secret/demo-" in result.stdout and "Removed what the tour created" in result.stdout
    assert snapshot(client) == before
    assert before["app"] == {"owner": "the user", "password": "second"}
