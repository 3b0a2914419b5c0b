"""Unit tests for the sys methods beyond the reference in the policies, policy, lease, wrapping,
internal and monitoring categories: the exact request of each (verb, path, query, body), optional
fields left out when None, validation before sending, and the non-JSON answers."""
import gc
import io

import pytest
import requests
import requests_mock

import hvac
from hvac import exceptions
from tests.unit.fake_server import URL, sent

ANSWER = {"data": {"k": "v"}}


@pytest.fixture
def mock(mock):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json=ANSWER)
    return mock


def body(request):
    return request.json() if request.body else None


# Every optional setting of patch_acl_policy but the rules: sent as given.
PATCH_SETTINGS = {
    "cas": 3,
    "cas_required": False,
    "expiration": "2099-01-01T00:00:00Z",
    "ttl": "1h",
    "allow_slashes_in_identity_templates": True,
    "allow_wildcards_in_identity_templates": False,
}

# (method name, kwargs, verb, path, query, JSON body or None for no body)
REQUESTS = [
    # -- policies: ACL patch and listings, password policies
    ("patch_acl_policy", {"name": "ops", "policy": 'path "a" {}'}, "PATCH", "/v1/sys/policies/acl/ops", {}, {"policy": 'path "a" {}'}),
    (
        "patch_acl_policy",
        {"name": "ops", "policy": {"path": {"a": {"capabilities": ["read"]}}}, **PATCH_SETTINGS},
        "PATCH",
        "/v1/sys/policies/acl/ops",
        {},
        {"policy": '{\n    "path": {\n        "a": {\n            "capabilities": [\n                "read"\n            ]\n        }\n    }\n}', **PATCH_SETTINGS},
    ),
    ("patch_acl_policy", {"name": "ops", "ttl": 60}, "PATCH", "/v1/sys/policies/acl/ops", {}, {"ttl": 60}),
    # the adapter drops a trailing "/"; OpenBao lists "team" and "team/" alike
    ("list_acl_policies_by_prefix", {"prefix": "team/"}, "LIST", "/v1/sys/policies/acl/team", {}, None),
    ("list_detailed_acl_policies", {}, "LIST", "/v1/sys/policies/detailed/acl", {}, None),
    ("list_detailed_acl_policies", {"prefix": "team"}, "LIST", "/v1/sys/policies/detailed/acl/team", {}, None),
    ("list_password_policies", {}, "LIST", "/v1/sys/policies/password", {}, None),
    ("read_password_policy", {"name": "pw"}, "GET", "/v1/sys/policies/password/pw", {}, None),
    ("create_or_update_password_policy", {"name": "pw", "policy": "length = 20"}, "POST", "/v1/sys/policies/password/pw", {}, {"policy": "length = 20"}),
    ("delete_password_policy", {"name": "pw"}, "DELETE", "/v1/sys/policies/password/pw", {}, None),
    ("generate_password", {"name": "pw"}, "GET", "/v1/sys/policies/password/pw/generate", {}, None),
    # -- policy (legacy endpoints)
    ("list_policies_by_prefix", {}, "LIST", "/v1/sys/policy", {}, None),
    ("list_policies_by_prefix", {"prefix": "team/"}, "LIST", "/v1/sys/policy/team", {}, None),
    # -- leases
    ("list_lease_prefixes", {}, "LIST", "/v1/sys/leases/lookup", {}, None),
    ("renew_lease_by_url", {"lease_id": "rmq/creds/app/abc"}, "POST", "/v1/sys/leases/renew/rmq/creds/app/abc", {}, {}),
    ("renew_lease_by_url", {"lease_id": "rmq/creds/app/abc", "increment": 60}, "POST", "/v1/sys/leases/renew/rmq/creds/app/abc", {}, {"increment": 60}),
    ("revoke_lease_by_url", {"lease_id": "rmq/creds/app/abc"}, "POST", "/v1/sys/leases/revoke/rmq/creds/app/abc", {}, {}),
    ("revoke_lease_by_url", {"lease_id": "rmq/creds/app/abc", "sync": False}, "POST", "/v1/sys/leases/revoke/rmq/creds/app/abc", {}, {"sync": False}),
    ("list_irrevocable_leases", {}, "GET", "/v1/sys/leases", {"type": ["irrevocable"]}, None),
    (
        "list_irrevocable_leases",
        {"include_child_namespaces": True, "limit": "none"},
        "GET",
        "/v1/sys/leases",
        {"type": ["irrevocable"], "include_child_namespaces": ["true"], "limit": ["none"]},
        None,
    ),
    ("count_irrevocable_leases", {}, "GET", "/v1/sys/leases/count", {"type": ["irrevocable"]}, None),
    (
        "count_irrevocable_leases",
        {"include_child_namespaces": False},
        "GET",
        "/v1/sys/leases/count",
        {"type": ["irrevocable"], "include_child_namespaces": ["false"]},
        None,
    ),
    ("tidy_leases", {}, "POST", "/v1/sys/leases/tidy", {}, None),
    # -- wrapping
    ("lookup_wrapping_token", {}, "POST", "/v1/sys/wrapping/lookup", {}, {}),
    ("lookup_wrapping_token", {"token": "s.wrap"}, "POST", "/v1/sys/wrapping/lookup", {}, {"token": "s.wrap"}),
    ("lookup_own_wrapping_token", {}, "GET", "/v1/sys/wrapping/lookup", {}, None),
    ("rewrap", {}, "POST", "/v1/sys/wrapping/rewrap", {}, {}),
    ("rewrap", {"token": "s.wrap"}, "POST", "/v1/sys/wrapping/rewrap", {}, {"token": "s.wrap"}),
    # -- internal
    ("read_entity_counters", {}, "GET", "/v1/sys/internal/counters/entities", {}, None),
    ("read_request_counters", {}, "GET", "/v1/sys/internal/counters/requests", {}, None),
    ("read_token_counters", {}, "GET", "/v1/sys/internal/counters/tokens", {}, None),
    ("inspect_request", {}, "GET", "/v1/sys/internal/inspect/request", {}, None),
    ("inspect_router", {"tag": "accessor"}, "GET", "/v1/sys/internal/inspect/router/accessor", {}, None),
    ("read_openapi_document", {}, "GET", "/v1/sys/internal/specs/openapi", {}, None),
    ("read_openapi_document", {"generic_mount_paths": True}, "GET", "/v1/sys/internal/specs/openapi", {"generic_mount_paths": ["true"]}, None),
    ("generate_openapi_document", {}, "POST", "/v1/sys/internal/specs/openapi", {}, {}),
    (
        "generate_openapi_document",
        {"context": "ctx", "generic_mount_paths": True},
        "POST",
        "/v1/sys/internal/specs/openapi",
        {},
        {"context": "ctx", "generic_mount_paths": True},
    ),
    ("list_ui_mounts", {}, "GET", "/v1/sys/internal/ui/mounts", {}, None),
    ("read_ui_mount", {"path": "secret/data/app"}, "GET", "/v1/sys/internal/ui/mounts/secret/data/app", {}, None),
    ("list_ui_namespaces", {}, "GET", "/v1/sys/internal/ui/namespaces", {}, None),
    ("read_resultant_acl", {}, "GET", "/v1/sys/internal/ui/resultant-acl", {}, None),
    # -- monitoring
    ("read_metrics", {}, "GET", "/v1/sys/metrics", {}, None),
    ("read_host_info", {}, "GET", "/v1/sys/host-info", {}, None),
    ("read_in_flight_requests", {}, "GET", "/v1/sys/in-flight-req", {}, None),
    ("read_ha_status", {}, "GET", "/v1/sys/ha-status", {}, None),
    ("list_version_history", {}, "LIST", "/v1/sys/version-history", {}, None),
    ("decode_root_token", {"encoded_token": "enc", "otp": "otp"}, "POST", "/v1/sys/decode-token", {}, {"encoded_token": "enc", "otp": "otp"}),
    ("read_locked_users", {}, "GET", "/v1/sys/locked-users", {}, None),
    (
        "unlock_user",
        {"mount_accessor": "auth_userpass_1a2b", "alias_identifier": "bob"},
        "POST",
        "/v1/sys/locked-users/auth_userpass_1a2b/unlock/bob",
        {},
        None,
    ),
    ("read_logger_levels", {}, "GET", "/v1/sys/loggers", {}, None),
    ("update_logger_levels", {"level": "debug"}, "POST", "/v1/sys/loggers", {}, {"level": "debug"}),
    ("revert_logger_levels", {}, "DELETE", "/v1/sys/loggers", {}, None),
    ("read_logger_level", {"name": "core"}, "GET", "/v1/sys/loggers/core", {}, None),
    ("update_logger_level", {"name": "core", "level": "warn"}, "POST", "/v1/sys/loggers/core", {}, {"level": "warn"}),
    ("revert_logger_level", {"name": "core"}, "DELETE", "/v1/sys/loggers/core", {}, None),
]


@pytest.mark.parametrize(
    "name, kwargs, verb, path, query, json_body",
    REQUESTS,
    ids=[f"{r[0]}-{'-'.join(r[1]) or 'defaults'}" for r in REQUESTS],
)
def test_exact_request(mock, client, name, kwargs, verb, path, query, json_body):
    answer = getattr(client.sys, name)(**kwargs)
    request = sent(mock)
    assert request.method == verb
    assert request.path == path.lower()  # requests_mock lower-cases the path it reports
    assert request.qs == query
    assert body(request) == json_body
    assert answer == ANSWER


def test_percent_encoding_keeps_path_parameters_in_place(mock, client):
    client.sys.read_password_policy("a b?c")
    client.sys.renew_lease_by_url("m/creds/r/a#1")
    client.sys.unlock_user("acc 1", "bob?x=1")
    assert [r.url for r in mock.request_history] == [
        f"{URL}/v1/sys/policies/password/a%20b%3Fc",
        f"{URL}/v1/sys/leases/renew/m/creds/r/a%231",
        f"{URL}/v1/sys/locked-users/acc%201/unlock/bob%3Fx%3D1",
    ]


def test_patch_acl_policy_is_a_json_merge_patch(mock, client):
    client.sys.patch_acl_policy("ops", cas_required=True)
    request = sent(mock)
    assert request.headers["Content-Type"] == "application/merge-patch+json"
    assert request.headers["X-Vault-Token"] == "s.tok"
    assert request.json() == {"cas_required": True}


def test_inspect_router_refuses_unknown_trees_before_sending(mock, client):
    with pytest.raises(exceptions.ParamValidationError, match='valid values: "uuid", "accessor", "storage", "root"'):
        client.sys.inspect_router("UUID")
    assert mock.call_count == 0


# -- answers that are not JSON ----------------------------------------------------------------


def test_read_metrics_prometheus_returns_the_text(mock, client):
    text = "# TYPE vault_core_active gauge\nvault_core_active 1\n"
    mock.get(f"{URL}/v1/sys/metrics", text=text, headers={"Content-Type": "text/plain; version=0.0.4"})
    assert client.sys.read_metrics(format="prometheus") == text
    assert sent(mock).qs == {"format": ["prometheus"]}


@pytest.mark.parametrize("bad", ["json", "Prometheus", ""])
def test_read_metrics_refuses_other_formats_before_sending(mock, client, bad):
    with pytest.raises(exceptions.ParamValidationError, match='valid values: None \\(JSON\\), "prometheus"'):
        client.sys.read_metrics(format=bad)
    assert mock.call_count == 0


def test_read_metrics_errors_raise_even_for_prometheus(mock, client):
    mock.get(f"{URL}/v1/sys/metrics", status_code=400, json={"errors": ["prometheus is not enabled"]})
    with pytest.raises(exceptions.InvalidRequest, match="prometheus is not enabled"):
        client.sys.read_metrics(format="prometheus")


PPROF = [
    ("read_pprof_index", {}, "/v1/sys/pprof", {}),
    ("read_pprof_allocs", {}, "/v1/sys/pprof/allocs", {}),
    ("read_pprof_allocs", {"debug": 1}, "/v1/sys/pprof/allocs", {"debug": ["1"]}),
    ("read_pprof_block", {"debug": 1}, "/v1/sys/pprof/block", {"debug": ["1"]}),
    ("read_pprof_cmdline", {}, "/v1/sys/pprof/cmdline", {}),
    ("read_pprof_goroutine", {"debug": 2}, "/v1/sys/pprof/goroutine", {"debug": ["2"]}),
    ("read_pprof_heap", {}, "/v1/sys/pprof/heap", {}),
    ("read_pprof_mutex", {"debug": 1}, "/v1/sys/pprof/mutex", {"debug": ["1"]}),
    ("read_pprof_cpu_profile", {}, "/v1/sys/pprof/profile", {}),
    ("read_pprof_cpu_profile", {"seconds": 2}, "/v1/sys/pprof/profile", {"seconds": ["2"]}),
    ("read_pprof_symbol", {}, "/v1/sys/pprof/symbol", {}),
    ("read_pprof_threadcreate", {"debug": 1}, "/v1/sys/pprof/threadcreate", {"debug": ["1"]}),
    ("read_pprof_trace", {}, "/v1/sys/pprof/trace", {}),
    ("read_pprof_trace", {"seconds": 1}, "/v1/sys/pprof/trace", {"seconds": ["1"]}),
]


@pytest.mark.parametrize("name, kwargs, path, query", PPROF, ids=[f"{p[0]}-{'-'.join(p[1]) or 'defaults'}" for p in PPROF])
def test_pprof_returns_the_bytes(mock, client, name, kwargs, path, query):
    payload = b"\x1f\x8b\x08\x00binary profile\x00\xff"
    mock.get(f"{URL}{path}", content=payload, headers={"Content-Type": "application/octet-stream"})
    assert getattr(client.sys, name)(**kwargs) == payload
    request = sent(mock)
    assert (request.method, request.path, request.qs, request.body) == ("GET", path, query, None)


def test_pprof_refusal_raises(mock, client):
    mock.get(f"{URL}/v1/sys/pprof/heap", status_code=403, json={"errors": ["permission denied"]})
    with pytest.raises(exceptions.Forbidden):
        client.sys.read_pprof_heap()


# -- the log monitor ----------------------------------------------------------------------------


class Stream(io.BytesIO):
    """A response body that remembers whether the client closed it; at its end it closes itself,
    as a socket's file does when the server ends the stream."""

    closed_by_client = False

    def read(self, *args):
        data = super().read(*args)
        if not data:
            super().close()
        return data

    def close(self):
        Stream.closed_by_client = True
        super().close()


@pytest.fixture
def log_stream(mock):
    Stream.closed_by_client = False
    stream = Stream(b"2026 [INFO]  core: one\n\n2026 [INFO]  core: two\n{\"@message\":\"caf\xc3\xa9\"}\n")
    mock.get(f"{URL}/v1/sys/monitor", body=stream)
    return stream


def test_monitor_logs_sends_the_request_at_once(mock, client, log_stream):
    lines = client.sys.monitor_logs(log_level="debug", log_format="json")
    request = sent(mock)  # before the first line is asked for
    assert (request.method, request.path, request.qs) == ("GET", "/v1/sys/monitor", {"log_level": ["debug"], "log_format": ["json"]})
    assert list(lines) == ["2026 [INFO]  core: one", "2026 [INFO]  core: two", '{"@message":"café"}']
    assert log_stream.closed


def test_monitor_logs_without_options_sends_no_query(mock, client, log_stream):
    list(client.sys.monitor_logs())
    assert sent(mock).qs == {}


def test_monitor_logs_closes_the_connection_when_the_caller_stops(mock, client, log_stream):
    lines = client.sys.monitor_logs()
    assert next(lines) == "2026 [INFO]  core: one"
    assert not Stream.closed_by_client
    lines.close()
    assert Stream.closed_by_client


def test_monitor_logs_closes_the_connection_of_a_generator_never_read(mock, client, log_stream):
    lines = client.sys.monitor_logs()
    del lines
    gc.collect()
    assert Stream.closed_by_client


def test_monitor_logs_errors_raise_before_any_line(mock, client):
    mock.get(f"{URL}/v1/sys/monitor", status_code=400, json={"errors": ["unknown log level"]})
    with pytest.raises(exceptions.InvalidRequest, match="unknown log level"):
        client.sys.monitor_logs(log_level="loud")


# -- the categories keep their place -----------------------------------------------------------


def test_new_methods_live_on_their_categories(client):
    from hvac.api.system_backend import Internal, Lease, Monitoring, Policies, Policy, Wrapping

    for category, names in {
        Policies: ["patch_acl_policy", "list_detailed_acl_policies", "generate_password"],
        Policy: ["list_policies_by_prefix"],
        Lease: ["renew_lease_by_url", "revoke_lease_by_url", "tidy_leases"],
        Wrapping: ["rewrap", "lookup_wrapping_token"],
        Internal: ["read_openapi_document", "inspect_router"],
        Monitoring: ["monitor_logs", "read_pprof_heap", "unlock_user"],
    }.items():
        for name in names:
            assert name in vars(category)
    assert isinstance(client.sys.monitoring, Monitoring) and isinstance(client.sys.internal, Internal)


def test_a_raw_adapter_still_gets_bytes_and_text(client):
    raw = hvac.Client(url=URL, token="s.tok", adapter=hvac.adapters.RawAdapter)
    with requests_mock.Mocker() as m:
        m.get(f"{URL}/v1/sys/pprof/cmdline", content=b"bao\x00server")
        m.get(f"{URL}/v1/sys/metrics", text="vault_core_active 1\n")
        assert raw.sys.read_pprof_cmdline() == b"bao\x00server"
        assert raw.sys.read_metrics(format="prometheus") == "vault_core_active 1\n"
        assert isinstance(raw.sys.read_metrics(), requests.Response)
    raw.adapter.close()
