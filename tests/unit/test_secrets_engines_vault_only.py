"""Exact requests of the Vault-only secrets engines (Google Cloud KMS, Nomad, Terraform Cloud,
AliCloud, MongoDB Atlas): verb, path, query and JSON body against the field names of Vault 1.15's
API document, with the optional fields left at ``None`` absent. OpenBao does not ship these engines,
so there is no integration test: the request is all that can be checked here."""
import inspect
from typing import Any, Callable, Dict, List, Optional

import pytest
import requests_mock

from hvac import exceptions
from hvac.api.secrets_engines import SecretsEngines, alicloud, gcpkms, mongodbatlas, nomad, terraform
from tests.unit.fake_server import assert_sent

Call = Callable[[Any], Any]


@pytest.fixture
def mock(mock):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json={"data": {"ok": True}})
    return mock


def rows(engine: str, *table: tuple) -> List[Any]:
    """``(id, call, verb, path[, body[, query]])`` rows for ``client.secrets.<engine>``."""
    params = []
    for id_, call, verb, path, *rest in table:
        body: Optional[Dict[str, Any]] = rest[0] if rest else None
        query: Dict[str, List[str]] = rest[1] if len(rest) > 1 else {}
        params.append(pytest.param(engine, call, verb, path, body, query, id=f"{engine} {id_}"))
    return params


GCPKMS = rows(
    "gcpkms",
    ("configure", lambda e: e.configure(), "POST", "/v1/gcpkms/config", {}),
    ("configure all", lambda e: e.configure(credentials='{"type": "service_account"}', scopes=["s1", "s2"], mount_point="kms"),
        "POST", "/v1/kms/config", {"credentials": '{"type": "service_account"}', "scopes": ["s1", "s2"]}),
    ("read config", lambda e: e.read_config(), "GET", "/v1/gcpkms/config"),
    ("delete config", lambda e: e.delete_config(mount_point="kms"), "DELETE", "/v1/kms/config"),
    ("create key", lambda e: e.create_or_update_key("k", "projects/p/locations/global/keyRings/r"), "POST",
        "/v1/gcpkms/keys/k", {"key_ring": "projects/p/locations/global/keyRings/r"}),
    ("create key all", lambda e: e.create_or_update_key(
        "k", "projects/p/locations/global/keyRings/r", crypto_key="ck", purpose="asymmetric_sign",
        algorithm="ec_sign_p256_sha256", protection_level="hsm", rotation_period="72h", labels={"team": "a"},
        mount_point="kms"), "POST", "/v1/kms/keys/k",
        {"key_ring": "projects/p/locations/global/keyRings/r", "crypto_key": "ck", "purpose": "asymmetric_sign",
         "algorithm": "ec_sign_p256_sha256", "protection_level": "hsm", "rotation_period": "72h",
         "labels": {"team": "a"}}),
    ("read key", lambda e: e.read_key("k"), "GET", "/v1/gcpkms/keys/k"),
    ("list keys", lambda e: e.list_keys(), "LIST", "/v1/gcpkms/keys"),
    ("delete key", lambda e: e.delete_key("k"), "DELETE", "/v1/gcpkms/keys/k"),
    ("configure key", lambda e: e.configure_key("k"), "POST", "/v1/gcpkms/keys/config/k", {}),
    ("configure key all", lambda e: e.configure_key("k", min_version=2, max_version=5, mount_point="kms"),
        "POST", "/v1/kms/keys/config/k", {"min_version": 2, "max_version": 5}),
    ("read key config", lambda e: e.read_key_config("k"), "GET", "/v1/gcpkms/keys/config/k"),
    ("register", lambda e: e.register_key("k", "projects/p/locations/l/keyRings/r/cryptoKeys/c"), "POST",
        "/v1/gcpkms/keys/register/k", {"crypto_key": "projects/p/locations/l/keyRings/r/cryptoKeys/c"}),
    ("register all", lambda e: e.register_key("k", "projects/p/locations/l/keyRings/r/cryptoKeys/c", verify=False),
        "POST", "/v1/gcpkms/keys/register/k",
        {"crypto_key": "projects/p/locations/l/keyRings/r/cryptoKeys/c", "verify": False}),
    ("deregister", lambda e: e.deregister_key("k"), "POST", "/v1/gcpkms/keys/deregister/k"),
    ("deregister delete", lambda e: e.deregister_key("k", method="DELETE"), "DELETE", "/v1/gcpkms/keys/deregister/k"),
    ("rotate", lambda e: e.rotate_key("k"), "POST", "/v1/gcpkms/keys/rotate/k"),
    ("trim", lambda e: e.trim_key_versions("k"), "POST", "/v1/gcpkms/keys/trim/k"),
    ("trim delete", lambda e: e.trim_key_versions("k", method="DELETE", mount_point="kms"), "DELETE",
        "/v1/kms/keys/trim/k"),
    ("public key", lambda e: e.read_public_key("k", 3), "GET", "/v1/gcpkms/pubkey/k", None, {"key_version": ["3"]}),
    ("encrypt", lambda e: e.encrypt_data("k", "hello"), "POST", "/v1/gcpkms/encrypt/k", {"plaintext": "hello"}),
    ("encrypt all", lambda e: e.encrypt_data("k", "hello", additional_authenticated_data="aad", key_version=2),
        "POST", "/v1/gcpkms/encrypt/k", {"plaintext": "hello", "additional_authenticated_data": "aad", "key_version": 2}),
    ("decrypt", lambda e: e.decrypt_data("k", "Y3Q="), "POST", "/v1/gcpkms/decrypt/k", {"ciphertext": "Y3Q="}),
    ("decrypt all", lambda e: e.decrypt_data("k", "Y3Q=", additional_authenticated_data="aad", key_version=1),
        "POST", "/v1/gcpkms/decrypt/k", {"ciphertext": "Y3Q=", "additional_authenticated_data": "aad", "key_version": 1}),
    ("reencrypt", lambda e: e.reencrypt_data("k", "Y3Q="), "POST", "/v1/gcpkms/reencrypt/k", {"ciphertext": "Y3Q="}),
    ("reencrypt all", lambda e: e.reencrypt_data("k", "Y3Q=", additional_authenticated_data="aad", key_version=4,
        mount_point="kms"), "POST", "/v1/kms/reencrypt/k",
        {"ciphertext": "Y3Q=", "additional_authenticated_data": "aad", "key_version": 4}),
    ("sign", lambda e: e.sign_data("k", "ZGc=", 1), "POST", "/v1/gcpkms/sign/k", {"digest": "ZGc=", "key_version": 1}),
    ("verify", lambda e: e.verify_signed_data("k", "ZGc=", "c2ln", 1), "POST", "/v1/gcpkms/verify/k",
        {"digest": "ZGc=", "signature": "c2ln", "key_version": 1}),
)

NOMAD = rows(
    "nomad",
    ("configure access", lambda e: e.configure_access(), "POST", "/v1/nomad/config/access", {}),
    ("configure access all", lambda e: e.configure_access(
        address="https://nomad.test:4646", token="nomad-token", max_token_name_length=64, ca_cert="CA",
        client_cert="CERT", client_key="KEY", mount_point="nm"), "POST", "/v1/nm/config/access",
        {"address": "https://nomad.test:4646", "token": "nomad-token", "max_token_name_length": 64, "ca_cert": "CA",
         "client_cert": "CERT", "client_key": "KEY"}),
    ("read access", lambda e: e.read_access_configuration(), "GET", "/v1/nomad/config/access"),
    ("delete access", lambda e: e.delete_access_configuration(), "DELETE", "/v1/nomad/config/access"),
    ("configure lease", lambda e: e.configure_lease(), "POST", "/v1/nomad/config/lease", {}),
    ("configure lease all", lambda e: e.configure_lease(ttl="1h", max_ttl=7200, mount_point="nm"), "POST",
        "/v1/nm/config/lease", {"ttl": "1h", "max_ttl": 7200}),
    ("read lease", lambda e: e.read_lease_configuration(), "GET", "/v1/nomad/config/lease"),
    ("delete lease", lambda e: e.delete_lease_configuration(), "DELETE", "/v1/nomad/config/lease"),
    ("create role", lambda e: e.create_or_update_role("r"), "POST", "/v1/nomad/role/r", {}),
    ("create role all", lambda e: e.create_or_update_role("r", policies=["readonly"], global_=True, type="client"),
        "POST", "/v1/nomad/role/r", {"policies": ["readonly"], "global": True, "type": "client"}),
    ("create role policies as text", lambda e: e.create_or_update_role("r", policies="a,b"), "POST",
        "/v1/nomad/role/r", {"policies": "a,b"}),
    ("read role", lambda e: e.read_role("r"), "GET", "/v1/nomad/role/r"),
    ("list roles", lambda e: e.list_roles(), "LIST", "/v1/nomad/role"),
    ("delete role", lambda e: e.delete_role("r", mount_point="nm"), "DELETE", "/v1/nm/role/r"),
    ("creds", lambda e: e.generate_credentials("r"), "GET", "/v1/nomad/creds/r"),
)

TERRAFORM = rows(
    "terraform",
    ("configure", lambda e: e.configure("tf-token"), "POST", "/v1/terraform/config", {"token": "tf-token"}),
    ("configure all", lambda e: e.configure("tf-token", address="https://tfe.test", base_path="/api/v2/",
        mount_point="tf"), "POST", "/v1/tf/config",
        {"token": "tf-token", "address": "https://tfe.test", "base_path": "/api/v2/"}),
    ("read config", lambda e: e.read_config(), "GET", "/v1/terraform/config"),
    ("delete config", lambda e: e.delete_config(), "DELETE", "/v1/terraform/config"),
    ("create role", lambda e: e.create_or_update_role("r"), "POST", "/v1/terraform/role/r", {}),
    ("create role all", lambda e: e.create_or_update_role(
        "r", organization="org", team_id="team-1", user_id="user-1", ttl="1h", max_ttl="2h", mount_point="tf"),
        "POST", "/v1/tf/role/r",
        {"organization": "org", "team_id": "team-1", "user_id": "user-1", "ttl": "1h", "max_ttl": "2h"}),
    ("read role", lambda e: e.read_role("r"), "GET", "/v1/terraform/role/r"),
    ("list roles", lambda e: e.list_roles(mount_point="tf"), "LIST", "/v1/tf/role"),
    ("delete role", lambda e: e.delete_role("r"), "DELETE", "/v1/terraform/role/r"),
    ("creds", lambda e: e.generate_credentials("r"), "GET", "/v1/terraform/creds/r"),
    ("creds post", lambda e: e.generate_credentials("r", method="POST"), "POST", "/v1/terraform/creds/r"),
    ("rotate role", lambda e: e.rotate_role("r"), "POST", "/v1/terraform/rotate-role/r"),
)

ALICLOUD = rows(
    "alicloud",
    ("configure", lambda e: e.configure("AK", "SK"), "POST", "/v1/alicloud/config",
        {"access_key": "AK", "secret_key": "SK"}),
    ("read config", lambda e: e.read_config(mount_point="ali"), "GET", "/v1/ali/config"),
    ("delete config", lambda e: e.delete_config(), "DELETE", "/v1/alicloud/config"),
    ("create role", lambda e: e.create_or_update_role("r"), "POST", "/v1/alicloud/role/r", {}),
    ("create role all", lambda e: e.create_or_update_role(
        "r", remote_policies=["name:AliyunRDSReadOnlyAccess,type:System"], inline_policies='[{"Statement": []}]',
        role_arn="acs:ram::1:role/x", ttl=600, max_ttl="1h", mount_point="ali"), "POST", "/v1/ali/role/r",
        {"remote_policies": ["name:AliyunRDSReadOnlyAccess,type:System"], "inline_policies": '[{"Statement": []}]',
         "role_arn": "acs:ram::1:role/x", "ttl": 600, "max_ttl": "1h"}),
    ("read role", lambda e: e.read_role("r"), "GET", "/v1/alicloud/role/r"),
    ("list roles", lambda e: e.list_roles(), "LIST", "/v1/alicloud/role"),
    ("delete role", lambda e: e.delete_role("r"), "DELETE", "/v1/alicloud/role/r"),
    ("creds", lambda e: e.generate_credentials("r", mount_point="ali"), "GET", "/v1/ali/creds/r"),
)

MONGODBATLAS = rows(
    "mongodbatlas",
    ("configure", lambda e: e.configure("pub", "priv"), "POST", "/v1/mongodbatlas/config",
        {"public_key": "pub", "private_key": "priv"}),
    ("read config", lambda e: e.read_config(), "GET", "/v1/mongodbatlas/config"),
    ("create role", lambda e: e.create_or_update_role("r", ["ORG_MEMBER"]), "POST", "/v1/mongodbatlas/roles/r",
        {"roles": ["ORG_MEMBER"]}),
    ("create role all", lambda e: e.create_or_update_role(
        "r", ["ORG_MEMBER"], organization_id="o1", project_id="p1", project_roles=["GROUP_READ_ONLY"],
        ip_addresses=["192.0.2.1"], cidr_blocks=["192.0.2.0/24"], ttl="1h", max_ttl="2h", mount_point="atlas"),
        "POST", "/v1/atlas/roles/r",
        {"roles": ["ORG_MEMBER"], "organization_id": "o1", "project_id": "p1", "project_roles": ["GROUP_READ_ONLY"],
         "ip_addresses": ["192.0.2.1"], "cidr_blocks": ["192.0.2.0/24"], "ttl": "1h", "max_ttl": "2h"}),
    ("read role", lambda e: e.read_role("r"), "GET", "/v1/mongodbatlas/roles/r"),
    ("list roles", lambda e: e.list_roles(), "LIST", "/v1/mongodbatlas/roles"),
    ("delete role", lambda e: e.delete_role("r", mount_point="atlas"), "DELETE", "/v1/atlas/roles/r"),
    ("creds", lambda e: e.generate_credentials("r"), "GET", "/v1/mongodbatlas/creds/r"),
    ("creds post", lambda e: e.generate_credentials("r", method="POST", mount_point="atlas"), "POST",
        "/v1/atlas/creds/r"),
)


@pytest.mark.parametrize("engine, call, verb, path, body, query", GCPKMS + NOMAD + TERRAFORM + ALICLOUD + MONGODBATLAS)
def test_exact_request(mock, client, engine, call: Call, verb, path, body, query):
    assert call(getattr(client.secrets, engine)) == {"data": {"ok": True}}
    assert_sent(mock, verb, path, query, body)


@pytest.mark.parametrize(
    "call, allowed",
    [
        (lambda c: c.secrets.gcpkms.deregister_key("k", method="GET"), "POST, DELETE"),
        (lambda c: c.secrets.gcpkms.trim_key_versions("k", method="PUT"), "POST, DELETE"),
        (lambda c: c.secrets.terraform.generate_credentials("r", method="DELETE"), "GET, POST"),
        (lambda c: c.secrets.mongodbatlas.generate_credentials("r", method="LIST"), "GET, POST"),
    ],
)
def test_a_verb_the_endpoint_does_not_serve_is_refused_before_sending(mock, client, call: Call, allowed):
    with pytest.raises(exceptions.ParamValidationError, match=f'invalid method argument provided ".*", supported methods: "{allowed}"'):
        call(client)
    assert mock.call_count == 0


ENGINES = {"gcpkms": gcpkms.GcpKms, "nomad": nomad.Nomad, "terraform": terraform.Terraform,
           "alicloud": alicloud.AliCloud, "mongodbatlas": mongodbatlas.MongoDbAtlas}


@pytest.mark.parametrize("name, cls", ENGINES.items())
def test_each_engine_is_registered_under_its_name_and_defaults_to_that_mount(client, name, cls):
    engine = getattr(client.secrets, name)
    assert type(engine) is cls and name in dir(client.secrets) and name in SecretsEngines.__annotations__
    assert cls.__name__ not in SecretsEngines.unimplemented_classes
    for method_name, method in inspect.getmembers(cls, inspect.isfunction):
        if not method_name.startswith("_"):
            assert inspect.signature(method).parameters["mount_point"].default == name, method_name


@pytest.mark.parametrize(
    "cls, method, path",
    [
        (nomad.Nomad, "read_role", "``GET /v1/{mount_point}/role/{name}``"),
        (mongodbatlas.MongoDbAtlas, "list_roles", "``LIST /v1/{mount_point}/roles``"),
        (mongodbatlas.MongoDbAtlas, "delete_role", "``DELETE /v1/{mount_point}/roles/{name}``"),
        (gcpkms.GcpKms, "read_config", "``GET /v1/{mount_point}/config``"),
    ],
)
def test_shared_methods_are_each_engines_own_with_its_paths(cls, method, path):
    function = vars(cls)[method]  # a copy made for this class, not the family's function
    assert function.__qualname__ == f"{cls.__name__}.{method}" and function.__module__ == cls.__module__
    assert path in function.__doc__
    assert "{roles}" not in function.__doc__
