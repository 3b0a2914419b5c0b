"""Hooks, curl rendering, read-your-writes and status codes (features beyond the reference)."""
import pytest
import requests_mock

import hvac
from hvac import exceptions
from hvac.debugging import REDACTED, as_curl

URL = "https://vault.test:8200"


def test_hooks_see_each_request_and_response_with_the_token_redacted():
    seen = []
    client = hvac.Client(
        url=URL,
        token="s.secret",
        hooks={"request": [lambda record: seen.append(("request", record))],
               "response": [lambda record, response: seen.append(("response", record, response.status_code))]},
    )
    with requests_mock.Mocker() as mock:
        mock.post(f"{URL}/v1/secret/data/app", json={"data": {}})
        client.write_data("secret/data/app", data={"data": {"a": 1}})
    (kind, record), (kind2, record2, status) = seen
    assert (kind, kind2, status) == ("request", "response", 200)
    assert record is record2
    assert record.method == "POST" and record.url == f"{URL}/v1/secret/data/app"
    assert record.headers["X-Vault-Token"] == REDACTED
    assert record.json == {"data": {"a": 1}}
    assert "s.secret" not in repr(record)


def test_unknown_hook_event_is_refused():
    with pytest.raises(ValueError, match="request"):
        hvac.Client(url=URL, hooks={"before": []})


def test_curl_rendering_redacts_the_token_unless_asked():
    records = []
    client = hvac.Client(url=URL, token="s.secret", hooks={"request": [records.append]})
    with requests_mock.Mocker() as mock:
        mock.get(f"{URL}/v1/secret/data/app", json={})
        client.read("secret/data/app")
    command = as_curl(records[0])
    assert command.startswith("curl -X GET") and "s.secret" not in command and REDACTED in command
    assert "X-Vault-Token: s.secret" in as_curl(records[0], token=client.token)


def test_read_your_writes_echoes_the_index_and_retries_412(monkeypatch):
    monkeypatch.setattr("hvac.adapters.time.sleep", lambda seconds: None)
    client = hvac.Client(url=URL, token="t", read_your_writes=True)
    with requests_mock.Mocker() as mock:
        mock.post(f"{URL}/v1/secret/data/app", json={"data": {}}, headers={"X-Vault-Index": "idx-1"})
        mock.get(
            f"{URL}/v1/secret/data/app",
            [{"status_code": 412, "json": {"errors": ["not caught up"]}}, {"json": {"data": {"data": {"a": 1}}}}],
        )
        client.write_data("secret/data/app", data={"data": {"a": 1}})
        assert "X-Vault-Index" not in mock.request_history[0].headers
        client.read("secret/data/app")
    first_read, second_read = mock.request_history[1:]
    for sent in (first_read, second_read):
        assert sent.headers["X-Vault-Index"] == "idx-1"
        assert sent.headers["X-Vault-Inconsistent"] == "forward-active-node"


def test_read_your_writes_is_off_by_default():
    client = hvac.Client(url=URL, token="t")
    with requests_mock.Mocker() as mock:
        mock.get(f"{URL}/v1/x", json={}, headers={"X-Vault-Index": "idx"})
        client.read("x")
        client.read("x")
    assert "X-Vault-Index" not in mock.request_history[1].headers


def test_status_code_is_on_errors_raised_from_responses_and_str_is_unchanged():
    client = hvac.Client(url=URL, token="t")
    with requests_mock.Mocker() as mock:
        mock.get(f"{URL}/v1/x", status_code=429, json={"errors": ["slow down"]}, headers={"Content-Type": "application/json"})
        with pytest.raises(exceptions.RateLimitExceeded) as raised:
            client.adapter.get("/v1/x")
    assert raised.value.status_code == 429
    assert str(raised.value) == f"slow down, on get {URL}/v1/x"
    assert exceptions.ParamValidationError("bad").status_code is None
