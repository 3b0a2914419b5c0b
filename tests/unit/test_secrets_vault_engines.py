"""The Vault-only secrets engines beyond the reference's reach (LDAP libraries and dynamic roles,
AWS static roles, GCP's current paths, Azure roles, Consul's access config) and every field their
methods now send: exact requests (verb, path, query, body), one table row per new method or path,
and one row per new argument giving the body (or query) key it fills."""
import json

import pytest
import requests_mock

from hvac import exceptions
from tests.unit.fake_server import assert_sent
from tests.unit.field_rows import REPLY, Case, check_case, check_field, field_params, fields


@pytest.fixture
def mock(mock):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json=REPLY)  # every request answered
    return mock


REQUESTS = {
    # --- LDAP: configuration, dynamic roles, libraries
    "ldap delete config": Case(lambda s: s.ldap.delete_config(mount_point="l"), "DELETE", "/v1/l/config"),
    "ldap dynamic role": Case(
        lambda s: s.ldap.create_or_update_dynamic_role("r", "dn: a", "dn: b", default_ttl="1h"),
        "POST", "/v1/ldap/role/r", {"creation_ldif": "dn: a", "deletion_ldif": "dn: b", "default_ttl": "1h"}),
    "ldap read dynamic role": Case(lambda s: s.ldap.read_dynamic_role("r"), "GET", "/v1/ldap/role/r"),
    "ldap list dynamic roles": Case(lambda s: s.ldap.list_dynamic_roles(), "LIST", "/v1/ldap/role"),
    "ldap delete dynamic role": Case(lambda s: s.ldap.delete_dynamic_role("r"), "DELETE", "/v1/ldap/role/r"),
    "ldap dynamic creds": Case(lambda s: s.ldap.generate_dynamic_credentials("r"), "GET", "/v1/ldap/creds/r"),
    "ldap library set": Case(
        lambda s: s.ldap.create_or_update_library_set("set", ["a", "b"], ttl="10h"),
        "POST", "/v1/ldap/library/set", {"service_account_names": ["a", "b"], "ttl": "10h"}),
    "ldap read library set": Case(lambda s: s.ldap.read_library_set("set"), "GET", "/v1/ldap/library/set"),
    "ldap list library sets": Case(lambda s: s.ldap.list_library_sets(), "LIST", "/v1/ldap/library"),
    "ldap delete library set": Case(lambda s: s.ldap.delete_library_set("set"), "DELETE", "/v1/ldap/library/set"),
    "ldap check out": Case(lambda s: s.ldap.check_out_service_account("set"), "POST",
                           "/v1/ldap/library/set/check-out", {}),
    "ldap check out ttl": Case(lambda s: s.ldap.check_out_service_account("set", ttl="1h"), "POST",
                               "/v1/ldap/library/set/check-out", {"ttl": "1h"}),
    "ldap check in": Case(lambda s: s.ldap.check_in_service_accounts("set", ["a"]), "POST",
                          "/v1/ldap/library/set/check-in", {"service_account_names": ["a"]}),
    "ldap check in own": Case(lambda s: s.ldap.check_in_service_accounts("set"), "POST",
                              "/v1/ldap/library/set/check-in", {}),
    "ldap force check in": Case(lambda s: s.ldap.check_in_service_accounts("set", ["a"], force=True), "POST",
                                "/v1/ldap/library/manage/set/check-in", {"service_account_names": ["a"]}),
    "ldap library status": Case(lambda s: s.ldap.read_library_status("set"), "GET", "/v1/ldap/library/set/status"),
    # --- AWS: root configuration, both verbs on both credential paths, static roles
    "aws read root config": Case(lambda s: s.aws.read_root_iam_credentials_config(), "GET", "/v1/aws/config/root"),
    "aws creds with POST": Case(lambda s: s.aws.generate_credentials("r", ttl="1h", method="POST"), "POST",
                                "/v1/aws/creds/r", {"ttl": "1h"}),
    "aws sts with GET": Case(lambda s: s.aws.generate_credentials("r", ttl="1h", endpoint="sts", method="GET"),
                             "GET", "/v1/aws/sts/r", None, {"ttl": ["1h"]}),
    "aws static role": Case(lambda s: s.aws.create_or_update_static_role("r", "user", "24h"), "POST",
                            "/v1/aws/static-roles/r", {"username": "user", "rotation_period": "24h"}),
    "aws read static role": Case(lambda s: s.aws.read_static_role("r", mount_point="a"), "GET",
                                 "/v1/a/static-roles/r"),
    "aws delete static role": Case(lambda s: s.aws.delete_static_role("r"), "DELETE", "/v1/aws/static-roles/r"),
    "aws static creds": Case(lambda s: s.aws.generate_static_credentials("r"), "GET", "/v1/aws/static-creds/r"),
    # --- Azure: roles and the root secret
    "azure delete role": Case(lambda s: s.azure.delete_role("r"), "DELETE", "/v1/azure/roles/r"),
    "azure rotate root": Case(lambda s: s.azure.rotate_root(mount_point="az"), "POST", "/v1/az/rotate-root"),
    "azure groups as json": Case(
        lambda s: s.azure.create_or_update_role("r", [], azure_groups=[{"group_name": "g"}]), "POST",
        "/v1/azure/roles/r", {"azure_roles": "[]", "azure_groups": '[{"group_name": "g"}]'}),
    # --- Consul
    "consul read access": Case(lambda s: s.consul.read_access_config(), "GET", "/v1/consul/config/access"),
    # --- GCP: token verbs, the current roleset paths, the singular list spellings
    "gcp token POST": Case(lambda s: s.gcp.generate_oauth2_access_token("rs", method="POST"), "POST",
                           "/v1/gcp/token/rs"),
    "gcp static token POST": Case(
        lambda s: s.gcp.generate_static_account_oauth2_access_token("sa", method="POST"), "POST",
        "/v1/gcp/static-account/sa/token"),
    "gcp impersonated token POST": Case(
        lambda s: s.gcp.generate_impersonated_account_oauth2_access_token("ia", method="POST"), "POST",
        "/v1/gcp/impersonated-account/ia/token"),
    "gcp roleset token": Case(lambda s: s.gcp.generate_roleset_oauth2_access_token("rs"), "GET",
                              "/v1/gcp/roleset/rs/token"),
    "gcp roleset token POST": Case(lambda s: s.gcp.generate_roleset_oauth2_access_token("rs", method="POST"),
                                   "POST", "/v1/gcp/roleset/rs/token"),
    "gcp roleset key": Case(lambda s: s.gcp.generate_roleset_service_account_key("rs"), "POST",
                            "/v1/gcp/roleset/rs/key", {}),
    "gcp roleset key all": Case(
        lambda s: s.gcp.generate_roleset_service_account_key("rs", "KEY_ALG_RSA_1024", "TYPE_PKCS12_FILE", "1h"),
        "POST", "/v1/gcp/roleset/rs/key",
        {"key_algorithm": "KEY_ALG_RSA_1024", "key_type": "TYPE_PKCS12_FILE", "ttl": "1h"}),
    "gcp roleset key GET": Case(
        lambda s: s.gcp.generate_roleset_service_account_key("rs", key_type="TYPE_PKCS12_FILE", method="GET"),
        "GET", "/v1/gcp/roleset/rs/key", None, {"key_type": ["TYPE_PKCS12_FILE"]}),
    "gcp old key GET ttl": Case(lambda s: s.gcp.generate_service_account_key("rs", method="GET", ttl="1h"),
                                "GET", "/v1/gcp/key/rs", None, {"ttl": ["1h"]}),
    "gcp static key ttl": Case(lambda s: s.gcp.generate_static_account_service_account_key("sa", ttl=60), "POST",
                               "/v1/gcp/static-account/sa/key",
                               {"key_algorithm": "KEY_ALG_RSA_2048", "key_type": "TYPE_GOOGLE_CREDENTIALS_FILE",
                                "ttl": 60}),
    "gcp list rolesets singular": Case(lambda s: s.gcp.list_rolesets(singular=True), "LIST", "/v1/gcp/roleset"),
    "gcp list static singular": Case(lambda s: s.gcp.list_static_accounts(singular=True), "LIST",
                                     "/v1/gcp/static-account"),
    "gcp list impersonated singular": Case(lambda s: s.gcp.list_impersonated_accounts(singular=True), "LIST",
                                           "/v1/gcp/impersonated-account"),
    "gcp list rolesets": Case(lambda s: s.gcp.list_rolesets(), "LIST", "/v1/gcp/rolesets"),
}


@pytest.mark.parametrize("case", list(REQUESTS.values()), ids=list(REQUESTS))
def test_exact_request(mock, client, case: Case):
    check_case(mock, client.secrets, case)


def test_azure_read_role_returns_only_data(mock, client):
    assert client.secrets.azure.read_role("r", mount_point="az") == REPLY["data"]
    assert_sent(mock, "GET", "/v1/az/roles/r", {}, None)






FIELDS = (
    fields(lambda s, **kw: s.ldap.configure(**kw), "ttl", "max_ttl", "length", "tls_min_version", "tls_max_version",
           "userfilter", "discoverdn", "deny_null_bind", "anonymous_group_search", "groupdn", "groupfilter",
           "groupattr", "use_token_groups", "case_sensitive_names", "username_as_alias",
           "use_pre111_group_cn_behavior", "dereference_aliases", "max_page_size")
    + fields(lambda s, **kw: s.ldap.create_or_update_dynamic_role("r", "c", "d", **kw),
             "rollback_ldif", "username_template", "default_ttl", "max_ttl")
    + fields(lambda s, **kw: s.ldap.create_or_update_library_set("s", ["a"], **kw),
             "ttl", "max_ttl", "disable_check_in_enforcement")
    + fields(lambda s, **kw: s.aws.configure_root_iam_credentials("a", "s", **kw), "username_template")
    + fields(lambda s, **kw: s.aws.create_or_update_role("r", "iam_user", **kw),
             "iam_groups", "permissions_boundary_arn", "user_path")
    + fields(lambda s, **kw: s.aws.create_or_update_role("r", "iam_user", legacy_params=True, **kw),
             "iam_groups", "permissions_boundary_arn", "user_path")
    + fields(lambda s, **kw: s.azure.configure("sub", "ten", **kw), "password_policy", "root_password_ttl")
    + fields(lambda s, **kw: s.azure.create_or_update_role("r", [], **kw),
             "application_object_id", "persist_app", "permanently_delete")
    + fields(lambda s, **kw: s.consul.configure_access("addr", "tok", **kw), "ca_cert", "client_cert", "client_key")
    + fields(lambda s, **kw: s.consul.create_or_update_role("r", **kw), "consul_policies", "consul_roles",
             "service_identities", "node_identities", "consul_namespace", "partition", "lease")
    + fields(lambda s, **kw: s.gcp.generate_service_account_key("rs", **kw), "ttl")
)


@pytest.mark.parametrize("row", field_params(FIELDS))
def test_each_new_argument_fills_its_field(mock, client, row):
    check_field(mock, client.secrets, row, row.value)


def test_new_arguments_left_out_are_not_sent(mock, client):
    client.secrets.ldap.configure(binddn="cn=a")
    client.secrets.consul.create_or_update_role("r", policies=["p"])
    client.secrets.azure.create_or_update_role("r", [{"role_name": "Reader"}], ttl="1h")
    client.secrets.aws.configure_root_iam_credentials("a", "s")
    assert [r.json() for r in mock.request_history] == [
        {"binddn": "cn=a"},
        {"policies": ["p"]},
        {"azure_roles": json.dumps([{"role_name": "Reader"}]), "ttl": "1h"},
        {"access_key": "a", "secret_key": "s", "max_retries": None},
    ]


@pytest.mark.parametrize(
    "call, parameter",
    [
        (lambda s: s.aws.generate_credentials("r", method="PUT"), "method"),
        (lambda s: s.gcp.generate_oauth2_access_token("rs", method="DELETE"), "method"),
        (lambda s: s.gcp.generate_roleset_oauth2_access_token("rs", method="PUT"), "method"),
        (lambda s: s.gcp.generate_roleset_service_account_key("rs", method="PUT"), "method"),
        (lambda s: s.gcp.generate_roleset_service_account_key("rs", key_algorithm="RSA"), "key_algorithm"),
        (lambda s: s.gcp.generate_roleset_service_account_key("rs", key_type="PEM", method="GET"), "key_type"),
    ],
)
def test_refused_before_sending(mock, client, call, parameter):
    with pytest.raises(exceptions.ParamValidationError, match=parameter):
        call(client.secrets)
    assert mock.request_history == []


def test_the_reference_get_key_still_sends_no_key_options(mock, client):
    client.secrets.gcp.generate_service_account_key("rs", key_algorithm="bogus", key_type="bogus", method="GET")
    assert_sent(mock, "GET", "/v1/gcp/key/rs", {}, None)
