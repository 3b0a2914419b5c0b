"""Client core methods against a real OpenBao dev server."""
import pytest
import requests

import hvac
from hvac import adapters, exceptions


def test_write_read_list_delete_through_the_secret_mount(client, unique):
    # secret/ is KV v2 on a dev server: go through its data/ and metadata/ paths.
    name = unique("core")
    written = client.write_data(f"secret/data/{name}", data={"data": {"color": "blue"}})
    assert written["data"]["version"] == 1
    assert client.read(f"secret/data/{name}")["data"]["data"] == {"color": "blue"}
    assert name in client.list("secret/metadata/")["data"]["keys"]
    assert client.delete(f"secret/metadata/{name}") is None
    assert client.read(f"secret/data/{name}") is None
    assert client.list(f"secret/metadata/{name}-nothing-here/") is None


def test_write_with_keyword_data(client, unique):
    path = unique("cubby")
    client.write(f"cubbyhole/{path}", color="red", size=3)
    assert client.read(f"cubbyhole/{path}")["data"] == {"color": "red", "size": 3}
    client.delete(f"cubbyhole/{path}")


def test_wrap_ttl_wraps_the_answer(client, unique):
    path = unique("wrapped")
    client.write(f"cubbyhole/{path}", secret="x")
    wrapped = client.read(f"cubbyhole/{path}", wrap_ttl="60s")
    assert wrapped["wrap_info"]["ttl"] == 60
    unwrapped = client.sys.unwrap(token=wrapped["wrap_info"]["token"]) if hasattr(client.sys, "unwrap") else None
    if unwrapped is not None:
        assert unwrapped["data"] == {"secret": "x"}


def test_token_lookup_renew_revoke(client):
    created = client.write_data("auth/token/create", data={"ttl": "1h", "policies": ["default"]})
    token, accessor = created["auth"]["client_token"], created["auth"]["accessor"]
    assert client.lookup_token()["data"]["id"] == "root"
    assert client.lookup_token(token)["data"]["accessor"] == accessor
    assert client.lookup_token(accessor, accessor=True)["data"]["accessor"] == accessor
    renewed = client.renew_token(token, increment=1800)
    assert renewed["auth"]["client_token"] == token
    client.revoke_token(token)
    with pytest.raises(exceptions.Forbidden):
        client.lookup_token(token)


def test_revoke_by_accessor_and_orphan(client):
    first = client.write_data("auth/token/create", data={"ttl": "1h"})["auth"]
    second = client.write_data("auth/token/create", data={"ttl": "1h"})["auth"]
    client.revoke_token(first["accessor"], accessor=True)
    client.revoke_token(second["client_token"], orphan=True)
    for token in (first["client_token"], second["client_token"]):
        assert hvac.Client(url=client.url, token=token).is_authenticated() is False
    with pytest.raises(exceptions.InvalidRequest):
        client.revoke_token("x", orphan=True, accessor=True)


def test_login_logout_and_is_authenticated(client, vault_dev, unique):
    path = unique("up")
    client.write(f"sys/auth/{path}", type="userpass")
    try:
        client.write(f"auth/{path}/users/alice", password="pw", policies="default")
        user = vault_dev.client(token=None)
        assert user.is_authenticated() is False
        answer = user.login(f"/v1/auth/{path}/login/alice", json={"password": "pw"})
        assert user.token == answer["auth"]["client_token"]
        assert user.is_authenticated() is True
        user.logout(revoke_token=True)
        assert user.token is None
        assert hvac.Client(url=client.url, token=answer["auth"]["client_token"]).is_authenticated() is False
        with pytest.raises(exceptions.InvalidRequest):
            user.login(f"/v1/auth/{path}/login/alice", json={"password": "wrong"})
    finally:
        client.delete(f"sys/auth/{path}")


def test_auth_cubbyhole_unwraps_a_wrapped_login(client):
    wrapped = client.adapter.post("/v1/auth/token/create", json={"ttl": "1h"}, wrap_ttl="60s")
    fresh = hvac.Client(url=client.url)
    answer = fresh.auth_cubbyhole(wrapped["wrap_info"]["token"])
    assert fresh.token == answer["auth"]["client_token"]
    assert fresh.is_authenticated()


def test_status_properties(bao_server_factory):
    # A non-dev server: its listener enables the unauthenticated rekey/generate-root status endpoints.
    server = bao_server_factory(storage="inmem")
    client = server.client(token=None)
    init = client.write_data("sys/init", data={"secret_shares": 1, "secret_threshold": 1})
    assert client.seal_status["sealed"] is True
    client.write_data("sys/unseal", data={"key": init["keys"][0]})
    server.wait_until_active()
    client.token = init["root_token"]
    assert client.seal_status["sealed"] is False
    assert "ha_enabled" in client.ha_status
    assert client.key_status["term"] >= 1
    assert client.rekey_status["started"] is False
    assert client.generate_root_status["started"] is False


def test_get_policy_plain_and_parsed(client, unique):
    name = unique("pol")
    rules = 'path "secret/*" {\n  capabilities = ["read"]\n}\n'
    client.write(f"sys/policy/{name}", policy=rules)
    try:
        assert client.get_policy(name) == rules
        assert client.get_policy(name, parse=True) == {"path": {"secret/*": {"capabilities": ["read"]}}}
        assert client.get_policy(unique("missing")) is None
    finally:
        client.delete(f"sys/policy/{name}")


def test_raw_adapter_returns_responses(vault_dev):
    raw = vault_dev.client(adapter=adapters.RawAdapter)
    response = raw.read("sys/mounts")
    assert isinstance(response, requests.Response) and response.status_code == 200
    assert "secret/" in response.json()["data"]


def test_namespace_header_is_accepted(client, unique):
    name = unique("ns")
    try:
        client.write(f"sys/namespaces/{name}")
    except exceptions.VaultError as error:  # pragma: no cover - depends on the server build
        pytest.skip(f"namespaces unavailable: {error}")
    try:
        scoped = hvac.Client(url=client.url, token="root", namespace=name)
        scoped.write(f"sys/mounts/kv-{name}", type="kv")
        scoped.write(f"kv-{name}/hello", value="from the namespace")
        assert scoped.read(f"kv-{name}/hello")["data"] == {"value": "from the namespace"}
        assert client.read(f"kv-{name}/hello") is None
        scoped.delete(f"sys/mounts/kv-{name}")
    finally:
        client.delete(f"sys/namespaces/{name}")


@pytest.mark.parametrize(
    "call, exception",
    [
        (lambda c: c.write_data("sys/mounts/x", data={"type": "no-such-engine"}), exceptions.InvalidRequest),
        (lambda c: hvac.Client(url=c.url, token="bogus").write_data("secret/data/x", data={}), exceptions.Forbidden),
        (lambda c: c.adapter.get("/v1/secret/data/does-not-exist"), exceptions.InvalidPath),
        (lambda c: c.adapter.request("patch", "/v1/sys/seal-status"), exceptions.UnexpectedError),
    ],
)
def test_error_statuses_from_a_real_server(client, call, exception):
    with pytest.raises(exception) as raised:
        call(client)
    assert raised.value.url.startswith(client.url)
