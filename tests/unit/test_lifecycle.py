"""LifetimeWatcher: schedule, max-TTL detection, error handling, stopping, callbacks and queue.

Requests go through a real hvac.Client and its adapter (answered by requests-mock); time is a
fake clock whose sleeps return at once, except in the tests about stopping a sleeping thread.
"""
import json
import logging
import random
import threading
import time

import pytest
import requests

import hvac
from hvac import adapters, exceptions, lifecycle
from hvac.lifecycle import (
    ERROR,
    MAX_TTL_REACHED,
    NOT_RENEWABLE,
    REVOKED,
    STOPPED,
    Clock,
    Done,
    LifetimeWatcher,
    Reason,
    Renewed,
)
from tests.unit.fake_server import URL

LOOKUP_SELF = f"{URL}/v1/auth/token/lookup-self"
RENEW_SELF = f"{URL}/v1/auth/token/renew-self"
RENEW = f"{URL}/v1/auth/token/renew"
LEASE_RENEW = f"{URL}/v1/sys/leases/renew"


class FakeClock(Clock):
    """Time that only moves when the watcher sleeps; every sleep is recorded."""

    def __init__(self) -> None:
        self.time = 1000.0
        self.sleeps = []

    def now(self) -> float:
        return self.time

    def sleep(self, seconds: float, stop: threading.Event) -> bool:
        self.sleeps.append(seconds)
        if not stop.is_set():
            self.time += seconds
        return stop.is_set()


@pytest.fixture
def client():
    c = hvac.Client(url=URL, token="s.self")
    yield c
    c.adapter.close()


def auth_answer(ttl, renewable=True, token="s.self"):
    return {"json": {"auth": {"client_token": token, "accessor": "acc", "lease_duration": ttl, "renewable": renewable}}}


def lease_answer(ttl, renewable=True, lease_id="db/creds/r/abc"):
    return {"json": {"lease_id": lease_id, "lease_duration": ttl, "renewable": renewable, "data": None}}


def lookup_answer(ttl, renewable=True):
    return {"json": {"data": {"ttl": ttl, "renewable": renewable, "creation_ttl": ttl}}}


def error_answer(status, *errors):
    return {"status_code": status, "json": {"errors": list(errors)}}


CONNECTION_REFUSED = {"exc": requests.exceptions.ConnectionError("connection refused")}


def login(ttl, renewable=True, token="s.other"):
    return auth_answer(ttl, renewable, token)["json"]


def leased_secret(ttl, renewable=True, lease_id="db/creds/r/abc"):
    return lease_answer(ttl, renewable, lease_id)["json"]


def watch(client, secret=None, **kwargs):
    """Run a watcher on a fake clock to its end; return (watcher, clock, result)."""
    kwargs.setdefault("clock", FakeClock())
    kwargs.setdefault("jitter", 0)
    watcher = LifetimeWatcher(client, secret, **kwargs)
    result = watcher.start().wait(timeout=10)
    return watcher, kwargs["clock"], result


def drain(watcher):
    events = []
    while not watcher.events.empty():
        events.append(watcher.events.get_nowait())
    return events


def bodies(mock, url):
    return [json.loads(r.text) if r.text else None for r in mock.request_history if r.url == url]


# --- what is renewed, and how -----------------------------------------------------------------


def test_client_token_is_looked_up_then_renewed_with_renew_self_until_the_max_ttl_caps_it(mock, client):
    mock.get(LOOKUP_SELF, json=lookup_answer(30)["json"])
    mock.post(RENEW_SELF, [auth_answer(30), auth_answer(30), auth_answer(12)])
    watcher, clock, result = watch(client)

    assert result == Done(MAX_TTL_REACHED)
    assert [(r.method, r.url) for r in mock.request_history] == [("GET", LOOKUP_SELF)] + [("POST", RENEW_SELF)] * 3
    assert all(r.headers["X-Vault-Token"] == "s.self" for r in mock.request_history)
    assert bodies(mock, RENEW_SELF) == [{}, {}, {}]
    assert clock.sleeps == pytest.approx([20.0, 20.0, 20.0])  # 2/3 of the TTL each time
    events = drain(watcher)
    assert [e.ttl for e in events[:-1]] == [30, 30, 12]
    assert events[-1] == Done(MAX_TTL_REACHED)


def test_the_ttl_vault_returns_sets_the_next_sleep(mock, client):
    mock.post(RENEW_SELF, [auth_answer(90), auth_answer(90), auth_answer(45)])
    _, clock, result = watch(client, login(30, token="s.self"), renew_fraction=0.5)
    assert result.reason is MAX_TTL_REACHED
    assert clock.sleeps == pytest.approx([15.0, 45.0, 45.0])


def test_a_login_response_for_another_token_is_renewed_with_auth_token_renew(mock, client):
    mock.post(RENEW, [auth_answer(60, token="s.other"), auth_answer(10, token="s.other")])
    _, clock, result = watch(client, login(60), increment=60)
    assert result.reason is MAX_TTL_REACHED
    assert bodies(mock, RENEW) == [{"token": "s.other", "increment": 60}] * 2
    assert {r.url for r in mock.request_history} == {RENEW}
    assert clock.sleeps == pytest.approx([40.0, 40.0])


def test_a_login_response_for_the_clients_own_token_uses_renew_self(mock, client):
    mock.post(RENEW_SELF, [auth_answer(60), auth_answer(1)])
    _, _, result = watch(client, login(60, token="s.self"))
    assert result.reason is MAX_TTL_REACHED
    assert {r.url for r in mock.request_history} == {RENEW_SELF}


def test_a_lease_is_renewed_through_sys_leases_renew(mock, client):
    mock.put(LEASE_RENEW, [lease_answer(300), lease_answer(300), lease_answer(100)])
    watcher, clock, result = watch(client, leased_secret(300), increment=300)
    assert result.reason is MAX_TTL_REACHED
    assert bodies(mock, LEASE_RENEW) == [{"lease_id": "db/creds/r/abc", "increment": 300}] * 3
    assert clock.sleeps == pytest.approx([200.0] * 3)
    assert [e.ttl for e in drain(watcher) if isinstance(e, Renewed)] == [300, 300, 100]


def test_a_lease_without_increment_sends_null(mock, client):
    mock.put(LEASE_RENEW, [lease_answer(300), lease_answer(0)])
    watch(client, leased_secret(300))
    assert bodies(mock, LEASE_RENEW)[0] == {"lease_id": "db/creds/r/abc", "increment": None}


def test_raw_adapter_responses_are_decoded(mock):
    raw_client = hvac.Client(url=URL, token="s.self", adapter=adapters.RawAdapter)
    mock.get(LOOKUP_SELF, json=lookup_answer(30)["json"])
    mock.post(RENEW_SELF, [auth_answer(30), auth_answer(3)])
    watcher, _, result = watch(raw_client)
    assert result.reason is MAX_TTL_REACHED
    assert [e.ttl for e in drain(watcher) if isinstance(e, Renewed)] == [30, 3]


# --- schedule and jitter -------------------------------------------------------------------------


def test_jitter_spreads_sleeps_within_bounds(mock, client):
    mock.put(LEASE_RENEW, [lease_answer(300)] * 200 + [lease_answer(1)])
    _, clock, result = watch(client, leased_secret(300), jitter=0.1, rng=random.Random(7))
    assert result.reason is MAX_TTL_REACHED
    assert len(clock.sleeps) == 201
    low, high = 300 * 2 / 3 * 0.9, 300 * 2 / 3 * 1.1
    assert all(low <= s <= high for s in clock.sleeps)
    assert min(clock.sleeps) < 190 and max(clock.sleeps) > 210  # it does spread, both ways
    assert len(set(clock.sleeps)) > 150


def test_the_same_seed_gives_the_same_schedule(mock, client):
    runs = []
    for _ in range(2):
        mock.put(LEASE_RENEW, [lease_answer(300)] * 5 + [lease_answer(1)])
        runs.append(watch(client, leased_secret(300), jitter=0.2, rng=random.Random(3))[1].sleeps)
    assert len(runs[0]) == 6 and runs[0] == runs[1]


def test_without_jitter_the_schedule_is_exact(mock, client):
    mock.put(LEASE_RENEW, [lease_answer(9), lease_answer(9), lease_answer(2)])
    _, clock, _ = watch(client, leased_secret(9), renew_fraction=0.5, jitter=0)
    assert clock.sleeps == [4.5, 4.5, 4.5]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"renew_fraction": 0},
        {"renew_fraction": 1},
        {"jitter": -0.1},
        {"jitter": 1},
        {"renew_fraction": 0.95, "jitter": 0.1},
        {"increment": 0},
        {"increment": "1h"},
        {"max_retries": -1},
    ],
)
def test_bad_settings_are_refused(client, kwargs):
    with pytest.raises(ValueError):
        LifetimeWatcher(client, **kwargs)


@pytest.mark.parametrize("secret", [{"data": {"a": 1}}, {"auth": {"lease_duration": 5}}, {"lease_id": "x"}])
def test_a_secret_that_is_neither_login_nor_lease_is_refused(client, secret):
    with pytest.raises(ValueError):
        LifetimeWatcher(client, secret)


def test_a_non_dict_secret_is_refused(client):
    with pytest.raises(TypeError):
        LifetimeWatcher(client, ["lease"])


# --- max TTL detection ---------------------------------------------------------------------------


def test_a_grant_shorter_than_the_increment_means_max_ttl(mock, client):
    mock.post(RENEW_SELF, [auth_answer(3600), auth_answer(1800)])
    watcher, _, result = watch(client, login(3600, token="s.self"), increment=3600)
    assert result.reason is MAX_TTL_REACHED and result.error is None
    assert mock.call_count == 2


def test_a_grant_equal_to_the_full_ttl_keeps_going(mock, client):
    mock.post(RENEW_SELF, [auth_answer(60)] * 10 + [auth_answer(59)])
    _, _, result = watch(client, login(60, token="s.self"))
    assert result.reason is MAX_TTL_REACHED
    assert mock.call_count == 11


def test_a_periodic_token_asked_for_more_than_its_period_is_not_mistaken_for_max_ttl(mock, client):
    # Vault ignores the increment of a periodic token and grants the period every time.
    mock.post(RENEW_SELF, [auth_answer(60)] * 5 + [error_answer(403, "permission denied")])
    _, _, result = watch(client, login(60, token="s.self"), increment=3600)
    assert result.reason is REVOKED
    assert mock.call_count == 6


def test_a_lookup_ttl_below_the_natural_ttl_is_not_mistaken_for_max_ttl(mock, client):
    # lookup-self reports what is left (here 20 of 30 s); the first renewal grants the full 30.
    mock.get(LOOKUP_SELF, json=lookup_answer(20)["json"])
    mock.post(RENEW_SELF, [auth_answer(30), auth_answer(30), auth_answer(29)])
    _, _, result = watch(client)
    assert result.reason is MAX_TTL_REACHED
    assert mock.call_count == 4


def test_a_zero_grant_stops_without_spinning(mock, client):
    mock.put(LEASE_RENEW, [lease_answer(0)])
    _, _, result = watch(client, leased_secret(5))
    assert result.reason is MAX_TTL_REACHED and mock.call_count == 1


@pytest.mark.parametrize("status, exception", [(400, exceptions.InvalidRequest), (500, exceptions.InternalServerError)])
def test_vault_saying_past_the_max_ttl_is_reported_as_max_ttl(mock, client, status, exception):
    # OpenBao has answered a renew-self past the max TTL with a 500 too: the words decide, not the status.
    mock.put(LEASE_RENEW, [error_answer(status, "past the max TTL, cannot renew")])
    _, _, result = watch(client, leased_secret(5))
    assert result.reason is MAX_TTL_REACHED and mock.call_count == 1
    assert isinstance(result.error, exception)


# --- not renewable ---------------------------------------------------------------------------------


def test_a_non_renewable_token_stops_at_once(mock, client):
    mock.get(LOOKUP_SELF, json=lookup_answer(3600, renewable=False)["json"])
    watcher, clock, result = watch(client)
    assert result == Done(NOT_RENEWABLE)
    assert clock.sleeps == [] and mock.call_count == 1
    assert drain(watcher) == [Done(NOT_RENEWABLE)]


def test_a_token_without_ttl_like_root_is_not_renewable(mock, client):
    mock.get(LOOKUP_SELF, json=lookup_answer(0, renewable=False)["json"])
    assert watch(client)[2].reason is NOT_RENEWABLE


@pytest.mark.parametrize(
    "secret",
    [
        login(60, renewable=False),
        leased_secret(60, renewable=False),
        leased_secret(2764800, renewable=True, lease_id=""),  # a KV v1 read with a ttl: no lease
    ],
)
def test_non_renewable_secrets_send_nothing(mock, client, secret):
    assert watch(client, secret)[2].reason is NOT_RENEWABLE
    assert mock.call_count == 0


def test_a_renewal_that_comes_back_non_renewable_is_reported_then_stops(mock, client):
    mock.put(LEASE_RENEW, [lease_answer(60, renewable=False)])
    watcher, _, result = watch(client, leased_secret(60))
    assert result.reason is NOT_RENEWABLE
    assert [type(e) for e in drain(watcher)] == [Renewed, Done]


def test_vault_saying_the_lease_is_not_renewable(mock, client):
    mock.put(LEASE_RENEW, [error_answer(400, "lease is not renewable")])
    _, _, result = watch(client, leased_secret(60))
    assert result.reason is NOT_RENEWABLE and isinstance(result.error, exceptions.InvalidRequest)
    assert mock.call_count == 1


# --- revoked -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer, error_class",
    [
        (error_answer(403, "permission denied"), exceptions.Forbidden),
        (error_answer(400, "lease not found"), exceptions.InvalidRequest),
        (error_answer(400, "invalid lease ID"), exceptions.InvalidRequest),
        (error_answer(400, "token not found"), exceptions.InvalidRequest),
    ],
)
def test_revocation_is_reported_without_retrying(mock, client, answer, error_class):
    mock.put(LEASE_RENEW, [lease_answer(60), answer, lease_answer(60)])
    watcher, _, result = watch(client, leased_secret(60))
    assert result.reason is REVOKED
    assert isinstance(result.error, error_class)
    assert mock.call_count == 2
    assert drain(watcher)[-1] is result


def test_a_revoked_client_token_fails_the_lookup(mock, client):
    mock.get(LOOKUP_SELF, **error_answer(403, "permission denied"))
    _, _, result = watch(client)
    assert result.reason is REVOKED and isinstance(result.error, exceptions.Forbidden)
    assert mock.call_count == 1


# --- errors and bounded retries ------------------------------------------------------------------------


def test_network_errors_are_retried_three_times_with_backoff_then_reported(mock, client):
    mock.put(LEASE_RENEW, [CONNECTION_REFUSED])
    watcher, clock, result = watch(client, leased_secret(3600))
    assert result.reason is ERROR
    assert isinstance(result.error, requests.exceptions.ConnectionError)
    assert mock.call_count == 4  # one try and three retries, never more
    assert clock.sleeps == pytest.approx([2400.0, 1.0, 2.0, 4.0])
    assert drain(watcher) == [result]


def test_retries_and_backoff_are_configurable(mock, client):
    mock.put(LEASE_RENEW, [error_answer(503, "Vault is sealed")])
    _, clock, result = watch(client, leased_secret(3600), max_retries=1, retry_backoff=0.5)
    assert result.reason is ERROR and isinstance(result.error, exceptions.VaultDown)
    assert mock.call_count == 2
    assert clock.sleeps[1:] == [0.5]


def test_a_transient_failure_then_success_keeps_watching(mock, client):
    mock.put(LEASE_RENEW, [error_answer(500, "boom"), CONNECTION_REFUSED, lease_answer(3600), lease_answer(10)])
    _, clock, result = watch(client, leased_secret(3600))
    assert result.reason is MAX_TTL_REACHED
    assert mock.call_count == 4
    assert clock.sleeps == pytest.approx([2400.0, 1.0, 2.0, 2400.0])


def test_backoff_never_waits_past_the_expiry(mock, client):
    mock.put(LEASE_RENEW, [{"exc": requests.exceptions.Timeout("slow")}])
    _, clock, result = watch(client, leased_secret(3), retry_backoff=5)
    assert result.reason is ERROR and isinstance(result.error, requests.exceptions.Timeout)
    assert clock.sleeps == pytest.approx([2.0, 1.0, 0.0, 0.0])


@pytest.mark.parametrize(
    "answer, error_class",
    [
        (error_answer(400, "missing lease_id"), exceptions.InvalidRequest),
        (error_answer(404, "no handler"), exceptions.InvalidPath),
        (error_answer(401, "unauthorized"), exceptions.Unauthorized),
    ],
)
def test_other_client_errors_stop_at_once(mock, client, answer, error_class):
    mock.put(LEASE_RENEW, [answer])
    _, _, result = watch(client, leased_secret(60))
    assert result.reason is ERROR and isinstance(result.error, error_class)
    assert mock.call_count == 1


def test_an_unreadable_answer_is_an_error(mock, client):
    mock.put(LEASE_RENEW, status_code=204)
    _, _, result = watch(client, leased_secret(60))
    assert result.reason is ERROR and isinstance(result.error, ValueError)


def test_a_lookup_answer_without_ttl_is_an_error(mock, client):
    mock.get(LOOKUP_SELF, json={"data": {}})
    _, _, result = watch(client)
    assert result.reason is ERROR and isinstance(result.error, ValueError)


# --- callbacks and the queue ----------------------------------------------------------------------------


def test_callbacks_and_queue_see_the_same_events_in_order(mock, client):
    mock.put(LEASE_RENEW, [lease_answer(60), lease_answer(60), lease_answer(5)])
    renewals, finals = [], []
    watcher, _, result = watch(client, leased_secret(60), on_renew=renewals.append, on_done=finals.append)
    events = drain(watcher)
    assert events == renewals + finals
    assert finals == [result] and events[-1] is result
    assert [r.ttl for r in renewals] == [60, 60, 5]
    assert renewals[0].response["lease_id"] == "db/creds/r/abc"


def test_an_on_renew_exception_stops_the_watch_with_it(mock, client):
    mock.put(LEASE_RENEW, [lease_answer(60)])
    boom = RuntimeError("callback bug")

    def on_renew(event):
        raise boom

    _, _, result = watch(client, leased_secret(60), on_renew=on_renew)
    assert result == Done(ERROR, boom)
    assert mock.call_count == 1


def test_an_on_done_exception_is_logged_and_wait_still_returns(mock, client, caplog):
    mock.put(LEASE_RENEW, [lease_answer(1)])

    def on_done(result):
        raise RuntimeError("done callback bug")

    with caplog.at_level(logging.ERROR, logger="hvac.lifecycle"):
        _, _, result = watch(client, leased_secret(60), on_done=on_done)
    assert result.reason is MAX_TTL_REACHED
    assert "done callback bug" in caplog.text


def test_wait_from_a_callback_returns_the_result(mock, client):
    mock.put(LEASE_RENEW, [lease_answer(1)])
    seen = []
    watcher = LifetimeWatcher(client, leased_secret(60), clock=FakeClock(),
                              on_done=lambda result: seen.append(watcher.wait()))
    assert watcher.start().wait(5).reason is MAX_TTL_REACHED
    assert seen == [watcher.result]


def test_reasons_are_strings():
    assert MAX_TTL_REACHED == "max TTL reached" and str(NOT_RENEWABLE) == "not renewable"
    assert {r.value for r in Reason} == {"max TTL reached", "not renewable", "revoked", "error", "stopped"}
    assert lifecycle.REVOKED is Reason.REVOKED


# --- starting, stopping, waiting --------------------------------------------------------------------------


def test_stop_interrupts_a_long_sleep_promptly(mock, client):
    mock.put(LEASE_RENEW, [lease_answer(3600)])
    finals = []
    watcher = LifetimeWatcher(client, leased_secret(3600), on_done=finals.append).start()
    assert watcher.running
    began = time.monotonic()
    result = watcher.stop()
    assert time.monotonic() - began < 1
    assert result == Done(STOPPED)
    assert not watcher.running and watcher.wait(0) is result
    assert mock.call_count == 0
    assert finals == [result] and drain(watcher) == [result]
    assert watcher.stop() is result  # idempotent
    assert finals == [result]


def test_stop_interrupts_the_retry_backoff(mock, client):
    mock.put(LEASE_RENEW, [CONNECTION_REFUSED])
    # first renewal after 0.03 s; the retry then waits min(3600 s, time left: about 3 s)
    watcher = LifetimeWatcher(client, leased_secret(3), renew_fraction=0.01, retry_backoff=3600).start()
    deadline = time.monotonic() + 5
    while mock.call_count == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    began = time.monotonic()
    assert watcher.stop().reason is STOPPED
    assert time.monotonic() - began < 1


def test_context_manager_starts_and_stops(mock, client):
    with LifetimeWatcher(client, leased_secret(3600)) as watcher:
        assert watcher.running and watcher.result is None
        with pytest.raises(TimeoutError):
            watcher.wait(timeout=0.05)
    assert watcher.result == Done(STOPPED)
    assert not watcher.running


def test_context_manager_keeps_an_already_finished_result(mock, client):
    mock.put(LEASE_RENEW, [lease_answer(1)])
    with LifetimeWatcher(client, leased_secret(60), clock=FakeClock()) as watcher:
        assert watcher.wait(5).reason is MAX_TTL_REACHED
    assert watcher.result.reason is MAX_TTL_REACHED


def test_stop_before_start_finishes_as_stopped(client):
    finals = []
    watcher = LifetimeWatcher(client, on_done=finals.append)
    assert watcher.stop() == Done(STOPPED)
    assert watcher.wait() == Done(STOPPED) and finals == [Done(STOPPED)]
    with pytest.raises(RuntimeError):
        watcher.start()


def test_start_twice_and_wait_before_start_are_refused(mock, client):
    watcher = LifetimeWatcher(client, leased_secret(3600))
    with pytest.raises(RuntimeError):
        watcher.wait()
    watcher.start()
    try:
        with pytest.raises(RuntimeError):
            watcher.start()
    finally:
        watcher.stop()


def test_the_thread_is_a_daemon(mock, client):
    with LifetimeWatcher(client, leased_secret(3600), name="my-watcher") as watcher:
        thread = next(t for t in threading.enumerate() if t.name == "my-watcher")
        assert thread.daemon
        assert "lease 'db/creds/r/abc'" in repr(watcher) and "running" in repr(watcher)


def test_real_time_renewals_with_tiny_ttls(mock, client):
    mock.put(LEASE_RENEW, [lease_answer(0.15)] * 3 + [lease_answer(0.05)])
    renewed_at = []
    began = time.monotonic()
    watcher = LifetimeWatcher(
        client, leased_secret(0.15), on_renew=lambda event: renewed_at.append(time.monotonic() - began)
    )
    result = watcher.start().wait(timeout=5)
    assert result.reason is MAX_TTL_REACHED
    assert len(renewed_at) == 4
    gaps = [b - a for a, b in zip([0.0] + renewed_at, renewed_at)]
    assert all(0.08 <= gap < 0.5 for gap in gaps), gaps  # about 2/3 of 0.15 s, jittered
