"""Integration flows for the sys methods beyond the reference: password policies, ACL patches and
listings, leases named in the URL, wrapping look-ups, the internal endpoints, metrics, loggers,
the log monitor, pprof, locked users and the root-token decoding, against real OpenBao servers."""
import gzip
import json
import re
import secrets
import string
from typing import Iterator

import pytest
import requests

import hvac
from hvac import exceptions
from tests.fakeserver import FakeServer
from tests.integration.test_sys_dev_a import wait_for

LOWER = "abcdefghij"
DIGITS = "0123456789"
PASSWORD_POLICY = f"""
length = 20
rule "charset" {{
  charset = "{LOWER}"
  min-chars = 2
}}
rule "charset" {{
  charset = "{DIGITS}"
  min-chars = 3
}}
"""
# One sample of the Prometheus text format: name{labels} value [timestamp]
PROMETHEUS_SAMPLE = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})? (-?[0-9.eE+-]+|[+-]Inf|NaN)( -?[0-9]+)?$")


@pytest.fixture
def kv_mount(mount_engine) -> str:
    return mount_engine("kv", options={"version": "2"})


# -- password policies ---------------------------------------------------------------------------


def test_password_policy_generates_passwords_that_satisfy_it(client, unique):
    name = unique("pw")
    assert client.sys.create_or_update_password_policy(name, PASSWORD_POLICY).status_code == 204
    try:
        assert client.sys.read_password_policy(name)["data"]["policy"] == PASSWORD_POLICY
        assert name in client.sys.list_password_policies()["data"]["keys"]
        passwords = {client.sys.generate_password(name)["data"]["password"] for _ in range(5)}
        assert len(passwords) == 5
        for password in passwords:
            assert len(password) == 20 and set(password) <= set(LOWER + DIGITS)
            assert sum(c in LOWER for c in password) >= 2 and sum(c in DIGITS for c in password) >= 3
    finally:
        assert client.sys.delete_password_policy(name).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        client.sys.read_password_policy(name)


def test_password_policy_that_cannot_be_met_is_refused(client, unique):
    impossible = 'length = 4\nrule "charset" {\n  charset = "ab"\n  min-chars = 5\n}\n'
    with pytest.raises(exceptions.InvalidRequest):
        client.sys.create_or_update_password_policy(unique("pw"), impossible)


# -- ACL policies: patch, prefixes, detailed listings --------------------------------------------


def test_acl_policies_patched_and_listed_by_prefix(client, unique):
    team = unique("team")
    names = [f"{team}/ops", f"{team}/dev"]
    rules = 'path "secret/data/x" { capabilities = ["read"] }'
    for name in names:
        client.sys.create_or_update_acl_policy(name, rules)
    try:
        assert sorted(client.sys.list_acl_policies_by_prefix(team)["data"]["keys"]) == sorted(names)
        assert sorted(client.sys.list_policies_by_prefix(f"{team}/")["data"]["keys"]) == sorted(names)
        assert set(names) <= set(client.sys.list_policies_by_prefix()["data"]["keys"])
        detailed = client.sys.list_detailed_acl_policies(team)["data"]["key_info"]
        assert detailed[names[0]]["policy"] == rules
        assert set(names) <= set(client.sys.list_detailed_acl_policies()["data"]["key_info"])

        version = detailed[names[0]]["version"]
        new_rules = 'path "secret/data/y" { capabilities = ["list"] }'
        client.sys.patch_acl_policy(names[0], policy=new_rules, cas=version)
        read = client.sys.read_acl_policy(names[0])["data"]
        assert (read["policy"], read["version"]) == (new_rules, version + 1)
        with pytest.raises(exceptions.InvalidRequest, match="check-and-set"):
            client.sys.patch_acl_policy(names[0], policy=rules, cas=version)

        client.sys.patch_acl_policy(names[1], ttl="1h", cas_required=True)
        read = client.sys.read_acl_policy(names[1])["data"]
        assert read["policy"] == rules and read["cas_required"] is True and read["expiration"]
    finally:
        for name in names:
            client.sys.delete_acl_policy(name)
    with pytest.raises(exceptions.InvalidRequest, match="policy not found"):
        client.sys.patch_acl_policy(names[0], policy=rules)


# -- leases --------------------------------------------------------------------------------------


@pytest.fixture
def rabbitmq_mount(client, unique) -> Iterator[str]:
    """A rabbitmq engine whose management API is a fake: it issues real, renewable OpenBao leases."""
    with FakeServer(lambda request: {"status": 204}) as rabbit:
        mount = unique("s2-rabbitmq")
        client.sys.enable_secrets_engine("rabbitmq", path=mount)
        try:
            client.write_data(f"{mount}/config/connection", data={
                "connection_uri": rabbit.url, "username": "admin", "password": "pw", "verify_connection": False,
            })
            client.write_data(f"{mount}/config/lease", data={"ttl": 600, "max_ttl": 3600})
            client.write_data(f"{mount}/roles/app", data={"vhosts": '{"/": {"read": ".*"}}'})
            yield mount
        finally:
            client.sys.disable_secrets_engine(mount)


def leases_under(client: hvac.Client, prefix: str) -> list:
    try:
        return [prefix + key for key in client.sys.list_leases(prefix)["data"]["keys"]]
    except exceptions.InvalidPath:  # no lease left under the prefix
        return []


def test_lease_listed_renewed_and_revoked_by_url(client, rabbitmq_mount):
    leases = [client.read(f"{rabbitmq_mount}/creds/app")["lease_id"] for _ in range(2)]
    assert f"{rabbitmq_mount}/" in client.sys.list_lease_prefixes()["data"]["keys"]
    assert sorted(leases_under(client, f"{rabbitmq_mount}/creds/app/")) == sorted(leases)

    renewed = client.sys.renew_lease_by_url(leases[0], increment=1200)
    assert renewed["lease_id"] == leases[0] and renewed["renewable"] is True
    assert 600 < renewed["lease_duration"] <= 1200
    assert client.sys.renew_lease_by_url(leases[0])["lease_id"] == leases[0]

    assert client.sys.revoke_lease_by_url(leases[0]).status_code == 204
    with pytest.raises(exceptions.InvalidRequest, match="invalid lease"):
        client.sys.read_lease(leases[0])
    client.sys.revoke_lease_by_url(leases[1], sync=False)  # queued: gone once the queue has run
    assert leases_under(client, f"{rabbitmq_mount}/creds/app/") in ([leases[1]], [])
    wait_for(lambda: not leases_under(client, f"{rabbitmq_mount}/creds/app/"))


def test_irrevocable_leases_counted_and_listed(client):
    counted = client.sys.count_irrevocable_leases(include_child_namespaces=True)["data"]
    listed = client.sys.list_irrevocable_leases(include_child_namespaces=True, limit="none")["data"]
    # Nothing failed to revoke on this server: both say so in their own shape.
    assert counted == {"lease_count": 0, "counts": {}}
    assert listed == {"lease_count": 0, "leases": []}
    assert client.sys.list_irrevocable_leases()["data"]["lease_count"] == 0


def test_tidy_leases_runs_in_the_background(client):
    answer = client.sys.tidy_leases()
    assert isinstance(answer, requests.Response) and answer.status_code == 202
    assert "Tidy operation successfully started" in answer.json()["warnings"][0]


# -- wrapping ------------------------------------------------------------------------------------


def test_wrapping_token_looked_up_and_rewrapped(vault_dev, client):
    token = client.sys.wrap(payload={"k": "v"}, ttl=300)["wrap_info"]["token"]
    looked_up = client.sys.lookup_wrapping_token(token)["data"]
    assert looked_up["creation_path"] == "sys/wrapping/wrap" and looked_up["creation_ttl"] == 300

    holder = vault_dev.client(token=token)
    try:
        assert holder.sys.lookup_own_wrapping_token()["data"] == looked_up
        assert holder.sys.lookup_wrapping_token()["data"] == looked_up
    finally:
        holder.adapter.close()

    rewrapped = client.sys.rewrap(token)["wrap_info"]
    assert rewrapped["token"] != token and rewrapped["ttl"] == 300
    with pytest.raises(exceptions.InvalidRequest, match="wrapping token is not valid"):
        client.sys.lookup_wrapping_token(token)
    assert client.sys.unwrap(rewrapped["token"])["data"] == {"k": "v"}


# -- internal endpoints --------------------------------------------------------------------------


def test_internal_counters(client):
    assert client.sys.read_entity_counters()["data"]["counters"]["entities"]["total"] >= 0
    assert client.sys.read_token_counters()["data"]["counters"]["service_tokens"]["total"] >= 1
    with pytest.raises(exceptions.InvalidPath, match="removed"):
        client.sys.read_request_counters()


def test_internal_inspection(client, kv_mount):
    request = client.sys.inspect_request()["data"]
    assert request["req"]["path"] == "internal/inspect/request" and request["req"]["operation"] == "read"
    for tag in ("uuid", "accessor", "storage", "root"):
        entries = client.sys.inspect_router(tag)["data"][tag]
        assert f"{kv_mount}/" in [entry["mount_path"] for entry in entries]


def test_openapi_document(client, kv_mount):
    document = client.sys.read_openapi_document()
    assert document["openapi"].startswith("3.") and "/sys/policies/password/{name}" in document["paths"]
    assert f"/{kv_mount}/data/{{path}}" in document["paths"]
    generic = client.sys.read_openapi_document(generic_mount_paths=True)["paths"]
    assert f"/{kv_mount}/data/{{path}}" not in generic
    parameter = kv_mount.replace("-", "_") + "_mount_path"
    assert f"/{{{parameter}}}/data/{{path}}" in generic
    generated = client.sys.generate_openapi_document(context="s2", generic_mount_paths=True)
    assert generated["paths"].keys() == generic.keys()


def test_internal_ui_helpers(vault_dev, client, kv_mount, unique):
    mounts = client.sys.list_ui_mounts()["data"]
    assert mounts["secret"][f"{kv_mount}/"]["type"] == "kv" and "token/" in mounts["auth"]
    mount = client.sys.read_ui_mount(f"{kv_mount}/data/app")["data"]
    assert (mount["path"], mount["type"], mount["options"]) == (f"{kv_mount}/", "kv", {"version": "2"})
    assert client.sys.read_resultant_acl()["data"] == {"root": True}

    policy = unique("s2-reader")
    client.sys.create_or_update_acl_policy(policy, f'path "{kv_mount}/data/*" {{ capabilities = ["read"] }}')
    token = client.auth.token.create(policies=[policy], ttl="5m")["auth"]["client_token"]
    reader = vault_dev.client(token=token)
    try:
        acl = reader.sys.read_resultant_acl()["data"]
        assert acl["glob_paths"][f"{kv_mount}/data/"]["capabilities"] == ["read"]
        visible = reader.sys.list_ui_mounts()["data"]["secret"]
        assert f"{kv_mount}/" in visible and "secret/" not in visible  # only mounts the token can use
        with pytest.raises(exceptions.Forbidden):
            reader.sys.read_ui_mount("secret")
    finally:
        reader.adapter.close()
        client.auth.token.revoke(token)
        client.sys.delete_acl_policy(policy)


def test_ui_namespaces_list_the_children(client, unique):
    namespace = unique("s2-ns")
    client.sys.create_namespace(namespace)
    try:
        assert f"{namespace}/" in client.sys.list_ui_namespaces()["data"]["keys"]
    finally:
        client.sys.delete_namespace(namespace)
    wait_for(lambda: f"{namespace}/" not in client.sys.list_ui_namespaces()["data"].get("keys", []))


# -- metrics and status --------------------------------------------------------------------------


def test_metrics_as_json_and_prometheus_text(client):
    metrics = client.sys.read_metrics()
    assert {"Gauges", "Counters", "Samples"} <= set(metrics)
    assert "vault.core.active" in [gauge["Name"] for gauge in metrics["Gauges"]]

    text = client.sys.read_metrics(format="prometheus")
    assert isinstance(text, str)
    lines = [line for line in text.splitlines() if line]
    types = {}
    for line in lines:
        if line.startswith("#"):
            kind, name, rest = re.match(r"^# (HELP|TYPE) (\S+) ?(.*)$", line).groups()
            if kind == "TYPE":
                types[name] = rest
        else:
            assert PROMETHEUS_SAMPLE.match(line), line
    assert types["vault_core_active"] == "gauge"
    assert re.search(r"^vault_core_active\{.*\} 1$", text, re.M)


def test_host_in_flight_ha_and_version_history(vault_dev, client):
    host = client.sys.read_host_info()["data"]
    assert host["host"]["hostname"] and host["memory"]["total"] > 0 and host["cpu"]

    in_flight = client.sys.read_in_flight_requests()
    assert "/v1/sys/in-flight-req" in [entry["request_path"] for entry in in_flight.values()]

    nodes = client.sys.read_ha_status()["data"]["nodes"]
    assert [node["active_node"] for node in nodes] == [True] and nodes[0]["api_address"] == vault_dev.url

    version = client.sys.read_health_status(method="GET")["version"]
    history = client.sys.list_version_history()["data"]
    assert version in history["keys"] and history["key_info"][version]["timestamp_installed"]


# -- loggers and the log monitor -----------------------------------------------------------------


def test_logger_levels_set_read_and_reverted(client):
    levels = client.sys.read_logger_levels()["data"]
    assert levels["core"] == "info" and levels["expiration"] == "info"
    try:
        assert client.sys.update_logger_level("expiration", "debug").status_code == 204
        assert client.sys.read_logger_level("expiration")["data"] == {"expiration": "debug"}
        assert client.sys.revert_logger_level("expiration").status_code == 204
        assert client.sys.read_logger_level("expiration")["data"] == {"expiration": "info"}

        assert client.sys.update_logger_levels("error").status_code == 204
        assert set(client.sys.read_logger_levels()["data"].values()) == {"error"}
        with pytest.raises(exceptions.InvalidRequest, match="invalid level"):
            client.sys.update_logger_levels("loud")
    finally:
        assert client.sys.revert_logger_levels().status_code == 204
    assert client.sys.read_logger_levels()["data"]["core"] == "info"


def monitor_is_open(client: hvac.Client) -> bool:
    return "/v1/sys/monitor" in [entry["request_path"] for entry in client.sys.read_in_flight_requests().values()]


@pytest.mark.parametrize("log_format", ["standard", "json"])
def test_monitor_follows_the_log_and_stops_cleanly(vault_dev, client, log_format):
    watcher = vault_dev.client(timeout=15)
    try:
        lines = watcher.sys.monitor_logs(log_level="info", log_format=log_format)
        assert monitor_is_open(client)  # the request is open before any line is read
        client.sys.tidy_leases()  # logs "beginning tidy operation on leases" at info
        for line in lines:
            message = json.loads(line)["@message"] if log_format == "json" else line
            if "tidy operation on leases" in message:
                break
        lines.close()
        wait_for(lambda: not monitor_is_open(client))
    finally:
        watcher.adapter.close()


def test_monitor_refuses_unknown_levels(client):
    with pytest.raises(exceptions.InvalidRequest, match="unknown log level"):
        client.sys.monitor_logs(log_level="loud")


# -- pprof ---------------------------------------------------------------------------------------


def test_pprof_profiles_with_the_root_token(client):
    assert b"Types of profiles available" in client.sys.read_pprof_index()
    assert b"bao" in client.sys.read_pprof_cmdline() and b"server" in client.sys.read_pprof_cmdline()
    assert client.sys.read_pprof_symbol().startswith(b"num_symbols:")
    assert client.sys.read_pprof_goroutine(debug=2).startswith(b"goroutine ")
    assert client.sys.read_pprof_allocs(debug=1).startswith(b"heap profile:")
    assert client.sys.read_pprof_threadcreate(debug=1).startswith(b"threadcreate profile:")
    assert client.sys.read_pprof_block(debug=1).startswith(b"--- contention:")
    assert client.sys.read_pprof_mutex(debug=1).startswith(b"--- mutex:")
    for binary in (client.sys.read_pprof_heap(), client.sys.read_pprof_cpu_profile(seconds=1)):
        assert gzip.decompress(binary)  # gzipped protobuf
    assert client.sys.read_pprof_trace(seconds=1).startswith(b"go 1.")


def test_pprof_refused_to_other_tokens(vault_dev, client):
    token = client.auth.token.create(policies=["default"], ttl="5m")["auth"]["client_token"]
    other = vault_dev.client(token=token)
    try:
        with pytest.raises(exceptions.Forbidden):
            other.sys.read_pprof_heap()
    finally:
        other.adapter.close()
        client.auth.token.revoke(token)


def test_pprof_without_a_token_on_a_listener_that_allows_it(bao_server_factory):
    server = bao_server_factory(listener_extra="profiling {\n  unauthenticated_pprof_access = true\n}")
    server.initialize_and_unseal()
    anonymous = server.client(token=None)
    try:
        assert b"server" in anonymous.sys.read_pprof_cmdline()
        assert gzip.decompress(anonymous.sys.read_pprof_heap())
    finally:
        anonymous.adapter.close()


# -- root token decoding, locked users -----------------------------------------------------------


def test_decode_root_token_after_a_generation(bao_server_factory):
    server = bao_server_factory(storage="inmem")
    keys = server.initialize_and_unseal()["keys"]
    anonymous = server.client(token=None)
    try:
        otp_length = anonymous.sys.read_root_generation_progress()["otp_length"]
        otp = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(otp_length))
        nonce = anonymous.sys.start_root_token_generation(otp=otp)["nonce"]
        encoded = anonymous.sys.generate_root(keys[0], nonce)["encoded_token"]
        token = anonymous.sys.decode_root_token(encoded, otp)["data"]["token"]
        new_root = server.client(token=token)
        assert new_root.auth.token.lookup_self()["data"]["policies"] == ["root"]
        new_root.adapter.close()
        with pytest.raises(exceptions.InvalidRequest):
            anonymous.sys.decode_root_token(encoded, otp[:-1])
    finally:
        anonymous.adapter.close()


def test_locked_user_listed_and_unlocked(vault_dev, client, unique):
    path = unique("s2-userpass")
    client.sys.enable_auth_method("userpass", path=path)
    try:
        client.sys.tune_auth_method(path, user_lockout_config={"lockout_threshold": "2", "lockout_duration": "10m"})
        accessor = client.sys.list_auth_methods()["data"][f"{path}/"]["accessor"]
        client.write_data(f"auth/{path}/users/bob", data={"password": "right"})
        login = vault_dev.client(token=None)
        for _ in range(2):
            with pytest.raises(exceptions.InvalidRequest):
                login.auth.userpass.login("bob", "wrong", mount_point=path)
        with pytest.raises(exceptions.Forbidden):
            login.auth.userpass.login("bob", "right", mount_point=path)  # locked now

        locked = client.sys.read_locked_users()["data"]["by_namespace"]
        by_accessor = {m["mount_accessor"]: m for ns in locked for m in ns["mount_accessors"]}
        assert by_accessor[accessor]["alias_identifiers"] == ["bob"]

        assert client.sys.unlock_user(accessor, "bob").status_code == 204
        assert login.auth.userpass.login("bob", "right", mount_point=path)["auth"]["client_token"]
        locked = client.sys.read_locked_users()["data"]["by_namespace"]
        assert accessor not in [m["mount_accessor"] for ns in locked for m in ns["mount_accessors"]]
        login.adapter.close()
    finally:
        client.sys.disable_auth_method(path)
