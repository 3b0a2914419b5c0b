"""Session and LeaseContainer against OpenBao: a client that stays logged in through short TTLs,
revocations and many threads, and database credentials that stay usable while they rotate."""
import time
from typing import Any, Callable, Iterator, List, Tuple

import pytest

import hvac
from hvac import exceptions
from hvac.lifecycle import RELOGGED_IN, TOKEN_DEAD, LeaseContainer, Session, approle_login
from tests.integration.conftest import LEAN
from tests.integration.test_database import CREATE_USER, DROP_USER, admin, connection, database, mount, postgres  # noqa: F401
from tests.threads import errors_in_threads

SOAK_SECONDS = 30
soak = pytest.mark.skipif(LEAN, reason="adapter-independent 30 s soak: run once, with the default adapter")


@pytest.fixture
def approle_app(client, vault_dev, unique) -> Iterator[Callable[..., Tuple[hvac.Client, Session]]]:
    """An AppRole mount with a role allowed to read the KV secret ``app``; builds sessions on it."""
    path, policy = unique("approle"), unique("kv-read")
    client.sys.enable_auth_method("approle", path=path)
    client.sys.create_or_update_policy(policy, 'path "secret/data/app" { capabilities = ["read"] }')
    client.secrets.kv.v2.create_or_update_secret(path="app", secret={"password": "s3cret"})
    built: List[Session] = []

    def make(token_ttl: str, token_max_ttl: str, **session_kwargs: Any) -> Tuple[hvac.Client, Session]:
        client.auth.approle.create_or_update_approle(
            "app", token_policies=[policy], token_ttl=token_ttl, token_max_ttl=token_max_ttl, mount_point=path
        )
        role_id = client.auth.approle.read_role_id("app", mount_point=path)["data"]["role_id"]
        secret_id = client.auth.approle.generate_secret_id("app", mount_point=path)["data"]["secret_id"]
        app = vault_dev.client(token=None)
        session = Session(app, approle_login(role_id, secret_id, mount_point=path), **session_kwargs).install()
        built.append(session)
        return app, session

    try:
        yield make
    finally:
        for session in built:
            session.close(revoke=True)
        client.sys.disable_auth_method(path)
        client.sys.delete_policy(policy)


def read(app: hvac.Client) -> Any:
    return app.secrets.kv.v2.read_secret_version(path="app", raise_on_deleted_version=True)["data"]["data"]


@soak
def test_reads_never_fail_through_short_ttls(approle_app):
    app, session = approle_app("3s", "9s")
    errors: List[BaseException] = []
    reads = 0
    began = time.monotonic()
    while time.monotonic() - began < SOAK_SECONDS:
        try:
            assert read(app) == {"password": "s3cret"}
            reads += 1
        except Exception as error:  # noqa: BLE001 - counted: there must be none
            errors.append(error)
        time.sleep(0.1)
    renewals = sum(1 for event in session.events if event.kind == "renewed")
    print(f"\n{reads} reads in {SOAK_SECONDS} s: {len(errors)} errors, {session.logins} logins, {renewals} renewals")
    assert errors == []
    # Each token lives up to its 9 s max TTL (less the margin): about 30/9 logins, plus the first.
    assert 3 <= session.logins <= 8, session.logins
    assert renewals >= session.logins


def test_a_token_revoked_out_of_band_costs_one_transparent_login(approle_app, client):
    app, session = approle_app("60s", "120s")
    assert read(app) == {"password": "s3cret"}
    client.auth.token.revoke(session.token)
    assert read(app) == {"password": "s3cret"}
    assert session.logins == 2 and (session.events[-1].kind, session.events[-1].reason) == (RELOGGED_IN, TOKEN_DEAD)
    with pytest.raises(exceptions.Forbidden):  # a policy denial: no login
        app.sys.list_enabled_audit_devices()
    assert session.logins == 2


def test_eight_threads_meet_a_revoked_token_with_exactly_one_login(approle_app, client):
    app, session = approle_app("60s", "120s")
    read(app)
    client.auth.token.revoke(session.token)

    def reader() -> None:
        for _ in range(10):
            read(app)

    assert errors_in_threads(8, reader) == []
    assert session.logins == 2


@soak
def test_database_credentials_stay_usable_while_they_rotate(client, database, mount, connection, postgres):  # noqa: F811
    database.create_role(
        "rotating", connection, CREATE_USER, default_ttl=4, max_ttl=10, revocation_statements=DROP_USER, mount_point=mount
    )
    changes: List[Tuple[Any, Any]] = []
    failures: List[str] = []
    with LeaseContainer(client) as container:
        managed = container.request(f"{mount}/creds/rotating", on_change=lambda old, new: changes.append((old, new)))
        began = time.monotonic()
        while time.monotonic() - began < SOAK_SECONDS:
            creds = managed.current["data"]
            if not postgres.can_login(creds["username"], creds["password"]):
                failures.append(creds["username"])
            time.sleep(0.5)
        held = managed.current["data"]["username"]
    print(f"\ncredentials replaced {len(changes)} times in {SOAK_SECONDS} s; {len(failures)} failed logins")
    assert failures == []
    assert len(changes) >= 2  # max TTL 10 s: replaced about every 7 s
    for old, _ in changes:
        assert not postgres.role_exists(old["data"]["username"])  # the replaced lease was revoked
    assert not postgres.role_exists(held)  # and the last one on close
