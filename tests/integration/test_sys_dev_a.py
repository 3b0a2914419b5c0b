"""Integration flows for the system backend's audit, auth, capabilities, health, leader,
lease, mount and namespace endpoints, against real OpenBao servers."""
import time
from typing import Any, Callable, Iterator

import pytest
import requests

import hvac
from hvac import exceptions
from tests.openbao import wait_for_remount


def wait_for(predicate: Callable[[], Any], timeout: float = 30.0, interval: float = 0.2) -> Any:
    """Poll ``predicate`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"condition not met within {timeout}s")
        time.sleep(interval)


def mounted(client: hvac.Client, path: str) -> bool:
    return f"{path}/" in client.sys.list_mounted_secrets_engines()["data"]


# -- audit -------------------------------------------------------------------------------------


def test_file_audit_device_enable_list_hash_disable(client, unique, tmp_path):
    path = unique("audit")
    log_file = tmp_path / "audit.log"
    answer = client.sys.enable_audit_device(
        "file", description="integration audit", options={"file_path": str(log_file)}, path=path
    )
    try:
        assert isinstance(answer, requests.Response) and answer.status_code == 204
        devices = client.sys.list_enabled_audit_devices()["data"]
        assert devices[f"{path}/"]["type"] == "file"
        assert devices[f"{path}/"]["description"] == "integration audit"
        assert devices[f"{path}/"]["options"]["file_path"] == str(log_file)

        first = client.sys.calculate_hash(path, "some input")["data"]["hash"]
        assert first.startswith("hmac-sha256:")
        assert client.sys.calculate_hash(path, "some input")["data"]["hash"] == first
        assert client.sys.calculate_hash(path, "other input")["data"]["hash"] != first
        assert log_file.exists() and log_file.stat().st_size > 0
    finally:
        client.sys.disable_audit_device(path)
    assert f"{path}/" not in client.sys.list_enabled_audit_devices()["data"]
    with pytest.raises(exceptions.VaultError):
        client.sys.calculate_hash(path, "some input")


# -- auth methods ------------------------------------------------------------------------------


def test_auth_method_enable_list_tune_disable(client, unique):
    path = unique("userpass")
    answer = client.sys.enable_auth_method(
        "userpass", description="integration users", config={"default_lease_ttl": "1h"}, path=path
    )
    try:
        assert answer.status_code == 204
        methods = client.sys.list_auth_methods()["data"]
        assert methods[f"{path}/"]["type"] == "userpass"
        assert methods[f"{path}/"]["description"] == "integration users"

        tuning = client.sys.read_auth_method_tuning(path)["data"]
        assert tuning["default_lease_ttl"] == 3600

        client.sys.tune_auth_method(
            path,
            default_lease_ttl=600,
            max_lease_ttl=7200,
            description="tuned",
            audit_non_hmac_request_keys=["username", "role"],
            audit_non_hmac_response_keys=["policies"],
            listing_visibility="unauth",
            passthrough_request_headers=["X-Custom"],
        )
        tuning = client.sys.read_auth_method_tuning(path)["data"]
        assert tuning["default_lease_ttl"] == 600
        assert tuning["max_lease_ttl"] == 7200
        assert tuning["description"] == "tuned"
        assert tuning["audit_non_hmac_request_keys"] == ["username", "role"]
        assert tuning["audit_non_hmac_response_keys"] == ["policies"]
        assert tuning["listing_visibility"] == "unauth"
        assert tuning["passthrough_request_headers"] == ["X-Custom"]

        # extra keyword arguments reach the body as they are
        client.sys.tune_auth_method(path, token_type="batch")
        assert client.sys.read_auth_method_tuning(path)["data"]["token_type"] == "batch"

        with pytest.raises(exceptions.ParamValidationError):
            client.sys.tune_auth_method(path, listing_visibility="everyone")
    finally:
        client.sys.disable_auth_method(path)
    assert f"{path}/" not in client.sys.list_auth_methods()["data"]


def test_enable_auth_method_local_flag(client, unique):
    path = unique("approle")
    client.sys.enable_auth_method("approle", path=path, local=True)
    try:
        assert client.sys.list_auth_methods()["data"][f"{path}/"]["local"] is True
    finally:
        client.sys.disable_auth_method(path)


# -- secrets engines ---------------------------------------------------------------------------


def test_secrets_engine_enable_list_tune_move_disable(client, unique):
    path, new_path = unique("kv"), unique("kv-moved")
    answer = client.sys.enable_secrets_engine(
        "kv", path=path, description="integration kv", options={"version": "1"}, config={"max_lease_ttl": "2h"}
    )
    try:
        assert answer.status_code == 204
        mounts = client.sys.list_mounted_secrets_engines()["data"]
        assert mounts[f"{path}/"]["type"] == "kv"
        assert mounts[f"{path}/"]["description"] == "integration kv"

        config = client.sys.read_mount_configuration(path)["data"]
        assert config["max_lease_ttl"] == 7200
        assert config["options"] == {"version": "1"}

        assert client.sys.retrieve_mount_option(path, "version") == "1"
        assert client.sys.retrieve_mount_option(path, "missing") is None
        assert client.sys.retrieve_mount_option(path, "missing", default_value="dflt") == "dflt"

        client.sys.tune_mount_configuration(
            path,
            default_lease_ttl=300,
            max_lease_ttl=3600,
            description="tuned kv",
            audit_non_hmac_request_keys=["a"],
            audit_non_hmac_response_keys=["b"],
            listing_visibility="unauth",
            passthrough_request_headers=["X-Custom"],
            force_no_cache=True,
        )
        config = client.sys.read_mount_configuration(path)["data"]
        assert config["default_lease_ttl"] == 300
        assert config["max_lease_ttl"] == 3600
        assert config["description"] == "tuned kv"
        assert config["audit_non_hmac_request_keys"] == ["a"]
        assert config["audit_non_hmac_response_keys"] == ["b"]
        assert config["listing_visibility"] == "unauth"
        assert config["passthrough_request_headers"] == ["X-Custom"]
        # OpenBao accepts force_no_cache in the tune body but only honours it when mounting

        # upgrading through the tune options
        client.sys.tune_mount_configuration(path, options={"version": "2"})
        assert client.sys.retrieve_mount_option(path, "version") == "2"

        moved = client.sys.move_backend(path, new_path)
        assert wait_for_remount(client, moved["data"]["migration_id"]) == "success"
        status = client.sys.read_remount_status(moved["data"]["migration_id"])["data"]["migration_info"]
        assert (status["source_mount"], status["target_mount"]) == (f"{path}/", f"{new_path}/")
        assert mounted(client, new_path) and not mounted(client, path)
        path = new_path
        assert client.sys.retrieve_mount_option(path, "version") == "2"
    finally:
        client.sys.disable_secrets_engine(path)
    assert not mounted(client, path)
    with pytest.raises(KeyError):
        client.sys.retrieve_mount_option(path, "version")


def test_secrets_engine_without_options(client, unique):
    path = unique("transit")
    client.sys.enable_secrets_engine("transit", path=path, seal_wrap=False, local=False)
    try:
        assert client.sys.retrieve_mount_option(path, "version", default_value="none") == "none"
    finally:
        client.sys.disable_secrets_engine(path)


def test_disable_missing_secrets_engine_is_quiet(client, unique):
    assert client.sys.disable_secrets_engine(unique("absent")).status_code == 204


# -- capabilities ------------------------------------------------------------------------------


def test_capabilities_self_token_and_accessor(client):
    own = client.sys.get_capabilities(["sys/mounts", "secret/data/x"])["data"]
    assert own["sys/mounts"] == ["root"]

    created = client.auth.token.create(policies=["default"], ttl="10m")["auth"]
    try:
        by_token = client.sys.get_capabilities(["sys/mounts", "cubbyhole/x"], token=created["client_token"])["data"]
        assert by_token["sys/mounts"] == ["deny"]
        assert "read" in by_token["cubbyhole/x"]
        by_accessor = client.sys.get_capabilities(["sys/mounts", "cubbyhole/x"], accessor=created["accessor"])["data"]
        assert by_accessor == by_token

        with pytest.raises(ValueError):
            client.sys.get_capabilities(["sys/mounts"], token=created["client_token"], accessor=created["accessor"])
    finally:
        client.auth.token.revoke_accessor(created["accessor"])


# -- health and leader -------------------------------------------------------------------------


def test_health_head_and_get(client):
    head = client.sys.read_health_status()
    assert isinstance(head, requests.Response)
    assert head.status_code == 200 and head.request.method == "HEAD"

    body = client.sys.read_health_status(method="GET")
    assert body["initialized"] is True and body["sealed"] is False and body["standby"] is False

    custom = client.sys.read_health_status(method="GET", active_code=299, standby_ok=True)
    assert isinstance(custom, requests.Response) and custom.status_code == 299
    assert custom.json()["sealed"] is False

    with pytest.raises(exceptions.ParamValidationError):
        client.sys.read_health_status(method="POST")


def test_health_of_uninitialised_server_does_not_raise(bao_server_factory):
    server = bao_server_factory(storage="inmem")
    client = server.client(token=None)
    assert client.sys.read_health_status().status_code == 501
    answer = client.sys.read_health_status(method="GET")
    assert answer.status_code == 501 and answer.json()["initialized"] is False
    assert client.sys.read_health_status(method="GET", uninit_code=299).status_code == 299
    server.initialize_and_unseal()
    assert client.sys.read_health_status(method="GET", sealed_code=298)["sealed"] is False


def test_leader_status_on_dev_server(client):
    assert client.sys.read_leader_status()["ha_enabled"] is False


def test_step_down_on_raft_node(bao_server_factory):
    server = bao_server_factory(storage="raft")
    init = server.initialize_and_unseal()
    client = server.client(token=init["root_token"])
    leader = wait_for(lambda: (lambda s: s if s.get("is_self") else None)(client.sys.read_leader_status()))
    assert leader["ha_enabled"] is True
    assert leader["leader_address"] == server.url

    assert client.sys.step_down().status_code == 204
    # the node turns standby for a while, then takes the lock back (single-node cluster)
    standby = client.sys.read_health_status(method="GET")
    if isinstance(standby, requests.Response):
        assert standby.status_code == 429
        assert client.sys.read_health_status(method="GET", standby_ok=True)["standby"] is True
    wait_for(lambda: client.sys.read_leader_status().get("is_self"), timeout=60, interval=0.5)
    wait_for(lambda: isinstance(client.sys.read_health_status(method="GET"), dict), timeout=30, interval=0.5)


# -- leases ------------------------------------------------------------------------------------


@pytest.fixture
def pki_leases(client, unique) -> Iterator[Callable[[], str]]:
    """A PKI mount whose role issues leased certificates; yields (mount, issue function)."""
    path = unique("pki")
    client.sys.enable_secrets_engine("pki", path=path, config={"max_lease_ttl": "24h"})
    client.write(f"{path}/root/generate/internal", common_name="leases.test", ttl="24h")
    client.write(f"{path}/roles/r", allow_any_name=True, generate_lease=True, ttl="1h", max_ttl="2h")

    def issue() -> str:
        return client.write(f"{path}/issue/r", common_name="leaf.leases.test")["lease_id"]

    issue.mount = path  # type: ignore[attr-defined]
    try:
        yield issue
    finally:
        client.sys.disable_secrets_engine(path)


def test_lease_lookup_list_renew_revoke(client, pki_leases):
    mount = pki_leases.mount
    lease_id = pki_leases()
    assert lease_id.startswith(f"{mount}/issue/r/")

    lease = client.sys.read_lease(lease_id)["data"]
    assert lease["id"] == lease_id
    assert lease["path"] == f"{mount}/issue/r"
    assert 0 < lease["ttl"] <= 3600
    assert lease["renewable"] is False

    assert client.sys.list_leases(f"{mount}/")["data"]["keys"] == ["issue/"]
    assert client.sys.list_leases(f"{mount}/issue/r/")["data"]["keys"] == [lease_id.rsplit("/", 1)[1]]

    # PKI certificates are not renewable: the server finds the lease and says so
    with pytest.raises(exceptions.InvalidRequest, match="not renewable"):
        client.sys.renew_lease(lease_id, increment=600)
    with pytest.raises(exceptions.InvalidRequest, match="not renewable"):
        client.sys.renew_lease(lease_id)
    with pytest.raises(exceptions.InvalidRequest, match="lease not found"):
        client.sys.renew_lease(f"{mount}/issue/r/no-such-lease")

    assert client.sys.revoke_lease(lease_id).status_code == 204
    with pytest.raises(exceptions.InvalidRequest, match="invalid lease"):
        client.sys.read_lease(lease_id)


@pytest.mark.parametrize("revoke", ["revoke_prefix", "revoke_force"])
def test_revoke_every_lease_under_a_prefix(client, pki_leases, revoke):
    mount = pki_leases.mount
    leases = [pki_leases(), pki_leases()]
    assert len(client.sys.list_leases(f"{mount}/issue/r/")["data"]["keys"]) == 2

    assert getattr(client.sys, revoke)(f"{mount}/issue/r/").status_code == 204
    for lease_id in leases:
        with pytest.raises(exceptions.InvalidRequest):
            client.sys.read_lease(lease_id)
    with pytest.raises(exceptions.InvalidPath):
        client.sys.list_leases(f"{mount}/issue/r/")


# -- namespaces --------------------------------------------------------------------------------


def test_namespace_create_list_use_delete(client, vault_dev, unique):
    name = unique("ns")
    created = client.sys.create_namespace(name)["data"]
    try:
        assert created["path"] == f"{name}/"
        assert f"{name}/" in client.sys.list_namespaces()["data"]["keys"]

        scoped = vault_dev.client(namespace=name)
        try:
            scoped.sys.enable_secrets_engine("kv", path="inside", options={"version": "1"})
            assert mounted(scoped, "inside")
            assert not mounted(client, "inside")
            scoped.write("inside/secret", value="in-namespace")
            assert scoped.read("inside/secret")["data"]["value"] == "in-namespace"

            child = scoped.sys.create_namespace("child")["data"]
            assert child["path"] == f"{name}/child/"
            assert scoped.sys.list_namespaces()["data"]["keys"] == ["child/"]
            scoped.sys.delete_namespace("child")
            wait_for(lambda: not _lists_namespace(scoped, "child/"))
        finally:
            scoped.adapter.close()
    finally:
        client.sys.delete_namespace(name)
        wait_for(lambda: not _lists_namespace(client, f"{name}/"))


def _lists_namespace(client: hvac.Client, key: str) -> bool:
    try:
        return key in client.sys.list_namespaces()["data"]["keys"]
    except exceptions.InvalidPath:
        return False
