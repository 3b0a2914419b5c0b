"""Exact requests of the methods beyond the reference in Transit, KV v2, SSH and RabbitMQ, and of
the TOTP, Kubernetes and Cubbyhole engines: verb, path, query and JSON body, with the optional
fields left at ``None`` absent, and the arguments refused before anything is sent."""
import json
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import requests_mock

from hvac import exceptions
from hvac.api.secrets_engines import cubbyhole, kubernetes, totp
from tests.unit.fake_server import URL

PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"


@pytest.fixture
def mock(mock):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json={"data": {"ok": True}})
    return mock


class Sent(NamedTuple):
    method: str
    path: str
    query: Dict[str, List[str]]
    body: Optional[Any]


def sent(mock: requests_mock.Mocker) -> Sent:
    assert mock.call_count == 1
    request = mock.last_request
    parts = urlsplit(request.url)
    body = json.loads(request.body) if request.body else None
    return Sent(request.method, parts.path, parse_qs(parts.query), body)


class Case(NamedTuple):
    target: str  # the API object, e.g. "secrets.kv.v2"
    call: Callable[[Any], Any]  # called with that object
    method: str
    path: str
    body: Optional[Any] = None
    query: Dict[str, List[str]] = {}


def cases(target: str, *rows: Tuple[Any, ...]) -> List[Any]:
    """``(id, call, method, path[, body[, query]])`` rows for the methods of ``client.<target>``."""
    params = []
    for id_, call, method, path, *rest in rows:
        body = rest[0] if rest else None
        query = rest[1] if len(rest) > 1 else {}
        params.append(pytest.param(Case(target, call, method, path, body, query), id=f"{target} {id_}"))
    return params


TRANSIT = cases(
    "secrets.transit",
    ("hash url", lambda e: e.hash_data_url_form("sha3-256", "aGk="), "POST",
        "/v1/transit/hash/sha3-256", {"input": "aGk="}),
    ("hash url all", lambda e: e.hash_data_url_form("sha2-512", "aGk=", output_format="base64", mount_point="tr"),
        "POST", "/v1/tr/hash/sha2-512", {"input": "aGk=", "format": "base64"}),
    ("hmac url", lambda e: e.generate_hmac_url_form("k", "sha2-384", "aGk="), "POST",
        "/v1/transit/hmac/k/sha2-384", {"input": "aGk="}),
    ("hmac url all", lambda e: e.generate_hmac_url_form(
        "k", "sha2-384", key_version=2, batch_input=[{"input": "aGk="}], mount_point="tr"), "POST",
        "/v1/tr/hmac/k/sha2-384", {"key_version": 2, "batch_input": [{"input": "aGk="}]}),
    ("sign url", lambda e: e.sign_data_url_form("k", "sha2-256", "aGk="), "POST",
        "/v1/transit/sign/k/sha2-256", {"input": "aGk="}),
    ("sign url all", lambda e: e.sign_data_url_form(
        "k", "none", "aGk=", key_version=1, context="Y3R4", prehashed=True, signature_algorithm="pkcs1v15",
        marshaling_algorithm="jws", salt_length="hash", batch_input=[{"input": "aGk="}], mount_point="tr"),
        "POST", "/v1/tr/sign/k/none",
        {"input": "aGk=", "key_version": 1, "batch_input": [{"input": "aGk="}], "context": "Y3R4", "prehashed": True,
         "signature_algorithm": "pkcs1v15", "marshaling_algorithm": "jws", "salt_length": "hash"}),
    ("verify url", lambda e: e.verify_signed_data_url_form("k", "sha1", "aGk=", signature="vault:v1:x"),
        "POST", "/v1/transit/verify/k/sha1", {"input": "aGk=", "signature": "vault:v1:x"}),
    ("verify url hmac", lambda e: e.verify_signed_data_url_form(
        "k", "sha3-512", "aGk=", hmac="vault:v1:h", context="Y3R4", prehashed=False, signature_algorithm="pss",
        marshaling_algorithm="asn1", salt_length=32, batch_input=[{"input": "aGk="}], mount_point="tr"),
        "POST", "/v1/tr/verify/k/sha3-512",
        {"input": "aGk=", "hmac": "vault:v1:h", "batch_input": [{"input": "aGk="}], "context": "Y3R4",
         "prehashed": False, "signature_algorithm": "pss", "marshaling_algorithm": "asn1", "salt_length": 32}),
    ("random source", lambda e: e.generate_random_bytes_url_form("seal"), "POST",
        "/v1/transit/random/seal", {}),
    ("random bytes", lambda e: e.generate_random_bytes_url_form(None, n_bytes=16), "POST",
        "/v1/transit/random/16", {}),
    ("random both", lambda e: e.generate_random_bytes_url_form(
        "all", n_bytes=8, output_format="hex", mount_point="tr"), "POST", "/v1/tr/random/all/8", {"format": "hex"}),
    ("wrapping key", lambda e: e.read_wrapping_key(), "GET", "/v1/transit/wrapping_key"),
    ("import", lambda e: e.import_key("k", "Y2lwaGVy"), "POST", "/v1/transit/keys/k/import",
        {"ciphertext": "Y2lwaGVy"}),
    ("import all", lambda e: e.import_key(
        "k", "Y2lwaGVy", key_type="rsa-2048", hash_function="SHA512", public_key="pk", allow_rotation=True,
        derived=False, context="Y3R4", exportable=True, allow_plaintext_backup=True, auto_rotate_period="24h",
        mount_point="tr"), "POST", "/v1/tr/keys/k/import",
        {"ciphertext": "Y2lwaGVy", "type": "rsa-2048", "hash_function": "SHA512", "public_key": "pk",
         "allow_rotation": True, "derived": False, "context": "Y3R4", "exportable": True,
         "allow_plaintext_backup": True, "auto_rotate_period": "24h"}),
    ("import version", lambda e: e.import_key_version("k", "Y2lwaGVy"), "POST",
        "/v1/transit/keys/k/import_version", {"ciphertext": "Y2lwaGVy"}),
    ("import version all", lambda e: e.import_key_version(
        "k", hash_function="SHA1", public_key="pk", version=3, mount_point="tr"), "POST",
        "/v1/tr/keys/k/import_version", {"hash_function": "SHA1", "public_key": "pk", "version": 3}),
    ("byok", lambda e: e.export_byok_key("dst", "src"), "GET", "/v1/transit/byok-export/dst/src"),
    ("byok version", lambda e: e.export_byok_key(
        "dst", "src", version="latest", hash_function="SHA384", mount_point="tr"), "GET",
        "/v1/tr/byok-export/dst/src/latest", None, {"hash": ["SHA384"]}),
    ("soft delete", lambda e: e.soft_delete_key("k"), "DELETE", "/v1/transit/keys/k/soft-delete"),
    ("soft restore", lambda e: e.restore_soft_deleted_key("k", mount_point="tr"), "POST",
        "/v1/tr/keys/k/soft-delete-restore"),
    ("csr", lambda e: e.generate_csr("k"), "POST", "/v1/transit/keys/k/csr", {}),
    ("csr all", lambda e: e.generate_csr("k", csr="PEMCSR", version=2, mount_point="tr"), "POST",
        "/v1/tr/keys/k/csr", {"csr": "PEMCSR", "version": 2}),
    ("set cert", lambda e: e.set_certificate("k", PEM), "POST",
        "/v1/transit/keys/k/set-certificate", {"certificate_chain": PEM}),
    ("set cert version", lambda e: e.set_certificate("k", PEM, version=1, mount_point="tr"),
        "POST", "/v1/tr/keys/k/set-certificate", {"certificate_chain": PEM, "version": 1}),
    ("derive", lambda e: e.derive_key("d", "base", "PEERPEM"), "POST", "/v1/transit/derive-key/d",
        {"base_key_name": "base", "peer_public_key": "PEERPEM"}),
    ("derive all", lambda e: e.derive_key(
        "d", "base", "PEERPEM", base_key_version=2, derived_key_type="aes128-gcm96", key_derivation_algorithm="ecdh",
        mount_point="tr"), "POST", "/v1/tr/derive-key/d",
        {"base_key_name": "base", "peer_public_key": "PEERPEM", "base_key_version": 2,
         "derived_key_type": "aes128-gcm96", "key_derivation_algorithm": "ecdh"}),
    ("cache read", lambda e: e.read_cache_configuration(), "GET", "/v1/transit/cache-config"),
    ("cache set", lambda e: e.set_cache_configuration(), "POST", "/v1/transit/cache-config", {}),
    ("cache set size", lambda e: e.set_cache_configuration(size=0, mount_point="tr"), "POST",
        "/v1/tr/cache-config", {"size": 0}),
    ("keys config read", lambda e: e.read_keys_configuration(), "GET", "/v1/transit/config/keys"),
    ("keys config set", lambda e: e.set_keys_configuration(), "POST", "/v1/transit/config/keys", {}),
    ("keys config upsert", lambda e: e.set_keys_configuration(disable_upsert=False, mount_point="tr"),
        "POST", "/v1/tr/config/keys", {"disable_upsert": False}),
)

KV_V2 = cases(
    "secrets.kv.v2",
    ("subkeys", lambda e: e.read_secret_subkeys("a/b"), "GET", "/v1/secret/subkeys/a/b"),
    ("subkeys all", lambda e: e.read_secret_subkeys("a/b", version=2, depth=0, mount_point="kv"),
        "GET", "/v1/kv/subkeys/a/b", None, {"version": ["2"], "depth": ["0"]}),
    ("detailed", lambda e: e.list_detailed_metadata("team/"), "LIST", "/v1/secret/detailed-metadata/team"),
    ("detailed page", lambda e: e.list_detailed_metadata("t", after="c", limit=2, mount_point="kv"),
        "LIST", "/v1/kv/detailed-metadata/t", None, {"after": ["c"], "limit": ["2"]}),
    ("merge data", lambda e: e.merge_patch_secret("a", {"x": 1, "gone": None}), "PATCH",
        "/v1/secret/data/a", {"data": {"x": 1, "gone": None}}),
    ("merge data cas", lambda e: e.merge_patch_secret("a", {"x": 1}, cas=0, mount_point="kv"),
        "PATCH", "/v1/kv/data/a", {"data": {"x": 1}, "options": {"cas": 0}}),
    ("merge metadata", lambda e: e.merge_patch_metadata("a"), "PATCH", "/v1/secret/metadata/a", {}),
    ("merge metadata all", lambda e: e.merge_patch_metadata(
        "a", max_versions=3, cas_required=False, delete_version_after="1h", custom_metadata={"o": "me", "x": None},
        metadata_cas=1, metadata_cas_required=True, mount_point="kv"), "PATCH", "/v1/kv/metadata/a",
        {"max_versions": 3, "cas_required": False, "delete_version_after": "1h",
         "custom_metadata": {"o": "me", "x": None},
         "metadata_cas": 1, "metadata_cas_required": True}),
)

SSH = cases(
    "secrets.ssh",
    ("list issuers", lambda e: e.list_issuers(), "LIST", "/v1/ssh/issuers"),
    ("import issuer", lambda e: e.import_issuer(), "POST", "/v1/ssh/issuers/import", {}),
    ("import named", lambda e: e.import_issuer(
        "ca 1", private_key="priv", public_key="pub", generate_signing_key=False, key_type="ec", key_bits=384,
        set_default=True, mount_point="s"), "POST", "/v1/s/issuers/import/ca%201",
        {"private_key": "priv", "public_key": "pub", "generate_signing_key": False, "key_type": "ec", "key_bits": 384,
         "set_default": True}),
    ("read issuer", lambda e: e.read_issuer("default"), "GET", "/v1/ssh/issuer/default"),
    ("update issuer", lambda e: e.update_issuer("i", issuer_name="n", mount_point="s"), "POST",
        "/v1/s/issuer/i", {"issuer_name": "n"}),
    ("update issuer bare", lambda e: e.update_issuer("i"), "POST", "/v1/ssh/issuer/i", {}),
    ("delete issuer", lambda e: e.delete_issuer("i"), "DELETE", "/v1/ssh/issuer/i"),
    ("config issuers", lambda e: e.read_issuers_configuration(), "GET", "/v1/ssh/config/issuers"),
    ("set config issuers", lambda e: e.set_issuers_configuration("n", mount_point="s"), "POST",
        "/v1/s/config/issuers", {"default": "n"}),
    ("issue", lambda e: e.issue_ssh_certificate("r"), "POST", "/v1/ssh/issue/r", {}),
    ("issue all", lambda e: e.issue_ssh_certificate(
        "r", key_type="ed25519", key_bits=0, valid_principals="bob", cert_type="host", key_id="k", ttl="1h",
        critical_options={"force-command": "ls"}, extensions={"permit-pty": ""}, mount_point="s"), "POST",
        "/v1/s/issue/r",
        {"key_type": "ed25519", "key_bits": 0, "valid_principals": "bob", "cert_type": "host", "key_id": "k",
         "ttl": "1h",
         "critical_options": {"force-command": "ls"}, "extensions": {"permit-pty": ""}}),
    ("tidy", lambda e: e.tidy_dynamic_keys(mount_point="s"), "DELETE", "/v1/s/tidy/dynamic-keys"),
)

RABBITMQ = cases(
    "secrets.rabbitmq",
    ("lease", lambda e: e.read_lease_configuration(), "GET", "/v1/rabbitmq/config/lease"),
    ("roles", lambda e: e.list_roles(mount_point="rmq"), "LIST", "/v1/rmq/roles"),
)

TOTP = cases(
    "secrets.totp",
    ("totp create", lambda e: e.create_key("k"), "POST", "/v1/totp/keys/k", {}),
    ("totp generate", lambda e: e.create_key(
        "k", generate=True, issuer="Acme", account_name="a@b", algorithm="SHA512", digits=8, period=60, skew=0,
        key_size=32, exported=True, qr_size=0, mount_point="t"), "POST", "/v1/t/keys/k",
        {"generate": True, "issuer": "Acme", "account_name": "a@b", "algorithm": "SHA512", "digits": 8, "period": 60,
         "skew": 0, "key_size": 32, "exported": True, "qr_size": 0}),
    ("totp import", lambda e: e.create_key("k", key="JBSWY3DP", url="otpauth://totp/x"), "POST",
        "/v1/totp/keys/k", {"key": "JBSWY3DP", "url": "otpauth://totp/x"}),
    ("totp read", lambda e: e.read_key("k"), "GET", "/v1/totp/keys/k"),
    ("totp list", lambda e: e.list_keys(mount_point="t"), "LIST", "/v1/t/keys"),
    ("totp delete", lambda e: e.delete_key("k"), "DELETE", "/v1/totp/keys/k"),
    ("totp code", lambda e: e.generate_code("k"), "GET", "/v1/totp/code/k"),
    ("totp validate", lambda e: e.validate_code("k", "123456", mount_point="t"), "POST", "/v1/t/code/k",
        {"code": "123456"}),
)

KUBERNETES = cases(
    "secrets.kubernetes",
    ("configure", lambda e: e.configure(), "POST", "/v1/kubernetes/config", {}),
    ("configure all", lambda e: e.configure(
        kubernetes_host="https://127.0.0.1:6443", kubernetes_ca_cert=PEM, service_account_jwt="jwt",
        disable_local_ca_jwt=True, mount_point="k8s"), "POST", "/v1/k8s/config",
        {"kubernetes_host": "https://127.0.0.1:6443", "kubernetes_ca_cert": PEM, "service_account_jwt": "jwt",
         "disable_local_ca_jwt": True}),
    ("read config", lambda e: e.read_config(), "GET", "/v1/kubernetes/config"),
    ("delete config", lambda e: e.delete_config(), "DELETE", "/v1/kubernetes/config"),
    ("check", lambda e: e.check_configuration(mount_point="k8s"), "GET", "/v1/k8s/check"),
    ("role", lambda e: e.create_or_update_role("r"), "POST", "/v1/kubernetes/roles/r", {}),
    ("role all", lambda e: e.create_or_update_role(
        "r", allowed_kubernetes_namespaces=["a", "b"], allowed_kubernetes_namespace_selector='{"matchLabels":{}}',
        service_account_name="sa", kubernetes_role_name="view", kubernetes_role_type="ClusterRole",
        generated_role_rules="rules: []", name_template="{{.RoleName}}", token_default_ttl="1h", token_max_ttl=7200,
        token_default_audiences=["aud"], extra_annotations={"a": "1"}, extra_labels={"l": "2"}, mount_point="k8s"),
        "POST", "/v1/k8s/roles/r",
        {"allowed_kubernetes_namespaces": ["a", "b"], "allowed_kubernetes_namespace_selector": '{"matchLabels":{}}',
         "service_account_name": "sa", "kubernetes_role_name": "view", "kubernetes_role_type": "ClusterRole",
         "generated_role_rules": "rules: []", "name_template": "{{.RoleName}}", "token_default_ttl": "1h",
         "token_max_ttl": 7200, "token_default_audiences": ["aud"], "extra_annotations": {"a": "1"},
         "extra_labels": {"l": "2"}}),
    ("read role", lambda e: e.read_role("r"), "GET", "/v1/kubernetes/roles/r"),
    ("list roles", lambda e: e.list_roles(), "LIST", "/v1/kubernetes/roles"),
    ("delete role", lambda e: e.delete_role("r", mount_point="k8s"), "DELETE", "/v1/k8s/roles/r"),
    ("creds", lambda e: e.generate_credentials("r", "default"), "POST", "/v1/kubernetes/creds/r",
        {"kubernetes_namespace": "default"}),
    ("creds all", lambda e: e.generate_credentials(
        "r", "ns", cluster_role_binding=True, ttl="10m", audiences=["a"], mount_point="k8s"), "POST", "/v1/k8s/creds/r",
        {"kubernetes_namespace": "ns", "cluster_role_binding": True, "ttl": "10m", "audiences": ["a"]}),
)

CUBBYHOLE = cases(
    "secrets.cubbyhole",
    ("cubbyhole read", lambda e: e.read_secret("a/b"), "GET", "/v1/cubbyhole/a/b"),
    # the adapter drops a trailing "/", as for every list of the reference
    ("cubbyhole list", lambda e: e.list_secrets("a/"), "LIST", "/v1/cubbyhole/a"),
    ("cubbyhole list top", lambda e: e.list_secrets("", mount_point="cub"), "LIST", "/v1/cub"),
    ("cubbyhole write", lambda e: e.create_or_update_secret("a b", {"k": "v"}), "POST", "/v1/cubbyhole/a%20b",
        {"k": "v"}),
    ("cubbyhole delete", lambda e: e.delete_secret("a", mount_point="cub"), "DELETE", "/v1/cub/a"),
)


@pytest.mark.parametrize("expected", TRANSIT + KV_V2 + SSH + RABBITMQ + TOTP + KUBERNETES + CUBBYHOLE)
def test_exact_request(mock, client, expected: Case):
    api: Any = client
    for part in expected.target.split("."):
        api = getattr(api, part)
    answer = expected.call(api)
    assert answer == {"data": {"ok": True}}
    request = sent(mock)
    assert (request.method, request.path) == (expected.method, expected.path)
    assert request.query == expected.query
    assert request.body == expected.body


def test_merge_patches_are_sent_as_json_merge_patch(mock, client):
    client.secrets.kv.v2.merge_patch_secret("a", {"x": 1})
    assert mock.last_request.headers["Content-Type"] == "application/merge-patch+json"
    mock.reset()
    client.secrets.kv.v2.merge_patch_metadata("a", max_versions=1)
    assert mock.last_request.headers["Content-Type"] == "application/merge-patch+json"
    assert mock.last_request.headers["X-Vault-Token"] == "s.tok"


def test_merge_patch_returns_the_response_of_a_204(mock, client):
    mock.register_uri("PATCH", f"{URL}/v1/secret/metadata/a", status_code=204)
    answer = client.secrets.kv.v2.merge_patch_metadata("a", max_versions=1)
    assert isinstance(answer, requests.Response) and answer.status_code == 204


def test_merge_patch_errors_raise_the_mapped_exception(mock, client):
    mock.register_uri("PATCH", f"{URL}/v1/secret/data/a", status_code=404, json={"errors": []})
    with pytest.raises(exceptions.InvalidPath):
        client.secrets.kv.v2.merge_patch_secret("a", {"x": 1})


def test_existing_patch_still_reads_then_writes(mock, client):
    mock.register_uri("GET", f"{URL}/v1/secret/data/a", json={"data": {"data": {"x": 1}, "metadata": {"version": 4}}})
    with pytest.warns(DeprecationWarning):  # the reference's warning of the read it does first
        client.secrets.kv.v2.patch("a", {"y": 2})
    assert [r.method for r in mock.request_history] == ["GET", "POST"]
    assert mock.last_request.json() == {"options": {"cas": 4}, "data": {"x": 1, "y": 2}}


@pytest.mark.parametrize(
    "call, path",
    [
        (lambda c: c.secrets.ssh.read_ca_public_key(), "/v1/ssh/public_key"),
        (lambda c: c.secrets.ssh.read_issuer_public_key("ca one", mount_point="s"), "/v1/s/issuer/ca%20one/public_key"),
    ],
)
def test_ssh_public_keys_are_returned_as_text(mock, client, call, path):
    line = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP2npn5z\n"
    mock.register_uri("GET", f"{URL}{path}", text=line, headers={"Content-Type": "text/plain"})
    assert call(client) == line
    assert sent(mock)[:2] == ("GET", path)


def test_ssh_public_key_errors_raise(mock, client):
    mock.register_uri("GET", f"{URL}/v1/ssh/public_key", status_code=400, json={"errors": ["no default issuer"]})
    with pytest.raises(exceptions.InvalidRequest, match="no default issuer"):
        client.secrets.ssh.read_ca_public_key()


def test_a_totp_key_generated_answers_its_barcode(mock, client):
    mock.register_uri("POST", f"{URL}/v1/totp/keys/k", json={"data": {"barcode": "iVBO", "url": "otpauth://totp/x"}})
    answer = client.secrets.totp.create_key("k", generate=True, issuer="Acme", account_name="a")
    assert answer["data"] == {"barcode": "iVBO", "url": "otpauth://totp/x"}


REFUSED = [
    ("hash url algorithm", lambda c: c.transit.hash_data_url_form("md5", "aGk="), "url_algorithm"),
    ("hash url sha1", lambda c: c.transit.hash_data_url_form("sha1", "aGk="), "url_algorithm"),
    ("hash url format", lambda c: c.transit.hash_data_url_form("sha2-256", "aGk=", output_format="raw"),
     "output_format"),
    ("hmac url algorithm", lambda c: c.transit.generate_hmac_url_form("k", "../x", "aGk="), "url_algorithm"),
    ("sign url algorithm", lambda c: c.transit.sign_data_url_form("k", "sha2-256/x", "aGk="), "url_algorithm"),
    ("sign url marshaling", lambda c: c.transit.sign_data_url_form("k", "sha1", "aGk=", marshaling_algorithm="der"),
     "marshaling_algorithm"),
    ("sign url salt", lambda c: c.transit.sign_data_url_form("k", "sha1", "aGk=", salt_length="big"), "salt_length"),
    ("verify url algorithm", lambda c: c.transit.verify_signed_data_url_form("k", "SHA256", "aGk=", signature="s"),
     "url_algorithm"),
    ("verify url signature algorithm", lambda c: c.transit.verify_signed_data_url_form(
        "k", "sha1", "aGk=", signature="s", signature_algorithm="ecdsa"), "signature_algorithm"),
    ("random source", lambda c: c.transit.generate_random_bytes_url_form("dev-random"), "source"),
    ("random format", lambda c: c.transit.generate_random_bytes_url_form(None, 8, output_format="b32"),
     "output_format"),
    ("import hash", lambda c: c.transit.import_key("k", "Y2lw", hash_function="sha256"), "hash_function"),
    ("import version hash", lambda c: c.transit.import_key_version("k", "Y2lw", hash_function="MD5"), "hash_function"),
    ("byok hash", lambda c: c.transit.export_byok_key("d", "s", hash_function="SHA-256"), "hash_function"),
    ("derive type", lambda c: c.transit.derive_key("d", "b", "p", derived_key_type="aes256"), "derived_key_type"),
    ("derive algorithm", lambda c: c.transit.derive_key("d", "b", "p", key_derivation_algorithm="hkdf"),
     "key_derivation_algorithm"),
    ("ssh issue key type", lambda c: c.ssh.issue_ssh_certificate("r", key_type="ssh-rsa"), "key_type"),
    ("ssh issue cert type", lambda c: c.ssh.issue_ssh_certificate("r", cert_type="both"), "cert_type"),
    ("totp algorithm", lambda c: c.totp.create_key("k", algorithm="sha1"), "algorithm"),
    ("totp digits", lambda c: c.totp.create_key("k", digits=7), "digits"),
    ("totp skew", lambda c: c.totp.create_key("k", skew=2), "skew"),
]


@pytest.mark.parametrize("call, parameter", [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_refused_before_sending(mock, client, call, parameter):
    with pytest.raises(exceptions.ParamValidationError, match=f"invalid {parameter} argument"):
        call(client.secrets)
    assert mock.call_count == 0


def test_url_forms_accept_every_documented_algorithm(mock, client):
    transit = client.secrets.transit
    for family in (2, 3):
        for bits in (224, 256, 384, 512):
            transit.hash_data_url_form(f"sha{family}-{bits}", "aGk=")
            transit.generate_hmac_url_form("k", f"sha{family}-{bits}", "aGk=")
    for algorithm in ("sha1", "mldsa-mu", "none"):
        transit.sign_data_url_form("k", algorithm, "aGk=")
        transit.verify_signed_data_url_form("k", algorithm, "aGk=", signature="s")
    assert mock.call_count == 16 + 6


def test_new_engines_are_registered_with_their_default_mounts(client):
    assert isinstance(client.secrets.totp, totp.Totp) and totp.DEFAULT_MOUNT_POINT == "totp"
    assert isinstance(client.secrets.kubernetes, kubernetes.Kubernetes)
    assert kubernetes.DEFAULT_MOUNT_POINT == "kubernetes"
    assert isinstance(client.secrets.cubbyhole, cubbyhole.Cubbyhole) and cubbyhole.DEFAULT_MOUNT_POINT == "cubbyhole"
