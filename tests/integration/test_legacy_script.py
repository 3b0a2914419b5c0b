"""An hvac 0.x-era script, flat methods only, run end to end against OpenBao.

Each flat call must warn (DeprecationWarning naming the method) and do what it did in 0.x.
"""
import base64
import warnings
from contextlib import contextmanager
from typing import Iterator, List

import pytest

import hvac
from hvac import exceptions
from tests.openbao import wait_for_remount


@contextmanager
def warns_once_for(name: str) -> Iterator[None]:
    """Exactly one DeprecationWarning, naming the legacy method."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(deprecations) == 1, [str(w.message) for w in deprecations]
    assert f"'{name}'" in str(deprecations[0].message)


def legacy(client: hvac.Client, name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
    with warns_once_for(name):
        return getattr(client, name)(*args, **kwargs)


def test_auth_backends_users_roles_and_logins(client: hvac.Client, vault_dev, unique) -> None:  # type: ignore[no-untyped-def]
    userpass, approle = unique("up"), unique("ar")
    legacy(client, "enable_auth_backend", "userpass", mount_point=userpass)
    legacy(client, "enable_auth_backend", "approle", mount_point=approle, description="legacy approle")
    try:
        assert f"{userpass}/" in legacy(client, "list_auth_backends")["data"]
        legacy(client, "tune_auth_backend", "userpass", mount_point=userpass, default_lease_ttl=3600)
        assert legacy(client, "get_auth_backend_tuning", "userpass", mount_point=userpass)["data"]["default_lease_ttl"] == 3600

        legacy(client, "create_userpass", "alice", "pw", "default", mount_point=userpass)
        assert "alice" in legacy(client, "list_userpass", mount_point=userpass)["data"]["keys"]
        legacy(client, "update_userpass_password", "alice", "pw2", mount_point=userpass)
        user = vault_dev.client(token=None)
        login = legacy(user, "auth_userpass", "alice", "pw2", mount_point=userpass)
        assert user.token == login["auth"]["client_token"] and user.is_authenticated()

        legacy(client, "create_role", "app", mount_point=approle, token_policies="default")
        role_id = legacy(client, "get_role_id", "app", mount_point=approle)
        secret_id = legacy(client, "create_role_secret_id", "app", mount_point=approle)["data"]["secret_id"]
        app = vault_dev.client(token=None)
        legacy(app, "auth_approle", role_id, secret_id, mount_point=approle)
        assert app.is_authenticated()
        assert legacy(client, "list_roles", mount_point=approle)["data"]["keys"] == ["app"]
        legacy(client, "delete_role", "app", mount_point=approle)
        legacy(client, "delete_userpass", "alice", mount_point=userpass)
    finally:
        legacy(client, "disable_auth_backend", userpass)
        legacy(client, "disable_auth_backend", approle)


def test_tokens_create_lookup_renew_revoke(client: hvac.Client, vault_dev) -> None:  # type: ignore[no-untyped-def]
    # 0.x sent "renewable": null unless told, which OpenBao reads as not renewable.
    created = legacy(client, "create_token", ttl="1h", policies=["default"], renewable=True)
    token = created["auth"]["client_token"]
    assert client.lookup_token(token)["data"]["ttl"] > 0
    holder = vault_dev.client(token=token)
    assert legacy(holder, "renew_self_token", increment=1800)["auth"]["client_token"] == token
    legacy(holder, "revoke_self_token")
    with pytest.raises(exceptions.Forbidden):
        client.lookup_token(token)

    role = "legacy-role"
    legacy(client, "create_token_role", role, allowed_policies=["default"], orphan=True)
    try:
        assert role in legacy(client, "list_token_roles")["data"]["keys"]
        assert legacy(client, "token_role", role)["data"]["orphan"] is True
        orphan = legacy(client, "create_token", role=role)
        assert orphan["auth"]["orphan"] is True
    finally:
        legacy(client, "delete_token_role", role)


def test_lists_and_renewal_on_an_empty_server(bao_server_factory) -> None:  # type: ignore[no-untyped-def]
    server = bao_server_factory(dev=True)
    server.wait_until_active()
    root = server.client()
    legacy(root, "enable_auth_backend", "userpass")
    try:
        # Nothing to list: OpenBao answers 404, which 0.x turned into None.
        assert legacy(root, "list_userpass") is None
        assert legacy(root, "list_token_roles") is None
        token = root.auth.token.create(ttl="1h", policies=["default"])["auth"]["client_token"]
        holder = server.client(token=token)
        with warns_once_for("renew_self_token"):  # the 0.x form: no token, renew your own
            renewed = holder.renew_token(increment=1800)
        assert renewed["auth"]["client_token"] == token and renewed["auth"]["lease_duration"] > 0
        holder.adapter.close()
    finally:
        root.adapter.close()


def test_policies_set_read_delete(client: hvac.Client, unique) -> None:  # type: ignore[no-untyped-def]
    name = unique("pol")
    rules = 'path "secret/*" {\n  capabilities = ["read"]\n}\n'
    assert legacy(client, "set_policy", name, rules) is None
    assert name in legacy(client, "list_policies")
    assert client.get_policy(name) == rules
    assert legacy(client, "delete_policy", name) is None
    assert name not in legacy(client, "list_policies")


def test_secret_backends_and_transit(client: hvac.Client, unique) -> None:  # type: ignore[no-untyped-def]
    mount, moved = unique("transit"), unique("moved")
    legacy(client, "enable_secret_backend", "transit", mount_point=mount)
    try:
        assert f"{mount}/" in legacy(client, "list_secret_backends")["data"]
        legacy(client, "tune_secret_backend", "transit", mount_point=mount, max_lease_ttl=7200)
        assert legacy(client, "get_secret_backend_tuning", "transit", mount_point=mount)["data"]["max_lease_ttl"] == 7200

        legacy(client, "transit_create_key", "k", mount_point=mount)
        plaintext = base64.b64encode(b"legacy secret").decode()
        ciphertext = legacy(client, "transit_encrypt_data", "k", plaintext, mount_point=mount)["data"]["ciphertext"]
        legacy(client, "transit_rotate_key", "k", mount_point=mount)
        rewrapped = legacy(client, "transit_rewrap_data", "k", ciphertext, mount_point=mount)["data"]["ciphertext"]
        assert rewrapped.startswith("vault:v2:")
        for text in (ciphertext, rewrapped):
            decrypted = legacy(client, "transit_decrypt_data", "k", text, mount_point=mount)["data"]["plaintext"]
            assert base64.b64decode(decrypted) == b"legacy secret"
        assert "k" in legacy(client, "transit_list_keys", mount_point=mount)["data"]["keys"]

        started = legacy(client, "remount_secret_backend", mount, moved)
        # OpenBao moves the mount in the background: wait for the move to finish.
        assert wait_for_remount(client, started["data"]["migration_id"]) == "success"
        mount = moved
        assert f"{moved}/" in client.sys.list_mounted_secrets_engines()["data"]
    finally:
        legacy(client, "disable_secret_backend", mount)


def test_seal_unseal_and_root_generation_on_a_non_dev_server(bao_server_factory) -> None:  # type: ignore[no-untyped-def]
    server = bao_server_factory(storage="inmem")
    client = server.client(token=None)
    assert legacy(client, "is_initialized") is False
    init = legacy(client, "initialize", secret_shares=3, secret_threshold=2)
    keys: List[str] = init["keys"]
    assert legacy(client, "is_sealed") is True
    assert legacy(client, "unseal", keys[0])["progress"] == 1
    legacy(client, "unseal_reset")
    legacy(client, "unseal_multi", keys[:2])
    server.wait_until_active()
    assert legacy(client, "is_sealed") is False
    client.token = init["root_token"]

    # OpenBao wants an OTP of exactly the length it announces.
    otp = "A" * client.generate_root_status["otp_length"]
    started = legacy(client, "start_generate_root", otp, otp=True)
    nonce = started["nonce"]
    answer = None
    for key in keys[:2]:
        answer = legacy(client, "generate_root", key, nonce)
    assert answer is not None and answer["complete"] is True and answer["encoded_token"]
    assert legacy(client, "cancel_generate_root") is True

    legacy(client, "seal")
    assert legacy(client, "is_sealed") is True
