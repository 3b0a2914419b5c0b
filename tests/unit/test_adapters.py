"""Adapter edge cases: bodies, statuses, headers, verbs, settings and transport errors."""
import pytest
import requests
import requests_mock

import hvac
from hvac import adapters, exceptions
from tests.unit.fake_server import URL


def make(adapter_class=adapters.JSONAdapter, **kwargs):
    return adapter_class(base_uri=URL, token="s.tok", **kwargs)


def test_json_adapter_decodes_a_200_json_body(mock):
    mock.get(f"{URL}/v1/x", json={"data": {"a": 1}})
    assert make().get("/v1/x") == {"data": {"a": 1}}


def test_json_adapter_returns_the_response_for_204_and_non_json(mock):
    mock.get(f"{URL}/v1/empty", status_code=204)
    mock.get(f"{URL}/v1/text", text="hello", headers={"Content-Type": "text/plain"})
    mock.get(f"{URL}/v1/truncated", text='{"data": ', headers={"Content-Type": "application/json"})
    adapter = make()
    for path, status in (("/v1/empty", 204), ("/v1/text", 200), ("/v1/truncated", 200)):
        response = adapter.get(path)
        assert isinstance(response, requests.Response) and response.status_code == status


def test_raw_adapter_always_returns_the_response(mock):
    mock.get(f"{URL}/v1/x", json={"a": 1})
    response = make(adapters.RawAdapter).get("/v1/x")
    assert isinstance(response, requests.Response)
    assert adapters.Request is adapters.RawAdapter


@pytest.mark.parametrize(
    "status, exception",
    [
        (400, exceptions.InvalidRequest),
        (401, exceptions.Unauthorized),
        (403, exceptions.Forbidden),
        (404, exceptions.InvalidPath),
        (412, exceptions.UnexpectedError),
        (429, exceptions.RateLimitExceeded),
        (500, exceptions.InternalServerError),
        (501, exceptions.VaultNotInitialized),
        (502, exceptions.BadGateway),
        (503, exceptions.VaultDown),
        (599, exceptions.UnexpectedError),
    ],
)
def test_error_statuses_map_to_exceptions(mock, status, exception):
    mock.post(f"{URL}/v1/x", status_code=status, json={"errors": ["boom"]}, headers={"Content-Type": "application/json"})
    with pytest.raises(exception) as raised:
        make().post("/v1/x", json={})
    assert raised.value.errors == ["boom"]
    assert raised.value.method == "post"
    assert raised.value.url == f"{URL}/v1/x"
    assert str(raised.value) == f"boom, on post {URL}/v1/x"


def test_errors_are_read_only_from_exact_json_content_type(mock):
    body = '{"errors": ["e1"]}'
    mock.get(f"{URL}/v1/x", status_code=500, text=body, headers={"Content-Type": "application/json; charset=utf-8"})
    with pytest.raises(exceptions.InternalServerError) as raised:
        make().get("/v1/x")
    assert raised.value.errors is None and raised.value.json is None
    assert raised.value.text == body
    assert str(raised.value) == f"{body}, on get {URL}/v1/x"


def test_html_error_page_and_empty_body(mock):
    mock.get(f"{URL}/v1/html", status_code=502, text="<html>gateway</html>", headers={"Content-Type": "text/html"})
    mock.get(f"{URL}/v1/empty", status_code=503, text="")
    with pytest.raises(exceptions.BadGateway, match="<html>gateway</html>"):
        make().get("/v1/html")
    with pytest.raises(exceptions.VaultDown) as raised:
        make().get("/v1/empty")
    assert str(raised.value) == f", on get {URL}/v1/empty"


def test_empty_errors_list_gives_none_message(mock):
    mock.get(f"{URL}/v1/x", status_code=404, json={"errors": []}, headers={"Content-Type": "application/json"})
    with pytest.raises(exceptions.InvalidPath) as raised:
        make().get("/v1/x")
    assert str(raised.value) == f"None, on get {URL}/v1/x"


def test_ignore_exceptions_and_raise_exception_false_return_the_response(mock):
    mock.get(f"{URL}/v1/x", status_code=500, json={"errors": ["e"]})
    assert make(ignore_exceptions=True).get("/v1/x").status_code == 500
    assert make().get("/v1/x", raise_exception=False).status_code == 500


def test_headers_namespace_wrap_ttl_and_request_header(mock):
    mock.get(f"{URL}/v1/x", json={})
    make(namespace="ns1").get("/v1/x", wrap_ttl=60)
    headers = mock.last_request.headers
    assert headers["X-Vault-Token"] == "s.tok"
    assert headers["X-Vault-Namespace"] == "ns1"
    assert headers["X-Vault-Wrap-TTL"] == "60"
    assert headers["X-Vault-Request"] == "true"
    make(request_header=False).get("/v1/x")
    assert "X-Vault-Request" not in mock.last_request.headers


def test_list_verb_and_strict_http_fallback(mock):
    mock.register_uri("LIST", f"{URL}/v1/keys", json={"data": {"keys": []}})
    mock.get(f"{URL}/v1/keys", json={"data": {"keys": ["a"]}})
    assert make().list("/v1/keys") == {"data": {"keys": []}}
    assert mock.last_request.method == "LIST"
    assert make(strict_http=True).list("/v1/keys", params={"x": "1"}) == {"data": {"keys": ["a"]}}
    assert mock.last_request.method == "GET"
    assert mock.last_request.qs == {"list": ["true"], "x": ["1"]}


def test_url_joining_collapses_double_slashes():
    assert adapters.Adapter.urljoin("https://v:8200/", "/v1/a/", "b") == "https://v:8200/v1/a/b"


def test_login_adopts_the_token_unless_told_not_to(mock):
    mock.post(f"{URL}/v1/auth/userpass/login/u", json={"auth": {"client_token": "s.new"}})
    adapter = make()
    adapter.login("/v1/auth/userpass/login/u", use_token=False, json={"password": "p"})
    assert adapter.token == "s.tok"
    adapter.login("/v1/auth/userpass/login/u", json={"password": "p"})
    assert adapter.token == "s.new"


def test_from_adapter_copies_settings_and_session():
    original = make(namespace="ns", strict_http=True, timeout=5)
    raw = adapters.RawAdapter.from_adapter(original)
    assert isinstance(raw, adapters.RawAdapter)
    assert (raw.base_uri, raw.token, raw.namespace, raw.strict_http) == (URL, "s.tok", "ns", True)
    assert raw.session is original.session
    assert raw._kwargs["timeout"] == 5


def test_timeouts_and_connection_errors_surface_as_requests_exceptions(mock):
    mock.get(f"{URL}/v1/slow", exc=requests.exceptions.ConnectTimeout)
    mock.get(f"{URL}/v1/down", exc=requests.exceptions.ConnectionError)
    with pytest.raises(requests.exceptions.Timeout):
        make().get("/v1/slow")
    with pytest.raises(requests.exceptions.ConnectionError):
        make().get("/v1/down")


def test_connection_refused_is_prompt():
    # Port 9 on loopback: nothing listens there in the test environment.
    adapter = adapters.JSONAdapter(base_uri="http://127.0.0.1:9", timeout=2)
    with pytest.raises(requests.exceptions.ConnectionError):
        adapter.get("/v1/sys/health")


def test_replacing_the_client_adapter_repoints_every_category(mock):
    client = hvac.Client(url=URL, token="a")
    approle = client.auth.approle
    transit = client.secrets.transit
    new_adapter = adapters.RawAdapter(base_uri=URL, token="b")
    client.adapter = new_adapter
    assert approle.adapter is new_adapter and transit.adapter is new_adapter
    assert client.sys.adapter is new_adapter
    assert client.secrets.kv.v2.adapter is new_adapter


def test_request_response_returns_the_response_whatever_the_adapter():
    with requests_mock.Mocker() as mock:
        mock.get("https://vault.test:8200/v1/pki/ca/pem", text="-----BEGIN CERTIFICATE-----", headers={"Content-Type": "application/json"})
        for adapter_class in (adapters.JSONAdapter, adapters.RawAdapter):
            response = adapter_class(base_uri="https://vault.test:8200", token="t").request_response("get", "/v1/pki/ca/pem")
            assert response.text == "-----BEGIN CERTIFICATE-----"
        mock.get("https://vault.test:8200/v1/x", status_code=403, json={"errors": ["denied"]}, headers={"Content-Type": "application/json"})
        with pytest.raises(exceptions.Forbidden):
            adapters.JSONAdapter(base_uri="https://vault.test:8200").request_response("get", "/v1/x")


def test_patch_is_sent_as_a_json_merge_patch():
    with requests_mock.Mocker() as mock:
        mock.patch("https://vault.test:8200/v1/secret/data/a", status_code=204)
        adapter = adapters.JSONAdapter(base_uri="https://vault.test:8200", token="t")
        adapter.patch("/v1/secret/data/a", json={"data": {"k": None}})
        assert mock.last_request.headers["Content-Type"] == "application/merge-patch+json"
        assert mock.last_request.json() == {"data": {"k": None}}
        adapter.patch("/v1/secret/data/a", json={}, headers={"Content-Type": "application/json"})
        assert mock.last_request.headers["Content-Type"] == "application/json"


@pytest.mark.parametrize("adapter_class", [adapters.JSONAdapter, adapters.Urllib3Adapter])
def test_with_token_gives_a_sibling_sending_another_token(adapter_class):
    adapter = adapter_class(base_uri="https://vault.test:8200", token="s.mine", namespace="ns")
    adapter.vault_session = object()  # type: ignore[assignment]
    sibling = adapter.with_token(None)
    assert type(sibling) is adapter_class and sibling.token is None and adapter.token == "s.mine"
    assert sibling.namespace == "ns" and sibling.vault_session is None
    if adapter_class is adapters.JSONAdapter:
        assert sibling.session is adapter.session
    else:
        assert sibling._pools is adapter._pools  # type: ignore[attr-defined]
