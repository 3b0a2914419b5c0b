"""Database secrets engine against the shared OpenBao dev server and a throw-away PostgreSQL.

When a PostgreSQL server binary is installed (``/usr/lib/postgresql/*/bin/postgres``) a private
cluster is created with ``initdb`` in a temporary directory and started on 127.0.0.1 at a free
port (as the ``postgres`` OS user when the tests run as root, which PostgreSQL refuses); it is
stopped by PID at the end of the module. Without the binary every test here is skipped: the
endpoints are then covered by the golden traffic only.
"""
import glob
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pytest

from hvac import exceptions

PLUGIN = "postgresql-database-plugin"
SUPERUSER = "postgres"


def _postgres_bin_dir() -> Optional[Path]:
    """The bin directory of the newest installed PostgreSQL, or None."""
    found = glob.glob("/usr/lib/postgresql/*/bin/postgres")

    def version(path: str) -> List[int]:
        return [int(n) for n in re.findall(r"\d+", path.split("/")[3])] or [0]

    return Path(max(found, key=version)).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Postgres:
    """A private PostgreSQL cluster: ``initdb``, ``postgres`` started in the background, ``psql``."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.port = _free_port()
        self.password = secrets.token_hex(12)
        self.base = Path(tempfile.mkdtemp(prefix="hvac-pg-"))
        self.data = self.base / "data"
        self.process: Optional[subprocess.Popen] = None
        # PostgreSQL will not run as root: drop to the postgres account then.
        self._user: Dict[str, Any] = {}
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")
            os.chown(self.base, account.pw_uid, account.pw_gid)
            self._user = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}

    def _run(self, *args: str, **kwargs: Any) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
            cwd=self.base,
            **self._user,
            **kwargs,
        )

    def start(self) -> "Postgres":
        pwfile = self.base / "pw"
        pwfile.write_text(self.password + "\n")
        if self._user:
            os.chown(pwfile, self._user["user"], self._user["group"])
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, f"--pwfile={pwfile}",
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync",
        )  # fmt: skip
        pwfile.unlink()
        log = open(self.base / "postgres.log", "w")
        self.process = subprocess.Popen(
            [
                str(self.bin_dir / "postgres"), "-D", str(self.data), "-p", str(self.port),
                "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={self.base}",
                "-c", "fsync=off",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.base,
            **self._user,
        )  # fmt: skip
        log.close()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("postgres exited:\n" + (self.base / "postgres.log").read_text())
            ready = subprocess.run(
                [str(self.bin_dir / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)], capture_output=True
            )
            if ready.returncode == 0:
                return self
            time.sleep(0.2)
        raise RuntimeError("postgres did not become ready:\n" + (self.base / "postgres.log").read_text())

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # "fast" shutdown
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        shutil.rmtree(self.base, ignore_errors=True)

    def psql(self, sql: str) -> str:
        """Run SQL as the superuser over the unix socket (trusted) and return the unaligned output."""
        result = self._run("psql", "-h", str(self.base), "-p", str(self.port), "-U", SUPERUSER, "-d", "postgres",
                           "-v", "ON_ERROR_STOP=1", "-At", "-c", sql)  # fmt: skip
        return result.stdout.strip()

    def can_login(self, username: str, password: str) -> bool:
        """Whether ``username``/``password`` authenticates over TCP."""
        result = subprocess.run(
            [str(self.bin_dir / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", username, "-d", "postgres",
             "-w", "-At", "-c", "SELECT current_user"],
            capture_output=True, text=True, timeout=30, env={**os.environ, "PGPASSWORD": password},
        )  # fmt: skip
        return result.returncode == 0 and result.stdout.strip() == username

    def role_exists(self, name: str) -> bool:
        return self.psql(f"SELECT count(*) FROM pg_roles WHERE rolname = '{name}'") == "1"

    def connection_url(self) -> str:
        return f"postgresql://{{{{username}}}}:{{{{password}}}}@127.0.0.1:{self.port}/postgres?sslmode=disable"


@pytest.fixture(scope="module")
def postgres() -> Iterator[Postgres]:
    bin_dir = _postgres_bin_dir()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binary (/usr/lib/postgresql/*/bin/postgres): database engine is traffic-only")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root without a 'postgres' account to start PostgreSQL as: traffic-only")
    server = Postgres(bin_dir)
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture
def database(client):
    return client.secrets.database


@pytest.fixture
def admin(postgres, unique) -> Iterator[Dict[str, str]]:
    """A dedicated superuser for one connection, so rotating its password touches nothing else."""
    name = unique("admin").replace("-", "_")
    password = secrets.token_hex(12)
    postgres.psql(f"CREATE ROLE {name} WITH LOGIN SUPERUSER PASSWORD '{password}'")
    try:
        yield {"username": name, "password": password}
    finally:
        postgres.psql(f"DROP ROLE IF EXISTS {name}")


@pytest.fixture
def mount(client, unique, admin) -> Iterator[str]:
    """A database engine at a unique path. It is disabled before ``admin`` is dropped, so the
    engine can still revoke the leases (drop the users it created) with that account."""
    path = unique("database")
    client.sys.enable_secrets_engine("database", path=path)
    try:
        yield path
    finally:
        client.sys.disable_secrets_engine(path)  # also revokes the leases (drops the dynamic users)


@pytest.fixture
def connection(database, mount, postgres, admin) -> str:
    """A verified connection ``pg`` on the mount, allowed for every role."""
    database.configure(
        "pg",
        PLUGIN,
        verify_connection=True,
        allowed_roles=["*"],
        mount_point=mount,
        connection_url=postgres.connection_url(),
        username=admin["username"],
        password=admin["password"],
        password_authentication="scram-sha-256",
    )
    return "pg"


CREATE_USER = [
    "CREATE ROLE \"{{name}}\" WITH LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}';",
    'GRANT pg_read_all_data TO "{{name}}";',
]
DROP_USER = ['DROP ROLE IF EXISTS "{{name}}";']


def test_connection_configure_read_list_reset_delete(database, mount, connection, admin, postgres):
    read = database.read_connection(connection, mount_point=mount)["data"]
    assert read["plugin_name"] == PLUGIN
    assert read["allowed_roles"] == ["*"]
    assert read["connection_details"]["username"] == admin["username"]
    assert "password" not in read["connection_details"]
    assert database.list_connections(mount_point=mount)["data"]["keys"] == [connection]
    assert database.reset_connection(connection, mount_point=mount).status_code == 204

    # extra keyword arguments go into the body unchanged; a bad URL is refused when verified
    with pytest.raises(exceptions.InvalidRequest):
        database.configure(
            "broken", PLUGIN, verify_connection=True, mount_point=mount,
            connection_url=f"postgresql://nobody:wrong@127.0.0.1:{postgres.port}/postgres?sslmode=disable",
        )  # fmt: skip
    database.configure(
        "broken", PLUGIN, verify_connection=False, root_rotation_statements=["SELECT 1"], mount_point=mount,
        connection_url=f"postgresql://nobody:wrong@127.0.0.1:{postgres.port}/postgres?sslmode=disable",
    )  # fmt: skip
    assert database.read_connection("broken", mount_point=mount)["data"]["root_credentials_rotate_statements"] == [
        "SELECT 1"
    ]
    database.delete_connection("broken", mount_point=mount)
    assert database.list_connections(mount_point=mount)["data"]["keys"] == [connection]
    with pytest.raises(exceptions.InvalidPath):
        database.read_connection("broken", mount_point=mount)


def test_dynamic_role_generates_working_credentials(client, database, mount, connection, postgres):
    database.create_role(
        "readonly", connection, CREATE_USER, default_ttl=300, max_ttl=600, revocation_statements=DROP_USER,
        mount_point=mount,
    )  # fmt: skip
    role = database.read_role("readonly", mount_point=mount)["data"]
    assert (role["db_name"], role["default_ttl"], role["max_ttl"]) == (connection, 300, 600)
    assert role["creation_statements"] == CREATE_USER and role["revocation_statements"] == DROP_USER
    assert database.list_roles(mount_point=mount)["data"]["keys"] == ["readonly"]

    creds = database.generate_credentials("readonly", mount_point=mount)
    username, password = creds["data"]["username"], creds["data"]["password"]
    assert creds["lease_duration"] == 300 and creds["lease_id"].startswith(f"{mount}/creds/readonly/")
    assert postgres.role_exists(username)
    assert postgres.can_login(username, password)

    # revoking the lease runs the revocation statements
    client.sys.revoke_lease(creds["lease_id"])
    assert not postgres.role_exists(username)

    database.delete_role("readonly", mount_point=mount)
    with pytest.raises(exceptions.InvalidPath):
        database.list_roles(mount_point=mount)
    with pytest.raises(exceptions.InvalidRequest):
        database.generate_credentials("readonly", mount_point=mount)


def test_static_role_read_rotate_delete(database, mount, connection, postgres, unique):
    user = unique("static").replace("-", "_")
    postgres.psql(f"CREATE ROLE {user} WITH LOGIN PASSWORD 'initial'")
    try:
        database.create_static_role(
            "app", connection, user, ["ALTER ROLE \"{{name}}\" WITH PASSWORD '{{password}}';"],
            rotation_period=3600, mount_point=mount,
        )  # fmt: skip
        role = database.read_static_role("app", mount_point=mount)["data"]
        assert (role["username"], role["rotation_period"], role["db_name"]) == (user, 3600, connection)
        assert database.list_static_roles(mount_point=mount)["data"]["keys"] == ["app"]

        first = database.get_static_credentials("app", mount_point=mount)["data"]
        assert first["username"] == user and 0 < first["ttl"] <= 3600
        assert postgres.can_login(user, first["password"])
        assert not postgres.can_login(user, "initial")

        assert database.rotate_static_role_credentials("app", mount_point=mount).status_code == 204
        second = database.get_static_credentials("app", mount_point=mount)["data"]
        assert second["password"] != first["password"]
        assert postgres.can_login(user, second["password"])
        assert not postgres.can_login(user, first["password"])

        database.delete_static_role("app", mount_point=mount)
        with pytest.raises(exceptions.InvalidPath):
            database.list_static_roles(mount_point=mount)
        assert postgres.role_exists(user)  # the database user is left alone
    finally:
        postgres.psql(f"DROP ROLE IF EXISTS {user}")


def test_rotate_root_credentials(database, mount, connection, postgres, admin):
    assert postgres.can_login(admin["username"], admin["password"])
    assert database.rotate_root_credentials(connection, mount_point=mount).status_code == 204
    # only the engine knows the new password now, and it still works for it
    assert not postgres.can_login(admin["username"], admin["password"])
    assert database.reset_connection(connection, mount_point=mount).status_code == 204
    database.create_role("after-rotation", connection, CREATE_USER, revocation_statements=DROP_USER, mount_point=mount)
    creds = database.generate_credentials("after-rotation", mount_point=mount)["data"]
    assert postgres.can_login(creds["username"], creds["password"])


PASSWORD_POLICY = """
length = 24
rule "charset" {
  charset = "abcdefghijklmnopqrstuvwxyz"
}
"""


def test_password_policy_shapes_the_generated_passwords(client, database, mount, postgres, admin, unique):
    policy = unique("pgpw")
    client.sys.create_or_update_password_policy(policy, PASSWORD_POLICY)
    try:
        database.configure(
            "pg-policy", PLUGIN, allowed_roles=["*"], mount_point=mount, password_policy=policy,
            connection_url=postgres.connection_url(), username=admin["username"], password=admin["password"],
            password_authentication="scram-sha-256",
        )  # fmt: skip
        assert database.read_connection("pg-policy", mount_point=mount)["data"]["password_policy"] == policy
        database.create_role(
            "lower", "pg-policy", CREATE_USER, revocation_statements=DROP_USER, credential_type="password",
            mount_point=mount,
        )  # fmt: skip
        assert database.read_role("lower", mount_point=mount)["data"]["credential_type"] == "password"
        creds = database.generate_credentials("lower", mount_point=mount)
        client.sys.revoke_lease(creds["lease_id"])  # before the connection goes
        password = creds["data"]["password"]
        assert len(password) == 24 and password.isalpha() and password.islower()
    finally:
        database.delete_role("lower", mount_point=mount)
        database.delete_connection("pg-policy", mount_point=mount)
        client.sys.delete_password_policy(policy)
