"""Session and LeaseContainer without a server: requests answered by requests-mock, time by a
clock the test moves by hand (background threads sleep on it until the test advances it)."""
import threading
import time
from typing import Any, Callable, Dict, List

import pytest
import requests_mock

import hvac
from hvac import exceptions
from hvac.lifecycle import (
    LOGGED_IN,
    LOGIN_FAILED,
    MAX_TTL_NEAR,
    RELOGGED_IN,
    RENEWED,
    TOKEN_DEAD,
    TOKEN_EXPIRED,
    TOKEN_NOT_RENEWABLE,
    Clock,
    LeaseContainer,
    Session,
    approle_login,
    jwt_login,
    kubernetes_login,
    token_login,
    userpass_login,
)
from tests.threads import errors_in_threads

URL = "https://vault.test:8200"
JSON = {"Content-Type": "application/json"}


class ManualClock(Clock):
    """Time moves only when the test calls :meth:`advance`; sleepers wait for it."""

    def __init__(self) -> None:
        self.time = 1000.0
        self._moved = threading.Condition()
        self.sleepers = 0

    def now(self) -> float:
        return self.time

    def sleep(self, seconds: float, stop: threading.Event) -> bool:
        wake_at = self.time + seconds
        with self._moved:
            self.sleepers += 1
            try:
                while self.time < wake_at and not stop.is_set():
                    self._moved.wait(0.01)
            finally:
                self.sleepers -= 1
        return stop.is_set()

    def advance(self, seconds: float) -> None:
        with self._moved:
            self.time += seconds
            self._moved.notify_all()


def eventually(condition: Callable[[], Any], what: str, timeout: float = 10.0) -> Any:
    """Wait for background threads to reach a state (a bound, not a timing assertion)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.005)
    raise AssertionError(f"never happened: {what}")


class FakeVault:
    """Tokens that log in, live, die and get revoked, behind requests-mock."""

    def __init__(self, mocker: requests_mock.Mocker, ttl: int = 30, renewable: bool = False) -> None:
        self.ttl, self.renewable = ttl, renewable
        self.issued = 0
        self.dead: set = set()
        self.revoked: List[str] = []
        self.login_failures = 0
        self.lock = threading.Lock()
        mocker.post(f"{URL}/v1/auth/approle/login", json=self.login)
        mocker.get(f"{URL}/v1/auth/token/lookup-self", json=self.lookup_self)
        mocker.post(f"{URL}/v1/auth/token/revoke-self", json=self.revoke_self)
        mocker.post(f"{URL}/v1/auth/token/renew-self", json=self.renew_self)
        mocker.get(f"{URL}/v1/secret/data/app", json=self.read_secret)
        mocker.get(f"{URL}/v1/sys/audit", json=self.denied)

    def _token(self, request: Any) -> str:
        return request.headers.get("X-Vault-Token", "")

    def _refuse(self, context: Any) -> Dict[str, Any]:
        context.status_code, context.headers = 403, JSON
        return {"errors": ["permission denied"]}

    def login(self, request: Any, context: Any) -> Dict[str, Any]:
        with self.lock:
            if self.login_failures:
                self.login_failures -= 1
                context.status_code, context.headers = 500, JSON
                return {"errors": ["storage unavailable"]}
            self.issued += 1
            token = f"s.token{self.issued}"
        context.headers = JSON
        return {"auth": {"client_token": token, "lease_duration": self.ttl, "renewable": self.renewable}}

    def lookup_self(self, request: Any, context: Any) -> Dict[str, Any]:
        if self._token(request) in self.dead:
            return self._refuse(context)
        context.headers = JSON
        return {"data": {"ttl": self.ttl, "renewable": self.renewable}}

    def revoke_self(self, request: Any, context: Any) -> Dict[str, Any]:
        self.revoked.append(self._token(request))
        self.dead.add(self._token(request))
        context.status_code = 204
        return {}

    def renew_self(self, request: Any, context: Any) -> Dict[str, Any]:
        if self._token(request) in self.dead:
            return self._refuse(context)
        context.headers = JSON
        return {"auth": {"client_token": self._token(request), "lease_duration": self.renew_grant, "renewable": True}}

    renew_grant = 30

    def read_secret(self, request: Any, context: Any) -> Dict[str, Any]:
        if self._token(request) in self.dead or not self._token(request):
            return self._refuse(context)
        context.headers = JSON
        return {"data": {"data": {"password": "s3cret"}}}

    def denied(self, request: Any, context: Any) -> Dict[str, Any]:
        return self._refuse(context)


@pytest.fixture
def mocker():
    with requests_mock.Mocker() as m:
        yield m


@pytest.fixture
def clock():
    return ManualClock()


def read(client: hvac.Client) -> Any:
    return client.secrets.kv.v2.read_secret_version(path="app", raise_on_deleted_version=True)["data"]["data"]


def new_session(client: hvac.Client, clock: Clock, **kwargs: Any) -> Session:
    return Session(client, approle_login("role", "secret"), clock=clock, **kwargs).install()


# --- logging in ---------------------------------------------------------------------------------


def test_logs_in_at_the_first_request_and_sends_with_that_token(mocker, clock):
    vault = FakeVault(mocker)
    client = hvac.Client(url=URL)
    session = new_session(client, clock)
    assert mocker.call_count == 0  # nothing at construction or install
    assert read(client) == {"password": "s3cret"}
    assert [r.path for r in mocker.request_history] == ["/v1/auth/approle/login", "/v1/secret/data/app"]
    assert mocker.last_request.headers["X-Vault-Token"] == client.token == session.token == "s.token1"
    assert [e.kind for e in session.events] == [LOGGED_IN] and vault.issued == 1
    session.close()


def test_a_dead_token_is_replaced_once_and_the_request_sent_again(mocker, clock):
    vault = FakeVault(mocker)
    client = hvac.Client(url=URL)
    session = new_session(client, clock)
    read(client)
    vault.dead.add("s.token1")  # revoked out of band
    assert read(client) == {"password": "s3cret"}
    assert session.token == "s.token2" and session.logins == 2
    assert session.events[-1].kind == RELOGGED_IN and session.events[-1].reason == TOKEN_DEAD
    assert vault.revoked == ["s.token1"]  # the replaced token is revoked (harmless when already dead)
    session.close()


@pytest.mark.parametrize("ignore_exceptions", [False, True])
def test_a_policy_denial_is_not_a_reason_to_log_in(mocker, clock, ignore_exceptions):
    FakeVault(mocker)
    client = hvac.Client(url=URL, ignore_exceptions=ignore_exceptions)
    session = new_session(client, clock)
    if ignore_exceptions:
        assert client.sys.list_enabled_audit_devices().status_code == 403
    else:
        with pytest.raises(exceptions.Forbidden):
            client.sys.list_enabled_audit_devices()
    assert session.logins == 1
    assert [r.path for r in mocker.request_history][-2:] == ["/v1/sys/audit", "/v1/auth/token/lookup-self"]
    session.close()


def test_threads_meeting_a_dead_token_wait_for_one_login(mocker, clock):
    vault = FakeVault(mocker)
    client = hvac.Client(url=URL)
    session = new_session(client, clock)
    read(client)
    vault.dead.add("s.token1")

    def reader() -> None:
        for _ in range(5):
            read(client)

    assert errors_in_threads(8, reader) == [] and session.logins == 2 and vault.issued == 2
    session.close()


def test_failed_logins_back_off_then_reach_the_caller(mocker, clock):
    vault = FakeVault(mocker)
    vault.login_failures = 1000
    client = hvac.Client(url=URL)
    session = new_session(client, clock, login_timeout=0.2, login_backoff=0.02)
    with pytest.raises(exceptions.InternalServerError):
        read(client)
    failures = [e for e in session.events if e.kind == LOGIN_FAILED]
    assert len(failures) >= 2 and all(isinstance(e.error, exceptions.InternalServerError) for e in failures)
    vault.login_failures = 0
    assert read(client) == {"password": "s3cret"}  # the next request tries again
    session.close()


def test_a_token_past_its_ttl_is_replaced_before_sending(mocker, clock):
    FakeVault(mocker, ttl=30)
    client = hvac.Client(url=URL)
    session = new_session(client, clock, relogin_margin=0)
    read(client)
    clock.time += 31  # nothing woke up to log in again: the request itself must not use it
    read(client)
    assert session.token == "s.token2"
    assert [e.reason for e in session.events if e.kind == RELOGGED_IN][0] in (TOKEN_EXPIRED, TOKEN_NOT_RENEWABLE)
    assert mocker.last_request.headers["X-Vault-Token"] == "s.token2"
    session.close()


# --- the background ----------------------------------------------------------------------------


def test_a_non_renewable_token_is_replaced_ahead_of_its_end(mocker, clock):
    vault = FakeVault(mocker, ttl=30, renewable=False)
    client = hvac.Client(url=URL)
    session = new_session(client, clock)  # margin: a third of the TTL
    read(client)
    eventually(lambda: clock.sleepers, "the session waits for the margin")
    clock.advance(20)
    eventually(lambda: session.logins == 2, "a new login 10 s before the end")
    assert session.events[-1].reason == TOKEN_NOT_RENEWABLE and client.token == "s.token2"
    eventually(lambda: vault.revoked == ["s.token1"], "the old token revoked")
    session.close()


def test_renewals_then_a_new_login_when_the_max_ttl_is_near(mocker, clock):
    vault = FakeVault(mocker, ttl=30, renewable=True)
    client = hvac.Client(url=URL)
    session = new_session(client, clock)
    read(client)
    eventually(lambda: clock.sleepers, "the renewal is scheduled")
    clock.advance(23)  # past 2/3 of the TTL with the largest jitter: renewed for a full 30 s
    eventually(lambda: any(e.kind == RENEWED for e in session.events), "a renewal")
    vault.renew_grant = 6  # the max TTL caps the next grant
    eventually(lambda: clock.sleepers, "the next renewal is scheduled")
    clock.advance(23)
    eventually(lambda: clock.sleepers and any(e.ttl == 6 for e in session.events if e.kind == RENEWED), "capped")
    clock.advance(6)
    eventually(lambda: session.logins == 2, "a new login before the capped token ends")
    assert session.events[-1].reason == MAX_TTL_NEAR
    session.close()


def test_close_stops_uninstalls_and_revokes_when_asked(mocker, clock):
    vault = FakeVault(mocker, renewable=True)
    client = hvac.Client(url=URL)
    session = new_session(client, clock)
    read(client)
    session.close(revoke=True)
    assert vault.revoked == ["s.token1"] and client.adapter.vault_session is None
    with pytest.raises(RuntimeError):
        session.ensure_token()
    with Session(client, approle_login("role", "secret"), clock=clock).install() as second:
        read(client)
        assert second.token == "s.token2"
    assert client.adapter.vault_session is None and "s.token2" not in vault.revoked  # revoke_on_close=False


def test_another_session_cannot_be_installed_on_the_same_adapter(mocker, clock):
    client = hvac.Client(url=URL)
    first = new_session(client, clock)
    with pytest.raises(RuntimeError):
        Session(client, token_login("s.x")).install()
    first.close()


# --- the ready-made login callables ------------------------------------------------------------


def test_login_helpers_send_each_method_s_login(mocker, tmp_path):
    answer = {"auth": {"client_token": "s.t", "lease_duration": 60, "renewable": False}}
    mocker.register_uri(requests_mock.ANY, requests_mock.ANY, json=answer, headers=JSON)
    jwt_file = tmp_path / "token"
    client = hvac.Client(url=URL)
    for login, path, body in [
        (approle_login("r", "s", mount_point="ar"), "/v1/auth/ar/login", {"role_id": "r", "secret_id": "s"}),
        (userpass_login("alice", "pw"), "/v1/auth/userpass/login/alice", {"password": "pw"}),
        (jwt_login("dev", lambda: "jwt-1"), "/v1/auth/jwt/login", {"role": "dev", "jwt": "jwt-1"}),
        (kubernetes_login("web", jwt_path=str(jwt_file)), "/v1/auth/kubernetes/login", {"role": "web", "jwt": "sa-1"}),
    ]:
        jwt_file.write_text("sa-1\n")
        assert login(client)["auth"]["client_token"] == "s.t"
        assert (mocker.last_request.path, mocker.last_request.json()) == (path, body)
    token_login("s.fixed")(client)
    assert client.token == "s.fixed"


def test_a_fixed_token_is_looked_up_for_its_ttl(mocker, clock):
    FakeVault(mocker, ttl=45)
    client = hvac.Client(url=URL)
    session = Session(client, token_login("s.token0"), clock=clock).install()
    read(client)
    assert session.token == "s.token0" and session.events[0].ttl == 45
    session.close()


# --- LeaseContainer -------------------------------------------------------------------------------


class FakeLeases:
    def __init__(self, mocker: requests_mock.Mocker, duration: int = 30, renewable: bool = False) -> None:
        self.duration, self.renewable = duration, renewable
        self.issued = 0
        self.revoked: List[str] = []
        self.grant = duration
        mocker.get(f"{URL}/v1/database/creds/app", json=self.creds)
        mocker.put(f"{URL}/v1/sys/leases/renew", json=self.renew)
        mocker.put(f"{URL}/v1/sys/leases/revoke", json=self.revoke)
        mocker.post(f"{URL}/v1/pki/issue/web", json=self.certificate)
        mocker.get(f"{URL}/v1/secret/static", json={"data": {"key": "value"}}, headers=JSON)

    def creds(self, request: Any, context: Any) -> Dict[str, Any]:
        self.issued += 1
        context.headers = JSON
        return {
            "lease_id": f"database/creds/app/{self.issued}",
            "lease_duration": self.duration,
            "renewable": self.renewable,
            "data": {"username": f"user{self.issued}", "password": "pw"},
        }

    def renew(self, request: Any, context: Any) -> Dict[str, Any]:
        context.headers = JSON
        return {"lease_id": request.json()["lease_id"], "lease_duration": self.grant, "renewable": True}

    def revoke(self, request: Any, context: Any) -> Dict[str, Any]:
        self.revoked.append(request.json()["lease_id"])
        context.status_code = 204
        return {}

    def certificate(self, request: Any, context: Any) -> Dict[str, Any]:
        self.issued += 1
        context.headers = JSON
        return {"lease_id": "", "lease_duration": 0, "data": {"serial_number": str(self.issued), "expiration": time.time() + 300}}


def test_a_lease_that_cannot_be_renewed_is_replaced_before_its_end(mocker, clock):
    leases = FakeLeases(mocker, duration=30, renewable=False)
    changes: List[Any] = []
    client = hvac.Client(url=URL, token="s.t")
    with LeaseContainer(client, clock=clock) as container:
        managed = container.request("database/creds/app", on_change=lambda old, new: changes.append((old, new)))
        assert managed.current["data"]["username"] == "user1"
        eventually(lambda: clock.sleepers, "waits for the margin")
        clock.advance(20)
        eventually(lambda: changes, "replaced")
        old, new = changes[0]
        assert old["data"]["username"] == "user1" and new["data"]["username"] == "user2"
        assert managed.current is new and managed.replacements == 1
        eventually(lambda: clock.sleepers == 1, "the replaced lease's grace begins")
        assert leases.revoked == []  # still usable: it had 10 s left, half of them are its grace
        clock.advance(5)
        eventually(lambda: leases.revoked == ["database/creds/app/1"], "the replaced lease revoked")
    assert leases.revoked == ["database/creds/app/1", "database/creds/app/2"]  # closed: what it held, revoked


def test_revoke_grace_zero_revokes_at_once_and_closing_ends_a_grace(mocker, clock):
    leases = FakeLeases(mocker, duration=30, renewable=False)
    client = hvac.Client(url=URL, token="s.t")
    with LeaseContainer(client, clock=clock, revoke_grace=0) as container:
        container.request("database/creds/app")
        eventually(lambda: clock.sleepers, "waits for the margin")
        clock.advance(20)
        eventually(lambda: leases.revoked == ["database/creds/app/1"], "revoked with no grace")
    leases.revoked.clear()
    container = LeaseContainer(client, clock=clock, revoke_grace=3600)  # longer than the lease: capped
    managed = container.request("database/creds/app")
    eventually(lambda: clock.sleepers, "waits for the margin")
    clock.advance(20)
    eventually(lambda: managed.replacements == 1 and clock.sleepers, "replaced, in its grace")
    container.close(revoke=False)
    assert leases.revoked == ["database/creds/app/3"]  # the grace ended with the container


def test_a_renewable_lease_is_renewed_then_replaced_at_its_max_ttl(mocker, clock):
    leases = FakeLeases(mocker, duration=30, renewable=True)
    client = hvac.Client(url=URL, token="s.t")
    container = LeaseContainer(client, clock=clock, rotate_margin=2)
    managed = container.request("database/creds/app")
    renewals = lambda: sum(r.path == "/v1/sys/leases/renew" for r in mocker.request_history)  # noqa: E731
    eventually(lambda: clock.sleepers, "renewal scheduled")
    clock.advance(23)  # past 2/3 of the lease with the largest jitter
    eventually(lambda: renewals() == 1 and clock.sleepers, "renewed, next renewal scheduled")
    leases.grant = 5  # capped by the max TTL
    clock.advance(23)
    eventually(lambda: renewals() == 2 and clock.sleepers, "capped, waiting until 2 s before its end")
    clock.advance(3)
    eventually(lambda: managed.replacements == 1, "replaced")
    container.close(revoke=False)
    assert leases.revoked == ["database/creds/app/1"]


def test_a_certificate_is_issued_again_before_it_expires(mocker, clock):
    leases = FakeLeases(mocker)
    client = hvac.Client(url=URL, token="s.t")
    with LeaseContainer(client, clock=clock, rotate_margin=60) as container:
        managed = container.request("pki/issue/web", method="POST", data={"common_name": "web.example.com"})
        assert mocker.request_history[0].json() == {"common_name": "web.example.com"}
        eventually(lambda: clock.sleepers, "waits for the margin")
        clock.advance(300 - 60)
        eventually(lambda: managed.replacements == 1, "re-issued")
        assert managed.current["data"]["serial_number"] == "2"
    assert leases.revoked == []  # no lease to revoke


def test_rotate_false_only_renews_and_static_secrets_are_left_alone(mocker, clock):
    leases = FakeLeases(mocker, duration=30, renewable=False)
    client = hvac.Client(url=URL, token="s.t")
    with LeaseContainer(client, clock=clock) as container:
        kept = container.request("database/creds/app", rotate=False)
        static = container.request("secret/static")
        eventually(lambda: clock.sleepers, "waits for the margin")
        clock.advance(25)
        eventually(lambda: not kept._thread.is_alive() and not static._thread.is_alive(), "both done")
        assert kept.replacements == 0 and static.lease_id is None
    assert leases.revoked == ["database/creds/app/1"]
    with pytest.raises(RuntimeError):
        container.request("database/creds/app")


def test_bad_settings_are_refused_at_construction(clock):
    client = hvac.Client(url=URL)
    for bad in ({"renew_fraction": 1.5}, {"relogin_margin": -1}, {"login_timeout": -1}):
        with pytest.raises(ValueError):
            Session(client, token_login("s.x"), **bad)
    for bad in ({"renew_fraction": 0}, {"rotate_margin": -1}, {"revoke_grace": -1}):
        with pytest.raises(ValueError):
            LeaseContainer(client, **bad)
