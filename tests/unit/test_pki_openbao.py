"""The exact requests of the client.secrets.pki methods that reach OpenBao's multi-issuer, key, CRL,
OCSP, ACME and CEL endpoints, what they return for binary answers, and what they refuse."""
import base64
import json
from typing import Any, Callable, List, Tuple
from urllib.parse import unquote, urlsplit

import pytest
import requests
import requests_mock

import hvac
from hvac import exceptions
from tests.unit.fake_server import URL, sent

PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
CSR = "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n"
NO_BODY = object()  # the request has no body at all


@pytest.fixture
def mock(mock):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json={"data": {}})
    return mock


def body_of(request: Any) -> Any:
    return NO_BODY if request.body is None else request.json()


# (id, call on client.secrets.pki, verb, path, JSON body or NO_BODY)
Case = Tuple[str, Callable[[Any], Any], str, str, Any]
CASES: List[Case] = [
    # certificates
    ("ca_der", lambda p: p.read_ca_certificate_der(mount_point="m"), "GET", "/v1/m/ca", NO_BODY),
    ("cert_der", lambda p: p.read_certificate_der("01:02", mount_point="m"), "GET", "/v1/m/cert/01%3A02/raw", NO_BODY),
    ("cert_pem", lambda p: p.read_certificate_pem("01-02", mount_point="m"), "GET", "/v1/m/cert/01-02/raw/pem", NO_BODY),
    ("cert_ca_chain", lambda p: p.read_certificate_ca_chain(mount_point="m"), "GET", "/v1/m/cert/ca_chain", NO_BODY),
    ("cert_crl", lambda p: p.read_certificate_crl(mount_point="m"), "GET", "/v1/m/cert/crl", NO_BODY),
    ("cert_delta_crl", lambda p: p.read_certificate_delta_crl(mount_point="m"), "GET", "/v1/m/cert/delta-crl", NO_BODY),
    ("certs_detailed", lambda p: p.list_certificates_detailed(mount_point="m"), "LIST", "/v1/m/certs/detailed", NO_BODY),
    ("certs_revoked", lambda p: p.list_revoked_certificates(mount_point="m"), "LIST", "/v1/m/certs/revoked", NO_BODY),
    (
        "revoke_with_key",
        lambda p: p.revoke_certificate_with_key("KEY", serial_number="01:02", mount_point="m"),
        "POST",
        "/v1/m/revoke-with-key",
        {"private_key": "KEY", "serial_number": "01:02"},
    ),
    (
        "revoke_with_key_cert",
        lambda p: p.revoke_certificate_with_key("KEY", certificate=PEM, mount_point="m"),
        "POST",
        "/v1/m/revoke-with-key",
        {"private_key": "KEY", "certificate": PEM},
    ),
    # CRLs
    ("crl_der", lambda p: p.read_crl_der(mount_point="m"), "GET", "/v1/m/crl", NO_BODY),
    ("delta_crl_der", lambda p: p.read_delta_crl_der(mount_point="m"), "GET", "/v1/m/crl/delta", NO_BODY),
    ("delta_crl_pem", lambda p: p.read_delta_crl(mount_point="m"), "GET", "/v1/m/crl/delta/pem", NO_BODY),
    ("rotate_delta", lambda p: p.rotate_delta_crl(mount_point="m"), "GET", "/v1/m/crl/rotate-delta", NO_BODY),
    ("issuer_crl", lambda p: p.read_issuer_crl("i1", mount_point="m"), "GET", "/v1/m/issuer/i1/crl", NO_BODY),
    ("issuer_crl_der", lambda p: p.read_issuer_crl_der("i1", mount_point="m"), "GET", "/v1/m/issuer/i1/crl/der", NO_BODY),
    ("issuer_crl_pem", lambda p: p.read_issuer_crl_pem("i1", mount_point="m"), "GET", "/v1/m/issuer/i1/crl/pem", NO_BODY),
    ("issuer_delta", lambda p: p.read_issuer_delta_crl("i1", mount_point="m"), "GET", "/v1/m/issuer/i1/crl/delta", NO_BODY),
    (
        "issuer_delta_der",
        lambda p: p.read_issuer_delta_crl_der("i1", mount_point="m"),
        "GET",
        "/v1/m/issuer/i1/crl/delta/der",
        NO_BODY,
    ),
    (
        "issuer_delta_pem",
        lambda p: p.read_issuer_delta_crl_pem("i1", mount_point="m"),
        "GET",
        "/v1/m/issuer/i1/crl/delta/pem",
        NO_BODY,
    ),
    # issuers
    (
        "patch_issuer",
        lambda p: p.patch_issuer("i1", {"issuer_name": "n"}, mount_point="m"),
        "PATCH",
        "/v1/m/issuer/i1",
        {"issuer_name": "n"},
    ),
    ("issuer_der", lambda p: p.read_issuer_der("i1", mount_point="m"), "GET", "/v1/m/issuer/i1/der", NO_BODY),
    ("issuer_pem", lambda p: p.read_issuer_pem("i1", mount_point="m"), "GET", "/v1/m/issuer/i1/pem", NO_BODY),
    ("issuer_json", lambda p: p.read_issuer_json("i1", mount_point="m"), "GET", "/v1/m/issuer/i1/json", NO_BODY),
    ("read_issuers_config", lambda p: p.read_issuers_configuration(mount_point="m"), "GET", "/v1/m/config/issuers", NO_BODY),
    (
        "set_issuers_config",
        lambda p: p.set_issuers_configuration("i1", default_follows_latest_issuer=False, mount_point="m"),
        "POST",
        "/v1/m/config/issuers",
        {"default": "i1", "default_follows_latest_issuer": False},
    ),
    ("set_issuers_config_empty", lambda p: p.set_issuers_configuration(mount_point="m"), "POST", "/v1/m/config/issuers", {}),
    (
        "import_cert",
        lambda p: p.import_issuer_certificates(PEM, mount_point="m"),
        "POST",
        "/v1/m/issuers/import/cert",
        {"pem_bundle": PEM},
    ),
    (
        "import_bundle",
        lambda p: p.import_issuer_bundle(PEM, mount_point="m"),
        "POST",
        "/v1/m/issuers/import/bundle",
        {"pem_bundle": PEM},
    ),
    (
        "generate_root_issuer",
        lambda p: p.generate_root_issuer("exported", "CA", {"issuer_name": "r"}, mount_point="m"),
        "POST",
        "/v1/m/issuers/generate/root/exported",
        {"issuer_name": "r", "common_name": "CA"},
    ),
    (
        "generate_intermediate_issuer",
        lambda p: p.generate_intermediate_issuer("existing", "Int", {"key_ref": "k"}, mount_point="m"),
        "POST",
        "/v1/m/issuers/generate/intermediate/existing",
        {"key_ref": "k", "common_name": "Int"},
    ),
    (
        "rotate_root",
        lambda p: p.rotate_root("internal", "CA2", mount_point="m"),
        "POST",
        "/v1/m/root/rotate/internal",
        {"common_name": "CA2"},
    ),
    ("replace_root", lambda p: p.replace_root("i2", mount_point="m"), "POST", "/v1/m/root/replace", {"default": "i2"}),
    ("replace_root_default", lambda p: p.replace_root(mount_point="m"), "POST", "/v1/m/root/replace", {}),
    (
        "cross_sign",
        lambda p: p.cross_sign_intermediate("X", key_ref="k1", extra_params={"format": "pem"}, mount_point="m"),
        "POST",
        "/v1/m/intermediate/cross-sign",
        {"format": "pem", "common_name": "X", "key_ref": "k1"},
    ),
    (
        "cross_sign_no_key",
        lambda p: p.cross_sign_intermediate("X", mount_point="m"),
        "POST",
        "/v1/m/intermediate/cross-sign",
        {"common_name": "X"},
    ),
    # issuing and signing through an issuer
    (
        "issue_with_issuer",
        lambda p: p.generate_certificate_with_issuer("i1", "web", "a.example.com", {"ttl": "1h"}, mount_point="m"),
        "POST",
        "/v1/m/issuer/i1/issue/web",
        {"ttl": "1h", "common_name": "a.example.com"},
    ),
    (
        "sign_with_issuer",
        lambda p: p.sign_certificate_with_issuer("i1", "web", CSR, "a.example.com", mount_point="m"),
        "POST",
        "/v1/m/issuer/i1/sign/web",
        {"csr": CSR, "common_name": "a.example.com"},
    ),
    (
        "sign_intermediate_with_issuer",
        lambda p: p.sign_intermediate_with_issuer("i1", CSR, "Int", {"ttl": "8h"}, mount_point="m"),
        "POST",
        "/v1/m/issuer/i1/sign-intermediate",
        {"ttl": "8h", "csr": CSR, "common_name": "Int"},
    ),
    (
        "sign_self_issued_with_issuer",
        lambda p: p.sign_self_issued_with_issuer("i1", PEM, require_matching_certificate_algorithms=True, mount_point="m"),
        "POST",
        "/v1/m/issuer/i1/sign-self-issued",
        {"certificate": PEM, "require_matching_certificate_algorithms": True},
    ),
    (
        "sign_self_issued_with_issuer_plain",
        lambda p: p.sign_self_issued_with_issuer("i1", PEM, mount_point="m"),
        "POST",
        "/v1/m/issuer/i1/sign-self-issued",
        {"certificate": PEM},
    ),
    (
        "sign_verbatim_with_issuer",
        lambda p: p.sign_verbatim_with_issuer("i1", CSR, mount_point="m"),
        "POST",
        "/v1/m/issuer/i1/sign-verbatim",
        {"csr": CSR},
    ),
    (
        "sign_verbatim_with_issuer_role",
        lambda p: p.sign_verbatim_with_issuer("i1", CSR, name="web", extra_params={"ttl": "1h"}, mount_point="m"),
        "POST",
        "/v1/m/issuer/i1/sign-verbatim/web",
        {"ttl": "1h", "csr": CSR},
    ),
    (
        "sign_revocation_list",
        lambda p: p.sign_revocation_list(
            "i1",
            revoked_certs=[{"serial_number": "01", "revocation_time": "1700000000"}],
            crl_number=7,
            delta_crl_base_number=6,
            next_update="1h",
            format="der",
            extensions=[{"id": "2.5.29.20", "critical": False, "value": "AgEH"}],
            mount_point="m",
        ),
        "POST",
        "/v1/m/issuer/i1/sign-revocation-list",
        {
            "revoked_certs": [{"serial_number": "01", "revocation_time": "1700000000"}],
            "crl_number": 7,
            "delta_crl_base_number": 6,
            "next_update": "1h",
            "format": "der",
            "extensions": [{"id": "2.5.29.20", "critical": False, "value": "AgEH"}],
        },
    ),
    ("sign_revocation_list_empty", lambda p: p.sign_revocation_list("i1", mount_point="m"), "POST", "/v1/m/issuer/i1/sign-revocation-list", {}),
    (
        "resign_crls",
        lambda p: p.resign_crls("i1", ["CRL1", "CRL2"], crl_number=3, next_update="2h", mount_point="m"),
        "POST",
        "/v1/m/issuer/i1/resign-crls",
        {"crls": ["CRL1", "CRL2"], "crl_number": 3, "next_update": "2h"},
    ),
    (
        "resign_crls_all",
        lambda p: p.resign_crls("i1", ["CRL1"], delta_crl_base_number=0, format="pem", mount_point="m"),
        "POST",
        "/v1/m/issuer/i1/resign-crls",
        {"crls": ["CRL1"], "delta_crl_base_number": 0, "format": "pem"},
    ),
    # keys
    ("list_keys", lambda p: p.list_keys(mount_point="m"), "LIST", "/v1/m/keys", NO_BODY),
    ("read_key", lambda p: p.read_key("k1", mount_point="m"), "GET", "/v1/m/key/k1", NO_BODY),
    ("update_key", lambda p: p.update_key("k1", "new", mount_point="m"), "POST", "/v1/m/key/k1", {"key_name": "new"}),
    ("delete_key", lambda p: p.delete_key("k1", mount_point="m"), "DELETE", "/v1/m/key/k1", NO_BODY),
    ("gen_internal_empty", lambda p: p.generate_internal_key(mount_point="m"), "POST", "/v1/m/keys/generate/internal", {}),
    (
        "gen_internal",
        lambda p: p.generate_internal_key("ec", 384, "k", mount_point="m"),
        "POST",
        "/v1/m/keys/generate/internal",
        {"key_type": "ec", "key_bits": 384, "key_name": "k"},
    ),
    (
        "gen_exported",
        lambda p: p.generate_exported_key(key_type="ed25519", mount_point="m"),
        "POST",
        "/v1/m/keys/generate/exported",
        {"key_type": "ed25519"},
    ),
    (
        "gen_kms",
        lambda p: p.generate_kms_key("cfg:key", key_name="k", mount_point="m"),
        "POST",
        "/v1/m/keys/generate/kms",
        {"external_key_ref": "cfg:key", "key_name": "k"},
    ),
    ("import_key", lambda p: p.import_key("PEMKEY", mount_point="m"), "POST", "/v1/m/keys/import", {"pem_bundle": "PEMKEY"}),
    (
        "import_key_named",
        lambda p: p.import_key("PEMKEY", key_name="k", mount_point="m"),
        "POST",
        "/v1/m/keys/import",
        {"pem_bundle": "PEMKEY", "key_name": "k"},
    ),
    ("read_keys_config", lambda p: p.read_keys_configuration(mount_point="m"), "GET", "/v1/m/config/keys", NO_BODY),
    ("set_keys_config", lambda p: p.set_keys_configuration("k1", mount_point="m"), "POST", "/v1/m/config/keys", {"default": "k1"}),
    # tidy, cluster and roles
    ("tidy_status", lambda p: p.read_tidy_status(mount_point="m"), "GET", "/v1/m/tidy-status", NO_BODY),
    ("tidy_cancel", lambda p: p.cancel_tidy(mount_point="m"), "POST", "/v1/m/tidy-cancel", NO_BODY),
    ("read_auto_tidy", lambda p: p.read_auto_tidy_configuration(mount_point="m"), "GET", "/v1/m/config/auto-tidy", NO_BODY),
    (
        "set_auto_tidy",
        lambda p: p.set_auto_tidy_configuration(True, "12h", {"tidy_cert_store": True}, mount_point="m"),
        "POST",
        "/v1/m/config/auto-tidy",
        {"tidy_cert_store": True, "enabled": True, "interval_duration": "12h"},
    ),
    (
        "set_auto_tidy_disable",
        lambda p: p.set_auto_tidy_configuration(enabled=False, mount_point="m"),
        "POST",
        "/v1/m/config/auto-tidy",
        {"enabled": False},
    ),
    ("read_cluster", lambda p: p.read_cluster_configuration(mount_point="m"), "GET", "/v1/m/config/cluster", NO_BODY),
    (
        "set_cluster",
        lambda p: p.set_cluster_configuration("https://b/v1/m", "http://b/v1/m", mount_point="m"),
        "POST",
        "/v1/m/config/cluster",
        {"path": "https://b/v1/m", "aia_path": "http://b/v1/m"},
    ),
    (
        "set_cluster_path_only",
        lambda p: p.set_cluster_configuration(path="https://b/v1/m", mount_point="m"),
        "POST",
        "/v1/m/config/cluster",
        {"path": "https://b/v1/m"},
    ),
    ("patch_role", lambda p: p.patch_role("web", {"max_ttl": "2h"}, mount_point="m"), "PATCH", "/v1/m/roles/web", {"max_ttl": "2h"}),
    ("patch_role_empty", lambda p: p.patch_role("web", mount_point="m"), "PATCH", "/v1/m/roles/web", {}),
    # ACME settings and EAB
    ("read_acme_config", lambda p: p.read_acme_configuration(mount_point="m"), "GET", "/v1/m/config/acme", NO_BODY),
    ("set_acme_config_empty", lambda p: p.set_acme_configuration(mount_point="m"), "POST", "/v1/m/config/acme", {}),
    (
        "set_acme_config",
        lambda p: p.set_acme_configuration(
            enabled=True,
            allowed_issuers=["*"],
            allowed_roles=["web"],
            allow_role_ext_key_usage=False,
            default_directory_policy="role:web",
            dns_resolver="127.0.0.1:53",
            eab_policy="new-account-required",
            mount_point="m",
        ),
        "POST",
        "/v1/m/config/acme",
        {
            "enabled": True,
            "allowed_issuers": ["*"],
            "allowed_roles": ["web"],
            "allow_role_ext_key_usage": False,
            "default_directory_policy": "role:web",
            "dns_resolver": "127.0.0.1:53",
            "eab_policy": "new-account-required",
        },
    ),
    ("list_eab", lambda p: p.list_eab_keys(mount_point="m"), "LIST", "/v1/m/eab", NO_BODY),
    ("delete_eab", lambda p: p.delete_eab_key("e1", mount_point="m"), "DELETE", "/v1/m/eab/e1", NO_BODY),
    # CEL roles
    (
        "create_cel_role",
        lambda p: p.create_or_update_cel_role("c1", {"expression": "x"}, mount_point="m"),
        "POST",
        "/v1/m/cel/roles/c1",
        {"cel_program": {"expression": "x"}},
    ),
    (
        "patch_cel_role",
        lambda p: p.patch_cel_role("c1", {"expression": "y"}, mount_point="m"),
        "PATCH",
        "/v1/m/cel/roles/c1",
        {"cel_program": {"expression": "y"}},
    ),
    ("read_cel_role", lambda p: p.read_cel_role("c1", mount_point="m"), "GET", "/v1/m/cel/roles/c1", NO_BODY),
    ("list_cel_roles", lambda p: p.list_cel_roles(mount_point="m"), "LIST", "/v1/m/cel/roles", NO_BODY),
    ("delete_cel_role", lambda p: p.delete_cel_role("c1", mount_point="m"), "DELETE", "/v1/m/cel/roles/c1", NO_BODY),
    ("cel_issue_empty", lambda p: p.generate_certificate_with_cel_role("c1", mount_point="m"), "POST", "/v1/m/cel/issue/c1", {}),
    (
        "cel_issue",
        lambda p: p.generate_certificate_with_cel_role("c1", {"common_name": "a", "ttl": "1h"}, mount_point="m"),
        "POST",
        "/v1/m/cel/issue/c1",
        {"common_name": "a", "ttl": "1h"},
    ),
    (
        "cel_sign",
        lambda p: p.sign_certificate_with_cel_role("c1", CSR, {"common_name": "a"}, mount_point="m"),
        "POST",
        "/v1/m/cel/sign/c1",
        {"common_name": "a", "csr": CSR},
    ),
]


@pytest.mark.parametrize("call, verb, path, body", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_exact_request(mock, client, call, verb, path, body):
    call(client.secrets.pki)
    request = sent(mock)
    assert request.method == verb
    assert urlsplit(request.url).path == path
    assert urlsplit(request.url).query == ""
    assert body_of(request) == body


def test_default_mount_point_is_pki(mock, client):
    client.secrets.pki.list_keys()
    assert urlsplit(sent(mock).url).path == "/v1/pki/keys"


def test_extra_params_are_not_modified(mock, client):
    extra = {"ttl": "1h"}
    client.secrets.pki.generate_certificate_with_issuer("i1", "web", "a.example.com", extra)
    assert extra == {"ttl": "1h"}
    assert sent(mock).json() == {"ttl": "1h", "common_name": "a.example.com"}


@pytest.mark.parametrize("method", ["patch_issuer", "patch_role"])
def test_patch_is_a_json_merge_patch(mock, client, method):
    getattr(client.secrets.pki, method)("x", {"a": 1})
    assert sent(mock).headers["Content-Type"] == "application/merge-patch+json"


def test_patch_cel_role_is_a_json_merge_patch(mock, client):
    client.secrets.pki.patch_cel_role("c", {"expression": "x"})
    assert sent(mock).headers["Content-Type"] == "application/merge-patch+json"


def test_path_parts_are_quoted(mock, client):
    client.secrets.pki.read_key("a b?c")
    assert urlsplit(sent(mock).url).path == "/v1/pki/key/a%20b%3Fc"


# ---------------------------------------------------------------- binary and text answers


BINARY_READERS = [
    (lambda p: p.read_ca_certificate_der(), "/v1/pki/ca"),
    (lambda p: p.read_certificate_der("01"), "/v1/pki/cert/01/raw"),
    (lambda p: p.read_crl_der(), "/v1/pki/crl"),
    (lambda p: p.read_delta_crl_der(), "/v1/pki/crl/delta"),
    (lambda p: p.read_issuer_crl_der("i"), "/v1/pki/issuer/i/crl/der"),
    (lambda p: p.read_issuer_delta_crl_der("i"), "/v1/pki/issuer/i/crl/delta/der"),
    (lambda p: p.read_issuer_der("i"), "/v1/pki/issuer/i/der"),
]
TEXT_READERS = [
    (lambda p: p.read_certificate_pem("01"), "/v1/pki/cert/01/raw/pem"),
    (lambda p: p.read_delta_crl(), "/v1/pki/crl/delta/pem"),
    (lambda p: p.read_issuer_crl_pem("i"), "/v1/pki/issuer/i/crl/pem"),
    (lambda p: p.read_issuer_delta_crl_pem("i"), "/v1/pki/issuer/i/crl/delta/pem"),
    (lambda p: p.read_issuer_pem("i"), "/v1/pki/issuer/i/pem"),
]


@pytest.mark.parametrize("call, path", BINARY_READERS)
def test_der_readers_return_bytes(mock, client, call, path):
    mock.get(f"{URL}{path}", content=b"\x30\x82\x00\x01", headers={"Content-Type": "application/pkix-crl"})
    assert call(client.secrets.pki) == b"\x30\x82\x00\x01"


@pytest.mark.parametrize("call, path", TEXT_READERS)
def test_pem_readers_return_text(mock, client, call, path):
    mock.get(f"{URL}{path}", text=PEM, headers={"Content-Type": "application/x-pem-file"})
    assert call(client.secrets.pki) == PEM


@pytest.mark.parametrize("adapter", [hvac.adapters.RawAdapter, hvac.adapters.JSONAdapter])
def test_binary_readers_work_with_any_adapter(mock, adapter):
    mock.get(f"{URL}/v1/pki/ca", content=b"\x30\x00")
    c = hvac.Client(url=URL, token="t", adapter=adapter)
    assert c.secrets.pki.read_ca_certificate_der() == b"\x30\x00"


def test_binary_reader_raises_the_mapped_error(mock, client):
    mock.get(f"{URL}/v1/pki/issuer/nope/der", status_code=400, json={"errors": ["unable to find issuer"]})
    with pytest.raises(exceptions.InvalidRequest, match="unable to find issuer"):
        client.secrets.pki.read_issuer_der("nope")


# ------------------------------------------------------------------------------- OCSP


def test_query_ocsp_posts_the_der_request(mock, client):
    mock.post(f"{URL}/v1/pki/ocsp", content=b"\x30\x03\x0a\x01\x00")
    assert client.secrets.pki.query_ocsp(b"\x30\x01\x02") == b"\x30\x03\x0a\x01\x00"
    request = sent(mock)
    assert request.body == b"\x30\x01\x02"
    assert request.headers["Content-Type"] == "application/ocsp-request"


def test_query_ocsp_with_get_puts_the_quoted_base64_in_one_segment(mock, client):
    der = bytes([0xFB, 0xFF, 0xFF, 0xFE, 0x00])  # base64 "+///_gA=" has "+", "/" and "="
    mock.get(requests_mock.ANY, content=b"\x30\x00")
    assert client.secrets.pki.query_ocsp_with_get(der, mount_point="m") == b"\x30\x00"
    path = urlsplit(sent(mock).url).path
    assert path == "/v1/m/ocsp/%2B%2F%2F%2F%2FgA%3D"
    assert base64.b64decode(unquote(path.rsplit("/", 1)[1])) == der


@pytest.mark.parametrize("method", ["query_ocsp", "query_ocsp_with_get"])
def test_ocsp_refuses_text_before_sending(mock, client, method):
    with pytest.raises(exceptions.ParamValidationError, match="DER bytes"):
        getattr(client.secrets.pki, method)("MEUwQzBB")
    assert mock.call_count == 0


# ------------------------------------------------------------------------------- ACME

PREFIXES = {
    "mount": ({}, "/v1/m/"),
    "issuer": ({"issuer_ref": "i1"}, "/v1/m/issuer/i1/"),
    "role": ({"role": "web"}, "/v1/m/roles/web/"),
    "issuer_role": ({"issuer_ref": "i1", "role": "web"}, "/v1/m/issuer/i1/roles/web/"),
}
JWS = '{"protected":"eyJ9","payload":"","signature":"c2ln"}'
# (method, positional arguments, path below the prefix)
JWS_OPERATIONS: List[Tuple[str, Tuple[str, ...], str]] = [
    ("create_acme_account", (), "acme/new-account"),
    ("update_acme_account", ("kid1",), "acme/account/kid1"),
    ("create_acme_order", (), "acme/new-order"),
    ("list_acme_orders", (), "acme/orders"),
    ("read_acme_order", ("o1",), "acme/order/o1"),
    ("finalize_acme_order", ("o1",), "acme/order/o1/finalize"),
    ("read_acme_order_certificate", ("o1",), "acme/order/o1/cert"),
    ("read_acme_authorization", ("a1",), "acme/authorization/a1"),
    ("submit_acme_challenge", ("a1", "dns-01"), "acme/challenge/a1/dns-01"),
    ("revoke_acme_certificate", (), "acme/revoke-cert"),
]


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("method, args, suffix", JWS_OPERATIONS, ids=[o[0] for o in JWS_OPERATIONS])
def test_acme_jws_operations_post_the_jws_as_jose_json(mock, client, prefix, method, args, suffix):
    scope, base = PREFIXES[prefix]
    mock.post(requests_mock.ANY, status_code=201, json={"status": "valid"}, headers={"Replay-Nonce": "n2", "Location": "L"})
    response = getattr(client.secrets.pki, method)(*args, JWS, mount_point="m", **scope)
    assert isinstance(response, requests.Response)
    assert response.headers["Replay-Nonce"] == "n2" and response.json() == {"status": "valid"}
    request = sent(mock)
    assert request.method == "POST"
    assert urlsplit(request.url).path == base + suffix
    assert request.headers["Content-Type"] == "application/jose+json"
    assert request.body in (JWS, JWS.encode())


@pytest.mark.parametrize("prefix", PREFIXES)
def test_acme_directory_eab_and_nonce_per_prefix(mock, client, prefix):
    scope, base = PREFIXES[prefix]
    mock.get(f"{URL}{base}acme/directory", json={"newNonce": "u"})
    mock.get(f"{URL}{base}acme/new-nonce", status_code=204, headers={"Replay-Nonce": "abc"})
    mock.post(f"{URL}{base}acme/new-eab", json={"data": {"id": "e"}})
    pki = client.secrets.pki
    assert pki.read_acme_directory(mount_point="m", **scope) == {"newNonce": "u"}
    assert pki.generate_acme_nonce(mount_point="m", **scope) == "abc"
    assert pki.generate_eab_key(mount_point="m", **scope)["data"] == {"id": "e"}
    assert [(r.method, urlsplit(r.url).path) for r in mock.request_history] == [
        ("GET", f"{base}acme/directory"),
        ("GET", f"{base}acme/new-nonce"),
        ("POST", f"{base}acme/new-eab"),
    ]
    assert mock.request_history[2].body is None


@pytest.mark.parametrize("jws", [JWS, JWS.encode(), json.loads(JWS)], ids=["str", "bytes", "dict"])
def test_acme_jws_forms(mock, client, jws):
    client.secrets.pki.create_acme_account(jws)
    assert json.loads(sent(mock).body) == json.loads(JWS)


def test_acme_problem_document_raises_the_mapped_error(mock, client):
    problem = {"type": "urn:ietf:params:acme:error:badNonce", "detail": "invalid or reused nonce"}
    mock.post(f"{URL}/v1/pki/acme/new-order", status_code=400, json=problem, headers={"Content-Type": "application/problem+json"})
    with pytest.raises(exceptions.InvalidRequest, match="badNonce"):
        client.secrets.pki.create_acme_order(JWS)


def test_acme_nonce_without_the_header_says_how_to_fix_it(mock, client):
    mock.get(f"{URL}/v1/pki/acme/new-nonce", status_code=204)
    with pytest.raises(exceptions.UnexpectedError, match="allowed_response_headers"):
        client.secrets.pki.generate_acme_nonce()


# ---------------------------------------------------------------------------- validation


@pytest.mark.parametrize("method", ["generate_root_issuer", "generate_intermediate_issuer", "rotate_root"])
def test_generation_type_is_checked_before_sending(mock, client, method):
    with pytest.raises(exceptions.ParamValidationError, match='unsupported type "bogus".*"internal"'):
        getattr(client.secrets.pki, method)("bogus", "CA")
    assert mock.call_count == 0


@pytest.mark.parametrize("type_", ["internal", "exported", "existing", "kms"])
def test_every_generation_type_is_accepted(mock, client, type_):
    client.secrets.pki.generate_root_issuer(type_, "CA")
    assert urlsplit(sent(mock).url).path == f"/v1/pki/issuers/generate/root/{type_}"


def test_eab_policy_is_checked_before_sending(mock, client):
    with pytest.raises(exceptions.ParamValidationError, match='unsupported eab_policy "sometimes"'):
        client.secrets.pki.set_acme_configuration(eab_policy="sometimes")
    assert mock.call_count == 0


def test_existing_methods_keep_their_requests(mock, client):
    """The additions reuse the module's helpers; the reference methods must send what they did."""
    client.secrets.pki.sign_verbatim(CSR, name="web")
    assert urlsplit(sent(mock).url).path == "/v1/pki/sign-verbatim/web"
    assert sent(mock).json() == {"csr": CSR}
