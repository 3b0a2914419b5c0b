"""The adapters read what requests reads from the environment once per origin, not on every call.

Each check compares with what a bare ``requests.Session`` (which reads the environment on every
call) hands its transport for the same request, so the behaviour stays requests' own.
"""
from typing import Any, Dict

import pytest
import requests
import requests_mock

import hvac
from hvac import adapters
from tests.unit.fake_server import URL

_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    for name in _VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("NETRC", raising=False)


@pytest.fixture
def mock(mock):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json={"data": {}})
    return mock


def _seen(mocker: requests_mock.Mocker) -> Dict[str, Any]:
    last = mocker.last_request
    return {"proxies": dict(last.proxies or {}), "verify": last.verify, "authorization": last.headers.get("Authorization")}


def _bare_requests_sees(mocker: requests_mock.Mocker, url: str = f"{URL}/v1/secret/data/x") -> Dict[str, Any]:
    with requests.Session() as session:
        session.get(url, timeout=30)
    return _seen(mocker)


def _hvac_sees(mocker: requests_mock.Mocker, client: hvac.Client) -> Dict[str, Any]:
    client.secrets.kv.v2.read_secret_version(path="x", raise_on_deleted_version=True)
    return _seen(mocker)


@pytest.mark.parametrize(
    "variables",
    [
        {},
        {"HTTPS_PROXY": "http://proxy.test:3128"},
        {"HTTPS_PROXY": "http://proxy.test:3128", "NO_PROXY": "vault.test"},
        {"ALL_PROXY": "http://proxy.test:3128", "HTTP_PROXY": "http://other.test:80"},
        {"REQUESTS_CA_BUNDLE": "/etc/ssl/bundle.pem"},
        {"CURL_CA_BUNDLE": "/etc/ssl/curl.pem"},
    ],
)
def test_the_transport_gets_what_requests_would_read(mock, monkeypatch, variables):
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    client = hvac.Client(url=URL, token="t")
    assert client.session.trust_env is False
    assert _hvac_sees(mock, client) == _bare_requests_sees(mock)


def test_netrc_credentials_are_read_once_like_requests(mock, tmp_path):
    (tmp_path / ".netrc").write_text("machine vault.test login reader password s3cret\n")
    client = hvac.Client(url=URL)
    expected = _bare_requests_sees(mock)
    assert expected["authorization"], "requests itself found the netrc entry"
    assert _hvac_sees(mock, client) == expected


def test_explicit_settings_win_over_the_environment(mock, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/bundle.pem")
    client = hvac.Client(url=URL, proxies={"https": "http://mine.test:8080"}, verify="/etc/ssl/mine.pem")
    seen = _hvac_sees(mock, client)
    assert seen["proxies"]["https"] == "http://mine.test:8080"
    assert seen["verify"] == "/etc/ssl/mine.pem"


def test_read_once_until_refreshed(mock, monkeypatch):
    client = hvac.Client(url=URL)
    assert _hvac_sees(mock, client)["proxies"] == {}
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    assert _hvac_sees(mock, client)["proxies"] == {}  # read at the first request only
    client.adapter.refresh_environment()
    assert _hvac_sees(mock, client)["proxies"]["https"] == "http://proxy.test:3128"


def test_a_session_of_your_own_keeps_requests_per_call_reading(mock, monkeypatch):
    session = requests.Session()
    client = hvac.Client(url=URL, session=session)
    assert session.trust_env is True
    assert _hvac_sees(mock, client)["proxies"] == {}
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    assert _hvac_sees(mock, client)["proxies"]["https"] == "http://proxy.test:3128"


def test_a_session_of_your_own_can_opt_in(mock, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    session = requests.Session()
    client = hvac.Client(url=URL, session=session, read_environment_once=True)
    assert session.trust_env is False
    assert _hvac_sees(mock, client)["proxies"]["https"] == "http://proxy.test:3128"


def test_opting_out_keeps_requests_reading_on_every_call(mock, monkeypatch):
    client = hvac.Client(url=URL, read_environment_once=False)
    assert client.session.trust_env is True
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    assert _hvac_sees(mock, client)["proxies"]["https"] == "http://proxy.test:3128"


def test_replacing_the_session_hands_the_environment_back_to_requests(mock, monkeypatch):
    client = hvac.Client(url=URL)
    client.session = requests.Session()
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    assert _hvac_sees(mock, client)["proxies"]["https"] == "http://proxy.test:3128"


def test_from_adapter_keeps_reading_once(mock, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    first = adapters.JSONAdapter(base_uri=URL)
    second = adapters.RawAdapter.from_adapter(first)
    assert second.session is first.session and second.session.trust_env is False
    second.get("/v1/sys/health")
    assert mock.last_request.proxies["https"] == "http://proxy.test:3128"


def test_a_redirect_to_another_origin_gets_that_origins_proxies(mock, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    monkeypatch.setenv("NO_PROXY", "vault.test")
    mock.get(f"{URL}/v1/sys/health", status_code=307, headers={"Location": "https://standby.test:8200/v1/sys/health"})
    mock.get("https://standby.test:8200/v1/sys/health", json={"initialized": True})
    client = hvac.Client(url=URL)
    client.sys.read_health_status(method="GET")
    first, second = mock.request_history
    assert dict(first.proxies) == {} and second.proxies["https"] == "http://proxy.test:3128"
