"""LifetimeWatcher against the shared OpenBao dev server, in real time (about 15 s in all).

Leases: of the secrets engines built into OpenBao, the ones that issue leases without an outside
service (pki with generate_lease, ssh OTP) issue non-renewable ones. So the lease tests use the
rabbitmq engine, whose management API is played by tests.fakeserver.FakeServer on 127.0.0.1:
the leases, their renewal and their max TTL are OpenBao's own.
"""
import time

import pytest

from hvac import exceptions
from hvac.lifecycle import MAX_TTL_REACHED, NOT_RENEWABLE, REVOKED, LifetimeWatcher, Renewed
from tests.fakeserver import FakeServer


def create_token(client, ttl, max_ttl):
    return client.auth.token.create(ttl=ttl, explicit_max_ttl=max_ttl, policies=["default"])


def renewals(watcher):
    """The Renewed events queued so far (the queue is left empty)."""
    found = []
    while not watcher.events.empty():
        event = watcher.events.get_nowait()
        if isinstance(event, Renewed):
            found.append(event)
    return found


def assert_capped(granted, full, result):
    """The watch ended on a shortened grant, or on Vault's own "past the max TTL" refusal.

    OpenBao counts the max TTL in whole seconds, so a renewal a fraction of a second before the
    last full one fits may still get a full grant; the next one is then refused outright.
    """
    if result.error is None:
        assert granted[-1] < full, granted
    else:
        # OpenBao answers this with a 400 or, for renew-self, sometimes a 500.
        assert isinstance(result.error, exceptions.VaultError) and "past the max ttl" in str(result.error).lower()


def revoke_quietly(client, token):
    try:
        client.auth.token.revoke(token)
    except exceptions.VaultError:
        pass  # already expired


def test_watched_tokens_outlive_their_ttl_then_report_max_ttl(vault_dev, client):
    began = time.monotonic()
    own = create_token(client, "3s", "9s")  # watched through its own client: lookup-self, renew-self
    other = create_token(client, "3s", "9s")  # watched from the root client: auth/token/renew
    own_client = vault_dev.client(token=own["auth"]["client_token"])
    other_client = vault_dev.client(token=other["auth"]["client_token"])
    root = vault_dev.client()
    watchers = [LifetimeWatcher(own_client), LifetimeWatcher(root, other)]
    try:
        for watcher in watchers:
            watcher.start()
        time.sleep(max(0.0, began + 4.5 - time.monotonic()))
        # Without renewals both tokens would have expired at 3 s.
        for token_client in (own_client, other_client):
            assert token_client.auth.token.lookup_self()["data"]["id"] == token_client.token

        results = [watcher.wait(timeout=8) for watcher in watchers]
        elapsed = time.monotonic() - began
        assert [r.reason for r in results] == [MAX_TTL_REACHED, MAX_TTL_REACHED]
        assert elapsed >= 5, elapsed  # renewed past the 3 s TTL (no upper bound: a loaded machine is slow)
        for watcher, result in zip(watchers, results):
            granted = [event.ttl for event in renewals(watcher)]
            assert len(granted) >= 2 and max(granted) == 3, granted
            assert_capped(granted, 3, result)
    finally:
        for watcher in watchers:
            watcher.stop()
        for created in (own, other):
            revoke_quietly(client, created["auth"]["client_token"])
        for c in (own_client, other_client, root):
            c.adapter.close()


def test_revoked_tokens_are_reported_once_not_retried(vault_dev, client):
    own = create_token(client, "2s", "60s")
    other = create_token(client, "2s", "60s")
    sent = []
    own_client = vault_dev.client(token=own["auth"]["client_token"], hooks={"request": [sent.append]})
    root = vault_dev.client()
    watchers = [LifetimeWatcher(own_client), LifetimeWatcher(root, other)]
    try:
        for watcher in watchers:
            watcher.start()
        for watcher in watchers:
            assert isinstance(watcher.events.get(timeout=5), Renewed)
        for created in (own, other):
            client.auth.token.revoke(created["auth"]["client_token"])

        # Noticed at the next renewal (within the 2 s TTL), well inside wait()'s bound.
        own_result, other_result = [watcher.wait(timeout=10) for watcher in watchers]
        assert own_result.reason is REVOKED and isinstance(own_result.error, exceptions.Forbidden)
        assert other_result.reason is REVOKED and isinstance(other_result.error, exceptions.InvalidRequest)
        assert "token not found" in str(other_result.error)
        renew_requests = [record for record in sent if record.url.endswith("/renew-self")]
        assert len(renew_requests) == 2  # the renewal that worked, and the one refused: no retries
    finally:
        for watcher in watchers:
            watcher.stop()
        own_client.adapter.close()
        root.adapter.close()


def test_the_root_token_is_not_renewable(vault_dev):
    root = vault_dev.client()
    try:
        with LifetimeWatcher(root) as watcher:
            assert watcher.wait(timeout=5).reason is NOT_RENEWABLE
    finally:
        root.adapter.close()


@pytest.fixture
def rabbitmq_creds(client, unique):
    """Read rabbitmq credentials (a renewable 2 s lease, max TTL 5 s) from a fresh mount."""
    with FakeServer(lambda request: {"status": 204}) as rabbit:  # the RabbitMQ management API
        mount = unique("rabbitmq")
        client.sys.enable_secrets_engine("rabbitmq", path=mount)
        try:
            client.write_data(f"{mount}/config/connection", data={
                "connection_uri": rabbit.url, "username": "admin", "password": "pw", "verify_connection": False,
            })
            client.write_data(f"{mount}/config/lease", data={"ttl": 2, "max_ttl": 5})
            vhosts = '{"/": {"configure": ".*", "write": ".*", "read": ".*"}}'
            client.write_data(f"{mount}/roles/app", data={"vhosts": vhosts})
            yield lambda: client.read(f"{mount}/creds/app")
        finally:
            client.sys.disable_secrets_engine(mount)  # revokes the leases left (the fake answers)


def test_leases_are_renewed_until_the_max_ttl_or_revocation(vault_dev, client, rabbitmq_creds):
    capped, revoked = rabbitmq_creds(), rabbitmq_creds()
    assert capped["renewable"] and capped["lease_duration"] == 2
    root = vault_dev.client()
    began = time.monotonic()
    capped_watcher = LifetimeWatcher(root, capped, increment=2)
    revoked_watcher = LifetimeWatcher(root, revoked)
    try:
        capped_watcher.start()
        revoked_watcher.start()
        assert isinstance(revoked_watcher.events.get(timeout=5), Renewed)
        client.sys.revoke_lease(revoked["lease_id"])

        revoked_result = revoked_watcher.wait(timeout=5)
        assert revoked_result.reason is REVOKED
        assert "lease not found" in str(revoked_result.error)

        capped_result = capped_watcher.wait(timeout=8)
        assert capped_result.reason is MAX_TTL_REACHED, capped_result
        assert time.monotonic() - began >= 2.5  # outlived its 2 s TTL
        granted = [event.ttl for event in renewals(capped_watcher)]
        assert len(granted) >= 2 and granted[0] == 2, granted  # the second renewal was past the first 2 s
        assert_capped(granted, 2, capped_result)
    finally:
        capped_watcher.stop()
        revoked_watcher.stop()
        root.adapter.close()
