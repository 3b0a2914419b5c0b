"""Read-your-writes within and across clients: the kept X-Vault-Index never moves backwards, a
lagging node's "not yet" (429 with Retry-After, or 412) is retried as it asks, and the state
crosses from one client (or process) to another as a plain string."""
import base64
import json
import threading
from typing import Any, Dict, List

import pytest
import requests_mock

import hvac
from hvac import exceptions
from hvac.consistency import ConsistencyState, IndexState, NotYetWaits

URL = "https://vault.test:8200"
CLUSTER = "c7826472-c86b-9da2-a380-dcd9b9a18b5b"


def index(value: int, cluster: str = CLUSTER) -> str:
    """An X-Vault-Index as OpenBao sends it."""
    return base64.b64encode(json.dumps({"cluster": cluster, "value": str(value)}).encode()).decode()


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> List[float]:
    """The waits of the adapter, which does not sleep them."""
    slept: List[float] = []
    monkeypatch.setattr("hvac.adapters.time.sleep", slept.append)
    return slept


def read_with(client: hvac.Client, mock: requests_mock.Mocker, answers: List[Dict[str, Any]]) -> Any:
    mock.get(f"{URL}/v1/secret/data/app", answers)
    return client.adapter.request_response("get", "/v1/secret/data/app", raise_exception=False)


# --- the kept index ----------------------------------------------------------------------------


def test_an_index_is_read_as_openbao_writes_it_and_kept_whole_otherwise():
    assert IndexState.parse(index(40)) == IndexState(index(40), CLUSTER, 40)
    assert IndexState.parse("v1:opaque-enterprise-state") == IndexState("v1:opaque-enterprise-state")
    assert IndexState.parse(base64.b64encode(b"[1, 2]").decode()).value is None


@pytest.mark.parametrize(
    "seen, kept",
    [
        ([index(5), index(3)], index(5)),  # an older index from a lagging standby
        ([index(5), index(5)], index(5)),
        ([index(5), index(9)], index(9)),
        ([index(50), index(3, "another-cluster")], index(3, "another-cluster")),  # another cluster resets it
        ([index(5), "opaque"], "opaque"),  # not understood: the latest, as before
        (["opaque", index(2)], index(2)),
    ],
)
def test_the_kept_index_never_moves_backwards_within_a_cluster(seen, kept):
    state = ConsistencyState()
    for header in seen:
        state.observe(header)
    assert state.header == kept


def test_the_client_keeps_the_highest_index_its_answers_carried(mock):
    client = hvac.Client(url=URL, token="t", read_your_writes=True)
    mock.post(f"{URL}/v1/secret/data/app", json={}, headers={"X-Vault-Index": index(7)})
    mock.get(f"{URL}/v1/secret/data/app", json={}, headers={"X-Vault-Index": index(4)})
    client.write_data("secret/data/app", data={})
    client.read("secret/data/app")
    client.read("secret/data/app")
    assert client.adapter.last_index == index(7) == client.consistency_state()
    assert mock.request_history[-1].headers["X-Vault-Index"] == index(7)


# --- "not yet": 429 with Retry-After, or 412 ----------------------------------------------------


def test_a_lagging_node_answering_429_with_retry_after_is_asked_again_after_that_wait(mock, waits):
    client = hvac.Client(url=URL, token="t", read_your_writes=True)
    client.adapter.last_index = index(9)
    not_yet = {"status_code": 429, "json": {"errors": []}, "headers": {"Retry-After": "1"}}
    answer = read_with(client, mock, [not_yet, not_yet, {"json": {"data": 1}}])
    assert answer.status_code == 200 and waits == [1.0, 1.0]
    assert all(sent.headers["X-Vault-Index"] == index(9) for sent in mock.request_history)


def test_412_is_retried_with_a_short_backoff(mock, waits):
    client = hvac.Client(url=URL, token="t", read_your_writes=True)
    client.adapter.last_index = index(9)
    assert read_with(client, mock, [{"status_code": 412}, {"json": {}}]).status_code == 200
    assert len(waits) == 1 and 0 < waits[0] <= 0.1


def test_a_429_without_retry_after_is_no_not_yet_and_is_not_retried(mock, waits):
    # A standby's sys/health answers 429 with no Retry-After: its real answer.
    client = hvac.Client(url=URL, token="t", read_your_writes=True)
    client.adapter.last_index = index(9)
    assert read_with(client, mock, [{"status_code": 429, "json": {"standby": True}}]).status_code == 429
    assert waits == [] and len(mock.request_history) == 1


def test_not_yet_is_retried_only_while_the_waits_fit_in_the_patience(monkeypatch):
    monkeypatch.setattr("hvac.consistency.time.monotonic", lambda: 0.0)
    patience = NotYetWaits(patience=2.5)

    class Lagging:
        status_code = 429
        headers = {"Retry-After": "1"}

    assert [patience.wait_before_retry(Lagging()) for _ in range(3)] == [1.0, 1.0, 1.0]
    patience.deadline = 0.5
    assert patience.wait_before_retry(Lagging()) is None


def test_when_the_node_never_catches_up_the_last_429_raises(mock, monkeypatch):
    now, waits = [0.0], []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    monkeypatch.setattr("hvac.adapters.time.sleep", sleep)
    monkeypatch.setattr("hvac.consistency.time.monotonic", lambda: now[0])
    monkeypatch.setattr("hvac.consistency.NotYetWaits", lambda: NotYetWaits(patience=2.5))
    client = hvac.Client(url=URL, token="t", read_your_writes=True)
    client.adapter.last_index = index(9)
    mock.get(f"{URL}/v1/secret/data/app", status_code=429, json={"errors": []}, headers={"Retry-After": "1"})
    with pytest.raises(exceptions.RateLimitExceeded):
        client.secrets.kv.v2.read_secret_version(path="app", raise_on_deleted_version=True)
    assert waits == [1.0, 1.0]


def test_a_write_refused_as_not_yet_is_resent_since_it_was_not_applied(mock, waits):
    client = hvac.Client(url=URL, token="t", read_your_writes=True)
    client.adapter.last_index = index(9)
    mock.post(f"{URL}/v1/secret/data/app", [{"status_code": 412}, {"json": {"data": {"version": 2}}}])
    assert client.write_data("secret/data/app", data={})["data"]["version"] == 2
    assert len(mock.request_history) == 2


# --- across clients and processes --------------------------------------------------------------


def test_a_state_exported_by_one_client_is_required_by_another_within_the_block(mock):
    writer = hvac.Client(url=URL, token="w", read_your_writes=True)
    reader = hvac.Client(url=URL, token="r")
    mock.post(f"{URL}/v1/secret/data/app", json={}, headers={"X-Vault-Index": index(12)})
    mock.get(f"{URL}/v1/secret/data/app", json={}, headers={"X-Vault-Index": index(12)})
    writer.write_data("secret/data/app", data={})
    state = writer.consistency_state()
    assert isinstance(state, str) and state == index(12)
    with reader.require_state(state):
        reader.read("secret/data/app")
    reader.read("secret/data/app")
    inside, outside = mock.request_history[1:]
    assert inside.headers["X-Vault-Index"] == index(12)
    assert inside.headers["X-Vault-Inconsistent"] == "forward-active-node"
    assert "X-Vault-Index" not in outside.headers and "X-Vault-Inconsistent" not in outside.headers


def test_a_required_state_applies_to_that_client_only_and_to_the_thread_that_entered_the_block(mock):
    reader, bystander = hvac.Client(url=URL, token="r"), hvac.Client(url=URL, token="b")
    mock.get(f"{URL}/v1/x", json={})
    other_thread = threading.Thread(target=reader.read, args=("x",))
    with reader.require_state(index(3)):
        bystander.read("x")
        other_thread.start()
        other_thread.join()
        reader.read("x")
    sent = [r.headers.get("X-Vault-Index") for r in mock.request_history]
    assert sent == [None, None, index(3)]


def test_a_required_state_older_than_the_kept_one_does_not_lower_it(mock):
    client = hvac.Client(url=URL, token="t", read_your_writes=True)
    client.adapter.last_index = index(20)
    mock.get(f"{URL}/v1/x", json={})
    with client.require_state(index(15)):
        with client.require_state(index(18)):
            client.read("x")
    with client.require_state(index(30)):
        client.read("x")
    assert [r.headers["X-Vault-Index"] for r in mock.request_history] == [index(20), index(30)]


def test_an_empty_state_requires_nothing(mock):
    client = hvac.Client(url=URL, token="t")
    mock.get(f"{URL}/v1/x", json={})
    with client.require_state(""):
        client.read("x")
    assert "X-Vault-Index" not in mock.request_history[0].headers


@pytest.mark.parametrize("state", ["has space", "two\nlines", 42])
def test_a_state_that_is_not_one_is_refused_before_anything_is_sent(mock, state):
    client = hvac.Client(url=URL, token="t")
    with pytest.raises(ValueError, match="consistency state"):
        with client.require_state(state):
            pass
    assert mock.request_history == []


def test_a_client_keeping_no_state_has_none_to_export():
    with pytest.raises(ValueError, match="read_your_writes=True"):
        hvac.Client(url=URL, token="t").consistency_state()
    assert hvac.Client(url=URL, token="t", read_your_writes=True).consistency_state() == ""


def test_a_client_without_read_your_writes_sends_what_it_did_before(mock):
    client = hvac.Client(url=URL, token="t")
    mock.get(f"{URL}/v1/x", json={}, headers={"X-Vault-Index": index(4)})
    client.read("x")
    client.read("x")
    assert all("X-Vault-Index" not in r.headers for r in mock.request_history)
    assert client.adapter.last_index is None  # a plain client does no bookkeeping
