"""The sys fields added beyond the reference's arguments, against a real OpenBao server: OpenBao
reads each of them (the settings come back on a read), and answers the paths only Vault serves
with a 404, which the client raises as InvalidPath."""
import base64
import hashlib
from typing import Any, Callable

import pytest

import hvac
from hvac import exceptions
from tests.integration.test_sys_dev_a import wait_for

RULES = 'path "secret/*" { capabilities = ["read"] }'


def test_acl_policy_settings_through_both_policy_paths(client, unique):
    acl, legacy = unique("pol"), unique("pol")
    client.sys.create_or_update_acl_policy(acl, RULES, cas=0, cas_required=True, ttl="1h")
    client.sys.create_or_update_policy(legacy, RULES, expiration="2099-01-01T00:00:00Z", allow_slashes_in_identity_templates=True)
    try:
        stored = client.sys.read_acl_policy(acl)["data"]
        assert (stored["version"], stored["cas_required"]) == (1, True)
        assert stored["expiration"]  # an hour from now
        with pytest.raises(exceptions.InvalidRequest, match="check-and-set"):
            client.sys.create_or_update_acl_policy(acl, RULES)
        client.sys.create_or_update_acl_policy(acl, RULES, cas=1)
        assert client.sys.read_acl_policy(acl)["data"]["version"] == 2

        stored = client.sys.read_policy(legacy)["data"]
        assert (stored["expiration"], stored["allow_slashes_in_identity_templates"]) == ("2099-01-01T00:00:00Z", True)
        with pytest.raises(exceptions.InvalidRequest, match="check-and-set"):
            client.sys.create_or_update_policy(legacy, RULES, cas=0)  # it exists already
    finally:
        client.sys.delete_acl_policy(acl)
        client.sys.delete_policy(legacy)


def test_auth_method_enable_and_tune_settings(client, unique):
    path = unique("up")
    client.sys.enable_auth_method("userpass", path=path, options={"team": "a"}, seal_wrap=True, external_entropy_access=True)
    try:
        mount = client.sys.read_auth_method(path)["data"]
        assert (mount["options"], mount["seal_wrap"], mount["external_entropy_access"]) == ({"team": "a"}, True, True)

        lockout = {"lockout_threshold": 3, "lockout_duration": "10m"}
        client.sys.tune_auth_method(
            path, token_type="batch", allowed_response_headers=["X-Trace"], user_lockout_config=lockout, options={"b": "c"}
        )
        tuned = client.sys.read_auth_method_tuning(path)["data"]
        assert (tuned["token_type"], tuned["allowed_response_headers"]) == ("batch", ["X-Trace"])
        assert (tuned["user_lockout_threshold"], tuned["user_lockout_duration"]) == (3, 600)
        assert tuned["options"] == {"team": "a", "b": "c"}

        # the same settings through the secrets-engine path, which also tunes auth mounts
        client.sys.tune_mount_configuration(f"auth/{path}", token_type="service", user_lockout_config={"lockout_threshold": 9})
        tuned = client.sys.read_auth_method_tuning(path)["data"]
        assert (tuned["token_type"], tuned["user_lockout_threshold"]) == ("service", 9)
    finally:
        client.sys.disable_auth_method(path)


def test_secrets_engine_enable_and_tune_settings(client, mount_engine):
    path = mount_engine("kv", options={"version": "1"}, external_entropy_access=True)
    assert client.sys.read_secrets_engine(path)["data"]["external_entropy_access"] is True
    client.sys.tune_mount_configuration(path, allowed_response_headers=["X-Trace"])
    assert client.sys.read_mount_configuration(path)["data"]["allowed_response_headers"] == ["X-Trace"]
    with pytest.raises(exceptions.InvalidRequest, match="not a valid semantic version"):
        client.sys.tune_mount_configuration(path, plugin_version="latest-and-greatest")


def test_the_count_and_the_algorithm_in_the_body(client):
    for answer, size in ((client.sys.generate_random_bytes(bytes=7), 7), (client.sys.generate_random_bytes(source="platform", bytes=5), 5)):
        assert len(base64.b64decode(answer["data"]["random_bytes"])) == size
    digest = client.sys.hash_data(base64.b64encode(b"x").decode(), "sha2-512", algorithm_in_body=True)["data"]["sum"]
    assert digest == hashlib.sha512(b"x").hexdigest()


def test_recursive_listings_with_scan(client, unique):
    parent = unique("ns")
    client.sys.create_namespace(parent)
    child = hvac.Client(url=client.url, token=client.token, namespace=parent)
    child.sys.create_namespace("inner")
    try:
        assert f"{parent}/" in client.sys.list_namespaces()["data"]["keys"]
        assert f"{parent}/inner/" not in client.sys.list_namespaces()["data"]["keys"]
        assert f"{parent}/inner/" in client.sys.list_namespaces(scan=True)["data"]["keys"]
    finally:
        child.sys.delete_namespace("inner")  # deleted in the background
        wait_for(lambda: f"{parent}/inner/" not in client.sys.list_namespaces(scan=True)["data"]["keys"])
        client.sys.delete_namespace(parent)
        child.adapter.close()

    # OpenBao 2.7.2 drops the connection on a plain listing of workflows once one sits below a
    # "directory"; the recursive one from the top answers with the whole paths.
    nested = unique("wf") + "/deep/one"
    client.sys.create_or_update_workflow(nested, 'flow "main" {}')
    try:
        assert nested in client.sys.list_workflows(scan=True)["data"]["keys"]
    finally:
        client.sys.delete_workflow(nested)


def test_revocations_queued_with_sync_false(client, mount_engine):
    pki = mount_engine("pki", config={"max_lease_ttl": "24h"})
    client.write(f"{pki}/root/generate/internal", common_name="fields.test", ttl="24h")
    client.write(f"{pki}/roles/web", allow_any_name=True, generate_lease=True, ttl="1h")
    first = client.write(f"{pki}/issue/web", common_name="a.fields.test")["lease_id"]
    client.write(f"{pki}/issue/web", common_name="b.fields.test")
    assert client.sys.revoke_lease(first, sync=False).status_code == 202  # accepted, done later
    assert client.sys.revoke_prefix(f"{pki}/issue/web", sync=False).status_code == 202


def test_the_openapi_document_with_a_context(client):
    assert client.sys.read_openapi_document(context="docs")["openapi"].startswith("3.")


VAULT_ONLY = [
    lambda c: c.sys.read_replication_status(),
    lambda c: c.sys.read_license_status(),
    lambda c: c.sys.list_experiments(),
    lambda c: c.sys.read_client_activity(),
    lambda c: c.sys.read_seal_wrap_rewrap_status(),
    lambda c: c.sys.read_control_group_config(),
    lambda c: c.sys.read_totp_mfa_method("totp"),
    lambda c: c.sys.read_managed_key("pkcs11", "k"),
    lambda c: c.sys.read_lease_count_quota("q"),
    lambda c: c.sys.renew_lease("a/b", legacy_path=True),
]


@pytest.mark.parametrize("call", VAULT_ONLY)
def test_what_only_vault_serves_is_an_invalid_path_on_openbao(client, call: Callable[[hvac.Client], Any]):
    with pytest.raises(exceptions.InvalidPath):
        call(client)
