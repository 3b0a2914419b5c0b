"""Client construction, environment fallbacks, categories and utils edge cases."""
import warnings

import pytest
import requests_mock

import hvac
from hvac import exceptions, utils
from hvac.api import AuthMethods, SecretsEngines, SystemBackend

URL = "https://vault.test:8200"


def test_defaults_with_an_empty_environment():
    client = hvac.Client()
    assert client.url == "http://localhost:8200"
    assert client.token is None
    assert isinstance(client.adapter, hvac.adapters.JSONAdapter)
    assert client.adapter._kwargs == {"cert": None, "verify": True, "timeout": 30, "proxies": None}
    assert client.allow_redirects is True


def test_environment_fallbacks(monkeypatch, tmp_path):
    monkeypatch.setenv("VAULT_ADDR", "http://127.0.0.1:1234")
    monkeypatch.setenv("VAULT_CACERT", "/ca.pem")
    monkeypatch.setenv("VAULT_CAPATH", "/capath")
    monkeypatch.setenv("VAULT_CLIENT_CERT", "/c.pem")
    monkeypatch.setenv("VAULT_CLIENT_KEY", "/k.pem")
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".vault-token").write_text("s.fromfile\n")
    client = hvac.Client()
    assert client.url == "http://127.0.0.1:1234"
    assert client.token == "s.fromfile"
    assert client.adapter._kwargs["verify"] == "/ca.pem"
    assert client.adapter._kwargs["cert"] == ("/c.pem", "/k.pem")
    monkeypatch.setenv("VAULT_TOKEN", "s.fromenv")
    monkeypatch.delenv("VAULT_CACERT")
    client = hvac.Client(verify=False)
    assert client.token == "s.fromenv"
    assert client.adapter._kwargs["verify"] is False
    assert hvac.Client().adapter._kwargs["verify"] == "/capath"


def test_explicit_arguments_win_over_the_environment(monkeypatch):
    monkeypatch.setenv("VAULT_ADDR", "http://127.0.0.1:1234")
    monkeypatch.setenv("VAULT_TOKEN", "s.env")
    client = hvac.Client(url=URL, token="s.arg")
    assert (client.url, client.token) == (URL, "s.arg")


def test_categories_and_unimplemented_names():
    client = hvac.Client(url=URL)
    assert isinstance(client.auth, AuthMethods)
    assert isinstance(client.secrets, SecretsEngines)
    assert isinstance(client.sys, SystemBackend)
    assert client.auth.approle is client.auth.approle
    with pytest.raises(NotImplementedError, match='"mfa" auth method class not currently implemented.'):
        client.auth.mfa
    with pytest.raises(AttributeError):
        client.auth.nonexistent
    with pytest.raises(AttributeError, match="'Client' has no attribute 'nonexistent'"):
        client.nonexistent


def test_kv_default_version_switch():
    kv = hvac.Client(url=URL).secrets.kv
    assert kv.default_kv_version == "2"
    with pytest.raises(ValueError, match='"1,2" allowed, "3" provided'):
        kv.default_kv_version = 3
    kv.default_kv_version = 1
    assert kv.default_kv_version == "1"


def test_write_keeps_positional_and_keyword_semantics():
    client = hvac.Client(url=URL, token="t")
    with requests_mock.Mocker() as mock:
        mock.post(f"{URL}/v1/secret/foo", json={})
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client.write("secret/foo", "30s", a=1)
        assert not caught
        assert mock.last_request.headers["X-Vault-Wrap-TTL"] == "30s"
        with pytest.warns(DeprecationWarning):
            client.write(path="secret/foo", a=1)
        assert mock.last_request.json() == {"a": 1}
        client.write_data("secret/foo", data={"path": "kept", "wrap_ttl": "kept"})
        assert mock.last_request.json() == {"path": "kept", "wrap_ttl": "kept"}


def test_get_policy_parse_without_pyhcl_gives_a_clear_error(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_hcl(name, *args, **kwargs):
        if name == "hcl":
            raise ImportError("no hcl")
        return real_import(name, *args, **kwargs)

    client = hvac.Client(url=URL, token="t")
    with requests_mock.Mocker() as mock:
        mock.get(f"{URL}/v1/sys/policy/p", json={"data": {"rules": 'path "x" {}'}})
        monkeypatch.setattr(builtins, "__import__", no_hcl)
        with pytest.raises(ImportError, match="pyhcl"):
            client.get_policy("p", parse=True)


def test_format_url_quotes_each_parameter():
    assert utils.format_url("/v1/{a}/{b}", a="x y", b="c/d?#") == "/v1/x%20y/c/d%3F%23"


def test_exception_str_and_attributes():
    error = exceptions.InvalidRequest("m", errors=["e1", "e2"], method="get", url="u", text="t", json={"j": 1})
    assert str(error) == "e1, e2, on get u"
    assert (error.errors, error.method, error.url, error.text, error.json) == (["e1", "e2"], "get", "u", "t", {"j": 1})
    assert str(exceptions.VaultError()) == "None, on None None"
    assert isinstance(exceptions.VaultError.from_status(404), exceptions.InvalidPath)


def test_documented_alias_names_resolve_to_the_same_objects():
    client = hvac.Client(url=URL)
    assert client.secrets.kv_v1 is client.secrets.kv.v1
    assert client.secrets.kv_v2 is client.secrets.kv.v2
    assert client.secrets.active_directory is client.secrets.activedirectory
    assert client.auth.legacy_mfa is client.auth.legacymfa


def test_cli_environment_parity_fills_only_what_the_caller_left_out(monkeypatch):
    monkeypatch.setenv("VAULT_NAMESPACE", "team-a")
    monkeypatch.setenv("VAULT_SKIP_VERIFY", "true")
    monkeypatch.setenv("VAULT_CACERT", "/ca.pem")
    monkeypatch.setenv("VAULT_CLIENT_TIMEOUT", "2m")
    monkeypatch.setenv("VAULT_MAX_RETRIES", "4")
    client = hvac.Client(url=URL)
    assert client.adapter.namespace == "team-a"
    assert client.adapter._kwargs["verify"] is False
    assert client.adapter._kwargs["timeout"] == 120
    assert client.adapter.retries.total == 4
    explicit = hvac.Client(url=URL, namespace="mine", verify="/other.pem", timeout=5, retries=0)
    assert explicit.adapter.namespace == "mine"
    assert explicit.adapter._kwargs["verify"] == "/other.pem"
    assert explicit.adapter._kwargs["timeout"] == 5
    assert explicit.adapter.retries is None


def test_cli_environment_is_read_when_the_client_is_built(monkeypatch):
    client = hvac.Client(url=URL)
    assert client.adapter.namespace is None
    monkeypatch.setenv("VAULT_NAMESPACE", "later")
    assert hvac.Client(url=URL).adapter.namespace == "later"


def test_bad_cli_environment_values_are_refused(monkeypatch):
    monkeypatch.setenv("VAULT_CLIENT_TIMEOUT", "soon")
    with pytest.raises(ValueError, match="VAULT_CLIENT_TIMEOUT"):
        hvac.Client(url=URL)


def test_repr_never_shows_the_token():
    client = hvac.Client(url=URL, token="s.secret")
    assert "s.secret" not in repr(client) and "s.secret" not in repr(client.adapter)
