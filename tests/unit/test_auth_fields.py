"""Unit tests of the fields the auth methods send beyond hvac's (issue 29) and of the operations
they reach beyond it (issue 25): each argument -> the body (or query) key it fills, table-driven;
the shared token settings (``token_fields``, :mod:`hvac.api.auth_methods._token_fields`); and the
exact request of every new method."""
import inspect
import json
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

from hvac import exceptions
from hvac.api.auth_methods import JWT, OIDC, AppRole, Aws, Azure, Cert, Gcp, Github, Kubernetes, Ldap, Okta, Radius
from hvac.api.auth_methods import Token, Userpass
from hvac.api.auth_methods._token_fields import FIELD_DOCS, TOKEN_FIELD_NAMES, TokenFields, token_fields
from hvac.api.auth_methods._token_fields import with_token_fields
from hvac.api.vault_api_base import VaultApiBase
from tests.unit import test_auth_ops
from tests.unit.test_api_surface import _names_in

REFERENCE = json.loads((Path(__file__).parents[1] / "golden" / "api-modern.json").read_text())["modules"]
PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"

# One value per token setting, each different, so that a key sent under another name shows.
TOKEN_VALUES: Dict[str, Any] = {
    "token_ttl": "1h", "token_max_ttl": 7200, "token_policies": ["dev", "ops"], "token_bound_cidrs": "10.0.0.0/8",
    "token_explicit_max_ttl": "3h", "token_no_default_policy": True, "token_num_uses": 5, "token_period": "30m",
    "token_type": "batch",
}


def case(target: str, method: str, kwargs: Dict[str, Any], verb: str, path: str,
         body: Optional[Dict[str, Any]] = None, query: Optional[Dict[str, List[str]]] = None, name: str = "") -> Any:
    return pytest.param(target, method, kwargs, verb, path, body, query or {},
                        id=f"{target}.{method}-{name or '-'.join(kwargs) or 'defaults'}")


# --- the new arguments of existing methods: argument -> body key ----------------------------------
# (target, method, required kwargs, verb, path, body of the required kwargs, {new argument: value}).
# Each new argument gets a case of its own; the field it fills has the argument's name.
NEW_ARGUMENTS = [
    ("github", "configure", {"organization": "org"}, "POST", "/v1/auth/github/config", {"organization": "org"},
     {"organization_id": 1234}),
    ("okta", "configure", {"org_name": "dev-1"}, "POST", "/v1/auth/okta/config", {"org_name": "dev-1"},
     {"organization": "dev-0", "token": "00a", "production": False}),
    ("okta", "login", {"username": "al", "password": "pw", "use_token": False}, "POST", "/v1/auth/okta/login/al",
     {"username": "al", "password": "pw"}, {"totp": "123456", "provider": "OKTA", "nonce": "n-1"}),
    ("radius", "configure", {"host": "127.0.0.1", "secret": "s"}, "POST", "/v1/auth/radius/config",
     {"host": "127.0.0.1", "secret": "s"}, {"read_timeout": 9, "nas_identifier": "vault"}),
    ("azure", "configure", {"tenant_id": "t", "resource": "r"}, "POST", "/v1/auth/azure/config",
     {"tenant_id": "t", "resource": "r"}, {"root_password_ttl": "4380h"}),
    ("azure", "login", {"role": "r", "jwt": "e.y.j", "use_token": False}, "POST", "/v1/auth/azure/login",
     {"role": "r", "jwt": "e.y.j"}, {"resource_id": "/subscriptions/s/resourceGroups/g/providers/p/x"}),
    ("gcp", "configure", {}, "POST", "/v1/auth/gcp/config",
     {"google_certs_endpoint": "https://www.googleapis.com/oauth2/v3/certs"},
     {"iam_alias": "unique_id", "iam_metadata": ["default", "project_id"], "gce_alias": "instance_id",
      "gce_metadata": "", "custom_endpoint": {"iam": "https://iam.example.internal", "compute": "https://c.internal"}}),
    ("gcp", "create_role", {"name": "r", "role_type": "iam", "project_id": "p"}, "POST", "/v1/auth/gcp/role/r",
     {"type": "iam", "project_id": "p", "policies": ""},
     {"bound_projects": ["p", "q"], "add_group_aliases": True, "service_accounts": ["sa@p.iam"]}),
    ("gcp", "create_role", {"name": "r", "role_type": "gce", "project_id": "p"}, "POST", "/v1/auth/gcp/role/r",
     {"type": "gce", "project_id": "p", "policies": ""},
     {"bound_zone": "europe-west1-b", "bound_region": "europe-west1", "bound_instance_group": "web"}),
    ("kubernetes", "configure", {"kubernetes_host": "https://k8s.test"}, "POST", "/v1/auth/kubernetes/config",
     {"kubernetes_host": "https://k8s.test", "disable_local_ca_jwt": False}, {"disable_iss_validation": True}),
    ("kubernetes", "create_role",
     {"name": "r", "bound_service_account_names": "web", "bound_service_account_namespaces": "default"},
     "POST", "/v1/auth/kubernetes/role/r",
     {"bound_service_account_names": ["web"], "bound_service_account_namespaces": ["default"]},
     {"bound_service_account_namespace_selector": '{"matchLabels": {"team": "a"}}', "token_strictly_bind_ip": True,
      "num_uses": 3, "bound_cidrs": ["10.0.0.0/8"]}),
    ("userpass", "create_or_update_user", {"username": "al"}, "POST", "/v1/auth/userpass/users/al", {},
     {"password_hash": "$2a$10$abc", "token_strictly_bind_ip": False, "ttl": "1h", "max_ttl": "2h",
      "bound_cidrs": "127.0.0.1/32"}),
    ("userpass", "update_policies_on_user", {"username": "al", "token_policies": ["a"]}, "POST",
     "/v1/auth/userpass/users/al/policies", {"token_policies": ["a"]}, {"policies": ["old"]}),
    ("token", "create", {}, "POST", "/v1/auth/token/create",
     {"no_parent": False, "no_default_policy": False, "renewable": True, "display_name": "token", "num_uses": 0},
     {"lease": "1h"}),
    ("token", "create_orphan", {}, "POST", "/v1/auth/token/create-orphan",
     {"no_default_policy": False, "renewable": True, "display_name": "token", "num_uses": 0}, {"lease": 600}),
    ("token", "create_or_update_role", {"role_name": "r"}, "POST", "/v1/auth/token/roles/r",
     {"orphan": False, "renewable": True},
     {"allowed_policies_glob": ["dev-*"], "disallowed_policies_glob": ["root*"], "token_bound_cidrs": ["10.0.0.0/8"],
      "token_no_default_policy": True, "token_num_uses": 2, "token_type": "service", "period": "1h",
      "explicit_max_ttl": "2h", "bound_cidrs": "127.0.0.1/32"}),
    ("approle", "create_or_update_approle", {"role_name": "r"}, "POST", "/v1/auth/approle/role/r", {},
     {"local_secret_ids": True, "role_id": "my-role-id", "token_strictly_bind_ip": True, "period": "1h"}),
    ("approle", "generate_secret_id", {"role_name": "r"}, "POST", "/v1/auth/approle/role/r/secret-id", {},
     {"num_uses": 3, "ttl": "10m"}),
    ("approle", "create_custom_secret_id", {"role_name": "r", "secret_id": "s-1"}, "POST",
     "/v1/auth/approle/role/r/custom-secret-id", {"secret_id": "s-1"}, {"num_uses": 0, "ttl": 600}),
    ("cert", "configure_tls_certificate", {}, "POST", "/v1/auth/cert/config", {"disable_binding": False},
     {"enable_identity_alias_metadata": True, "ocsp_cache_size": 200}),
    ("jwt", "configure", {}, "POST", "/v1/auth/jwt/config", {},
     {"override_allowed_server_names": ["idp.internal"], "skip_jwks_validation": True}),
    ("jwt", "oidc_authorization_url_request", {"role": "r", "redirect_uri": "http://127.0.0.1:8250/cb"}, "POST",
     "/v1/auth/jwt/oidc/auth_url", {"role": "r", "redirect_uri": "http://127.0.0.1:8250/cb"}, {"client_nonce": "cn"}),
    ("jwt", "oidc_callback_form_post", {"state": "st", "code": "cd"}, "POST", "/v1/auth/jwt/oidc/callback",
     {"state": "st", "code": "cd"}, {"client_nonce": "cn"}),
    ("ldap", "configure", {}, "POST", "/v1/auth/ldap/config", {"deny_null_bind": True},
     {"use_pre111_group_cn_behavior": True}),
    ("aws", "configure", {}, "POST", "/v1/auth/aws/config/client", {},
     {"use_sts_region_from_client": True, "allowed_sts_header_values": ["X-Custom"]}),
    ("aws", "create_certificate_configuration", {"cert_name": "c", "aws_public_cert": "QUJD"}, "POST",
     "/v1/auth/aws/config/certificate/c", {"cert_name": "c", "aws_public_cert": "QUJD"}, {"type": "identity"}),
    ("aws", "ec2_login", {"pkcs7": "MII", "use_token": False}, "POST", "/v1/auth/aws/login", {"pkcs7": "MII"},
     {"identity": "eyJ=", "signature": "c2ln"}),
]

# The deprecated names of JWT roles' token settings (Vault still reads them), for both classes.
JWT_ROLE = {"name": "r", "user_claim": "sub", "allowed_redirect_uris": ["http://127.0.0.1:8250/cb"]}
JWT_ROLE_BODY = {**JWT_ROLE, "bound_claims_type": "string", "verbose_oidc_logging": False}
JWT_ROLE_NEW = {"max_age": "5m", "ttl": "1h", "max_ttl": "2h", "period": "30m", "policies": ["p"], "num_uses": 4,
                "bound_cidrs": ["10.0.0.0/8"]}
NEW_ARGUMENTS += [
    ("jwt", "create_role", JWT_ROLE, "POST", "/v1/auth/jwt/role/r", {**JWT_ROLE_BODY, "role_type": "jwt"}, JWT_ROLE_NEW),
    ("oidc", "create_role", JWT_ROLE, "POST", "/v1/auth/oidc/role/r", {**JWT_ROLE_BODY, "role_type": "oidc"},
     JWT_ROLE_NEW),
]

CERT_ROLE = {"name": "web", "certificate": PEM}
CERT_ROLE_BODY = {
    "name": "web", "certificate": PEM, "allowed_common_names": "", "allowed_dns_sans": "", "allowed_email_sans": "",
    "allowed_uri_sans": "", "allowed_organizational_units": "", "required_extensions": "", "display_name": "",
    "token_ttl": 0, "token_max_ttl": 0, "token_policies": [], "token_bound_cidrs": [], "token_explicit_max_ttl": 0,
    "token_no_default_policy": False, "token_num_uses": 0, "token_period": 0, "token_type": "",
}
NEW_ARGUMENTS.append(
    ("cert", "create_ca_certificate_role", CERT_ROLE, "POST", "/v1/auth/cert/certs/web", CERT_ROLE_BODY,
     {"allowed_names": ["*.example.internal"], "allowed_metadata_extensions": ["1.2.3.4"], "ocsp_enabled": True,
      "ocsp_ca_certificates": PEM, "ocsp_servers_override": ["http://127.0.0.1:8080"], "ocsp_fail_open": True,
      "ocsp_query_all_servers": False, "token_strictly_bind_ip": True, "ttl": "1h", "max_ttl": "2h",
      "period": "30m", "policies": "a,b", "bound_cidrs": ["127.0.0.1/32"], "lease": 3600})
)

# Methods that take the token settings as one ``token_fields`` dict:
# (target, method, required kwargs, path, body of the required kwargs).
TOKEN_FIELDS_METHODS = [
    ("github", "configure", {"organization": "org"}, "/v1/auth/github/config", {"organization": "org"}),
    ("okta", "configure", {"org_name": "dev-1"}, "/v1/auth/okta/config", {"org_name": "dev-1"}),
    ("radius", "configure", {"host": "127.0.0.1", "secret": "s"}, "/v1/auth/radius/config",
     {"host": "127.0.0.1", "secret": "s"}),
    ("azure", "create_role", {"name": "r"}, "/v1/auth/azure/role/r", {}),
    ("gcp", "create_role", {"name": "r", "role_type": "iam", "project_id": "p"}, "/v1/auth/gcp/role/r",
     {"type": "iam", "project_id": "p", "policies": ""}),
    ("kubernetes", "create_role",
     {"name": "r", "bound_service_account_names": ["web"], "bound_service_account_namespaces": ["default"]},
     "/v1/auth/kubernetes/role/r", {"bound_service_account_names": ["web"], "bound_service_account_namespaces": ["default"]}),
    ("userpass", "create_or_update_user", {"username": "al", "password": "pw"}, "/v1/auth/userpass/users/al",
     {"password": "pw"}),
    ("aws", "create_role", {"role": "r"}, "/v1/auth/aws/role/r", {"role": "r"}),
]


def _new_argument_cases() -> List[Any]:
    cases = []
    for target, method, required, verb, path, body, new in NEW_ARGUMENTS:
        for argument, value in new.items():
            cases.append(case(target, method, {**required, argument: value}, verb, path, {**body, argument: value},
                              name=argument))
    return cases


def _token_field_cases() -> List[Any]:
    cases = []
    for target, method, required, path, body in TOKEN_FIELDS_METHODS:
        for key in TOKEN_FIELD_NAMES:
            value = TOKEN_VALUES[key]
            cases.append(case(target, method, {**required, "token_fields": {key: value}}, "POST", path,
                              {**body, key: value}, name=f"token_fields.{key}"))
        cases.append(case(target, method, {**required, "token_fields": token_fields(**TOKEN_VALUES)}, "POST", path,
                          {**body, **TOKEN_VALUES}, name="token_fields-all"))
    return cases


# --- the operations reached beyond hvac (issue 25) ------------------------------------------------
NEW_OPERATIONS = [
    # github
    case("github", "list_team_mappings", {}, "LIST", "/v1/auth/github/map/teams"),
    case("github", "list_team_mappings", {"method": "GET", "mount_point": "gh"}, "GET", "/v1/auth/gh/map/teams"),
    case("github", "list_user_mappings", {"method": "get"}, "GET", "/v1/auth/github/map/users"),
    case("github", "list_user_mappings", {}, "LIST", "/v1/auth/github/map/users"),
    case("github", "delete_team_mapping", {"team_name": "platform"}, "DELETE", "/v1/auth/github/map/teams/platform"),
    case("github", "delete_user_mapping", {"user_name": "octo cat", "mount_point": "gh"}, "DELETE",
         "/v1/auth/gh/map/users/octo%20cat"),
    # okta, radius, azure
    case("okta", "verify", {"nonce": "n-1"}, "GET", "/v1/auth/okta/verify/n-1"),
    case("radius", "login", {"username": "al", "password": "pw", "use_token": False, "username_in_body": True},
         "POST", "/v1/auth/radius/login", {"username": "al", "password": "pw"}),
    case("radius", "login", {"username": "al", "password": "pw", "use_token": False}, "POST",
         "/v1/auth/radius/login/al", {"password": "pw"}),
    case("azure", "rotate_root_credentials", {}, "POST", "/v1/auth/azure/rotate-root"),
    case("azure", "rotate_root_credentials", {"mount_point": "az"}, "POST", "/v1/auth/az/rotate-root"),
    # the two spellings of the list roles path
    case("aws", "list_roles", {}, "LIST", "/v1/auth/aws/roles"),
    case("aws", "list_roles", {"role_path": True}, "LIST", "/v1/auth/aws/role"),
    case("gcp", "list_roles", {"role_path": True, "mount_point": "g"}, "LIST", "/v1/auth/g/role"),
    # aws: root credentials, the identity access list and the role tag deny list
    case("aws", "rotate_root_credentials", {}, "POST", "/v1/auth/aws/config/rotate-root"),
    case("aws", "read_identity_access_list", {"instance_id": "i-1"}, "GET", "/v1/auth/aws/identity-accesslist/i-1"),
    case("aws", "list_identity_access_list", {}, "LIST", "/v1/auth/aws/identity-accesslist"),
    case("aws", "delete_identity_access_list_entries", {"instance_id": "i-1"}, "DELETE",
         "/v1/auth/aws/identity-accesslist/i-1"),
    case("aws", "tidy_identity_access_list_entries", {}, "POST", "/v1/auth/aws/tidy/identity-accesslist",
         {"safety_buffer": "72h"}),
    case("aws", "tidy_identity_access_list_entries", {"safety_buffer": "1h", "mount_point": "a"}, "POST",
         "/v1/auth/a/tidy/identity-accesslist", {"safety_buffer": "1h"}),
    case("aws", "configure_identity_access_list_tidy", {"safety_buffer": "48h", "disable_periodic_tidy": True},
         "POST", "/v1/auth/aws/config/tidy/identity-accesslist", {"safety_buffer": "48h", "disable_periodic_tidy": True}),
    case("aws", "configure_identity_access_list_tidy", {}, "POST", "/v1/auth/aws/config/tidy/identity-accesslist", {}),
    case("aws", "read_identity_access_list_tidy", {}, "GET", "/v1/auth/aws/config/tidy/identity-accesslist"),
    case("aws", "delete_identity_access_list_tidy", {}, "DELETE", "/v1/auth/aws/config/tidy/identity-accesslist"),
    case("aws", "place_role_tags_in_deny_list", {"role_tag": "v1:abc"}, "POST", "/v1/auth/aws/roletag-denylist/v1%3Aabc"),
    case("aws", "read_role_tag_deny_list", {"role_tag": "v1:abc"}, "GET", "/v1/auth/aws/roletag-denylist/v1%3Aabc"),
    case("aws", "list_deny_list_tags", {"mount_point": "a"}, "LIST", "/v1/auth/a/roletag-denylist"),
    case("aws", "delete_deny_list_tags", {"role_tag": "v1:abc"}, "DELETE", "/v1/auth/aws/roletag-denylist/v1%3Aabc"),
    case("aws", "tidy_deny_list_tags", {"safety_buffer": "24h"}, "POST", "/v1/auth/aws/tidy/roletag-denylist",
         {"safety_buffer": "24h"}),
    case("aws", "configure_role_tag_deny_list_tidy", {"disable_periodic_tidy": False}, "POST",
         "/v1/auth/aws/config/tidy/roletag-denylist", {"disable_periodic_tidy": False}),
    case("aws", "read_role_tag_deny_list_tidy", {}, "GET", "/v1/auth/aws/config/tidy/roletag-denylist"),
    case("aws", "delete_role_tag_deny_list_tidy", {}, "DELETE", "/v1/auth/aws/config/tidy/roletag-denylist"),
    # hvac's deprecated spellings still go where they went
    case("aws", "read_identity_whitelist", {"instance_id": "i-1"}, "GET", "/v1/auth/aws/identity-whitelist/i-1"),
    case("aws", "tidy_identity_whitelist_entries", {}, "POST", "/v1/auth/aws/tidy/identity-whitelist",
         {"safety_buffer": "72h"}),
    case("aws", "configure_role_tag_blacklist_tidy", {"safety_buffer": "1h"}, "POST",
         "/v1/auth/aws/config/tidy/roletag-blacklist", {"safety_buffer": "1h"}),
    case("aws", "delete_blacklist_tags", {"role_tag": "t"}, "DELETE", "/v1/auth/aws/roletag-blacklist/t"),
]

# Where hvac sends a field the servers do not read, it still does, beside the one they read.
UNDECLARED_KEPT = [
    case("approle", "create_or_update_approle", {"role_name": "r", "enable_local_secret_ids": True,
                                                 "local_secret_ids": True},
         "POST", "/v1/auth/approle/role/r", {"enable_local_secret_ids": True, "local_secret_ids": True}),
    case("aws", "create_certificate_configuration", {"cert_name": "c", "aws_public_cert": "QUJD",
                                                     "document_type": "identity", "type": "identity"},
         "POST", "/v1/auth/aws/config/certificate/c",
         {"cert_name": "c", "aws_public_cert": "QUJD", "document_type": "identity", "type": "identity"}),
    case("approle", "create_or_update_approle", {"role_name": "r", "policies": ["a", "b"], "bound_cidr_list": ["10.0.0.0/8"]},
         "POST", "/v1/auth/approle/role/r", {"policies": "a,b", "bound_cidr_list": "10.0.0.0/8"}, name="comma-joined"),
    case("aws", "ec2_login", {"pkcs7": None, "identity": "eyJ=", "signature": "c2ln", "use_token": False},
         "POST", "/v1/auth/aws/login", {"identity": "eyJ=", "signature": "c2ln"}, name="without-pkcs7"),
    case("userpass", "update_password_on_user", {"username": "al", "password": None, "password_hash": "$2a$h"},
         "POST", "/v1/auth/userpass/users/al/password", {"password_hash": "$2a$h"}, name="hash-only"),
    case("userpass", "update_password_on_user", {"username": "al", "password": "pw"},
         "POST", "/v1/auth/userpass/users/al/password", {"password": "pw"}, name="password"),
    case("userpass", "create_or_update_user", {"username": "al", "token_fields": {"token_ttl": "1h"},
                                               "token_max_ttl": "2h"},
         "POST", "/v1/auth/userpass/users/al", {"token_ttl": "1h", "token_max_ttl": "2h"}, name="kwargs-and-token_fields"),
    case("jwt", "oidc_callback", {"state": "st", "nonce": "n", "code": "cd", "client_nonce": "cn",
                                  "callback_params": {"error": "access_denied", "error_description": "no",
                                                      "error_uri": "https://idp.test/e", "confirmation": "yes"}},
         "GET", "/v1/auth/jwt/oidc/callback",
         {"state": "st", "nonce": "n", "code": "cd", "client_nonce": "cn", "error": "access_denied",
          "error_description": "no", "error_uri": "https://idp.test/e", "confirmation": "yes"},
         {"state": ["st"], "nonce": ["n"], "code": ["cd"], "client_nonce": ["cn"], "error": ["access_denied"],
          "error_description": ["no"], "error_uri": ["https://idp.test/e"], "confirmation": ["yes"]}),
    case("jwt", "oidc_callback_form_post", {"state": "st", "code": "cd", "callback_params": {"error": "e"}},
         "POST", "/v1/auth/jwt/oidc/callback", {"state": "st", "code": "cd", "error": "e"}, name="callback_params"),
]


@pytest.mark.parametrize(
    "target, method, kwargs, verb, path, body, query",
    _new_argument_cases() + _token_field_cases() + NEW_OPERATIONS + UNDECLARED_KEPT,
)
def test_exact_request(mock, client, target, method, kwargs, verb, path, body, query):
    # The check of test_auth_ops' table of the operations added beyond hvac, on this module's table.
    test_auth_ops.test_exact_request(mock, client, target, method, kwargs, verb, path, body, query)


def test_every_new_method_is_pinned():
    pinned = {param.values[1] for param in NEW_OPERATIONS}
    inherited = set(dir(VaultApiBase))
    for cls in (Aws, Azure, Gcp, Github, Kubernetes, Ldap, Okta, Radius):
        recorded = REFERENCE[cls.__module__]["classes"][cls.__name__]["members"]
        added = {name for name in dir(cls) if not name.startswith("_") and name not in recorded and name not in inherited}
        assert added <= pinned, (cls.__name__, added - pinned)


# --- the shared token settings ---------------------------------------------------------------------


def test_token_fields_builds_the_body_of_the_settings_given():
    assert token_fields() == {}
    assert token_fields(token_ttl="1h", token_policies=None, token_no_default_policy=False) == {
        "token_ttl": "1h", "token_no_default_policy": False,
    }
    assert token_fields(**TOKEN_VALUES) == TOKEN_VALUES
    assert list(inspect.signature(token_fields).parameters) == list(TOKEN_FIELD_NAMES)
    assert tuple(TokenFields.__annotations__) == TOKEN_FIELD_NAMES


def test_with_token_fields_leaves_the_body_alone_and_drops_nones():
    body = {"organization": "org"}
    assert with_token_fields(body, {"token_ttl": "1h", "token_period": None}) == {"organization": "org", "token_ttl": "1h"}
    assert body == {"organization": "org"}
    assert with_token_fields(body, None) == body


@pytest.mark.parametrize(
    "target, method, kwargs, message",
    [
        ("github", "configure", {"organization": "o", "token_fields": {"token_tll": "1h"}}, "token_tll"),
        ("aws", "create_role", {"role": "r", "token_fields": {"ttl": "1h"}}, "unknown keys: ttl"),
        ("okta", "configure", {"org_name": "o", "token_fields": [("token_ttl", "1h")]}, "must be a dict"),
        ("kubernetes", "create_role", {"name": "r", "bound_service_account_names": "a",
                                       "bound_service_account_namespaces": "b", "token_type": "batch",
                                       "token_fields": {"token_type": "service"}}, "token_type given twice"),
        ("userpass", "create_or_update_user", {"username": "u", "token_ttl": "1h", "token_fields": {"token_ttl": "2h"}},
         "token_ttl given twice"),
        ("github", "list_team_mappings", {"method": "POST"}, "LIST, GET"),
        ("jwt", "oidc_callback", {"state": "s", "nonce": "n", "code": "c", "callback_params": {"eror": "x"}}, "eror"),
    ],
    ids=["misspelled-key", "deprecated-name-is-no-token-setting", "not-a-dict", "given-twice", "given-twice-kwargs",
         "list-verb", "callback-key"],
)
def test_bad_arguments_are_refused_before_anything_is_sent(mock, client, target, method, kwargs, message):
    with pytest.raises(exceptions.ParamValidationError, match=message):
        getattr(getattr(client.auth, target), method)(**kwargs)
    assert mock.call_count == 0


def test_the_error_names_the_keys_not_the_values(mock, client):
    with pytest.raises(exceptions.ParamValidationError) as raised:
        client.auth.github.configure("o", token_fields={"token_polcies": "s3cr3t-value"})
    assert "s3cr3t-value" not in str(raised.value)


# --- the declarations: explicit, typed, documented ---------------------------------------------------

WITH_SHARED_FIELDS = [
    (AppRole, "create_or_update_approle"), (Aws, "create_role"), (Aws, "configure_identity_integration"),
    (Azure, "create_role"), (Cert, "create_ca_certificate_role"), (Gcp, "configure"), (Gcp, "create_role"),
    (Github, "configure"), (JWT, "create_role"), (Kubernetes, "create_role"), (Ldap, "configure"),
    (Okta, "configure"), (Radius, "configure"), (Token, "create_or_update_role"), (Userpass, "create_or_update_user"),
    (Userpass, "update_policies_on_user"),
]


@pytest.mark.parametrize("cls, name", WITH_SHARED_FIELDS, ids=[f"{c.__name__}.{n}" for c, n in WITH_SHARED_FIELDS])
def test_every_parameter_is_documented_once_and_in_order(cls, name):
    method = getattr(cls, name)
    doc = method.__doc__
    parameters = [p for p in inspect.signature(method).parameters if p not in ("self", "kwargs")]
    positions = [doc.find(f":param {p}:") for p in parameters]
    assert -1 not in positions, [p for p, at in zip(parameters, positions) if at == -1]
    assert positions == sorted(positions)
    assert all(doc.count(f":param {p}:") == 1 for p in parameters)
    assert doc.find(":return:") > max(positions)


@pytest.mark.parametrize("cls, name", WITH_SHARED_FIELDS, ids=[f"{c.__name__}.{n}" for c, n in WITH_SHARED_FIELDS])
def test_new_parameters_are_typed_keyword_only_and_optional(cls, name):
    member = REFERENCE[cls.__module__]["classes"][cls.__name__]["members"].get(name)
    recorded = set(_names_in(member["signature"])) if member else set()
    for parameter in inspect.signature(getattr(cls, name)).parameters.values():
        if parameter.name in ("self", "kwargs"):
            continue
        assert parameter.annotation is not inspect.Parameter.empty, parameter.name
        if member and parameter.name not in recorded:
            assert parameter.kind is parameter.KEYWORD_ONLY, parameter.name
            assert parameter.default is None, parameter.name


def test_shared_docs_cover_each_deprecated_name_with_its_replacement():
    for old in ("ttl", "max_ttl", "period", "policies", "num_uses", "bound_cidrs", "explicit_max_ttl"):
        assert f"``token_{old}``" in FIELD_DOCS[old]
    assert "OpenBao only" in FIELD_DOCS["token_strictly_bind_ip"]


def test_oidc_role_takes_the_same_arguments_as_jwt_role():
    jwt, oidc = inspect.signature(JWT.create_role), inspect.signature(OIDC.create_role)
    assert list(jwt.parameters) == list(oidc.parameters)
    assert oidc.parameters["role_type"].default == "oidc"
