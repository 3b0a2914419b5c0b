"""PKI, SSH and Database engines: argument handling the golden traffic does not show.

None of these engines validates its arguments before sending (the reference does not either);
these tests pin down how arguments become requests in the cases the recordings leave out.
"""
import pytest

import hvac
from hvac import adapters
from tests.unit.fake_server import URL


def test_pki_extra_params_are_copied_and_named_arguments_win(mock, client):
    mock.post(f"{URL}/v1/pki/issue/web", json={"data": {}})
    extra = {"ttl": "1h", "common_name": "ignored"}
    client.secrets.pki.generate_certificate("web", "www.example.com", extra_params=extra)
    assert mock.last_request.json() == {"ttl": "1h", "common_name": "www.example.com"}
    assert extra == {"ttl": "1h", "common_name": "ignored"}


def test_pki_set_crl_configuration_sends_false_but_not_none(mock, client):
    mock.post(f"{URL}/v1/pki/config/crl", status_code=204)
    client.secrets.pki.set_crl_configuration(disable=False, extra_params={"expiry": "1h"})
    assert mock.last_request.json() == {"disable": False, "expiry": "1h"}


@pytest.mark.parametrize("name, path", [(False, "/v1/pki/sign-verbatim"), ("", "/v1/pki/sign-verbatim"),
                                        ("web", "/v1/pki/sign-verbatim/web")])  # fmt: skip
def test_pki_sign_verbatim_adds_the_role_only_when_truthy(mock, client, name, path):
    mock.post(f"{URL}{path}", json={"data": {}})
    client.secrets.pki.sign_verbatim("CSR", name=name)
    assert mock.last_request.path == path


def test_pki_pem_readers_return_text_with_any_adapter(mock):
    mock.get(f"{URL}/v1/pki/ca/pem", text="-----BEGIN CERTIFICATE-----\n", headers={"Content-Type": "text/plain"})
    for adapter in (adapters.JSONAdapter, adapters.RawAdapter):
        client = hvac.Client(url=URL, adapter=adapter)
        assert client.secrets.pki.read_ca_certificate() == "-----BEGIN CERTIFICATE-----\n"


def test_pki_list_under_strict_http(mock):
    mock.get(f"{URL}/v1/pki/roles?list=true", json={"data": {"keys": ["web"]}})
    client = hvac.Client(url=URL, strict_http=True)
    assert client.secrets.pki.list_roles()["data"]["keys"] == ["web"]


def test_pki_path_parts_are_url_quoted(mock, client):
    mock.get(f"{URL}/v1/pki/cert/a%20b", json={"data": {}})
    client.secrets.pki.read_certificate("a b")
    assert mock.last_request.path == "/v1/pki/cert/a%20b"


def test_database_configure_ignores_positional_extras_and_sends_keyword_extras(mock, client):
    mock.post(f"{URL}/v1/db/config/pg", status_code=204)
    client.secrets.database.configure(
        "pg", "postgresql-database-plugin", None, None, None, "db", "ignored", connection_url="postgresql://x"
    )
    assert mock.last_request.path == "/v1/db/config/pg"
    assert mock.last_request.json() == {"plugin_name": "postgresql-database-plugin", "connection_url": "postgresql://x"}


def test_database_keyword_extras_can_override_named_fields(mock, client):
    mock.post(f"{URL}/v1/database/config/pg", status_code=204)
    client.secrets.database.configure("pg", "postgresql-database-plugin", verify_connection=True, plugin_version="v1")
    assert mock.last_request.json() == {
        "plugin_name": "postgresql-database-plugin",
        "verify_connection": True,
        "plugin_version": "v1",
    }


def test_ssh_empty_name_targets_the_collection_path(mock, client):
    mock.get(f"{URL}/v1/ssh/roles", json={"data": {}})
    client.secrets.ssh.read_role()
    assert mock.last_request.path == "/v1/ssh/roles"


def test_ssh_sends_every_field_even_when_empty(mock, client):
    mock.post(f"{URL}/v1/ssh/sign/r", json={"data": {}})
    client.secrets.ssh.sign_ssh_key("r", public_key="ssh-ed25519 AAAA")
    assert mock.last_request.json() == {
        "public_key": "ssh-ed25519 AAAA",
        "ttl": "",
        "valid_principals": "",
        "cert_type": "user",
        "key_id": "",
        "critical_options": None,
        "extensions": None,
    }
