"""KV (v1, v2) and Transit: arguments refused before any request is sent, and the request
shapes that depend on the arguments."""
import warnings

import pytest
import requests_mock

import hvac
from hvac import exceptions
from hvac.api.secrets_engines import kv_v1, kv_v2, transit
from hvac.constants import transit as transit_constants

URL = "https://vault.test:8200"
JSON = {"Content-Type": "application/json"}


@pytest.fixture
def mocker():
    with requests_mock.Mocker() as mock:
        mock.register_uri(requests_mock.ANY, requests_mock.ANY, status_code=204)
        yield mock


@pytest.fixture
def client(mocker):
    return hvac.Client(url=URL, token="s.test")


def test_module_constants():
    assert kv_v1.DEFAULT_MOUNT_POINT == "secret"
    assert kv_v2.DEFAULT_MOUNT_POINT == "secret"
    assert transit.DEFAULT_MOUNT_POINT == "transit"
    assert transit.transit_constants is transit_constants


# ---------------------------------------------------------------------- KV v1


@pytest.mark.parametrize("method", ["GET", "post", "PATCH", "", "DELETE"])
def test_kv_v1_method_must_be_post_or_put(client, mocker, method):
    with pytest.raises(exceptions.ParamValidationError, match='"method" parameter provided invalid value'):
        client.secrets.kv.v1.create_or_update_secret(path="p", secret={"a": 1}, method=method)
    assert mocker.call_count == 0


@pytest.mark.parametrize("method", ["POST", "PUT"])
def test_kv_v1_explicit_method_sends_one_request(client, mocker, method):
    client.secrets.kv.v1.create_or_update_secret(path="p", secret={"a": 1}, method=method)
    assert [(r.method, r.path) for r in mocker.request_history] == [(method, "/v1/secret/p")]


def test_kv_v1_without_method_posts_when_absent(client, mocker):
    mocker.register_uri("GET", f"{URL}/v1/secret/p", status_code=404, json={"errors": []})
    client.secrets.kv.v1.create_or_update_secret(path="p", secret={"a": 1})
    assert [r.method for r in mocker.request_history] == ["GET", "POST"]


def test_kv_v1_without_method_puts_when_present(client, mocker):
    mocker.register_uri("GET", f"{URL}/v1/secret/p", json={"data": {"a": 0}})
    client.secrets.kv.v1.create_or_update_secret(path="p", secret={"a": 1})
    assert [r.method for r in mocker.request_history] == ["GET", "PUT"]


# ---------------------------------------------------------------------- KV v2


@pytest.mark.parametrize("method", ["delete_secret_versions", "undelete_secret_versions", "destroy_secret_versions"])
@pytest.mark.parametrize("versions", [1, "1,2", [], None, (1, 2)])
def test_kv_v2_versions_must_be_a_non_empty_list(client, mocker, method, versions):
    with pytest.raises(exceptions.ParamValidationError, match='argument to "versions" must be a list'):
        getattr(client.secrets.kv.v2, method)(path="p", versions=versions)
    assert mocker.call_count == 0


@pytest.mark.parametrize("cas_required", ["true", 1, 0, "example-invalid"])
def test_kv_v2_update_metadata_cas_required_must_be_bool(client, mocker, cas_required):
    with pytest.raises(exceptions.ParamValidationError, match="bool expected for cas_required param"):
        client.secrets.kv.v2.update_metadata(path="p", cas_required=cas_required)
    assert mocker.call_count == 0


@pytest.mark.parametrize("custom_metadata", ["k=v", ["k", "v"], 1])
def test_kv_v2_update_metadata_custom_metadata_must_be_dict(client, mocker, custom_metadata):
    with pytest.raises(exceptions.ParamValidationError, match="dict expected for custom_metadata param"):
        client.secrets.kv.v2.update_metadata(path="p", custom_metadata=custom_metadata)
    assert mocker.call_count == 0


def test_kv_v2_update_metadata_body(client, mocker):
    client.secrets.kv.v2.update_metadata(path="p", max_versions=3, cas_required=False, custom_metadata={"a": "b"})
    assert mocker.last_request.json() == {
        "delete_version_after": "0s",
        "max_versions": 3,
        "cas_required": False,
        "custom_metadata": {"a": "b"},
    }


def test_kv_v2_read_warns_only_without_explicit_flag(client, mocker):
    with pytest.warns(DeprecationWarning, match="raise_on_deleted_version"):
        client.secrets.kv.v2.read_secret(path="p")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.secrets.kv.v2.read_secret(path="p", raise_on_deleted_version=False)
        client.secrets.kv.v2.read_secret_version(path="p", version=2, raise_on_deleted_version=True)
    assert mocker.last_request.qs == {"version": ["2"]}


def test_kv_v2_read_deleted_version_returned_or_raised(client, mocker):
    body = {"data": {"data": None, "metadata": {"deletion_time": "2024-01-01T00:00:00Z", "version": 2}}}
    mocker.register_uri("GET", f"{URL}/v1/secret/data/p", status_code=404, json=body, headers=JSON)
    assert client.secrets.kv.v2.read_secret_version(path="p", raise_on_deleted_version=False) == body
    with pytest.raises(exceptions.InvalidPath):
        client.secrets.kv.v2.read_secret_version(path="p", raise_on_deleted_version=True)


def test_kv_v2_patch_merges_and_uses_cas(client, mocker):
    current = {"data": {"data": {"a": 1, "b": 2}, "metadata": {"version": 4}}}
    mocker.register_uri("GET", f"{URL}/v1/secret/data/p", json=current)
    with pytest.warns(DeprecationWarning):
        client.secrets.kv.v2.patch(path="p", secret={"b": 3})
    assert mocker.last_request.method == "POST"
    assert mocker.last_request.json() == {"data": {"a": 1, "b": 3}, "options": {"cas": 4}}


def test_kv_default_version_rejects_unknown(client):
    with pytest.raises(ValueError, match="default_kv_version"):
        client.secrets.kv.default_kv_version = "3"
    assert client.secrets.kv.default_kv_version == "2"


# -------------------------------------------------------------------- Transit

BAD = "example-invalid"

# (method, kwargs without the bad parameter, bad parameter name, name shown in the error)
TRANSIT_ENUMS = [
    ("create_key", {"name": "k"}, "key_type", "key_type"),
    ("export_key", {"name": "k"}, "key_type", "key_type"),
    ("generate_data_key", {"name": "k"}, "key_type", "key_type"),
    ("generate_data_key", {"name": "k", "key_type": "plaintext"}, "bits", "bits"),
    ("hash_data", {"hash_input": "aGk="}, "algorithm", "algorithm"),
    ("hash_data", {"hash_input": "aGk="}, "output_format", "output_format"),
    ("generate_hmac", {"name": "k", "hash_input": "aGk="}, "algorithm", "algorithm"),
    ("sign_data", {"name": "k", "hash_input": "aGk="}, "hash_algorithm", "hash_algorithm"),
    ("sign_data", {"name": "k", "hash_input": "aGk="}, "signature_algorithm", "signature_algorithm"),
    ("sign_data", {"name": "k", "hash_input": "aGk="}, "marshaling_algorithm", "marshaling_algorithm"),
    ("verify_signed_data", {"name": "k", "hash_input": "aGk=", "signature": "s"}, "hash_algorithm", "hash_algorithm"),
    (
        "verify_signed_data",
        {"name": "k", "hash_input": "aGk=", "signature": "s"},
        "signature_algorithm",
        "signature_algorithm",
    ),
    (
        "verify_signed_data",
        {"name": "k", "hash_input": "aGk=", "signature": "s"},
        "marshaling_algorithm",
        "marshaling_algorithm",
    ),
]


@pytest.mark.parametrize(
    "method, kwargs, param, shown", TRANSIT_ENUMS, ids=[f"{m}-{p}" for m, _, p, _ in TRANSIT_ENUMS]
)
@pytest.mark.parametrize("value", [BAD, "SHA2-256", -7, "0"])
def test_transit_enum_parameters_refuse_unknown_values(client, mocker, method, kwargs, param, shown, value):
    with pytest.raises(exceptions.ParamValidationError, match=f'invalid {shown} argument provided "{value}"'):
        getattr(client.secrets.transit, method)(**kwargs, **{param: value})
    assert mocker.call_count == 0


@pytest.mark.parametrize(
    "method, param, allowed",
    [
        ("create_key", "key_type", transit_constants.ALLOWED_KEY_TYPES),
        ("export_key", "key_type", transit_constants.ALLOWED_EXPORT_KEY_TYPES),
        ("generate_data_key", "key_type", transit_constants.ALLOWED_DATA_KEY_TYPES),
        ("hash_data", "algorithm", transit_constants.ALLOWED_HASH_DATA_ALGORITHMS),
        ("hash_data", "output_format", transit_constants.ALLOWED_HASH_DATA_FORMATS),
        ("sign_data", "signature_algorithm", transit_constants.ALLOWED_SIGNATURE_ALGORITHMS),
        ("sign_data", "marshaling_algorithm", transit_constants.ALLOWED_MARSHALING_ALGORITHMS),
    ],
)
def test_transit_error_lists_the_allowed_values(client, mocker, method, param, allowed):
    base = {
        "create_key": {"name": "k"},
        "export_key": {"name": "k"},
        "generate_data_key": {"name": "k"},
        "hash_data": {"hash_input": "aGk="},
        "sign_data": {"name": "k", "hash_input": "aGk="},
    }[method]
    with pytest.raises(exceptions.ParamValidationError) as info:
        getattr(client.secrets.transit, method)(**base, **{param: BAD})
    assert f'supported types: "{", ".join(allowed)}"' in str(info.value)
    assert mocker.call_count == 0


@pytest.mark.parametrize("method", ["sign_data", "verify_signed_data"])
@pytest.mark.parametrize("value", [BAD, "SHA2-256", -7, "auto1", "1.5", ""])
def test_transit_salt_length_must_match_the_whole_pattern(client, mocker, method, value):
    call = getattr(client.secrets.transit, method)
    with pytest.raises(exceptions.ParamValidationError) as info:
        call(name="k", hash_input="aGk=", salt_length=value, **({"signature": "s"} if method == "verify_signed_data" else {}))
    assert str(info.value).startswith(f'invalid salt_length argument provided "{value}", supported types: "auto|hash|-1|\\d+"')
    assert mocker.call_count == 0


@pytest.mark.parametrize("salt_length", ["auto", "hash", "32", 20, "-1", "0", 0])
def test_transit_salt_length_accepts_auto_hash_and_numbers(client, mocker, salt_length):
    client.secrets.transit.sign_data(name="k", hash_input="aGk=", salt_length=salt_length)
    assert mocker.last_request.json() == {"input": "aGk=", "salt_length": salt_length}


def test_transit_valid_enum_values_are_sent(client, mocker):
    for key_type in transit_constants.ALLOWED_KEY_TYPES:
        client.secrets.transit.create_key(name="k", key_type=key_type)
        assert mocker.last_request.json() == {"type": key_type}
    for bits in transit_constants.ALLOWED_DATA_KEY_BITS:
        client.secrets.transit.generate_data_key(name="k", key_type="wrapped", bits=bits)
        assert mocker.last_request.path == "/v1/transit/datakey/wrapped/k"
        assert mocker.last_request.json() == {"bits": bits}


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"hash_input": "aGk=", "batch_input": [{"input": "aGk="}]}],
    ids=["neither", "both"],
)
def test_transit_sign_needs_exactly_one_input(client, mocker, kwargs):
    with pytest.raises(exceptions.ParamValidationError, match="'hash_input' or 'batch_input'"):
        client.secrets.transit.sign_data(name="k", **kwargs)
    assert mocker.call_count == 0


@pytest.mark.parametrize("kwargs", [{}, {"signature": "s", "hmac": "h"}], ids=["neither", "both"])
def test_transit_verify_needs_signature_or_hmac(client, mocker, kwargs):
    with pytest.raises(exceptions.ParamValidationError, match='"signature" or "hmac"'):
        client.secrets.transit.verify_signed_data(name="k", hash_input="aGk=", **kwargs)
    assert mocker.call_count == 0


def test_transit_verify_sends_name_in_body(client, mocker):
    client.secrets.transit.verify_signed_data(name="k", hash_input="aGk=", hmac="vault:v1:x")
    assert mocker.last_request.json() == {"name": "k", "input": "aGk=", "hmac": "vault:v1:x"}


def test_transit_encrypt_needs_plaintext_or_batch(client, mocker):
    with pytest.raises(ValueError, match="plaintext must be specified unless batch_input is set"):
        client.secrets.transit.encrypt_data(name="k")
    assert mocker.call_count == 0
    client.secrets.transit.encrypt_data(name="k", batch_input=[{"plaintext": "aGk="}])
    assert mocker.last_request.json()["batch_input"] == [{"plaintext": "aGk="}]


def test_transit_convergent_encryption_requires_derived(client, mocker):
    with pytest.raises(exceptions.ParamValidationError, match="derived must be set"):
        client.secrets.transit.create_key(name="k", convergent_encryption=True)
    assert mocker.call_count == 0


@pytest.mark.parametrize("decryption, encryption", [(2, 2), (3, 1)])
def test_transit_min_encryption_version_must_exceed_decryption(client, mocker, decryption, encryption):
    with pytest.raises(exceptions.ParamValidationError, match="min_encryption_version must be 0 or >"):
        client.secrets.transit.update_key_configuration(
            name="k", min_decryption_version=decryption, min_encryption_version=encryption
        )
    assert mocker.call_count == 0


def test_transit_restore_and_export_paths(client, mocker):
    client.secrets.transit.restore_key(backup="b")
    assert mocker.last_request.path == "/v1/transit/restore"
    client.secrets.transit.restore_key(backup="b", name="n", force=False)
    assert mocker.last_request.path == "/v1/transit/restore/n"
    assert mocker.last_request.json() == {"backup": "b", "force": False}
    client.secrets.transit.export_key(name="n", key_type="signing-key", version="latest")
    assert mocker.last_request.path == "/v1/transit/export/signing-key/n/latest"
