"""Integration flows for the client.sys methods beyond the reference: namespaces (metadata, API
locks, sealable namespaces), Raft autopilot and voters, quota settings, one mount or auth method,
tools, external keys, raw storage, workflows, control groups and MFA login validation, against
real OpenBao servers."""
import base64
import hashlib
import hmac
import json
import struct
import time
from typing import Any, Dict, Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

import hvac
from hvac import exceptions
from tests.integration.test_sys_nondev import wait_for


def namespace_gone(client: hvac.Client, path: str) -> bool:
    try:
        client.sys.read_namespace(path)
    except exceptions.InvalidPath:
        return True
    return False


@pytest.fixture
def namespace(client, unique) -> Iterator[str]:
    """A fresh child namespace of the root, deleted afterwards."""
    path = unique("ns")
    yield path
    try:
        client.sys.unlock_namespace(path)
    except exceptions.VaultError:
        pass  # not locked, or already gone
    try:
        client.sys.delete_namespace(path)
    except exceptions.VaultError:
        pass
    wait_for(lambda: namespace_gone(client, path))


# -- namespaces --------------------------------------------------------------------------------


def test_namespace_read_patch_metadata_and_api_lock(client, vault_dev, namespace):
    created = client.sys.create_or_update_namespace(namespace, custom_metadata={"owner": "ops", "tier": "1"})
    assert created["data"]["custom_metadata"] == {"owner": "ops", "tier": "1"}

    read = client.sys.read_namespace(namespace)["data"]
    assert read["path"] == f"{namespace}/"
    assert read["id"] == created["data"]["id"]
    assert read["locked"] is False

    patched = client.sys.patch_namespace(namespace, custom_metadata={"tier": None, "team": "blue"})
    assert patched["data"]["custom_metadata"] == {"owner": "ops", "team": "blue"}
    assert client.sys.read_namespace(namespace)["data"]["custom_metadata"] == {"owner": "ops", "team": "blue"}

    # POST replaces the metadata as a whole
    client.sys.create_or_update_namespace(namespace, custom_metadata={"only": "this"})
    assert client.sys.read_namespace(namespace)["data"]["custom_metadata"] == {"only": "this"}

    scoped = vault_dev.client(namespace=namespace)
    try:
        scoped.sys.enable_secrets_engine("kv", path="inside", options={"version": "1"})
        scoped.write("inside/x", value="1")

        # a child namespace locked from its parent
        unlock_key = client.sys.lock_namespace(namespace)["data"]["unlock_key"]
        assert unlock_key
        assert client.sys.read_namespace(namespace)["data"]["locked"] is True
        with pytest.raises(exceptions.VaultError, match="locked"):
            scoped.read("inside/x")
        with pytest.raises(exceptions.InvalidRequest, match="incorrect unlock key"):
            client.sys.unlock_namespace(namespace, unlock_key="not-the-key")
        client.sys.unlock_namespace(namespace, unlock_key=unlock_key)
        assert client.sys.read_namespace(namespace)["data"]["locked"] is False
        assert scoped.read("inside/x")["data"]["value"] == "1"

        # the client's own namespace (no path), unlocked with sudo instead of the key
        assert scoped.sys.lock_namespace()["data"]["unlock_key"]
        assert client.sys.read_namespace(namespace)["data"]["locked"] is True
        answer = scoped.sys.unlock_namespace()
        assert any("sudo" in warning for warning in answer["warnings"])
        assert client.sys.read_namespace(namespace)["data"]["locked"] is False

        with pytest.raises(exceptions.InvalidRequest, match="namespace cannot be locked"):  # the root one
            client.sys.lock_namespace()
    finally:
        scoped.adapter.close()


def test_sealable_namespace_seal_unseal_and_delete_sealed(client, vault_dev, unique):
    path = unique("sealed-ns")
    created = client.sys.create_or_update_namespace(path, seal='seal "shamir" {\n  shares = 1\n  threshold = 1\n}')
    try:
        (key,) = created["data"]["key_shares"]
        assert created["data"]["key_threshold"] == 1

        status = client.sys.read_namespace_seal_status(path)["data"]
        assert (status["sealed"], status["type"], status["t"], status["n"]) == (True, "shamir", 1, 1)

        unsealed = client.sys.unseal_namespace(path, key=key)["data"]
        assert unsealed["sealed"] is False
        scoped = vault_dev.client(namespace=path)
        try:
            scoped.sys.enable_secrets_engine("kv", path="inside", options={"version": "1"})
            scoped.write("inside/x", value="1")

            assert client.sys.seal_namespace(path).status_code == 204
            assert client.sys.read_namespace_seal_status(path)["data"]["sealed"] is True
            with pytest.raises(exceptions.VaultError):
                scoped.read("inside/x")

            assert client.sys.unseal_namespace(path, reset=True)["data"]["progress"] == 0
            client.sys.unseal_namespace(path, key=key)
            assert scoped.read("inside/x")["data"]["value"] == "1"
            client.sys.seal_namespace(path)
        finally:
            scoped.adapter.close()

        assert client.sys.delete_sealed_namespace(path)["data"]["status"] == "in-progress"
        wait_for(lambda: namespace_gone(client, path))
    finally:
        if not namespace_gone(client, path):
            client.sys.delete_namespace(path)


def test_seal_status_of_a_namespace_without_its_own_seal(client, namespace):
    client.sys.create_namespace(namespace)
    with pytest.raises(exceptions.InvalidRequest, match="not sealable"):
        client.sys.read_namespace_seal_status(namespace)
    with pytest.raises(exceptions.InvalidRequest, match="not sealed"):
        client.sys.delete_sealed_namespace(namespace)


# -- one mount, one auth method ----------------------------------------------------------------


def test_read_secrets_engine_and_auth_method(client, unique):
    kv, userpass = unique("kv"), unique("up")
    client.sys.enable_secrets_engine("kv", path=kv, description="one mount", options={"version": "2"})
    client.sys.enable_auth_method("userpass", path=userpass, description="one auth method")
    try:
        mount = client.sys.read_secrets_engine(kv)["data"]
        assert (mount["type"], mount["description"], mount["options"]) == ("kv", "one mount", {"version": "2"})
        assert mount["accessor"] == client.sys.list_mounted_secrets_engines()["data"][f"{kv}/"]["accessor"]

        method = client.sys.read_auth_method(userpass)["data"]
        assert (method["type"], method["description"]) == ("userpass", "one auth method")
        assert method["accessor"] == client.sys.list_auth_methods()["data"][f"{userpass}/"]["accessor"]
    finally:
        client.sys.disable_secrets_engine(kv)
        client.sys.disable_auth_method(userpass)
    with pytest.raises(exceptions.VaultError):
        client.sys.read_secrets_engine(kv)
    with pytest.raises(exceptions.VaultError):
        client.sys.read_auth_method(userpass)


# -- quota settings ----------------------------------------------------------------------------


def test_quotas_configuration_round_trip(client):
    original = client.sys.read_quotas_configuration()["data"]
    assert "sys/health" in original["rate_limit_exempt_paths"]
    try:
        answer = client.sys.configure_quotas(
            rate_limit_exempt_paths=["sys/health", "sys/seal-status"],
            enable_rate_limit_response_headers=True,
        )
        assert answer.status_code == 204
        config = client.sys.read_quotas_configuration()["data"]
        assert config == {
            "rate_limit_exempt_paths": ["sys/health", "sys/seal-status"],
            "enable_rate_limit_response_headers": True,
            "enable_rate_limit_audit_logging": False,
        }

        # a write replaces the whole configuration: what is left out goes back to false / empty
        client.sys.configure_quotas(enable_rate_limit_audit_logging=True)
        config = client.sys.read_quotas_configuration()["data"]
        assert config == {
            "rate_limit_exempt_paths": [],
            "enable_rate_limit_response_headers": False,
            "enable_rate_limit_audit_logging": True,
        }
    finally:
        client.sys.configure_quotas(**original)
    assert client.sys.read_quotas_configuration()["data"] == original


# -- tools -------------------------------------------------------------------------------------


def test_random_bytes_with_source_and_byte_count(client):
    default = base64.b64decode(client.sys.generate_random_bytes()["data"]["random_bytes"])
    assert len(default) == 32

    hex_bytes = client.sys.generate_random_bytes(n_bytes=8, output_format="hex")["data"]["random_bytes"]
    assert len(bytes.fromhex(hex_bytes)) == 8

    mixed = client.sys.generate_random_bytes(source="all")["data"]["random_bytes"]
    assert len(base64.b64decode(mixed)) == 32

    # a dev server's Shamir seal has no entropy of its own: OpenBao says so and uses the platform's
    from_seal = client.sys.generate_random_bytes(n_bytes=12, source="seal")
    assert len(base64.b64decode(from_seal["data"]["random_bytes"])) == 12
    assert any("platform entropy" in warning for warning in from_seal["warnings"])

    assert client.sys.generate_random_bytes(n_bytes=4) != client.sys.generate_random_bytes(n_bytes=4)


@pytest.mark.parametrize(
    "algorithm, digest",
    [
        (None, hashlib.sha256),
        ("sha2-224", hashlib.sha224),
        ("sha2-256", hashlib.sha256),
        ("sha2-384", hashlib.sha384),
        ("sha2-512", hashlib.sha512),
        ("sha3-224", hashlib.sha3_224),
        ("sha3-256", hashlib.sha3_256),
        ("sha3-384", hashlib.sha3_384),
        ("sha3-512", hashlib.sha3_512),
    ],
)
def test_hash_matches_hashlib(client, algorithm, digest):
    data = b"OpenBao tools \x00\xff"
    encoded = base64.b64encode(data).decode()
    assert client.sys.hash_data(encoded, algorithm=algorithm)["data"]["sum"] == digest(data).hexdigest()
    as_base64 = client.sys.hash_data(encoded, algorithm=algorithm, output_format="base64")["data"]["sum"]
    assert base64.b64decode(as_base64) == digest(data).digest()


def test_hash_with_an_algorithm_the_server_does_not_know(client):
    with pytest.raises(exceptions.InvalidRequest, match="unsupported algorithm md5"):
        client.sys.hash_data("aGk=", algorithm="md5")


# -- raw storage -------------------------------------------------------------------------------


def test_raw_storage_read_list_write_delete(bao_server_factory, unique):
    server = bao_server_factory(extra_config="raw_storage_endpoint = true\n")
    root = server.client(token=server.initialize_and_unseal()["root_token"])
    try:
        seal_config = json.loads(root.sys.read_raw_storage_entry("core/seal-config")["data"]["value"])
        assert seal_config["type"] == "shamir"

        assert {"core/", "logical/", "sys/"} <= set(root.sys.list_raw_storage_keys()["data"]["keys"])
        core_keys = root.sys.list_raw_storage_keys("core/")["data"]["keys"]
        assert "seal-config" in core_keys
        assert root.sys.list_raw_storage_keys("core/", limit=2)["data"]["keys"] == core_keys[:2]
        assert root.sys.list_raw_storage_keys("core/", after=core_keys[0])["data"]["keys"] == core_keys[1:]

        prefix = unique("s3")
        assert root.sys.write_raw_storage_entry(f"{prefix}/text", "hello").status_code == 204
        assert root.sys.read_raw_storage_entry(f"{prefix}/text")["data"]["value"] == "hello"

        binary = bytes(range(256))
        root.sys.write_raw_storage_entry(f"{prefix}/bin", base64.b64encode(binary).decode(), encoding="base64")
        read = root.sys.read_raw_storage_entry(f"{prefix}/bin", encoding="base64")["data"]["value"]
        assert base64.b64decode(read) == binary

        root.sys.write_raw_storage_entry(f"{prefix}/zipped", "squeeze me " * 20, compression_type="gzip")
        assert root.sys.read_raw_storage_entry(f"{prefix}/zipped")["data"]["value"] == "squeeze me " * 20
        stored = root.sys.read_raw_storage_entry(f"{prefix}/zipped", encoding="base64", compressed=False)
        assert len(base64.b64decode(stored["data"]["value"])) < len("squeeze me " * 20)

        assert sorted(root.sys.list_raw_storage_keys(prefix)["data"]["keys"]) == ["bin", "text", "zipped"]
        for name in ("bin", "text", "zipped"):
            assert root.sys.delete_raw_storage_entry(f"{prefix}/{name}").status_code == 204
        with pytest.raises(exceptions.InvalidPath):
            root.sys.read_raw_storage_entry(f"{prefix}/text")

        # the empty key at the top of the storage (sys/raw itself)
        root.sys.write_raw_storage_entry(value="top")
        assert root.sys.read_raw_storage_entry()["data"]["value"] == "top"
        root.sys.delete_raw_storage_entry()
        with pytest.raises(exceptions.InvalidPath):
            root.sys.read_raw_storage_entry()
    finally:
        root.adapter.close()


def test_raw_storage_is_not_served_without_the_setting(bao_server_factory):
    # (a dev server enables raw_storage_endpoint by itself: this needs a server of its own)
    server = bao_server_factory()
    root = server.client(token=server.initialize_and_unseal()["root_token"])
    with pytest.raises(exceptions.InvalidPath, match="unsupported path"):
        root.sys.read_raw_storage_entry("core/seal-config")
    with pytest.raises(exceptions.InvalidPath):
        root.sys.list_raw_storage_keys()


# -- Raft --------------------------------------------------------------------------------------


def _raft_node(client: hvac.Client, node_id: str) -> Dict[str, Any]:
    servers = client.sys.read_raft_config()["data"]["config"]["servers"]
    return next((server for server in servers if server["node_id"] == node_id), {})


def test_raft_autopilot_configuration_state_and_bootstrap_challenge(bao_server_factory):
    server = bao_server_factory(storage="raft")
    init = server.initialize_and_unseal()
    root = server.client(token=init["root_token"])

    before = root.sys.read_raft_autopilot_configuration()["data"]
    assert before["cleanup_dead_servers"] is False
    answer = root.sys.configure_raft_autopilot(
        cleanup_dead_servers=True,
        dead_server_last_contact_threshold="2m",
        last_contact_threshold="20s",
        max_trailing_logs=2000,
        min_quorum=3,
        server_stabilization_time=15,
    )
    assert answer.status_code == 204
    after = root.sys.read_raft_autopilot_configuration()["data"]
    assert after["cleanup_dead_servers"] is True
    assert after["dead_server_last_contact_threshold"] == "2m0s"
    assert after["last_contact_threshold"] == "20s"
    assert after["max_trailing_logs"] == 2000
    assert after["min_quorum"] == 3
    assert after["server_stabilization_time"] == "15s"

    state = wait_for(lambda: root.sys.read_raft_autopilot_state()["data"].get("healthy") and
                     root.sys.read_raft_autopilot_state()["data"])
    assert state["leader"] == "node1"
    assert state["voters"] == ["node1"]
    assert state["servers"]["node1"]["status"] == "leader"

    challenge = root.sys.create_raft_bootstrap_challenge("node9")["data"]
    assert base64.b64decode(challenge["challenge"])
    assert challenge["seal_config"]["type"] == "shamir"
    # the answer must be the challenge decrypted with the cluster's keyring: a guess is refused
    with pytest.raises(exceptions.InvalidRequest, match="invalid answer"):
        root.sys.answer_raft_bootstrap_challenge(
            "node9", base64.b64encode(b"not the answer").decode(), "https://127.0.0.1:1"
        )
    assert _raft_node(root, "node9") == {}


def test_raft_demote_and_promote_a_voter(bao_server_factory):
    leader = bao_server_factory(storage="raft")
    init = leader.initialize_and_unseal()
    root = leader.client(token=init["root_token"])
    # a joining node becomes a voter once autopilot finds it stable: make that quick
    root.sys.configure_raft_autopilot(server_stabilization_time="1s")

    follower = bao_server_factory(storage="raft", node_id="node2")
    follower_client = follower.client(token=None)
    assert follower_client.sys.join_raft_cluster(leader_api_addr=leader.url)["joined"] is True
    follower_client.sys.submit_unseal_keys(init["keys"])
    wait_for(lambda: _raft_node(root, "node2").get("voter") is True)

    assert root.sys.demote_raft_node("node2").status_code == 204
    wait_for(lambda: _raft_node(root, "node2").get("voter") is False)
    wait_for(lambda: "node2" not in root.sys.read_raft_autopilot_state()["data"]["voters"])
    with pytest.raises(exceptions.VaultError, match="already a non-voter"):
        root.sys.demote_raft_node("node2")

    assert root.sys.promote_raft_node("node2").status_code == 204
    wait_for(lambda: _raft_node(root, "node2").get("voter") is True)


# -- external keys -----------------------------------------------------------------------------


def test_external_keys_with_the_transit_kms_plugin(client, vault_dev, unique):
    """The ``transit`` KMS plugin keeps the keys in a Transit engine: here the dev server's own."""
    transit, transit2, config = unique("kms-transit"), unique("kms-transit2"), unique("ekc")
    for mount in (transit, transit2):
        client.sys.enable_secrets_engine("transit", path=mount)
        client.write(f"{mount}/keys/wrap", type="aes256-gcm96")
    try:
        created = client.sys.create_or_update_external_key_config(
            config, "transit", address=vault_dev.url, token="root", mount_path=transit
        )
        assert created.status_code == 204
        read = client.sys.read_external_key_config(config)["data"]
        assert (read["plugin"], read["mount_path"], read["token"]) == ("transit", transit, "(redacted)")
        assert config in client.sys.list_external_key_configs()["data"]["keys"]

        client.sys.patch_external_key_config(config, mount_path=transit2)
        read = client.sys.read_external_key_config(config)["data"]
        assert (read["plugin"], read["mount_path"], read["address"]) == ("transit", transit2, vault_dev.url)

        client.sys.create_or_update_external_key(config, "k", name="wrap", version=1)
        assert client.sys.read_external_key(config, "k")["data"] == {"name": "wrap", "version": 1}
        assert client.sys.list_external_keys(config)["data"]["keys"] == ["k"]

        client.write(f"{transit2}/keys/wrap/rotate")
        client.sys.patch_external_key(config, "k", version=2)
        assert client.sys.read_external_key(config, "k")["data"] == {"name": "wrap", "version": 2}

        assert client.sys.create_external_key_grant(config, "k", transit).status_code == 204
        client.sys.create_external_key_grant(config, "k", "secret")
        assert sorted(client.sys.list_external_key_grants(config, "k")["data"]["keys"]) == sorted(
            [f"{transit}/", "secret/"]
        )
        assert client.sys.delete_external_key_grant(config, "k", "secret").status_code == 204
        assert client.sys.list_external_key_grants(config, "k")["data"]["keys"] == [f"{transit}/"]
        client.sys.delete_external_key_grant(config, "k", transit)

        assert client.sys.delete_external_key(config, "k").status_code == 204
        with pytest.raises(exceptions.InvalidRequest, match="not found"):
            client.sys.read_external_key(config, "k")
    finally:
        client.sys.delete_external_key_config(config)
        for mount in (transit, transit2):
            client.sys.disable_secrets_engine(mount)
    with pytest.raises(exceptions.InvalidRequest, match="not found"):
        client.sys.read_external_key_config(config)
    try:
        assert config not in client.sys.list_external_key_configs()["data"]["keys"]
    except exceptions.InvalidPath:
        pass  # no config left at all: an empty list answers 404


def test_external_key_config_with_an_unknown_plugin(client, unique):
    with pytest.raises(exceptions.InvalidRequest, match="unknown plugin"):
        client.sys.create_or_update_external_key_config(unique("ekc"), "no-such-kms")


# -- workflows ---------------------------------------------------------------------------------

WORKFLOW = """
flow "main" {
  request "mounts" {
    operation = "read"
    path = "sys/mounts"
  }
}
output {
  data = {
    sys_type = {
      eval_type = "string"
      eval_source = "response"
      flow_name = "main"
      response_name = "mounts"
      field_selector = ["data", "sys/", "type"]
    }
  }
}
"""


def test_workflow_create_read_list_execute_trace_delete(client, unique):
    path, other = unique("wf"), unique("wf")
    stored = client.sys.create_or_update_workflow(path, WORKFLOW, description="read the mount table")["data"]
    client.sys.create_or_update_workflow(other, 'flow "main" {}')
    try:
        assert (stored["path"], stored["version"], stored["description"]) == (path, 1, "read the mount table")

        read = client.sys.read_workflow(path)["data"]
        assert read["workflow"] == WORKFLOW and read["allow_unauthenticated"] is False

        listed = client.sys.list_workflows()["data"]
        assert {path, other} <= set(listed["keys"])
        assert listed["key_info"][path]["version"] == 1
        first, second = sorted([path, other])
        assert first not in client.sys.list_workflows(after=first)["data"]["keys"]
        assert second in client.sys.list_workflows(after=first)["data"]["keys"]

        assert client.sys.execute_workflow(path)["data"] == {"sys_type": "system"}

        trace = client.sys.trace_workflow(path)["data"]
        assert trace["error"] is None
        assert trace["history"]["requests"]["main"]["mounts"]["path"] == "sys/mounts"
        assert trace["history"]["responses"]["main"]["mounts"]["data"]["sys/"]["type"] == "system"

        # check-and-set: a write at a stale version is refused
        updated = client.sys.create_or_update_workflow(path, WORKFLOW, cas=1, cas_required=True)["data"]
        assert (updated["version"], updated["cas_required"]) == (2, True)
        with pytest.raises(exceptions.InvalidRequest, match="check-and-set"):
            client.sys.create_or_update_workflow(path, WORKFLOW, cas=1)
        with pytest.raises(exceptions.InvalidRequest, match="check-and-set"):
            client.sys.create_or_update_workflow(path, WORKFLOW)  # cas_required

        with pytest.raises(exceptions.InvalidRequest, match="flow"):
            client.sys.create_or_update_workflow(unique("wf"), "output { data = {} }")
    finally:
        client.sys.delete_workflow(path)
        client.sys.delete_workflow(other)
    with pytest.raises(exceptions.InvalidPath):
        client.sys.read_workflow(path)
    with pytest.raises(exceptions.InvalidPath, match="does not exist"):
        client.sys.execute_workflow(path)


def test_listing_workflows_below_a_prefix(client, unique):
    """OpenBao 2.7.2 stores workflows below prefixes (``team/rotate``) but fails to list them: its
    list handler dereferences a missing entry and the server drops the connection. The request
    itself is the documented one (see the unit test)."""
    prefix = unique("wf-team")
    client.sys.create_or_update_workflow(f"{prefix}/nested", 'flow "main" {}')
    try:
        assert client.sys.read_workflow(f"{prefix}/nested")["data"]["path"] == f"{prefix}/nested"
        with pytest.raises((requests.exceptions.ConnectionError, exceptions.VaultError)):
            client.sys.list_workflows(prefix)
    finally:
        client.sys.delete_workflow(f"{prefix}/nested")


# -- control groups ----------------------------------------------------------------------------


def test_control_group_request_and_authorization(client, vault_dev, unique):
    """A policy with a control group answers a read with a wrapping token only; an approver
    reads the pending request and authorizes it."""
    userpass, kv, group = unique("cg-up"), unique("cg-kv"), unique("cg-approvers")
    controlled, approving = unique("cg-controlled"), unique("cg-approving")
    client.sys.enable_auth_method("userpass", path=userpass)
    client.sys.enable_secrets_engine("kv", path=kv, options={"version": "1"})
    group_id = None
    try:
        client.write(f"{kv}/guarded", value="behind a control group")
        client.sys.create_or_update_acl_policy(
            controlled,
            f'path "{kv}/guarded" {{\n  capabilities = ["read"]\n  control_group = {{\n'
            f'    factor "ops" {{\n      controlled_capabilities = ["read"]\n'
            f'      identity {{\n        group_names = ["{group}"]\n        approvals = 1\n      }}\n    }}\n  }}\n}}\n',
        )
        client.sys.create_or_update_acl_policy(
            approving, 'path "sys/control-group/*" {\n  capabilities = ["create", "update"]\n}\n'
        )
        client.write(f"auth/{userpass}/users/requester", password="pw", policies=[controlled])
        client.write(f"auth/{userpass}/users/approver", password="pw", policies=[approving])

        requester = vault_dev.client(token=None)
        approver = vault_dev.client(token=None)
        requester.auth.userpass.login("requester", "pw", mount_point=userpass)
        approver_entity = approver.auth.userpass.login("approver", "pw", mount_point=userpass)["auth"]["entity_id"]
        group_id = client.write("identity/group", name=group, member_entity_ids=[approver_entity])["data"]["id"]

        wrapped = requester.adapter.get(f"/v1/{kv}/guarded", wrap_ttl="5m")
        accessor = wrapped["wrap_info"]["accessor"]
        assert wrapped["data"] is None

        pending = approver.sys.read_control_group_request(accessor)["data"]
        assert (pending["request_path"], pending["request_operation"]) == (f"{kv}/guarded", "read")
        assert pending["request_entity"]["aliases"][0]["name"] == "requester"
        assert pending["authorizations"] == []

        authorized = approver.sys.authorize_control_group_request(accessor)["data"]
        assert "approved" in authorized
        pending = approver.sys.read_control_group_request(accessor)["data"]
        assert [a["entity_id"] for a in pending["authorizations"]] == [approver_entity]
    finally:
        if group_id:
            client.delete(f"identity/group/id/{group_id}")
        client.sys.disable_auth_method(userpass)
        client.sys.disable_secrets_engine(kv)
        client.sys.delete_acl_policy(controlled)
        client.sys.delete_acl_policy(approving)


def test_control_group_request_with_an_accessor_that_is_no_wrapping_token(client):
    accessor = client.auth.token.create(policies=["default"], ttl="5m")["auth"]["accessor"]
    with pytest.raises(exceptions.InvalidRequest, match="invalid wrapping token"):
        client.sys.read_control_group_request(accessor)


# -- MFA login validation ----------------------------------------------------------------------


def totp_code(otpauth_url: str, at: float) -> str:
    """The TOTP code (RFC 6238) of an ``otpauth://`` URL at time ``at``."""
    query = parse_qs(urlsplit(otpauth_url).query)
    secret = query["secret"][0]
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    period, digits = int(query.get("period", ["30"])[0]), int(query.get("digits", ["6"])[0])
    mac = hmac.new(key, struct.pack(">Q", int(at // period)), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    number = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(number % 10**digits).zfill(digits)


def test_validate_mfa_login_with_totp(client, vault_dev, unique):
    userpass = unique("mfa-up")
    client.sys.enable_auth_method("userpass", path=userpass)
    method_id = enforcement = None
    try:
        client.write(f"auth/{userpass}/users/alice", password="pw", policies=["default"])
        first = vault_dev.client(token=None)
        entity_id = first.auth.userpass.login("alice", "pw", mount_point=userpass)["auth"]["entity_id"]

        method_id = client.write("identity/mfa/method/totp", issuer="hvac-tests", period=30)["data"]["method_id"]
        otpauth = client.write("identity/mfa/method/totp/admin-generate", method_id=method_id, entity_id=entity_id)
        accessor = client.sys.read_auth_method(userpass)["data"]["accessor"]
        enforcement = unique("mfa-enf")
        client.write(
            f"identity/mfa/login-enforcement/{enforcement}", mfa_method_ids=[method_id], auth_method_accessors=[accessor]
        )

        user = vault_dev.client(token=None)
        login = user.auth.userpass.login("alice", "pw", mount_point=userpass, use_token=False)["auth"]
        requirement = login["mfa_requirement"]
        assert login["client_token"] == ""
        (constraint,) = requirement["mfa_constraints"][enforcement]["any"]
        assert (constraint["id"], constraint["type"]) == (method_id, "totp")

        with pytest.raises(exceptions.VaultError):
            user.sys.validate_mfa_login(requirement["mfa_request_id"], {method_id: ["000000x"]})

        answer = user.sys.validate_mfa_login(
            requirement["mfa_request_id"], {method_id: [totp_code(otpauth["data"]["url"], time.time())]}
        )
        token = answer["auth"]["client_token"]
        assert user.token == token
        looked_up = user.lookup_token()["data"]
        assert looked_up["entity_id"] == entity_id
        assert looked_up["meta"]["username"] == "alice"
    finally:
        if enforcement:
            client.delete(f"identity/mfa/login-enforcement/{enforcement}")
        if method_id:
            client.delete(f"identity/mfa/method/totp/{method_id}")
        client.sys.disable_auth_method(userpass)


def test_validate_mfa_login_with_an_unknown_request(client):
    with pytest.raises(exceptions.InvalidRequest, match="invalid request ID"):
        client.sys.validate_mfa_login("no-such-request", {"x": ["123456"]}, use_token=False)
    assert client.token == "root"
