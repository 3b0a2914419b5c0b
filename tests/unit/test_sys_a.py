"""Unit tests for the audit, auth, capabilities, health, leader, lease, mount and namespace
categories of client.sys: validation paths and arguments the golden traffic does not cover."""
import inspect

import pytest
import requests

import hvac
from hvac import exceptions
from hvac.api.system_backend import Audit, Auth, Capabilities, Health, Leader, Lease, Mount, Namespace
from tests.unit.fake_server import URL, sent


# -- audit -------------------------------------------------------------------------------------


def test_enable_audit_device_with_every_argument(mock, client):
    mock.post(f"{URL}/v1/sys/audit/my-file", status_code=204)
    answer = client.sys.enable_audit_device(
        "file", description="d", options={"file_path": "/tmp/a.log"}, path="my-file", local=True
    )
    assert answer.status_code == 204
    assert sent(mock).json() == {
        "type": "file",
        "description": "d",
        "options": {"file_path": "/tmp/a.log"},
        "local": True,
    }


def test_enable_audit_device_keeps_local_false(mock, client):
    mock.post(f"{URL}/v1/sys/audit/file", status_code=204)
    client.sys.enable_audit_device("file", local=False)
    assert sent(mock).json() == {"type": "file", "local": False}


def test_audit_paths_are_percent_encoded(mock, client):
    mock.post(f"{URL}/v1/sys/audit-hash/a%20b/c", json={"data": {"hash": "h"}})
    assert client.sys.calculate_hash("a b/c", "x")["data"]["hash"] == "h"


# -- auth methods ------------------------------------------------------------------------------


def test_enable_auth_method_kwargs_override_the_body(mock, client):
    mock.post(f"{URL}/v1/sys/auth/userpass", status_code=204)
    client.sys.enable_auth_method("userpass", local=True, seal_wrap=True, type="other")
    assert sent(mock).json() == {"type": "other", "local": True, "seal_wrap": True}


@pytest.mark.parametrize("visibility", ["unauth", ""])
def test_tune_auth_method_accepts_both_listing_visibilities(mock, client, visibility):
    mock.post(f"{URL}/v1/sys/auth/up/tune", status_code=204)
    client.sys.tune_auth_method("up", listing_visibility=visibility)
    assert sent(mock).json() == {"listing_visibility": visibility}


def test_tune_auth_method_rejects_other_visibility_before_any_request(mock, client):
    with pytest.raises(exceptions.ParamValidationError, match='valid values: "unauth" or ""'):
        client.sys.tune_auth_method("up", listing_visibility="hidden")
    assert mock.call_count == 0


def test_tune_auth_method_rejects_lists_of_non_strings(mock, client):
    with pytest.raises(exceptions.ParamValidationError, match="passthrough_request_headers"):
        client.sys.tune_auth_method("up", passthrough_request_headers=["X-A", 1])
    assert mock.call_count == 0


def test_tune_auth_method_empty_list_is_sent_as_empty_string(mock, client):
    mock.post(f"{URL}/v1/sys/auth/up/tune", status_code=204)
    client.sys.tune_auth_method("up", audit_non_hmac_request_keys=[])
    assert sent(mock).json() == {"audit_non_hmac_request_keys": ""}


# -- capabilities ------------------------------------------------------------------------------


def test_get_capabilities_by_accessor(mock, client):
    mock.post(f"{URL}/v1/sys/capabilities-accessor", json={"data": {"a": ["read"]}})
    assert client.sys.get_capabilities(["a"], accessor="acc")["data"] == {"a": ["read"]}
    assert sent(mock).json() == {"paths": ["a"], "accessor": "acc"}


def test_get_capabilities_refuses_token_and_accessor_together(mock, client):
    with pytest.raises(ValueError, match="either token or accessor"):
        client.sys.get_capabilities(["a"], token="t", accessor="acc")
    assert mock.call_count == 0


# -- health ------------------------------------------------------------------------------------


def test_health_get_sends_the_query_and_returns_the_body(mock, client):
    mock.get(f"{URL}/v1/sys/health", json={"initialized": True})
    answer = client.sys.read_health_status(
        standby_ok=True,
        active_code=201,
        standby_code=202,
        dr_secondary_code=203,
        performance_standby_code=204,
        sealed_code=205,
        uninit_code=206,
        method="GET",
    )
    assert answer == {"initialized": True}
    assert sent(mock).qs == {
        "standbyok": ["true"],
        "activecode": ["201"],
        "standbycode": ["202"],
        "drsecondarycode": ["203"],
        "performancestandbycode": ["204"],
        "sealedcode": ["205"],
        "uninitcode": ["206"],
    }


@pytest.mark.parametrize("method", ["HEAD", "GET"])
def test_health_does_not_raise_for_unhealthy_codes(mock, client, method):
    mock.register_uri(method, f"{URL}/v1/sys/health", status_code=503, json={"sealed": True})
    answer = client.sys.read_health_status(method=method)
    assert isinstance(answer, requests.Response) and answer.status_code == 503


def test_health_head_sends_the_query(mock, client):
    mock.head(f"{URL}/v1/sys/health", status_code=200)
    client.sys.read_health_status(sealed_code=299)
    assert sent(mock).method == "HEAD" and sent(mock).qs == {"sealedcode": ["299"]}


@pytest.mark.parametrize("method", ["POST", "get", None])
def test_health_refuses_other_methods_before_any_request(mock, client, method):
    with pytest.raises(exceptions.ParamValidationError, match="HEAD or GET allowed"):
        client.sys.read_health_status(method=method)
    assert mock.call_count == 0


# -- leases, namespaces and LIST verbs ---------------------------------------------------------


def test_renew_lease_sends_a_null_increment(mock, client):
    mock.put(f"{URL}/v1/sys/leases/renew", json={"lease_id": "l"})
    client.sys.renew_lease("l")
    assert sent(mock).json() == {"lease_id": "l", "increment": None}


@pytest.mark.parametrize(
    "call, path",
    [
        # the adapter drops the trailing "/" of every path
        (lambda c: c.sys.list_leases("pki/issue/"), "/v1/sys/leases/lookup/pki/issue"),
        (lambda c: c.sys.list_namespaces(), "/v1/sys/namespaces"),
    ],
)
def test_list_verbs_follow_strict_http(mock, call, path):
    strict = hvac.Client(url=URL, token="s.tok", strict_http=True)
    mock.get(f"{URL}{path}", json={"data": {"keys": ["k"]}})
    assert call(strict)["data"]["keys"] == ["k"]
    assert sent(mock).qs == {"list": ["true"]}


def test_namespace_client_sends_the_header(mock):
    scoped = hvac.Client(url=URL, token="s.tok", namespace="team-a")
    mock.post(f"{URL}/v1/sys/namespaces/child", json={"data": {"path": "team-a/child/"}})
    assert scoped.sys.create_namespace("child")["data"]["path"] == "team-a/child/"
    assert sent(mock).headers["X-Vault-Namespace"] == "team-a"
    assert sent(mock).body is None


def test_step_down_sends_no_body(mock, client):
    mock.put(f"{URL}/v1/sys/step-down", status_code=204)
    assert client.sys.step_down().status_code == 204
    assert sent(mock).body is None


# -- mounts ------------------------------------------------------------------------------------


def test_retrieve_mount_option_unknown_mount_raises_key_error(mock, client):
    mock.get(f"{URL}/v1/sys/mounts", json={"data": {"kv/": {"options": {"version": "2"}}}})
    assert client.sys.retrieve_mount_option("kv", "version") == "2"
    with pytest.raises(KeyError):
        client.sys.retrieve_mount_option("other", "version")


def test_tune_mount_configuration_sends_lists_unchanged(mock, client):
    mock.post(f"{URL}/v1/sys/mounts/kv/tune", status_code=204)
    client.sys.tune_mount_configuration("kv", audit_non_hmac_request_keys=["a", "b"], force_no_cache=False)
    assert sent(mock).json() == {"audit_non_hmac_request_keys": ["a", "b"], "force_no_cache": False}


def test_enable_secrets_engine_path_defaults_to_type(mock, client):
    mock.post(f"{URL}/v1/sys/mounts/transit", status_code=204)
    client.sys.enable_secrets_engine("transit")
    assert sent(mock).json()["type"] == "transit"


# -- shape -------------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [Audit, Auth, Capabilities, Health, Leader, Lease, Mount, Namespace])
def test_every_public_method_is_annotated_and_documented(cls):
    for name, member in vars(cls).items():
        if name.startswith("_") or not callable(member):
            continue
        signature = inspect.signature(member)
        assert signature.return_annotation is not inspect.Signature.empty, name
        for parameter in list(signature.parameters.values())[1:]:
            assert parameter.annotation is not inspect.Parameter.empty, f"{name}({parameter.name})"
        assert member.__doc__ and "/v1/sys/" in member.__doc__, name


# -- remount status (beyond the reference) -----------------------------------------------------


def test_read_remount_status_gets_the_migration_by_id(mock, client):
    mock.get(f"{URL}/v1/sys/remount/status/3f2a", json={"data": {"migration_info": {"status": "success"}}})
    assert client.sys.read_remount_status("3f2a")["data"]["migration_info"]["status"] == "success"
    request = sent(mock)
    assert (request.method, request.path, request.body) == ("GET", "/v1/sys/remount/status/3f2a", None)
