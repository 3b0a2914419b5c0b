"""Ldap, LegacyMfa, Okta, RADIUS, Token, Userpass: arguments refused before any request, and
the few argument-handling rules (aliases, comma-joined lists, use_token) these methods have."""
import warnings

import pytest
import requests_mock

import hvac
from hvac import exceptions
from tests.unit.fake_server import URL


@pytest.fixture
def mock(mock):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, status_code=204)
    return mock


@pytest.fixture
def client():
    return hvac.Client(url=URL, token="s.caller")


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda c: c.auth.ldap.create_or_update_group("g", policies="p1,p2"), id="ldap-group-policies-str"),
        pytest.param(lambda c: c.auth.ldap.create_or_update_group("g", policies=("p",)), id="ldap-group-policies-tuple"),
        pytest.param(lambda c: c.auth.ldap.create_or_update_user("u", policies=1), id="ldap-user-policies-int"),
        pytest.param(lambda c: c.auth.ldap.create_or_update_user("u", groups="g"), id="ldap-user-groups-str"),
        pytest.param(lambda c: c.auth.radius.register_user("u", policies={"p": 1}), id="radius-user-policies-dict"),
        pytest.param(
            lambda c: c.auth.radius.configure("h", "s", unregistered_user_policies="p"),
            id="radius-unregistered-policies-str",
        ),
        pytest.param(lambda c: c.auth.legacymfa.configure("userpass", mfa_type="totp"), id="mfa-type"),
    ],
)
def test_invalid_arguments_are_refused_before_any_request(mock, client, call):
    with pytest.raises(exceptions.ParamValidationError):
        call(client)
    assert mock.call_count == 0


def test_the_message_names_the_parameter_and_the_type_given(mock, client):
    with pytest.raises(exceptions.ParamValidationError) as caught:
        client.auth.ldap.create_or_update_user("u", policies=["ok"], groups=7)
    assert "groups" in str(caught.value) and "int" in str(caught.value)
    # policies is checked before groups
    with pytest.raises(exceptions.ParamValidationError, match="policies"):
        client.auth.ldap.create_or_update_user("u", policies="bad", groups="bad")


def test_list_arguments_are_sent_comma_joined(mock, client):
    client.auth.ldap.create_or_update_user("u", policies=["a", "b"], groups=["g"])
    assert mock.last_request.json() == {"policies": "a,b", "groups": "g"}
    client.auth.radius.configure("h", "s", unregistered_user_policies=["x", "y"], port=1812)
    assert mock.last_request.json() == {"host": "h", "secret": "s", "port": 1812, "unregistered_user_policies": "x,y"}
    client.auth.radius.register_user("u")
    assert mock.last_request.json() == {}


def test_legacy_mfa_force_sends_an_unsupported_type(mock, client):
    client.auth.legacymfa.configure("userpass", mfa_type="totp", force=True)
    assert mock.last_request.json() == {"type": "totp"}
    assert mock.last_request.path == "/v1/auth/userpass/mfa_config"


def test_ldap_configure_accepts_user_dn_with_a_deprecation_warning(mock, client):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.auth.ldap.configure(user_dn="ou=people,dc=example")
    assert mock.last_request.json() == {"userdn": "ou=people,dc=example", "deny_null_bind": True}
    assert [w.category for w in caught] == [DeprecationWarning]
    assert "user_dn" in str(caught[0].message) and "3.0.0" in str(caught[0].message)


def test_ldap_configure_accepts_every_0x_keyword_name(mock, client):
    old_names = {
        "user_dn": "ou=people", "group_dn": "ou=groups", "bind_dn": "cn=svc", "bind_pass": "pw", "user_attr": "uid",
        "discover_dn": True, "upn_domain": "example.com", "group_filter": "(member={{.UserDN}})", "group_attr": "cn",
    }
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.auth.ldap.configure(url="ldaps://ldap.example.com", **old_names)
    assert mock.last_request.json() == {
        "url": "ldaps://ldap.example.com", "userdn": "ou=people", "groupdn": "ou=groups", "binddn": "cn=svc",
        "bindpass": "pw", "userattr": "uid", "discoverdn": True, "upndomain": "example.com",
        "groupfilter": "(member={{.UserDN}})", "groupattr": "cn", "deny_null_bind": True,
    }
    assert [w.category for w in caught] == [DeprecationWarning] * len(old_names)
    assert [str(w.message).split("'")[1] for w in caught] == list(old_names)


def test_ldap_configure_refuses_a_0x_name_given_with_its_modern_one(mock, client):
    with pytest.warns(DeprecationWarning), pytest.raises(ValueError, match="'bindpass'.*'bind_pass'"):
        client.auth.ldap.configure(bindpass="a", bind_pass="b")
    with pytest.warns(DeprecationWarning), pytest.raises(ValueError, match="'groupattr'"):
        client.auth.ldap.configure(*([None] * 16), "cn", group_attr="x")
    assert mock.call_count == 0


def test_ldap_configure_refuses_both_spellings_of_userdn(mock, client):
    for args, kwargs in (((("ou=a",), {"user_dn": "ou=b"})), ((), {"userdn": "ou=a", "user_dn": "ou=b"})):
        with pytest.warns(DeprecationWarning), pytest.raises(ValueError, match="duplicate value via alias .user_dn."):
            client.auth.ldap.configure(*args, **kwargs)
    assert mock.call_count == 0


def test_ldap_configure_options_after_mount_point_are_keyword_only(client):
    with pytest.raises(TypeError):
        client.auth.ldap.configure(*([None] * 20), "ldap", True)


@pytest.mark.parametrize(
    "method, url",
    [
        ("ldap", "/v1/auth/ldap/login/alice"),
        ("okta", "/v1/auth/okta/login/alice"),
        ("radius", "/v1/auth/radius/login/alice"),
        ("userpass", "/v1/auth/userpass/login/alice"),
    ],
)
def test_login_adopts_the_token_only_with_use_token(client, method, url):
    with requests_mock.Mocker() as m:
        m.post(URL + url, json={"auth": {"client_token": "s.new"}})
        getattr(client.auth, method).login("alice", "pw", use_token=False)
        assert client.token == "s.caller"
        getattr(client.auth, method).login("alice", "pw")
        assert client.token == "s.new"
        assert m.call_count == 2


def test_token_create_sends_the_role_in_the_path_but_create_orphan_in_the_body(mock, client):
    client.auth.token.create(role_name="r", policies=["p"], wrap_ttl="30s")
    assert mock.last_request.path == "/v1/auth/token/create/r"
    assert "role_name" not in mock.last_request.json()
    assert mock.last_request.headers["X-Vault-Wrap-TTL"] == "30s"
    client.auth.token.create_orphan(role_name="r")
    assert mock.last_request.path == "/v1/auth/token/create-orphan"
    assert mock.last_request.json()["role_name"] == "r"
    assert "no_parent" not in mock.last_request.json()


def test_path_parameters_are_percent_encoded(mock, client):
    client.auth.userpass.read_user("a b", mount_point="team/userpass")
    assert mock.last_request.path == "/v1/auth/team/userpass/users/a%20b"
