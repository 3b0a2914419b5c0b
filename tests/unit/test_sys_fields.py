"""Every sys field added beyond the reference's arguments: each argument reaches its body (or query)
key, and is left out when not given, so that every existing call sends what it sent before."""
import json
from typing import Any, Dict, List, Optional
from urllib.parse import parse_qs, urlsplit

import pytest
import requests_mock

from hvac import exceptions
from tests.unit.fake_server import assert_sent, sent

LOCKOUT = {"lockout_threshold": 5, "lockout_duration": "15m", "lockout_counter_reset_duration": "30m", "lockout_disable": False}
POLICY = {"name": "p", "policy": 'path "x" {}'}
POLICY_SETTINGS = [
    ("cas", 0), ("cas_required", True), ("expiration", "2030-01-01T00:00:00Z"), ("ttl", "1h"),
    ("allow_slashes_in_identity_templates", True), ("allow_wildcards_in_identity_templates", False),
]

# method, the arguments every call gives, the added argument (named as its field), its value, and
# where it goes: "body" or "query" (the placement flags, which move a value, are pinned by the
# exact requests below).
FIELDS = [
    *[("create_or_update_acl_policy", POLICY, name, value, "body") for name, value in POLICY_SETTINGS],
    *[("create_or_update_policy", POLICY, name, value, "body") for name, value in POLICY_SETTINGS],
    ("enable_auth_method", {"method_type": "userpass"}, "options", {"k": "v"}, "body"),
    ("enable_auth_method", {"method_type": "userpass"}, "seal_wrap", True, "body"),
    ("enable_auth_method", {"method_type": "userpass"}, "external_entropy_access", True, "body"),
    ("enable_auth_method", {"method_type": "userpass"}, "plugin_version", "v1.2.3", "body"),
    ("enable_secrets_engine", {"backend_type": "kv"}, "external_entropy_access", True, "body"),
    ("enable_secrets_engine", {"backend_type": "kv"}, "plugin_version", "v0.20.0", "body"),
    ("tune_auth_method", {"path": "userpass"}, "allowed_response_headers", ["X-A"], "body"),
    ("tune_auth_method", {"path": "userpass"}, "options", {"k": "v"}, "body"),
    ("tune_auth_method", {"path": "userpass"}, "token_type", "batch", "body"),
    ("tune_auth_method", {"path": "userpass"}, "user_lockout_config", LOCKOUT, "body"),
    ("tune_auth_method", {"path": "userpass"}, "plugin_version", "v1.2.3", "body"),
    ("tune_mount_configuration", {"path": "kv"}, "allowed_response_headers", ["X-A"], "body"),
    ("tune_mount_configuration", {"path": "kv"}, "allowed_managed_keys", ["hsm-key"], "body"),
    ("tune_mount_configuration", {"path": "kv"}, "plugin_version", "v0.20.0", "body"),
    ("tune_mount_configuration", {"path": "auth/userpass"}, "token_type", "batch", "body"),
    ("tune_mount_configuration", {"path": "auth/userpass"}, "user_lockout_config", LOCKOUT, "body"),
    ("register_plugin", {"plugin_type": "secret", "name": "p", "command": "p"}, "oci_image", "registry/p", "body"),
    ("register_plugin_by_name", {"name": "p", "command": "p"}, "oci_image", "registry/p", "body"),
    ("revoke_lease", {"lease_id": "a/b"}, "sync", False, "body"),
    ("revoke_prefix", {"prefix": "a/"}, "sync", False, "body"),
    ("generate_random_bytes", {}, "bytes", 16, "body"),
    ("read_openapi_document", {}, "context", "docs", "query"),
    ("list_namespaces", {}, "scan", True, "query"),
    ("list_workflows", {"path": "team/"}, "scan", True, "query"),
]


@pytest.fixture
def mock(mock):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json={"data": {}})
    return mock


def fields_of(request: Any, where: str) -> Dict[str, Any]:
    if where == "query":
        return {k: v[0] for k, v in parse_qs(urlsplit(request.url).query).items()}
    return json.loads(request.body) if request.body else {}


@pytest.mark.parametrize(
    "method, base, argument, value, where", [pytest.param(*f, id=f"{f[0]}-{f[2]}") for f in FIELDS]
)
def test_the_argument_reaches_its_field_and_is_left_out_otherwise(
    mock, client, method: str, base: Dict[str, Any], argument: str, value: Any, where: str
) -> None:
    getattr(client.sys, method)(**base)
    without = fields_of(mock.last_request, where)
    getattr(client.sys, method)(**base, **{argument: value})
    given = fields_of(mock.last_request, where)

    assert argument not in without
    if where == "query":
        assert given[argument] == (str(value).lower() if isinstance(value, bool) else value)
    else:
        assert given[argument] == value
        assert {k: v for k, v in given.items() if k != argument} == without  # nothing else changes


@pytest.mark.parametrize(
    "call, verb, path, query, body",
    [
        # the count in the body goes to the path without a count, beside a source in the URL
        (lambda c: c.sys.generate_random_bytes(source="seal", bytes=64), "POST", "/v1/sys/tools/random/seal", {}, {"bytes": 64}),
        (lambda c: c.sys.generate_random_bytes(64, source="seal"), "POST", "/v1/sys/tools/random/seal/64", {}, {}),
        (lambda c: c.sys.hash_data("eA==", "sha2-512", algorithm_in_body=True), "POST", "/v1/sys/tools/hash", {},
         {"input": "eA==", "algorithm": "sha2-512"}),
        # a recursive listing is a GET with scan=true (OpenBao refuses it together with list=true)
        (lambda c: c.sys.list_namespaces(scan=True), "GET", "/v1/sys/namespaces", {"scan": ["true"]}, None),
        (lambda c: c.sys.list_workflows("team/", limit=5, scan=True), "GET", "/v1/sys/workflows/manage/team",
         {"limit": ["5"], "scan": ["true"]}, None),
        # the reference's arguments keep being sent as before (None included) beside the added ones
        (lambda c: c.sys.enable_secrets_engine("kv", plugin_version="v1"), "POST", "/v1/sys/mounts/kv", {},
         {"type": "kv", "description": None, "config": None, "options": None, "plugin_name": None, "local": False,
          "seal_wrap": False, "plugin_version": "v1"}),
        (lambda c: c.sys.tune_auth_method("userpass", audit_non_hmac_request_keys=["a", "b"], token_type="batch"),
         "POST", "/v1/sys/auth/userpass/tune", {}, {"audit_non_hmac_request_keys": "a,b", "token_type": "batch"}),
        (lambda c: c.sys.create_or_update_acl_policy("p", {"path": {"x": {"capabilities": ["read"]}}}, pretty_print=False,
                                                     cas=2),
         "PUT", "/v1/sys/policies/acl/p", {}, {"policy": '{"path": {"x": {"capabilities": ["read"]}}}', "cas": 2}),
    ],
)
def test_exact_requests_with_the_added_fields(mock, client, call, verb: str, path: str, query: Dict[str, List[str]],
                                              body: Optional[Dict[str, Any]]) -> None:
    call(client)
    assert_sent(mock, verb, path, query, body)


def test_a_count_in_the_url_and_in_the_body_is_refused_before_sending(mock, client) -> None:
    with pytest.raises(exceptions.ParamValidationError, match="n_bytes .* or bytes"):
        client.sys.generate_random_bytes(16, bytes=16)
    with pytest.raises(exceptions.ParamValidationError, match='invalid bytes argument provided "0"'):
        client.sys.generate_random_bytes(bytes=0)
    assert mock.call_count == 0


def test_the_scan_of_workflows_keeps_the_paging_arguments(mock, client) -> None:
    client.sys.list_workflows(after="b", scan=True)
    assert sent(mock).method == "GET"
