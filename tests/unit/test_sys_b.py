"""client.sys init/key/seal/policy/quota/raft/wrapping behaviour the golden traffic does not pin down."""
import inspect
import json
import warnings

import pytest
import requests

import hvac
from hvac import exceptions
from hvac.api.system_backend import Init, Key, Policies, Policy, Quota, Raft, Seal, SystemBackend, Wrapping
from tests.unit.fake_server import URL


@pytest.fixture
def sys_backend():
    return hvac.Client(url=URL, token="s.tok").sys


def bodies(mock):
    return [request.json() if request.body else None for request in mock.request_history]


# --- init -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"secret_shares": 3, "secret_threshold": 2, "stored_shares": 2}, "stored_shares argument must equal"),
        ({"recovery_shares": 2, "recovery_threshold": 3}, "recovery_threshold argument must be less than"),
        ({"recovery_shares": 2, "recovery_threshold": 1, "recovery_pgp_keys": ["a"]}, "recovery_pgp_keys list argument must equal"),
        ({"secret_shares": 1, "secret_threshold": 1, "pgp_keys": ["a", "b"]}, "pgp_keys list argument must equal"),
    ],
)
def test_initialize_rejects_inconsistent_arguments_before_any_request(mock, sys_backend, kwargs, message):
    with pytest.raises(exceptions.ParamValidationError, match=message):
        sys_backend.initialize(**kwargs)
    assert mock.call_count == 0


def test_initialize_sends_pgp_keys_and_stored_shares_with_secret_shares(mock, sys_backend):
    mock.put(f"{URL}/v1/sys/init", json={"keys": []})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        sys_backend.initialize(secret_shares=2, secret_threshold=2, pgp_keys=["a", "b"], stored_shares=2)
    assert bodies(mock) == [
        {
            "secret_shares": 2,
            "secret_threshold": 2,
            "root_token_pgp_key": None,
            "pgp_keys": ["a", "b"],
            "stored_shares": 2,
        }
    ]


def test_initialize_warns_only_for_the_missing_count(mock, sys_backend):
    mock.put(f"{URL}/v1/sys/init", json={})
    with pytest.warns(DeprecationWarning) as record:
        sys_backend.initialize(secret_shares=3)
    assert [str(w.message).split(" parameter")[0] for w in record] == ["The secret_threshold"]
    assert bodies(mock)[0]["secret_threshold"] == 3


def test_is_initialized_and_is_sealed_return_the_booleans(mock, sys_backend):
    mock.get(f"{URL}/v1/sys/init", json={"initialized": False})
    mock.get(f"{URL}/v1/sys/seal-status", json={"sealed": True})
    assert sys_backend.is_initialized() is False
    assert sys_backend.is_sealed() is True


# --- seal -------------------------------------------------------------------------------------


def test_submit_unseal_key_reset_drops_the_key(mock, sys_backend):
    mock.put(f"{URL}/v1/sys/unseal", json={"sealed": True})
    sys_backend.submit_unseal_key(key="k", reset=True)
    sys_backend.submit_unseal_key(key="k")
    assert bodies(mock) == [{"migrate": False, "reset": True}, {"migrate": False, "key": "k"}]


def test_submit_unseal_keys_with_no_keys_sends_nothing(mock, sys_backend):
    assert sys_backend.submit_unseal_keys([]) is None
    assert mock.call_count == 0


# --- key --------------------------------------------------------------------------------------


def test_start_rekey_sends_backup_only_with_pgp_keys(mock, sys_backend):
    mock.put(f"{URL}/v1/sys/rekey/init", json={})
    sys_backend.start_rekey(secret_shares=1, secret_threshold=1, backup=True)
    sys_backend.start_rekey(secret_shares=1, secret_threshold=1, pgp_keys=["a"])
    assert bodies(mock) == [
        {"secret_shares": 1, "secret_threshold": 1, "require_verification": False},
        {"secret_shares": 1, "secret_threshold": 1, "require_verification": False, "pgp_keys": ["a"], "backup": False},
    ]


def test_start_root_token_generation_with_a_pgp_key(mock, sys_backend):
    mock.put(f"{URL}/v1/sys/generate-root/attempt", json={})
    sys_backend.start_root_token_generation(pgp_key="cGdw")
    assert bodies(mock) == [{"pgp_key": "cGdw"}]


def test_recovery_key_paths(mock, sys_backend):
    # The backup of recovery shares sits beside the key backup; the other calls have their own prefix.
    mock.get(f"{URL}/v1/sys/rekey/recovery-key-backup", json={})
    mock.put(f"{URL}/v1/sys/rekey-recovery-key/init", json={})
    sys_backend.read_backup_keys(recovery_key=True)
    sys_backend.start_rekey(recovery_key=True)
    assert [r.path for r in mock.request_history] == [
        "/v1/sys/rekey/recovery-key-backup",
        "/v1/sys/rekey-recovery-key/init",
    ]


def test_rekey_verify_multi_stops_when_complete(mock, sys_backend):
    mock.put(f"{URL}/v1/sys/rekey/verify", [{"json": {"complete": False}}, {"json": {"complete": True}}])
    assert sys_backend.rekey_verify_multi(["a", "b", "c"], nonce="n") == {"complete": True}
    assert bodies(mock) == [{"key": "a", "nonce": "n"}, {"key": "b", "nonce": "n"}]


# --- policies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method, path", [("create_or_update_policy", "policy"), ("create_or_update_acl_policy", "policies/acl")]
)
def test_dict_policies_are_sent_as_json(mock, sys_backend, method, path):
    mock.put(f"{URL}/v1/sys/{path}/p", status_code=204)
    document = {"path": {"b/*": {"capabilities": ["read"]}, "a/*": {"capabilities": ["list"]}}}
    getattr(sys_backend, method)(name="p", policy=document)
    getattr(sys_backend, method)(name="p", policy=document, pretty_print=False)
    sent = [body["policy"] for body in bodies(mock)]
    assert sent == [json.dumps(document, indent=4, sort_keys=True), json.dumps(document)]


def test_policy_names_are_url_quoted(mock, sys_backend):
    mock.get(f"{URL}/v1/sys/policies/acl/a%20b", json={})
    sys_backend.read_acl_policy("a b")
    assert mock.call_count == 1


# --- quota, raft, wrapping --------------------------------------------------------------------


def test_quota_drops_unset_options(mock, sys_backend):
    mock.post(f"{URL}/v1/sys/quotas/rate-limit/q", status_code=204)
    sys_backend.create_or_update_quota("q", 10, inheritable=False)
    assert bodies(mock) == [{"name": "q", "rate": 10, "inheritable": False}]


def test_take_raft_snapshot_returns_the_response_even_for_json(mock, sys_backend):
    mock.get(f"{URL}/v1/sys/storage/raft/snapshot", json={"not": "decoded"})
    response = sys_backend.take_raft_snapshot()
    assert isinstance(response, requests.Response)
    assert mock.last_request.headers["X-Vault-Token"] == "s.tok"


def test_take_raft_snapshot_raises_on_error(mock, sys_backend):
    mock.get(f"{URL}/v1/sys/storage/raft/snapshot", status_code=503, json={"errors": ["sealed"]})
    with pytest.raises(exceptions.VaultDown):
        sys_backend.take_raft_snapshot()


def test_join_raft_cluster_sends_the_tls_material(mock, sys_backend):
    mock.post(f"{URL}/v1/sys/storage/raft/join", json={"joined": True})
    tls = {"leader_ca_cert": "CA", "leader_client_cert": "C", "leader_client_key": "K"}
    sys_backend.join_raft_cluster("https://leader:8200", retry=True, **tls)
    assert bodies(mock) == [{"leader_api_addr": "https://leader:8200", "retry": True, **tls}]


def test_wrap_without_payload_and_unwrap_own_token(mock, sys_backend):
    mock.post(f"{URL}/v1/sys/wrapping/wrap", json={"wrap_info": {}})
    mock.post(f"{URL}/v1/sys/wrapping/unwrap", json={"data": {}})
    sys_backend.wrap(ttl="5m")
    sys_backend.unwrap()
    assert mock.request_history[0].headers["X-Vault-Wrap-TTL"] == "5m"
    assert bodies(mock) == [{}, {}]


# --- shape ------------------------------------------------------------------------------------


def test_classes_subclass_the_mixin_and_system_backend_inherits_them():
    for cls in (Init, Key, Policies, Policy, Quota, Raft, Seal, Wrapping):
        assert issubclass(SystemBackend, cls)
        assert cls.__mro__[1].__name__ == "SystemBackendMixin"
    parameters = inspect.signature(Key.start_rekey).parameters
    assert [(name, p.default) for name, p in parameters.items()][1:] == [
        ("secret_shares", 5),
        ("secret_threshold", 3),
        ("pgp_keys", None),
        ("backup", False),
        ("require_verification", False),
        ("recovery_key", False),
    ]
