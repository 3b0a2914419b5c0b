"""Token safety on redirects, opt-in retries and faults, against real local HTTP servers."""
import logging
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
import requests

import hvac
from hvac import exceptions
from tests.fakeserver import FakeServer, SilentServer, closed_port_url

TOKEN = "s.super-secret-token"


def redirect_to(location: str, status: int = 307):
    return {"status": status, "headers": {"Location": location}}


OK = {"status": 200, "json": {"data": {"ok": True}}}


# --- token safety ----------------------------------------------------------------------------


def test_redirect_to_another_origin_does_not_carry_the_token():
    with FakeServer([OK]) as other:
        target = f"http://localhost:{other.port}/v1/secret/x"  # same port, other host name: other origin
        with FakeServer([redirect_to(target)]) as first:
            client = hvac.Client(url=first.url, token=TOKEN)
            assert client.read("secret/x") == {"data": {"ok": True}}
    assert first.received[0].header("X-Vault-Token") == TOKEN
    assert other.received[0].header("X-Vault-Token") is None
    assert other.received[0].header("X-Vault-Request") == "true"


def test_authorization_header_is_dropped_too():
    with FakeServer([OK]) as other:
        with FakeServer([redirect_to(f"http://localhost:{other.port}/v1/x")]) as first:
            client = hvac.Client(url=first.url, token=TOKEN)
            client.adapter.get("/v1/x", headers={"Authorization": "Bearer abc"})
    assert first.received[0].header("Authorization") == "Bearer abc"
    assert other.received[0].header("Authorization") is None


def test_same_origin_redirect_keeps_the_token():
    replies = iter([redirect_to("/v1/secret/moved"), OK])
    with FakeServer(lambda request: next(replies)) as server:
        client = hvac.Client(url=server.url, token=TOKEN)
        assert client.read("secret/x") == {"data": {"ok": True}}
    assert [r.path for r in server.received] == ["/v1/secret/x", "/v1/secret/moved"]
    assert all(r.header("X-Vault-Token") == TOKEN for r in server.received)


def test_a_listed_origin_receives_the_token():
    with FakeServer([OK]) as active:
        active_url = f"http://localhost:{active.port}"
        with FakeServer([redirect_to(f"{active_url}/v1/secret/x")]) as standby:
            client = hvac.Client(url=standby.url, token=TOKEN, trusted_redirect_origins=[active_url])
            client.read("secret/x")
    assert active.received[0].header("X-Vault-Token") == TOKEN


def test_https_to_http_redirect_never_carries_the_token(tmp_path):
    cryptography = pytest.importorskip("cryptography")  # noqa: F841
    from tests.tls import write_self_signed

    cert, key = write_self_signed(tmp_path, "127.0.0.1")
    with FakeServer([OK]) as plain:
        plain_url = f"http://127.0.0.1:{plain.port}"
        with FakeServer([redirect_to(f"{plain_url}/v1/x")], tls=(cert, key)) as secure:
            client = hvac.Client(url=secure.url, token=TOKEN, verify=cert, trusted_redirect_origins=[plain_url])
            client.adapter.get("/v1/x")
    assert secure.received[0].header("X-Vault-Token") == TOKEN
    assert plain.received[0].header("X-Vault-Token") is None


def test_redirect_of_a_post_follows_requests_rules():
    replies = iter([redirect_to("/v1/b", status=303), OK])
    with FakeServer(lambda request: next(replies)) as server:
        hvac.Client(url=server.url, token=TOKEN).write_data("a", data={"k": "v"})
    assert [(r.method, r.path, r.body) for r in server.received] == [("POST", "/v1/a", b'{"k": "v"}'), ("GET", "/v1/b", b"")]


def test_allow_redirects_false_returns_the_redirect():
    with FakeServer([redirect_to("/v1/elsewhere")]) as server:
        response = hvac.Client(url=server.url, token=TOKEN, allow_redirects=False).read("secret/x")
    assert response.status_code == 307 and len(server.received) == 1


def test_the_token_never_shows_in_repr_exceptions_or_logs(caplog):
    caplog.set_level(logging.DEBUG)
    with FakeServer([{"status": 403, "json": {"errors": [f"permission denied for {TOKEN}"]}}]) as server:
        client = hvac.Client(url=server.url, token=TOKEN)
        with pytest.raises(exceptions.Forbidden) as raised:
            client.read("secret/x")
    texts = [repr(client), str(client), repr(client.adapter), str(raised.value), repr(raised.value)]
    texts += [record.getMessage() for record in caplog.records]
    assert not any(TOKEN in text for text in texts), texts


# --- retries ---------------------------------------------------------------------------------


@pytest.fixture
def sleeps(monkeypatch):
    waited = []
    monkeypatch.setattr("hvac.adapters.time.sleep", waited.append)
    return waited


def test_no_retries_by_default():
    with FakeServer([{"status": 503, "json": {"errors": ["sealed"]}}, OK]) as server:
        with pytest.raises(exceptions.VaultDown):
            hvac.Client(url=server.url, token=TOKEN).read("secret/x")
    assert len(server.received) == 1


def test_retries_idempotent_reads_until_success(sleeps):
    script = [{"status": 503}, {"status": 502}, {"status": 429}, OK]
    with FakeServer(script) as server:
        assert hvac.Client(url=server.url, token=TOKEN, retries=3).read("secret/x") == {"data": {"ok": True}}
    assert len(server.received) == 4
    assert len(sleeps) == 3 and sleeps[0] <= sleeps[2] * 4 + 1


def test_retry_after_is_honoured(sleeps):
    with FakeServer([{"status": 429, "headers": {"Retry-After": "2"}}, OK]) as server:
        hvac.Client(url=server.url, token=TOKEN, retries=2).read("secret/x")
    assert sleeps == [2.0]


def test_exhausted_retries_raise_the_mapped_exception(sleeps):
    with FakeServer([{"status": 500, "json": {"errors": ["boom"]}}]) as server:
        with pytest.raises(exceptions.InternalServerError) as raised:
            hvac.Client(url=server.url, token=TOKEN, retries=2).read("secret/x")
    assert len(server.received) == 3
    assert raised.value.errors == ["boom"]
    assert raised.value.method == "get" and raised.value.url == f"{server.url}/v1/secret/x"
    assert raised.value.status_code == 500


def test_posts_are_retried_only_when_vault_cannot_have_applied_them(sleeps):
    with FakeServer([{"status": 500}, OK]) as server:
        with pytest.raises(exceptions.InternalServerError):
            hvac.Client(url=server.url, token=TOKEN, retries=3).write_data("secret/x", data={"a": 1})
    assert len(server.received) == 1
    with FakeServer([{"status": 503}, {"status": 412}, OK]) as server:
        hvac.Client(url=server.url, token=TOKEN, retries=3).write_data("secret/x", data={"a": 1})
    assert len(server.received) == 3


def test_urllib3_retry_objects_are_accepted(sleeps):
    from urllib3.util import Retry

    with FakeServer([{"status": 504}, OK]) as server:
        hvac.Client(url=server.url, token=TOKEN, retries=Retry(total=1, backoff_factor=0.5)).read("secret/x")
    assert len(server.received) == 2


def test_connection_refused_is_retried_then_surfaces(sleeps):
    url = closed_port_url()
    with pytest.raises(requests.exceptions.ConnectionError):
        hvac.Client(url=url, token=TOKEN, retries=2, timeout=2).read("secret/x")
    assert len(sleeps) == 2


# --- faults ----------------------------------------------------------------------------------


def test_server_down_raises_connection_error_promptly():
    started = time.monotonic()
    with pytest.raises(requests.exceptions.ConnectionError):
        hvac.Client(url=closed_port_url(), token=TOKEN, timeout=5).read("secret/x")
    assert time.monotonic() - started < 5


def test_server_that_never_answers_times_out():
    with SilentServer() as server:
        with pytest.raises(requests.exceptions.Timeout):
            hvac.Client(url=server.url, token=TOKEN, timeout=1).read("secret/x")


def test_server_killed_mid_request_raises_connection_error(tmp_path):
    script = textwrap.dedent(
        """
        import socket, sys, time
        s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(1)
        print(s.getsockname()[1], flush=True)
        conn, _ = s.accept(); conn.recv(65536)
        time.sleep(60)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        port = int(process.stdout.readline())

        def kill_soon(*_):
            time.sleep(0.3)
            os.kill(process.pid, signal.SIGKILL)

        import threading

        threading.Thread(target=kill_soon, daemon=True).start()
        with pytest.raises(requests.exceptions.ConnectionError):
            hvac.Client(url=f"http://127.0.0.1:{port}", token=TOKEN, timeout=10).read("secret/x")
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=5)
        process.stdout.close()


def test_dropped_connection_raises_connection_error():
    with FakeServer([{"drop": True}]) as server:
        with pytest.raises(requests.exceptions.ConnectionError):
            hvac.Client(url=server.url, token=TOKEN, timeout=5).read("secret/x")


@pytest.mark.parametrize(
    "reply, outcome",
    [
        ({"status": 200, "text": "not json", "headers": {"Content-Type": "text/plain"}}, 200),
        ({"status": 200, "raw": b'{"data": {"trunc', "headers": {"Content-Type": "application/json"}}, 200),
        ({"status": 502, "text": "<html><body>Bad gateway</body></html>", "headers": {"Content-Type": "text/html"}}, exceptions.BadGateway),
        ({"status": 500, "raw": b'{"errors": ["tru', "headers": {"Content-Type": "application/json"}}, exceptions.InternalServerError),
    ],
)
def test_malformed_bodies_never_leak_json_decode_errors(reply, outcome):
    with FakeServer([reply]) as server:
        client = hvac.Client(url=server.url, token=TOKEN)
        if isinstance(outcome, int):
            response = client.read("secret/x")
            assert isinstance(response, requests.Response) and response.status_code == outcome
            response.close()
        else:
            with pytest.raises(outcome) as raised:
                client.read("secret/x")
            body = reply.get("text") or reply["raw"].decode()
            assert raised.value.text == body and body in str(raised.value)


# --- hostile paths ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["../../sys/seal", "a/../../sys/policy/x", "./x", "%2e%2e/sys/seal", "a/%2E%2E"])
def test_dot_segments_are_refused_before_sending(path):
    with FakeServer([OK]) as server:
        client = hvac.Client(url=server.url, token=TOKEN)
        with pytest.raises(exceptions.ParamValidationError):
            client.secrets.kv.v2.read_secret_version(path=path, raise_on_deleted_version=True)
        with pytest.raises(exceptions.ParamValidationError):
            client.read(path)
    assert server.received == []
