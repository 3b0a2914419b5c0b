"""Hostile servers and careless callers (issue 28), against real sockets on 127.0.0.1.

Every test runs through the default adapter and the lean one: they must behave the same.
"""
import json
import time
from pathlib import PurePosixPath
from typing import Any, Dict, Iterator, List, Tuple

import pytest
import requests

import hvac
from hvac import adapters, exceptions
from hvac.debugging import REDACTED, RequestRecord, as_curl
from hvac.retry import RetryPolicy
from tests.fakeserver import FakeServer

#: Long enough to be redacted (real Vault/OpenBao tokens are 24+ characters).
TOKEN = "hvs.CAESIJ0123456789abcdefghijklmn"
OK = {"status": 200, "json": {"data": {"ok": True}}}


@pytest.fixture(params=[adapters.JSONAdapter, adapters.Urllib3Adapter], ids=["default", "lean"])
def adapter(request: pytest.FixtureRequest) -> Any:
    return request.param


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer([OK]) as fake:
        yield fake


# --- 1. secrets stay in the process ------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_token, problem",
    [
        (TOKEN + "\n", f"token contains a newline at position {len(TOKEN)}"),
        (TOKEN + "\r\n", f"token contains a carriage return at position {len(TOKEN)}"),
        (TOKEN[:5] + "\x00" + TOKEN[5:], "token contains a NUL character at position 5"),
        (TOKEN[:3] + "\t" + TOKEN[3:], "token contains a tab at position 3"),
        (TOKEN[:7] + "é" + TOKEN[7:], "token contains a non-ASCII character at position 7"),
        (TOKEN[:7] + "\x7f" + TOKEN[7:], "token contains a control character at position 7"),
        (" " + TOKEN, "token contains a space at position 0"),
        (TOKEN + " ", f"token contains a space at position {len(TOKEN)}"),
    ],
)
def test_a_malformed_token_is_refused_by_position_never_echoed(adapter, server, bad_token, problem):
    client = hvac.Client(url=server.url, token=bad_token, adapter=adapter)
    with pytest.raises(exceptions.ParamValidationError) as raised:
        client.secrets.kv.v2.read_secret_version(path="app", raise_on_deleted_version=True)
    assert str(raised.value).startswith(problem)
    assert TOKEN not in str(raised.value) and TOKEN not in repr(raised.value)
    assert server.received == []


@pytest.mark.parametrize("good_token", [TOKEN, "root", "s.abc def", "~!@#$%^&*()_+{}|:<>?"])
def test_a_valid_token_is_sent_exactly_as_given(adapter, server, good_token):
    hvac.Client(url=server.url, token=good_token, adapter=adapter).read("secret/x")
    assert server.received[0].header("X-Vault-Token") == good_token


def recording_client(url: str, adapter: Any, records: List[RequestRecord], token: str = TOKEN) -> hvac.Client:
    return hvac.Client(url=url, token=token, adapter=adapter, hooks={"request": [records.append]})


def make_requests_with_credentials(client: hvac.Client, other: str) -> None:
    client.auth.token.lookup(token=other)
    client.sys.unwrap(token=other)
    client.auth.approle.login(role_id="role-1", secret_id="secret-id-value")
    client.auth.userpass.login(username="alice", password="pa55word-value")
    client.write("secret/x", note=f"mine is {TOKEN}", nested={"private_key": "-----BEGIN KEY-----"})
    client.adapter.get("/v1/secret/x", params={"token": other})


def test_hook_records_and_curl_renderings_hide_credentials_in_the_body(adapter):
    other = "hvs.ANOTHER-token-0123456789abcdef"
    records: List[RequestRecord] = []
    with FakeServer([{"status": 200, "json": {"auth": {"client_token": TOKEN}}}]) as server:
        client = recording_client(server.url, adapter, records)
        make_requests_with_credentials(client, other)
    assert [r.json for r in records[:5]] == [
        {"token": REDACTED},
        {"token": REDACTED},
        {"role_id": "role-1", "secret_id": REDACTED},
        {"password": REDACTED},
        {"note": f"mine is {REDACTED}", "nested": {"private_key": REDACTED}},
    ]
    assert records[5].params == {"token": REDACTED}
    rendered = " ".join(as_curl(record) for record in records) + " ".join(repr(record) for record in records)
    for secret in (TOKEN, other, "secret-id-value", "pa55word-value", "BEGIN KEY"):
        assert secret not in rendered
    # What is sent is unchanged.
    assert [json.loads(r.body)["token"] for r in server.received[:2]] == [other, other]
    assert json.loads(server.received[4].body)["note"] == f"mine is {TOKEN}"


def test_a_record_built_unredacted_is_still_rendered_without_secrets():
    record = RequestRecord.build(
        "post", "https://vault.test/v1/auth/token/lookup", {"X-Vault-Token": TOKEN}, {"json": {"token": TOKEN}}, redact=False
    )
    rendered = as_curl(record)
    assert TOKEN not in rendered and rendered.count(REDACTED) == 2
    assert f"X-Vault-Token: {TOKEN}" in as_curl(record, token=TOKEN)


def error_from(server_url: str, adapter: Any, token: str) -> exceptions.VaultError:
    client = hvac.Client(url=server_url, token=token, adapter=adapter)
    with pytest.raises(exceptions.VaultError) as raised:
        client.read("secret/x")
    return raised.value


def test_an_echoed_token_is_redacted_everywhere_in_the_exception(adapter):
    body = {"errors": [f"bad token {TOKEN}", f"{TOKEN}0 is another word"], "data": {"echo": [TOKEN, {"t": f"({TOKEN})"}]}}
    with FakeServer([{"status": 403, "json": body}]) as server:
        error = error_from(server.url, adapter, TOKEN)
    assert isinstance(error, exceptions.Forbidden)
    assert error.errors == [f"bad token {REDACTED}", f"{TOKEN}0 is another word"]  # whole tokens only
    assert error.json == {"errors": error.errors, "data": {"echo": [REDACTED, {"t": f"({REDACTED})"}]}}
    assert f"{TOKEN} " not in error.text and f'"{TOKEN}"' not in error.text


def test_a_short_token_protects_nothing_and_leaves_messages_alone(adapter):
    body = {"errors": ['cannot update "root" policy']}
    with FakeServer([{"status": 400, "json": body}]) as server:
        error = error_from(server.url, adapter, "root")
    assert error.errors == ['cannot update "root" policy'] and error.json == body
    assert str(error).startswith('cannot update "root" policy, on get')


def redirect_to(location: str, status: int = 307) -> Dict[str, Any]:
    return {"status": status, "headers": {"Location": location}}


@pytest.mark.parametrize("status, verb", [(307, "POST"), (308, "PUT"), (307, "PATCH")])
def test_a_write_is_not_redirected_with_its_body_to_another_origin(adapter, status, verb):
    with FakeServer([OK]) as other:
        other_origin = f"http://localhost:{other.port}"
        with FakeServer([redirect_to(f"{other_origin}/v1/secret/data/x", status)]) as first:
            client = hvac.Client(url=first.url, token=TOKEN, adapter=adapter)
            with pytest.raises(exceptions.UntrustedRedirect) as raised:
                client.adapter.request(verb.lower(), "/v1/secret/data/x", json={"data": {"password": "s3cret"}})
    assert other.received == []
    assert f"{first.url} to {other_origin}" in str(raised.value)
    assert raised.value.status_code == status and "s3cret" not in str(raised.value)


def test_a_trusted_origin_receives_the_redirected_write(adapter):
    with FakeServer([OK]) as active:
        active_url = f"http://localhost:{active.port}"
        with FakeServer([redirect_to(f"{active_url}/v1/secret/data/x")]) as standby:
            client = hvac.Client(url=standby.url, token=TOKEN, adapter=adapter, trusted_redirect_origins=[active_url])
            client.secrets.kv.v2.create_or_update_secret(path="x", secret={"k": "v"})
    assert json.loads(active.received[0].body) == {"data": {"k": "v"}, "options": {}}
    assert active.received[0].header("X-Vault-Token") == TOKEN


def test_a_301_of_a_put_keeps_the_verb_and_drops_the_body_as_requests_does(adapter):
    with FakeServer([OK]) as other:
        with FakeServer([redirect_to(f"http://localhost:{other.port}/v1/b", 301)]) as first:
            hvac.Client(url=first.url, token=TOKEN, adapter=adapter).adapter.put("/v1/a", json={"password": "s3cret"})
    assert [(r.method, r.body, r.header("Content-Type")) for r in other.received] == [("PUT", b"", None)]


# --- 2. every error status raises the mapped exception -----------------------------------------


@pytest.mark.parametrize(
    "errors, message",
    [
        (["permission denied", "second"], "permission denied, second"),
        ([{"code": 1}], "{'code': 1}"),
        (["one", 2, None], "one, 2, None"),
        (5, "5"),
        ("a string, kept whole", "a string, kept whole"),
        ({"nested": ["x"]}, "{'nested': ['x']}"),
    ],
)
def test_an_error_status_raises_the_mapped_exception_whatever_its_errors(adapter, errors, message):
    with FakeServer([{"status": 403, "json": {"errors": errors}}]) as server:
        error = error_from(server.url, adapter, TOKEN)
    assert type(error) is exceptions.Forbidden and error.status_code == 403
    assert str(error) == f"{message}, on get {server.url}/v1/secret/x"


DEEP_JSON = ("[" * 100_000 + "]" * 100_000).encode()


def test_a_200_body_nested_too_deep_is_returned_like_undecodable_json(adapter):
    with FakeServer([{"status": 200, "raw": DEEP_JSON, "headers": {"Content-Type": "application/json"}}]) as server:
        answer = hvac.Client(url=server.url, token=TOKEN, adapter=adapter).read("secret/x")
    assert isinstance(answer, requests.Response) and answer.status_code == 200 and answer.content == DEEP_JSON


def test_an_error_body_nested_too_deep_still_raises_the_mapped_exception(adapter):
    with FakeServer([{"status": 500, "raw": DEEP_JSON, "headers": {"Content-Type": "application/json"}}]) as server:
        error = error_from(server.url, adapter, TOKEN)
    assert type(error) is exceptions.InternalServerError and error.json is None


# --- 3. path arguments of any type are quoted --------------------------------------------------


@pytest.mark.parametrize(
    "path, sent",
    [
        (PurePosixPath("a b?version=9#d"), "/v1/secret/data/a%20b%3Fversion=9%23d"),
        (b"x?y", "/v1/secret/data/b'x%3Fy'"),
        (["a", "b"], "/v1/secret/data/%5B'a',%20'b'%5D"),  # as the reference sent a list
        (12, "/v1/secret/data/12"),
    ],
)
def test_a_path_of_any_type_is_quoted_as_its_string(adapter, server, path, sent):
    client = hvac.Client(url=server.url, token=TOKEN, adapter=adapter)
    client.secrets.kv.v2.read_secret_version(path=path, raise_on_deleted_version=True)
    assert [r.path for r in server.received] == [sent]


def test_dot_segments_of_a_path_object_are_refused(adapter, server):
    client = hvac.Client(url=server.url, token=TOKEN, adapter=adapter)
    with pytest.raises(exceptions.ParamValidationError):
        client.secrets.kv.v2.read_secret_version(path=PurePosixPath("../../sys/seal"), raise_on_deleted_version=True)
    assert server.received == []


# --- 4. retries do what the docs say -----------------------------------------------------------

#: Headers and half of the body, then the connection closes.
CUT_SHORT = {"status": 200, "raw": b'{"data": {"ok"', "content_length": 40, "close": True, "headers": {"Content-Type": "application/json"}}


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> "VirtualClock":
    virtual = VirtualClock()
    monkeypatch.setattr(time, "sleep", virtual.sleep)
    monkeypatch.setattr(time, "monotonic", virtual.monotonic)
    return virtual


class VirtualClock:
    """Real monotonic time plus the backoff sleeps, which return at once."""

    def __init__(self) -> None:
        self._real = time.monotonic
        self.slept = 0.0
        self.sleeps: List[Tuple[float, float]] = []  # (when, seconds)

    def monotonic(self) -> float:
        return self._real() + self.slept

    def sleep(self, seconds: float) -> None:
        self.sleeps.append((self.monotonic(), seconds))
        self.slept += seconds


def test_a_body_cut_short_raises_the_same_error_through_both_adapters(adapter):
    with FakeServer([CUT_SHORT]) as server:
        with pytest.raises(requests.exceptions.ChunkedEncodingError):
            hvac.Client(url=server.url, token=TOKEN, adapter=adapter).read("secret/x")


def test_a_get_cut_short_is_retried_and_a_post_is_not(adapter, clock):
    with FakeServer([CUT_SHORT, OK]) as server:
        assert hvac.Client(url=server.url, token=TOKEN, adapter=adapter, retries=2).read("secret/x") == OK["json"]
    assert len(server.received) == 2
    with FakeServer([CUT_SHORT, OK]) as server:
        with pytest.raises(requests.exceptions.ChunkedEncodingError):
            hvac.Client(url=server.url, token=TOKEN, adapter=adapter, retries=2).write("secret/x", a=1)
    assert len(server.received) == 1


def test_no_attempt_starts_after_the_deadline_and_no_sleep_runs_past_it(adapter, clock):
    starts: List[float] = []
    policy = RetryPolicy(total=20, max_total_time=3.5)
    busy = {"status": 503, "headers": {"Retry-After": "1"}}
    with FakeServer([busy]) as server:
        client = hvac.Client(url=server.url, token=TOKEN, adapter=adapter, retries=policy, hooks={"request": [lambda r: starts.append(time.monotonic())]})
        with pytest.raises(exceptions.VaultDown):
            client.read("secret/x")
    deadline = starts[0] + policy.max_total_time
    assert len(starts) >= 2 and all(start < deadline for start in starts), (starts, deadline)
    assert all(when + seconds <= deadline for when, seconds in clock.sleeps), (clock.sleeps, deadline)


def test_a_get_that_keeps_failing_gives_up_by_the_deadline_with_long_backoffs(adapter, clock):
    with FakeServer([{"status": 502}]) as server:
        policy = RetryPolicy(total=10, backoff_factor=1.0, max_total_time=3)
        starts: List[float] = []
        client = hvac.Client(url=server.url, token=TOKEN, adapter=adapter, retries=policy, hooks={"request": [lambda r: starts.append(time.monotonic())]})
        with pytest.raises(exceptions.BadGateway):
            client.read("secret/x")
    assert all(start < starts[0] + 3 for start in starts)
    assert all(when + seconds <= starts[0] + 3 for when, seconds in clock.sleeps)
