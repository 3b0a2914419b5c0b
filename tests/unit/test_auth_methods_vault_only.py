"""Exact requests of the auth methods only Vault ships (Kerberos, Cloud Foundry, OCI, AliCloud,
Centrify): verb, path, query and JSON body, with the optional fields left at ``None`` absent; the
token fields each role/config method sends; logins that adopt (or not) the returned token."""
import inspect
from typing import Any, Callable, List, NamedTuple, Optional

import pytest
import requests_mock

from hvac import exceptions
from hvac.api.auth_methods import _token_fields
from hvac.api.auth_methods.alicloud import AliCloud
from hvac.api.auth_methods.centrify import Centrify
from hvac.api.auth_methods.cf import Cf
from hvac.api.auth_methods.kerberos import Kerberos
from hvac.api.auth_methods.oci import Oci
from tests.unit.fake_server import assert_sent

CLASSES = {"kerberos": Kerberos, "cf": Cf, "oci": Oci, "alicloud": AliCloud, "centrify": Centrify}
PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
LOGIN_ANSWER = {"auth": {"client_token": "s.new", "accessor": "a"}}


@pytest.fixture
def mock(mock):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json=LOGIN_ANSWER)
    return mock


class Expected(NamedTuple):
    verb: str
    path: str
    body: Optional[Any]


def case(id_: str, method: str, call: Callable[[Any], Any], verb: str, path: str, body: Optional[Any] = None) -> Any:
    """One row: ``call`` is given ``client.auth.<method>``; no request of these methods has a query."""
    return pytest.param(method, call, Expected(verb, path, body), id=f"{method} {id_}")


KERBEROS = [
    case("configure", "kerberos", lambda k: k.configure("a2V5dGFi", "vault_svc"), "POST", "/v1/auth/kerberos/config",
         {"keytab": "a2V5dGFi", "service_account": "vault_svc"}),
    case("configure all", "kerberos", lambda k: k.configure(
        "a2V5dGFi", "vault_svc", remove_instance_name=True, add_group_aliases=False, mount_point="krb"),
        "POST", "/v1/auth/krb/config",
        {"keytab": "a2V5dGFi", "service_account": "vault_svc", "remove_instance_name": True, "add_group_aliases": False}),
    case("read config", "kerberos", lambda k: k.read_config(mount_point="krb"), "GET", "/v1/auth/krb/config"),
    case("configure ldap", "kerberos", lambda k: k.configure_ldap(), "POST", "/v1/auth/kerberos/config/ldap", {}),
    case("configure ldap all", "kerberos", lambda k: k.configure_ldap(
        "ldaps://dc.example.com", starttls=False, insecure_tls=False, certificate=PEM, client_tls_cert=PEM,
        client_tls_key="KEY", tls_min_version="tls12", tls_max_version="tls13", connection_timeout="10s",
        request_timeout=60, binddn="cn=vault", bindpass="pw", discoverdn=True, deny_null_bind=True,
        upndomain="EXAMPLE.COM", userdn="ou=users", userattr="samaccountname", userfilter="({{.UserAttr}}={{.Username}})",
        username_as_alias=True, case_sensitive_names=False, groupdn="ou=groups", groupfilter="(member={{.UserDN}})",
        groupattr="memberOf", anonymous_group_search=False, use_token_groups=True, use_pre111_group_cn_behavior=False,
        dereference_aliases="always", max_page_size=500, token_fields={"token_ttl": "1h", "token_policies": ["default"]},
        mount_point="krb"),
        "POST", "/v1/auth/krb/config/ldap",
        {"url": "ldaps://dc.example.com", "starttls": False, "insecure_tls": False, "certificate": PEM,
         "client_tls_cert": PEM, "client_tls_key": "KEY", "tls_min_version": "tls12", "tls_max_version": "tls13",
         "connection_timeout": "10s", "request_timeout": 60, "binddn": "cn=vault", "bindpass": "pw",
         "discoverdn": True, "deny_null_bind": True, "upndomain": "EXAMPLE.COM", "userdn": "ou=users",
         "userattr": "samaccountname", "userfilter": "({{.UserAttr}}={{.Username}})", "username_as_alias": True,
         "case_sensitive_names": False, "groupdn": "ou=groups", "groupfilter": "(member={{.UserDN}})",
         "groupattr": "memberOf", "anonymous_group_search": False, "use_token_groups": True,
         "use_pre111_group_cn_behavior": False, "dereference_aliases": "always", "max_page_size": 500,
         "token_ttl": "1h", "token_policies": ["default"]}),
    case("read ldap config", "kerberos", lambda k: k.read_ldap_config(), "GET", "/v1/auth/kerberos/config/ldap"),
    case("group", "kerberos", lambda k: k.create_or_update_group("admins"), "POST", "/v1/auth/kerberos/groups/admins", {}),
    case("group policies", "kerberos", lambda k: k.create_or_update_group("admins", ["a", "b"], mount_point="krb"),
         "POST", "/v1/auth/krb/groups/admins", {"policies": ["a", "b"]}),
    case("group policies string", "kerberos", lambda k: k.create_or_update_group("admins", "a,b"),
         "POST", "/v1/auth/kerberos/groups/admins", {"policies": "a,b"}),
    case("read group", "kerberos", lambda k: k.read_group("a b"), "GET", "/v1/auth/kerberos/groups/a%20b"),
    case("list groups", "kerberos", lambda k: k.list_groups(mount_point="krb"), "LIST", "/v1/auth/krb/groups"),
    case("delete group", "kerberos", lambda k: k.delete_group("admins"), "DELETE", "/v1/auth/kerberos/groups/admins"),
    case("login", "kerberos", lambda k: k.login("Negotiate YIIC", mount_point="krb"), "POST", "/v1/auth/krb/login",
         {"authorization": "Negotiate YIIC"}),
]

CF = [
    case("configure", "cf", lambda c: c.configure(), "POST", "/v1/auth/cf/config", {}),
    case("configure all", "cf", lambda c: c.configure(
        [PEM], "https://api.sys.example.com", "vault", "pw", "client", "secret", [PEM], PEM, "KEY", 300, 60,
        "pcf", pcf_api_addr="https://old", pcf_username="u", pcf_password="p", pcf_api_trusted_certificates=[PEM]),
        "POST", "/v1/auth/pcf/config",
        {"identity_ca_certificates": [PEM], "cf_api_addr": "https://api.sys.example.com", "cf_username": "vault",
         "cf_password": "pw", "cf_client_id": "client", "cf_client_secret": "secret",
         "cf_api_trusted_certificates": [PEM], "cf_api_mutual_tls_certificate": PEM, "cf_api_mutual_tls_key": "KEY",
         "login_max_seconds_not_before": 300, "login_max_seconds_not_after": 60, "pcf_api_addr": "https://old",
         "pcf_username": "u", "pcf_password": "p", "pcf_api_trusted_certificates": [PEM]}),
    case("read config", "cf", lambda c: c.read_config(), "GET", "/v1/auth/cf/config"),
    case("delete config", "cf", lambda c: c.delete_config(mount_point="pcf"), "DELETE", "/v1/auth/pcf/config"),
    case("role", "cf", lambda c: c.create_role("web"), "POST", "/v1/auth/cf/roles/web", {}),
    case("role all", "cf", lambda c: c.create_role(
        "web", ["app"], ["space"], ["org"], ["instance"], True, "pcf", token_fields={"token_policies": "a,b"}),
        "POST", "/v1/auth/pcf/roles/web",
        {"bound_application_ids": ["app"], "bound_space_ids": ["space"], "bound_organization_ids": ["org"],
         "bound_instance_ids": ["instance"], "disable_ip_matching": True, "token_policies": "a,b"}),
    case("read role", "cf", lambda c: c.read_role("web"), "GET", "/v1/auth/cf/roles/web"),
    case("list roles", "cf", lambda c: c.list_roles(), "LIST", "/v1/auth/cf/roles"),
    case("delete role", "cf", lambda c: c.delete_role("web", mount_point="pcf"), "DELETE", "/v1/auth/pcf/roles/web"),
    case("login", "cf", lambda c: c.login("web", PEM, "2024-01-02T03:04:05Z", "c2ln"), "POST", "/v1/auth/cf/login",
         {"role": "web", "cf_instance_cert": PEM, "signing_time": "2024-01-02T03:04:05Z", "signature": "c2ln"}),
]

OCI = [
    case("configure", "oci", lambda o: o.configure("ocid1.tenancy.oc1..a"), "POST", "/v1/auth/oci/config",
         {"home_tenancy_id": "ocid1.tenancy.oc1..a"}),
    case("read config", "oci", lambda o: o.read_config(mount_point="o"), "GET", "/v1/auth/o/config"),
    case("delete config", "oci", lambda o: o.delete_config(), "DELETE", "/v1/auth/oci/config"),
    case("role", "oci", lambda o: o.create_role("dev"), "POST", "/v1/auth/oci/role/dev", {}),
    case("role all", "oci", lambda o: o.create_role("dev", ["ocid1.group.oc1..g"], "o", token_fields={"token_type": "batch"}),
         "POST", "/v1/auth/o/role/dev", {"ocid_list": ["ocid1.group.oc1..g"], "token_type": "batch"}),
    case("read role", "oci", lambda o: o.read_role("dev"), "GET", "/v1/auth/oci/role/dev"),
    case("list roles", "oci", lambda o: o.list_roles(mount_point="o"), "LIST", "/v1/auth/o/role"),
    case("delete role", "oci", lambda o: o.delete_role("dev"), "DELETE", "/v1/auth/oci/role/dev"),
    case("login", "oci", lambda o: o.login("dev", {"date": ["Mon"], "authorization": ["Signature x"]}),
         "POST", "/v1/auth/oci/login/dev", {"request_headers": {"date": ["Mon"], "authorization": ["Signature x"]}}),
    case("login json", "oci", lambda o: o.login("dev", '{"date": ["Mon"]}', mount_point="o"),
         "POST", "/v1/auth/o/login/dev", {"request_headers": '{"date": ["Mon"]}'}),
]

ALICLOUD = [
    case("role", "alicloud", lambda a: a.create_role("dev", "acs:ram::5138828231865461:role/dev"),
         "POST", "/v1/auth/alicloud/role/dev", {"arn": "acs:ram::5138828231865461:role/dev"}),
    case("role all", "alicloud", lambda a: a.create_role("dev", "acs:ram::1:role/dev", "ali", token_fields={"token_num_uses": 3}),
         "POST", "/v1/auth/ali/role/dev", {"arn": "acs:ram::1:role/dev", "token_num_uses": 3}),
    case("read role", "alicloud", lambda a: a.read_role("dev"), "GET", "/v1/auth/alicloud/role/dev"),
    case("list roles", "alicloud", lambda a: a.list_roles(), "LIST", "/v1/auth/alicloud/role"),
    case("list roles plural", "alicloud", lambda a: a.list_roles("ali", plural=True), "LIST", "/v1/auth/ali/roles"),
    case("delete role", "alicloud", lambda a: a.delete_role("dev"), "DELETE", "/v1/auth/alicloud/role/dev"),
    case("login", "alicloud", lambda a: a.login("dev", "aHR0cHM6Ly9zdHM=", "eyJIb3N0Ijoic3RzIn0="),
         "POST", "/v1/auth/alicloud/login",
         {"role": "dev", "identity_request_url": "aHR0cHM6Ly9zdHM=", "identity_request_headers": "eyJIb3N0Ijoic3RzIn0="}),
]

CENTRIFY = [
    case("configure", "centrify", lambda c: c.configure("https://t.my.centrify.com", "vault", "secret"),
         "POST", "/v1/auth/centrify/config",
         {"service_url": "https://t.my.centrify.com", "client_id": "vault", "client_secret": "secret"}),
    case("configure all", "centrify", lambda c: c.configure(
        "https://t.my.centrify.com", "vault", "secret", "app", "scope", "cy", token_ttl=60, policies=["p"]),
        "POST", "/v1/auth/cy/config",
        {"service_url": "https://t.my.centrify.com", "client_id": "vault", "client_secret": "secret",
         "app_id": "app", "scope": "scope", "token_ttl": 60, "policies": ["p"]}),
    case("read config", "centrify", lambda c: c.read_config(), "GET", "/v1/auth/centrify/config"),
    case("login", "centrify", lambda c: c.login("ann", "pw"), "POST", "/v1/auth/centrify/login",
         {"username": "ann", "password": "pw"}),
    case("login mode", "centrify", lambda c: c.login("svc", "pw", mode="cc", mount_point="cy"),
         "POST", "/v1/auth/cy/login", {"username": "svc", "password": "pw", "mode": "cc"}),
]


@pytest.mark.parametrize("method, call, expected", KERBEROS + CF + OCI + ALICLOUD + CENTRIFY)
def test_exact_request(client, mock, method, call, expected):
    call(getattr(client.auth, method))
    assert_sent(mock, expected.verb, expected.path, {}, expected.body)


#: The role/config methods that take token fields: (auth method, call with the required arguments
#: and ``**token_arguments``, the path it posts to, the body the required arguments alone send).
TOKEN_METHODS = [
    ("kerberos", lambda k, **kw: k.configure_ldap(**kw), "/v1/auth/kerberos/config/ldap", {}),
    ("cf", lambda c, **kw: c.create_role("web", **kw), "/v1/auth/cf/roles/web", {}),
    ("oci", lambda o, **kw: o.create_role("dev", **kw), "/v1/auth/oci/role/dev", {}),
    ("alicloud", lambda a, **kw: a.create_role("dev", "arn", **kw), "/v1/auth/alicloud/role/dev", {"arn": "arn"}),
    ("centrify", lambda c, **kw: c.configure("https://t", "id", "secret", **kw), "/v1/auth/centrify/config",
     {"service_url": "https://t", "client_id": "id", "client_secret": "secret"}),
]
TOKEN_METHOD_NAMES = {
    "kerberos": "configure_ldap", "cf": "create_role", "oci": "create_role", "alicloud": "create_role", "centrify": "configure"
}
#: A value per token argument, each different, so that a field sent under another's key shows.
TOKEN_VALUES = {
    "token_ttl": "1h", "token_max_ttl": "2h", "token_period": 3600, "token_explicit_max_ttl": "3h",
    "token_policies": ["a", "b"], "token_bound_cidrs": "10.0.0.0/8,127.0.0.1/32", "token_num_uses": 5,
    "token_no_default_policy": True, "token_type": "default-batch",
    "ttl": 60, "max_ttl": "4h", "period": "5m", "policies": "c,d", "bound_cidrs": ["192.168.0.0/16"],
}
def _parameters(method):
    return inspect.signature(getattr(CLASSES[method], TOKEN_METHOD_NAMES[method])).parameters


def _settings_of(method):
    """The token settings a method sends: those of its ``token_fields`` bundle, and its own arguments."""
    bundled = _token_fields.TOKEN_FIELD_NAMES if "token_fields" in _parameters(method) else ()
    return [*bundled, *(p for p in _parameters(method) if p in TOKEN_VALUES)]


TOKEN_ROWS = [
    pytest.param(method, call, path, required, argument, id=f"{method} {argument}")
    for method, call, path, required in TOKEN_METHODS
    for argument in _settings_of(method)
]


def _token_arguments(method, argument):
    """A token setting goes in the ``token_fields`` bundle where the method takes one; an older
    name (and each of Centrify's settings) is a keyword argument of its own."""
    if argument not in _parameters(method):
        return {"token_fields": {argument: TOKEN_VALUES[argument]}}
    return {argument: TOKEN_VALUES[argument]}


@pytest.mark.parametrize("method, call, path, required, argument", TOKEN_ROWS)
def test_each_token_argument_is_sent_under_its_own_name(client, mock, method, call, path, required, argument):
    call(getattr(client.auth, method), **_token_arguments(method, argument))
    assert_sent(mock, "POST", path, {}, {**required, argument: TOKEN_VALUES[argument]})


def test_the_token_arguments_each_method_takes():
    shared = ["token_fields", *_token_fields.FIELD_DOCS]
    takes = {
        method: [p for p in inspect.signature(getattr(cls, TOKEN_METHOD_NAMES[method])).parameters if p in shared]
        for method, cls in CLASSES.items()
    }
    old_names = ["ttl", "max_ttl", "period", "policies", "bound_cidrs"]
    # What Vault 1.15 declares for each endpoint: Centrify's config lacks three token fields (so it
    # takes its six one by one), and only the CF and AliCloud roles (and Centrify's ``policies``)
    # still take the older names.
    assert takes == {
        "kerberos": ["token_fields"],
        "cf": ["token_fields", *old_names],
        "oci": ["token_fields"],
        "alicloud": ["token_fields", *old_names],
        "centrify": ["token_ttl", "token_policies", "token_bound_cidrs", "token_num_uses",
                     "token_no_default_policy", "token_type", "policies"],
    }


@pytest.mark.parametrize("method", CLASSES)
def test_login_adopts_the_returned_token(client, mock, method):
    login = getattr(getattr(client.auth, method), "login")
    response = login(*_login_arguments(login))
    assert response == LOGIN_ANSWER
    assert client.token == "s.new"
    assert mock.last_request.headers["X-Vault-Token"] == "s.tok"


@pytest.mark.parametrize("method", CLASSES)
def test_login_without_use_token_keeps_the_clients_token(client, mock, method):
    login = getattr(getattr(client.auth, method), "login")
    login(*_login_arguments(login), use_token=False)
    assert client.token == "s.tok"


def _login_arguments(login: Callable[..., Any]) -> List[Any]:
    required = [p for p in inspect.signature(login).parameters.values() if p.default is inspect.Parameter.empty]
    return [{"h": ["v"]} if p.name == "request_headers" else f"{p.name}-value" for p in required]


def test_centrify_login_refuses_an_unknown_mode_before_sending(client, mock):
    with pytest.raises(exceptions.ParamValidationError, match='invalid mode argument provided "rw", supported modes: "ro, cc"'):
        client.auth.centrify.login("ann", "pw", mode="rw")
    assert mock.call_count == 0


def test_kerberos_login_challenge_is_a_401_with_the_negotiate_header(client):
    with requests_mock.Mocker() as server:
        server.get(
            "https://vault.test:8200/v1/auth/kerberos/login",
            status_code=401,
            headers={"WWW-Authenticate": "Negotiate"},
            json={"errors": ["authentication required"]},
        )
        with pytest.raises(exceptions.Unauthorized, match="authentication required"):
            client.auth.kerberos.login_challenge()
        assert server.last_request.method == "GET"
    assert client.token == "s.tok"


@pytest.mark.parametrize(
    "cls, name",
    [
        pytest.param(cls, name, id=f"{cls.__name__}.{name}")
        for cls in CLASSES.values()
        for name, _ in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    ],
)
def test_every_method_documents_its_endpoint_and_each_parameter(cls, name):
    method = getattr(cls, name)
    doc = method.__doc__
    assert "``GET /v1/auth/" in doc or "``POST /v1/auth/" in doc or "``DELETE /v1/auth/" in doc or "``LIST /v1/auth/" in doc
    for parameter in list(inspect.signature(method).parameters)[1:]:
        assert doc.count(f":param {parameter}:") == 1, parameter


def test_the_vault_only_methods_are_registered_under_their_lower_cased_class_names(client):
    for attribute, cls in CLASSES.items():
        assert type(getattr(client.auth, attribute)) is cls
        assert cls.__name__.lower() == attribute
    assert "AliCloud" not in client.auth.unimplemented_classes



@pytest.mark.parametrize("method, call, path, required", [pytest.param(*row, id=row[0]) for row in TOKEN_METHODS[:4]])
def test_an_unknown_token_setting_is_refused_before_anything_is_sent(client, mock, method, call, path, required):
    with pytest.raises(exceptions.ParamValidationError, match="token_fields has unknown keys: token_tll"):
        call(getattr(client.auth, method), token_fields={"token_tll": "1h"})
    assert mock.call_count == 0
