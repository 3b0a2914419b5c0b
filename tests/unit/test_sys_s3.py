"""Unit tests of the client.sys methods beyond the reference for namespaces, Raft autopilot and
voters, quota settings, one mount or auth method, tools, external keys, raw storage, workflows,
control groups and MFA login validation: the exact request each one sends."""
from typing import Any, Callable, Dict, Optional
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import requests_mock

import hvac
from hvac import exceptions
from tests.unit.fake_server import URL, assert_sent, sent

MERGE_PATCH = "application/merge-patch+json"


@pytest.fixture
def mock(mock):
    """Every request answered with a small JSON body, so that each method can be called."""
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json={"data": {}})
    return mock


# (id, call, verb, path, query, JSON body or None for no body)
CASES = [
    # namespaces
    ("read_namespace", lambda c: c.sys.read_namespace("team/a"), "GET", "/v1/sys/namespaces/team/a", {}, None),
    (
        "create_or_update_namespace",
        lambda c: c.sys.create_or_update_namespace("t", custom_metadata={"o": "x"}, seal='seal "shamir" {}', pgp_keys=["k"]),
        "POST",
        "/v1/sys/namespaces/t",
        {},
        {"custom_metadata": {"o": "x"}, "seal": 'seal "shamir" {}', "pgp_keys": ["k"]},
    ),
    ("create_or_update_namespace-min", lambda c: c.sys.create_or_update_namespace("t"), "POST", "/v1/sys/namespaces/t", {}, {}),
    (
        "patch_namespace",
        lambda c: c.sys.patch_namespace("t", custom_metadata={"a": "1", "b": None}),
        "PATCH",
        "/v1/sys/namespaces/t",
        {},
        {"custom_metadata": {"a": "1", "b": None}},
    ),
    ("lock_namespace-own", lambda c: c.sys.lock_namespace(), "POST", "/v1/sys/namespaces/api-lock/lock", {}, None),
    ("lock_namespace-child", lambda c: c.sys.lock_namespace("a/b"), "POST", "/v1/sys/namespaces/api-lock/lock/a/b", {}, None),
    ("unlock_namespace-own", lambda c: c.sys.unlock_namespace(), "POST", "/v1/sys/namespaces/api-lock/unlock", {}, {}),
    (
        "unlock_namespace-child",
        lambda c: c.sys.unlock_namespace("a", unlock_key="uk"),
        "POST",
        "/v1/sys/namespaces/api-lock/unlock/a",
        {},
        {"unlock_key": "uk"},
    ),
    ("seal_namespace", lambda c: c.sys.seal_namespace("t"), "POST", "/v1/sys/namespaces/t/seal", {}, None),
    ("unseal_namespace", lambda c: c.sys.unseal_namespace("t", key="k1"), "POST", "/v1/sys/namespaces/t/unseal", {}, {"key": "k1"}),
    ("unseal_namespace-reset", lambda c: c.sys.unseal_namespace("t", reset=True), "POST", "/v1/sys/namespaces/t/unseal", {}, {"reset": True}),
    ("read_namespace_seal_status", lambda c: c.sys.read_namespace_seal_status("t"), "GET", "/v1/sys/namespaces/t/seal-status", {}, None),
    ("delete_sealed_namespace", lambda c: c.sys.delete_sealed_namespace("t"), "DELETE", "/v1/sys/namespaces/t/delete-sealed", {}, None),
    # raft
    (
        "read_raft_autopilot_configuration",
        lambda c: c.sys.read_raft_autopilot_configuration(),
        "GET",
        "/v1/sys/storage/raft/autopilot/configuration",
        {},
        None,
    ),
    (
        "configure_raft_autopilot",
        lambda c: c.sys.configure_raft_autopilot(
            cleanup_dead_servers=True,
            dead_server_last_contact_threshold="1m",
            disable_upgrade_migration=False,
            last_contact_threshold="5s",
            max_trailing_logs=500,
            min_quorum=3,
            server_stabilization_time=20,
        ),
        "POST",
        "/v1/sys/storage/raft/autopilot/configuration",
        {},
        {
            "cleanup_dead_servers": True,
            "dead_server_last_contact_threshold": "1m",
            "disable_upgrade_migration": False,
            "last_contact_threshold": "5s",
            "max_trailing_logs": 500,
            "min_quorum": 3,
            "server_stabilization_time": 20,
        },
    ),
    (
        "configure_raft_autopilot-one",
        lambda c: c.sys.configure_raft_autopilot(min_quorum=5),
        "POST",
        "/v1/sys/storage/raft/autopilot/configuration",
        {},
        {"min_quorum": 5},
    ),
    ("read_raft_autopilot_state", lambda c: c.sys.read_raft_autopilot_state(), "GET", "/v1/sys/storage/raft/autopilot/state", {}, None),
    ("promote_raft_node", lambda c: c.sys.promote_raft_node("n2"), "POST", "/v1/sys/storage/raft/promote", {}, {"server_id": "n2"}),
    ("demote_raft_node", lambda c: c.sys.demote_raft_node("n2"), "POST", "/v1/sys/storage/raft/demote", {}, {"server_id": "n2"}),
    (
        "create_raft_bootstrap_challenge",
        lambda c: c.sys.create_raft_bootstrap_challenge("n2"),
        "POST",
        "/v1/sys/storage/raft/bootstrap/challenge",
        {},
        {"server_id": "n2"},
    ),
    (
        "answer_raft_bootstrap_challenge",
        lambda c: c.sys.answer_raft_bootstrap_challenge("n2", "YW5z", "https://127.0.0.1:8201"),
        "POST",
        "/v1/sys/storage/raft/bootstrap/answer",
        {},
        {"server_id": "n2", "answer": "YW5z", "cluster_addr": "https://127.0.0.1:8201"},
    ),
    (
        "answer_raft_bootstrap_challenge-non-voter",
        lambda c: c.sys.answer_raft_bootstrap_challenge("n2", "YW5z", "https://127.0.0.1:8201", non_voter=True),
        "POST",
        "/v1/sys/storage/raft/bootstrap/answer",
        {},
        {"server_id": "n2", "answer": "YW5z", "cluster_addr": "https://127.0.0.1:8201", "non_voter": True},
    ),
    # quotas, mounts, auth methods
    ("read_quotas_configuration", lambda c: c.sys.read_quotas_configuration(), "GET", "/v1/sys/quotas/config", {}, None),
    (
        "configure_quotas",
        lambda c: c.sys.configure_quotas(
            rate_limit_exempt_paths=["sys/health"],
            enable_rate_limit_audit_logging=True,
            enable_rate_limit_response_headers=False,
        ),
        "POST",
        "/v1/sys/quotas/config",
        {},
        {
            "rate_limit_exempt_paths": ["sys/health"],
            "enable_rate_limit_audit_logging": True,
            "enable_rate_limit_response_headers": False,
        },
    ),
    ("configure_quotas-empty-list", lambda c: c.sys.configure_quotas(rate_limit_exempt_paths=[]), "POST", "/v1/sys/quotas/config", {}, {"rate_limit_exempt_paths": []}),
    ("read_secrets_engine", lambda c: c.sys.read_secrets_engine("team/kv"), "GET", "/v1/sys/mounts/team/kv", {}, None),
    ("read_auth_method", lambda c: c.sys.read_auth_method("user pass"), "GET", "/v1/sys/auth/user%20pass", {}, None),
    # tools
    ("generate_random_bytes", lambda c: c.sys.generate_random_bytes(), "POST", "/v1/sys/tools/random", {}, {}),
    ("generate_random_bytes-bytes", lambda c: c.sys.generate_random_bytes(n_bytes=16), "POST", "/v1/sys/tools/random/16", {}, {}),
    ("generate_random_bytes-source", lambda c: c.sys.generate_random_bytes(source="seal"), "POST", "/v1/sys/tools/random/seal", {}, {}),
    (
        "generate_random_bytes-all",
        lambda c: c.sys.generate_random_bytes(n_bytes=8, output_format="hex", source="all"),
        "POST",
        "/v1/sys/tools/random/all/8",
        {},
        {"format": "hex"},
    ),
    ("hash_data", lambda c: c.sys.hash_data("aGk="), "POST", "/v1/sys/tools/hash", {}, {"input": "aGk="}),
    (
        "hash_data-algorithm",
        lambda c: c.sys.hash_data("aGk=", algorithm="sha3-256", output_format="base64"),
        "POST",
        "/v1/sys/tools/hash/sha3-256",
        {},
        {"input": "aGk=", "format": "base64"},
    ),
    # external keys
    ("list_external_key_configs", lambda c: c.sys.list_external_key_configs(), "LIST", "/v1/sys/external-keys/configs", {}, None),
    ("read_external_key_config", lambda c: c.sys.read_external_key_config("c1"), "GET", "/v1/sys/external-keys/configs/c1", {}, None),
    (
        "create_or_update_external_key_config",
        lambda c: c.sys.create_or_update_external_key_config("c1", "transit", verify=False, address="http://127.0.0.1:8200", mount_path="t"),
        "POST",
        "/v1/sys/external-keys/configs/c1",
        {},
        {"plugin": "transit", "verify": False, "address": "http://127.0.0.1:8200", "mount_path": "t"},
    ),
    (
        "create_or_update_external_key_config-min",
        lambda c: c.sys.create_or_update_external_key_config("c1", "transit"),
        "POST",
        "/v1/sys/external-keys/configs/c1",
        {},
        {"plugin": "transit"},
    ),
    (
        "patch_external_key_config",
        lambda c: c.sys.patch_external_key_config("c1", mount_path="t2"),
        "PATCH",
        "/v1/sys/external-keys/configs/c1",
        {},
        {"mount_path": "t2"},
    ),
    ("delete_external_key_config", lambda c: c.sys.delete_external_key_config("c1"), "DELETE", "/v1/sys/external-keys/configs/c1", {}, None),
    ("list_external_keys", lambda c: c.sys.list_external_keys("c1"), "LIST", "/v1/sys/external-keys/configs/c1/keys", {}, None),
    ("read_external_key", lambda c: c.sys.read_external_key("c1", "k"), "GET", "/v1/sys/external-keys/configs/c1/keys/k", {}, None),
    (
        "create_or_update_external_key",
        lambda c: c.sys.create_or_update_external_key("c1", "k", name="t-key", version=1),
        "POST",
        "/v1/sys/external-keys/configs/c1/keys/k",
        {},
        {"name": "t-key", "version": 1},
    ),
    (
        "patch_external_key",
        lambda c: c.sys.patch_external_key("c1", "k", verify=False, version=2),
        "PATCH",
        "/v1/sys/external-keys/configs/c1/keys/k",
        {},
        {"verify": False, "version": 2},
    ),
    ("delete_external_key", lambda c: c.sys.delete_external_key("c1", "k"), "DELETE", "/v1/sys/external-keys/configs/c1/keys/k", {}, None),
    (
        "list_external_key_grants",
        lambda c: c.sys.list_external_key_grants("c1", "k"),
        "LIST",
        "/v1/sys/external-keys/configs/c1/keys/k/grants",
        {},
        None,
    ),
    (
        "create_external_key_grant",
        lambda c: c.sys.create_external_key_grant("c1", "k", "transit"),
        "POST",
        "/v1/sys/external-keys/configs/c1/keys/k/grants/transit",
        {},
        None,
    ),
    (
        "delete_external_key_grant",
        lambda c: c.sys.delete_external_key_grant("c1", "k", "team/transit"),
        "DELETE",
        "/v1/sys/external-keys/configs/c1/keys/k/grants/team/transit",
        {},
        None,
    ),
    # raw storage
    ("read_raw_storage_entry-top", lambda c: c.sys.read_raw_storage_entry(), "GET", "/v1/sys/raw", {}, None),
    (
        "read_raw_storage_entry",
        lambda c: c.sys.read_raw_storage_entry("core/seal-config", encoding="base64", compressed=False),
        "GET",
        "/v1/sys/raw/core/seal-config",
        {"encoding": ["base64"], "compressed": ["False"]},
        None,
    ),
    ("list_raw_storage_keys-top", lambda c: c.sys.list_raw_storage_keys(), "LIST", "/v1/sys/raw", {}, None),
    (
        "list_raw_storage_keys",
        lambda c: c.sys.list_raw_storage_keys("core/", limit=2, after="a"),
        "LIST",
        "/v1/sys/raw/core",
        {"limit": ["2"], "after": ["a"]},
        None,
    ),
    ("write_raw_storage_entry-top", lambda c: c.sys.write_raw_storage_entry(value="v"), "POST", "/v1/sys/raw", {}, {"value": "v"}),
    (
        "write_raw_storage_entry",
        lambda c: c.sys.write_raw_storage_entry("app/x", "aGk=", encoding="base64", compression_type="gzip"),
        "POST",
        "/v1/sys/raw/app/x",
        {},
        {"value": "aGk=", "encoding": "base64", "compression_type": "gzip"},
    ),
    ("delete_raw_storage_entry-top", lambda c: c.sys.delete_raw_storage_entry(), "DELETE", "/v1/sys/raw", {}, None),
    ("delete_raw_storage_entry", lambda c: c.sys.delete_raw_storage_entry("app/x"), "DELETE", "/v1/sys/raw/app/x", {}, None),
    # workflows
    (
        "create_or_update_workflow",
        lambda c: c.sys.create_or_update_workflow(
            "ops/w", 'flow "main" {}', description="d", allow_unauthenticated=False, cas=0, cas_required=True
        ),
        "POST",
        "/v1/sys/workflows/manage/ops/w",
        {},
        {"workflow": 'flow "main" {}', "description": "d", "allow_unauthenticated": False, "cas": 0, "cas_required": True},
    ),
    (
        "create_or_update_workflow-min",
        lambda c: c.sys.create_or_update_workflow("w", "{}"),
        "POST",
        "/v1/sys/workflows/manage/w",
        {},
        {"workflow": "{}"},
    ),
    ("read_workflow", lambda c: c.sys.read_workflow("ops/w"), "GET", "/v1/sys/workflows/manage/ops/w", {}, None),
    ("list_workflows-top", lambda c: c.sys.list_workflows(), "LIST", "/v1/sys/workflows/manage", {}, None),
    (
        "list_workflows",
        lambda c: c.sys.list_workflows("ops/", limit=10, after="a"),
        "LIST",
        "/v1/sys/workflows/manage/ops",
        {"limit": ["10"], "after": ["a"]},
        None,
    ),
    ("delete_workflow", lambda c: c.sys.delete_workflow("ops/w"), "DELETE", "/v1/sys/workflows/manage/ops/w", {}, None),
    ("execute_workflow", lambda c: c.sys.execute_workflow("ops/w"), "POST", "/v1/sys/workflows/execute/ops/w", {}, None),
    ("trace_workflow", lambda c: c.sys.trace_workflow("ops/w"), "POST", "/v1/sys/workflows/trace/ops/w", {}, None),
    # control groups and MFA
    (
        "read_control_group_request",
        lambda c: c.sys.read_control_group_request("acc1"),
        "POST",
        "/v1/sys/control-group/request",
        {},
        {"accessor": "acc1"},
    ),
    (
        "authorize_control_group_request",
        lambda c: c.sys.authorize_control_group_request("acc1"),
        "POST",
        "/v1/sys/control-group/authorize",
        {},
        {"accessor": "acc1"},
    ),
    (
        "validate_mfa_login",
        lambda c: c.sys.validate_mfa_login("req1", {"m1": ["123456"]}, use_token=False),
        "POST",
        "/v1/sys/mfa/validate",
        {},
        {"mfa_request_id": "req1", "mfa_payload": {"m1": ["123456"]}},
    ),
]


@pytest.mark.parametrize("call, verb, path, query, body", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_exact_request(
    mock, client, call: Callable[[hvac.Client], Any], verb: str, path: str, query: Dict[str, Any], body: Optional[Dict[str, Any]]
) -> None:
    call(client)
    assert_sent(mock, verb, path, query, body)
    if verb == "PATCH":
        assert mock.last_request.headers["Content-Type"] == MERGE_PATCH


def test_every_new_method_has_a_case() -> None:
    from hvac.api.system_backend import ControlGroup, ExternalKeys, LoginMfa, Raw, Tools, Workflows
    from tests.unit.test_sys_vault import PINNED as pinned_for_vault

    covered = {case[0].split("-")[0] for case in CASES} | pinned_for_vault

    for category in (Tools, ExternalKeys, Raw, Workflows, ControlGroup, LoginMfa):
        public = {name for name in vars(category) if not name.startswith("_") and callable(vars(category)[name])}
        assert public <= covered, public - covered


def test_strict_http_lists_become_get_with_list_true(mock) -> None:
    strict = hvac.Client(url=URL, token="s.tok", strict_http=True)
    strict.sys.list_raw_storage_keys("core", limit=1)
    request = sent(mock)
    assert request.method == "GET"
    assert parse_qs(urlsplit(request.url).query) == {"limit": ["1"], "list": ["true"]}


# -- answers ---------------------------------------------------------------------------------


def test_validate_mfa_login_adopts_the_token_by_default(mock, client) -> None:
    mock.post(f"{URL}/v1/sys/mfa/validate", json={"auth": {"client_token": "s.after-mfa"}})
    answer = client.sys.validate_mfa_login("req1", {"m1": []})
    assert answer["auth"]["client_token"] == "s.after-mfa"
    assert client.token == "s.after-mfa"


def test_validate_mfa_login_can_keep_the_current_token(mock, client) -> None:
    mock.post(f"{URL}/v1/sys/mfa/validate", json={"auth": {"client_token": "s.after-mfa"}})
    client.sys.validate_mfa_login("req1", {"m1": []}, use_token=False)
    assert client.token == "s.tok"


def test_no_content_answers_come_back_as_responses(mock, client) -> None:
    mock.post(f"{URL}/v1/sys/namespaces/t/seal", status_code=204)
    answer = client.sys.seal_namespace("t")
    assert isinstance(answer, requests.Response) and answer.status_code == 204


def test_server_refusals_map_to_exceptions(mock, client) -> None:
    mock.post(f"{URL}/v1/sys/tools/hash/md5", status_code=400, json={"errors": ["unsupported algorithm md5"]})
    with pytest.raises(exceptions.InvalidRequest, match="unsupported algorithm md5"):
        client.sys.hash_data("aGk=", algorithm="md5")


# -- validation ------------------------------------------------------------------------------


REFUSED = [
    ("random output_format", lambda c: c.sys.generate_random_bytes(output_format="base32"), "output_format"),
    ("random source", lambda c: c.sys.generate_random_bytes(source="dice"), "source"),
    ("random zero bytes", lambda c: c.sys.generate_random_bytes(n_bytes=0), "n_bytes"),
    ("random text bytes", lambda c: c.sys.generate_random_bytes(n_bytes="8"), "n_bytes"),
    ("random bool bytes", lambda c: c.sys.generate_random_bytes(n_bytes=True), "n_bytes"),
    ("hash output_format", lambda c: c.sys.hash_data("aGk=", output_format="raw"), "output_format"),
    ("raw read encoding", lambda c: c.sys.read_raw_storage_entry("k", encoding="hex"), "encoding"),
    ("raw write encoding", lambda c: c.sys.write_raw_storage_entry("k", "v", encoding="hex"), "encoding"),
    ("raw write compression", lambda c: c.sys.write_raw_storage_entry("k", "v", compression_type="lz4"), "compression_type"),
]


@pytest.mark.parametrize("call, argument", [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_fixed_choices_are_checked_before_sending(mock, client, call, argument) -> None:
    with pytest.raises(exceptions.ParamValidationError, match=argument):
        call(client)
    assert mock.call_count == 0


def test_unknown_hash_algorithms_are_left_to_the_server(mock, client) -> None:
    client.sys.hash_data("aGk=", algorithm="blake3")
    assert urlsplit(sent(mock).url).path == "/v1/sys/tools/hash/blake3"


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.sys.read_namespace(".."),
        lambda c: c.sys.lock_namespace("../sys"),
        lambda c: c.sys.read_raw_storage_entry("core/../../sys/seal"),
        lambda c: c.sys.execute_workflow("../../seal"),
        lambda c: c.sys.create_external_key_grant("c", "k", ".."),
        lambda c: c.sys.generate_random_bytes(source=".."),
    ],
)
def test_dot_segments_never_leave_the_endpoint(mock, client, call) -> None:
    with pytest.raises(exceptions.ParamValidationError):
        call(client)
    assert mock.call_count == 0
