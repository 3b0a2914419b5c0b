"""client.sys policies, wrapping, quotas and the keyring, against the shared OpenBao dev server."""
import pytest

from hvac import exceptions

RULES = 'path "secret/data/{name}/*" {{\n  capabilities = ["read", "list"]\n}}\n'


@pytest.fixture
def policy_name(client, unique):
    name = unique("policy")
    yield name
    client.sys.delete_policy(name)


def test_policy_api_create_read_list_delete(client, policy_name):
    rules = RULES.format(name=policy_name)
    created = client.sys.create_or_update_policy(name=policy_name, policy=rules)
    assert created.status_code == 204

    read = client.sys.read_policy(name=policy_name)
    assert read["data"]["name"] == policy_name
    assert read["data"]["rules"] == rules
    assert policy_name in client.sys.list_policies()["data"]["policies"]

    # A dict policy goes out as JSON; read back it parses to the same structure.
    client.sys.create_or_update_policy(
        name=policy_name, policy={"path": {"sys/health": {"capabilities": ["read"]}}}, pretty_print=False
    )
    assert client.sys.read_policy(name=policy_name)["data"]["rules"] == (
        '{"path": {"sys/health": {"capabilities": ["read"]}}}'
    )

    assert client.sys.delete_policy(name=policy_name).status_code == 204
    assert policy_name not in client.sys.list_policies()["data"]["policies"]
    with pytest.raises(exceptions.InvalidPath):
        client.sys.read_policy(name=policy_name)


def test_policies_acl_api_create_read_list_delete(client, policy_name):
    rules = RULES.format(name=policy_name)
    assert client.sys.create_or_update_acl_policy(name=policy_name, policy=rules).status_code == 204

    read = client.sys.read_acl_policy(name=policy_name)["data"]
    assert (read["name"], read["policy"]) == (policy_name, rules)
    assert policy_name in client.sys.list_acl_policies()["data"]["keys"]

    pretty = {"path": {"sys/health": {"capabilities": ["read"]}}}
    client.sys.create_or_update_acl_policy(name=policy_name, policy=pretty)
    stored = client.sys.read_acl_policy(name=policy_name)["data"]["policy"]
    assert stored.startswith('{\n    "path": {')

    assert client.sys.delete_acl_policy(name=policy_name).status_code == 204
    assert policy_name not in client.sys.list_acl_policies()["data"]["keys"]
    # Both APIs manage the same ACL policies.
    client.sys.create_or_update_acl_policy(name=policy_name, policy=rules)
    assert client.sys.read_policy(name=policy_name)["data"]["rules"] == rules


def test_client_get_policy_parses_hcl(client, policy_name):
    client.sys.create_or_update_policy(name=policy_name, policy=RULES.format(name=policy_name))
    assert client.get_policy(policy_name) == RULES.format(name=policy_name)
    parsed = client.get_policy(policy_name, parse=True)
    assert parsed == {"path": {f"secret/data/{policy_name}/*": {"capabilities": ["read", "list"]}}}
    assert client.get_policy(policy_name + "-missing") is None


def test_sentinel_policies_are_enterprise_only(client, unique):
    with pytest.raises(exceptions.InvalidPath):
        client.sys.list_rgp_policies()
    with pytest.raises(exceptions.InvalidPath):
        client.sys.read_egp_policy(name=unique("egp"))


def test_wrap_then_unwrap(client):
    wrapped = client.sys.wrap(payload={"color": "green", "size": 3}, ttl="2m")
    info = wrapped["wrap_info"]
    assert info["ttl"] == 120
    assert info["creation_path"] == "sys/wrapping/wrap"

    unwrapped = client.sys.unwrap(token=info["token"])
    assert unwrapped["data"] == {"color": "green", "size": 3}
    # A wrapping token is single use.
    with pytest.raises(exceptions.InvalidRequest):
        client.sys.unwrap(token=info["token"])


def test_unwrap_with_the_wrapping_token_as_client_token(client, vault_dev):
    info = client.sys.wrap(payload={"k": "v"})["wrap_info"]
    assert info["ttl"] == 60
    wrapping_client = vault_dev.client(token=info["token"])
    try:
        assert wrapping_client.sys.unwrap()["data"] == {"k": "v"}
    finally:
        wrapping_client.adapter.close()


def test_rate_limit_quota_create_read_list_delete(client, unique):
    name = unique("quota")
    try:
        created = client.sys.create_or_update_quota(name=name, rate=100.0, path="sys/", interval="10s")
        assert created.status_code == 204

        read = client.sys.read_quota(name=name)["data"]
        assert read["name"] == name
        assert read["rate"] == 100.0
        assert read["interval"] == 10
        assert read["path"] == "sys/"
        assert name in client.sys.list_quotas()["data"]["keys"]

        client.sys.create_or_update_quota(name=name, rate=50.0, path="sys/", block_interval="30s")
        updated = client.sys.read_quota(name=name)["data"]
        assert updated["rate"] == 50.0
        assert updated["block_interval"] == 30
    finally:
        assert client.sys.delete_quota(name=name).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        client.sys.read_quota(name=name)


def test_key_status_and_rotate(client):
    before = client.sys.get_encryption_key_status()["data"]
    assert before["term"] >= 1
    assert client.key_status["term"] == before["term"]

    assert client.sys.rotate_encryption_key().status_code == 204
    after = client.sys.get_encryption_key_status()["data"]
    assert after["term"] == before["term"] + 1


def test_status_reads_on_a_dev_server(client):
    assert client.sys.is_initialized() is True
    assert client.sys.is_sealed() is False
    assert client.sys.read_init_status() == {"initialized": True}
    status = client.sys.read_seal_status()
    assert status["type"] == "shamir" and status["t"] == 1
    assert client.seal_status["sealed"] is False
    # OpenBao disables the unauthenticated rekey and generate-root endpoints unless the listener
    # allows them (the non-dev tests do): they answer 405.
    with pytest.raises(exceptions.UnexpectedError, match="unsupported operation"):
        client.sys.read_rekey_progress()
    with pytest.raises(exceptions.UnexpectedError, match="unsupported operation"):
        client.sys.read_root_generation_progress()
