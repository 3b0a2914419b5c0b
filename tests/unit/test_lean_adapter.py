"""The lean adapters against real local sockets: what urllib3 is asked to do, and what comes back.

The golden corpus and the integration suite also run through these adapters (see
tests/test_golden.py and tests/integration/conftest.py); here are the transport matters those
cannot show: keep-alive, threads, TLS material, proxies, streaming, and errors.
"""
from typing import Any, Dict, List

import pytest
import requests
import urllib3

import hvac
from hvac import adapters, exceptions
from tests.fakeserver import FakeServer, SilentServer, closed_port_url
from tests.threads import errors_in_threads
from tests.tls import write_self_signed

OK = {"status": 200, "json": {"data": {"value": 1}}}


def lean_client(url: str, **kwargs: Any) -> hvac.Client:
    return hvac.Client(url=url, token="s.lean", adapter=adapters.Urllib3Adapter, **kwargs)


def test_results_equal_the_default_adapters():
    script = [OK, {"status": 204}, {"status": 200, "text": "not json"}, {"status": 404, "json": {"errors": ["nope"]}}]
    outcomes: Dict[str, List[Any]] = {}
    for name, adapter in (("json", adapters.JSONAdapter), ("lean", adapters.Urllib3Adapter)):
        with FakeServer(list(script)) as server:
            client = hvac.Client(url=server.url, token="t", adapter=adapter)
            seen: List[Any] = [client.read("secret/a")]
            for _ in range(2):
                answer = client.adapter.get("/v1/secret/a")
                seen.append((answer.status_code, answer.text, answer.request.method, answer.url))
            with pytest.raises(exceptions.InvalidPath) as info:
                client.adapter.get("/v1/secret/a")
            seen.append((str(info.value).replace(server.url, "<url>"), info.value.status_code))
            outcomes[name] = [repr(item).replace(server.url, "<url>") for item in seen]
            client.adapter.close()
    assert outcomes["lean"] == outcomes["json"]


def test_the_server_sees_the_same_request():
    seen = {}
    for name, adapter in (("json", adapters.JSONAdapter), ("lean", adapters.Urllib3Adapter)):
        with FakeServer([OK]) as server:
            client = hvac.Client(url=server.url, token="t", namespace="ns", adapter=adapter)
            client.secrets.kv.v2.create_or_update_secret(path="a b/ü", secret={"k": "v"}, cas=1)
            client.adapter.list("/v1/secret/metadata", params={"version": 2, "flag": True})
            seen[name] = [
                (r.method, r.path, {k: v for k, v in r.headers.items() if k != "Host"}, r.body) for r in server.received
            ]
    assert seen["lean"] == seen["json"]


def test_connections_are_kept_alive_and_shared_by_threads():
    with FakeServer([OK]) as server:
        client = lean_client(server.url)
        for _ in range(20):
            client.read("secret/a")
        ports = [request.client_port for request in server.received]
        assert len(set(ports)) == 1

        def reader() -> None:
            for _ in range(25):
                assert client.read("secret/a")["data"] == {"value": 1}

        assert errors_in_threads(8, reader) == [] and len(server.received) == 20 + 8 * 25
        ports = [request.client_port for request in server.received]
        assert len(set(ports)) <= 1 + 8  # one pool of at most 10 kept-alive connections


def test_tls_with_a_ca_file_and_with_the_ca_as_text(tmp_path):
    cert, key = write_self_signed(tmp_path)
    with FakeServer([OK], tls=(cert, key)) as server:
        with open(cert) as ca:
            pem = ca.read()
        for verify in (cert, pem):
            assert lean_client(server.url, verify=verify).read("secret/a")["data"] == {"value": 1}
        with pytest.raises(requests.exceptions.SSLError):
            lean_client(server.url).read("secret/a")  # not in the default CA bundle
        with pytest.warns(urllib3.exceptions.InsecureRequestWarning):  # as requests itself warns
            assert lean_client(server.url, verify=False).read("secret/a")["data"] == {"value": 1}
        with pytest.raises(OSError, match="invalid path"):
            lean_client(server.url, verify=str(tmp_path / "missing.pem")).read("secret/a")


def test_proxies_given_and_from_the_environment(monkeypatch):
    with FakeServer([{"json": {"data": {"via": "proxy"}}}]) as proxy:  # answers absolute-form requests itself
        target = closed_port_url()  # only the proxy answers
        client = lean_client(target, proxies={"http": proxy.url.replace("http://", "http://user:pw@")})
        assert client.read("secret/a")["data"] == {"via": "proxy"}
        assert proxy.received[-1].path == f"{target}/v1/secret/a"
        assert proxy.received[-1].headers["Proxy-Authorization"] == requests.auth._basic_auth_str("user", "pw")

        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        assert lean_client(target).read("secret/b")["data"] == {"via": "proxy"}
        with pytest.raises(requests.exceptions.ConnectionError):
            lean_client(target, read_environment_once=False).read("secret/c")  # environment ignored


def test_streamed_answers_are_read_as_they_come():
    lines = "\n".join(f"line {n}" for n in range(50))
    with FakeServer([{"status": 200, "text": lines, "headers": {"Content-Type": "text/plain"}}]) as server:
        client = lean_client(server.url)
        response = client.adapter.request_response("get", "/v1/sys/monitor", stream=True)
        assert [line.decode() for line in response.iter_lines()][:3] == ["line 0", "line 1", "line 2"]
        response.close()


def test_network_errors_are_requests_exceptions():
    with pytest.raises(requests.exceptions.ConnectionError):
        lean_client(closed_port_url()).read("secret/a")
    with SilentServer() as server:
        with pytest.raises(requests.exceptions.ReadTimeout):
            lean_client(server.url, timeout=0.5).read("secret/a")


def test_what_the_lean_adapters_do_not_take():
    with pytest.raises(ValueError, match="takes no session"):
        hvac.Client(url="http://127.0.0.1:1", adapter=adapters.Urllib3Adapter, session=requests.Session())
    with FakeServer([OK]) as server:
        client = lean_client(server.url)
        with pytest.raises(TypeError, match="files"):
            client.adapter.post("/v1/x", files={"f": b"x"})
        with pytest.raises(TypeError, match="tuple"):
            client.adapter.post("/v1/x", auth=requests.auth.HTTPDigestAuth("u", "p"))
        assert client.session is None


def test_retries_hooks_and_redirects_work_through_it():
    replies = [{"status": 503}, {"status": 307, "headers": {"Location": "/v1/secret/b"}}, OK]
    with FakeServer(replies) as server:
        sent: List[Any] = []
        client = lean_client(server.url, retries=2, hooks={"request": [sent.append]})
        client.adapter._retry_policy.backoff_factor = 0  # type: ignore[union-attr]
        assert client.read("secret/a")["data"] == {"value": 1}
        assert [r.path for r in server.received] == ["/v1/secret/a", "/v1/secret/a", "/v1/secret/b"]
        assert [record.attempt for record in sent] == [1, 2]
        assert all(r.headers.get("X-Vault-Token") == "s.lean" for r in server.received)
