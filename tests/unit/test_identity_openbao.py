"""The identity methods beyond hvac 2.4 (login MFA, OpenBao as an OIDC provider, batch delete,
key rotation, the legacy alias/persona paths): the exact request of each one, the fields left
out when not given, the OIDC client's own credentials, and arguments refused before sending."""
import base64
from typing import Any, Callable, Dict, Optional
from urllib.parse import parse_qs, urlsplit

import pytest
import requests_mock

import hvac
from hvac import exceptions
from tests.unit.fake_server import URL, sent

V1 = f"{URL}/v1/identity"


@pytest.fixture
def mock(mock):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json={"data": {"ok": True}})
    return mock


def query(request) -> Dict[str, Any]:
    return {k: v if len(v) > 1 else v[0] for k, v in parse_qs(urlsplit(request.url).query).items()}


def body(request) -> Optional[Dict[str, Any]]:
    return request.json() if request.body else None


# (id, call, verb, path below /v1/identity, query, JSON body)
Call = Callable[[Any], Any]
CASES = [
    # -- login MFA methods: the minimal call, then every field
    ("totp create", lambda i: i.create_or_update_totp_mfa_method("Acme"), "POST", "mfa/method/totp", {}, {"issuer": "Acme"}),
    (
        "totp update, every field",
        lambda i: i.create_or_update_totp_mfa_method(
            "Acme", method_id="m1", method_name="n", period=60, key_size=30, qr_size=100,
            algorithm="SHA256", digits=8, skew=0, max_validation_attempts=3, mount_point="idm",
        ),
        "POST", "/v1/idm/mfa/method/totp/m1", {},
        {"issuer": "Acme", "method_name": "n", "period": 60, "key_size": 30, "qr_size": 100,
         "algorithm": "SHA256", "digits": 8, "skew": 0, "max_validation_attempts": 3},
    ),
    (
        "duo create",
        lambda i: i.create_or_update_duo_mfa_method("ik", "sk", "api.duo.test"),
        "POST", "mfa/method/duo", {}, {"integration_key": "ik", "secret_key": "sk", "api_hostname": "api.duo.test"},
    ),
    (
        "duo update, every field",
        lambda i: i.create_or_update_duo_mfa_method(
            "ik", "sk", "h", method_id="m2", method_name="n", push_info="p", use_passcode=False, username_format="{{x}}"
        ),
        "POST", "mfa/method/duo/m2", {},
        {"integration_key": "ik", "secret_key": "sk", "api_hostname": "h", "method_name": "n", "push_info": "p",
         "use_passcode": False, "username_format": "{{x}}"},
    ),
    ("okta create", lambda i: i.create_or_update_okta_mfa_method("org", "tok"), "POST", "mfa/method/okta", {},
     {"org_name": "org", "api_token": "tok"}),
    (
        "okta update, every field",
        lambda i: i.create_or_update_okta_mfa_method(
            "org", "tok", method_id="m3", method_name="n", base_url="okta.test", primary_email=True, production=False,
            username_format="{{y}}",
        ),
        "POST", "mfa/method/okta/m3", {},
        {"org_name": "org", "api_token": "tok", "method_name": "n", "base_url": "okta.test", "primary_email": True,
         "production": False, "username_format": "{{y}}"},
    ),
    ("pingid create", lambda i: i.create_or_update_pingid_mfa_method("c2V0"), "POST", "mfa/method/pingid", {},
     {"settings_file_base64": "c2V0"}),
    (
        "pingid update, every field",
        lambda i: i.create_or_update_pingid_mfa_method("c2V0", method_id="m4", method_name="n", username_format="u"),
        "POST", "mfa/method/pingid/m4", {}, {"settings_file_base64": "c2V0", "method_name": "n", "username_format": "u"},
    ),
    ("totp read", lambda i: i.read_totp_mfa_method("m1"), "GET", "mfa/method/totp/m1", {}, None),
    ("duo read", lambda i: i.read_duo_mfa_method("m2"), "GET", "mfa/method/duo/m2", {}, None),
    ("okta read", lambda i: i.read_okta_mfa_method("m3"), "GET", "mfa/method/okta/m3", {}, None),
    ("pingid read", lambda i: i.read_pingid_mfa_method("m4"), "GET", "mfa/method/pingid/m4", {}, None),
    ("any read", lambda i: i.read_mfa_method("m5"), "GET", "mfa/method/m5", {}, None),
    ("totp delete", lambda i: i.delete_totp_mfa_method("m1"), "DELETE", "mfa/method/totp/m1", {}, None),
    ("duo delete", lambda i: i.delete_duo_mfa_method("m2"), "DELETE", "mfa/method/duo/m2", {}, None),
    ("okta delete", lambda i: i.delete_okta_mfa_method("m3"), "DELETE", "mfa/method/okta/m3", {}, None),
    ("pingid delete", lambda i: i.delete_pingid_mfa_method("m4"), "DELETE", "mfa/method/pingid/m4", {}, None),
    ("totp list", lambda i: i.list_totp_mfa_methods(), "LIST", "mfa/method/totp", {}, None),
    ("duo list", lambda i: i.list_duo_mfa_methods(), "LIST", "mfa/method/duo", {}, None),
    ("okta list", lambda i: i.list_okta_mfa_methods(), "LIST", "mfa/method/okta", {}, None),
    ("pingid list", lambda i: i.list_pingid_mfa_methods(), "LIST", "mfa/method/pingid", {}, None),
    ("all list", lambda i: i.list_mfa_methods(), "LIST", "mfa/method", {}, None),
    ("totp generate", lambda i: i.generate_totp_mfa_secret("m1"), "POST", "mfa/method/totp/generate", {},
     {"method_id": "m1"}),
    ("totp admin-generate", lambda i: i.admin_generate_totp_mfa_secret("m1", "e1"), "POST",
     "mfa/method/totp/admin-generate", {}, {"method_id": "m1", "entity_id": "e1"}),
    ("totp admin-destroy", lambda i: i.admin_destroy_totp_mfa_secret("m1", "e1"), "POST",
     "mfa/method/totp/admin-destroy", {}, {"method_id": "m1", "entity_id": "e1"}),
    # -- login enforcements
    ("enforcement minimal", lambda i: i.create_or_update_login_enforcement("le", ["m1"]), "POST",
     "mfa/login-enforcement/le", {}, {"mfa_method_ids": ["m1"]}),
    (
        "enforcement every field",
        lambda i: i.create_or_update_login_enforcement(
            "le", ["m1"], auth_method_accessors=["a"], auth_method_types=["userpass"], identity_group_ids=["g"],
            identity_entity_ids=["e"],
        ),
        "POST", "mfa/login-enforcement/le", {},
        {"mfa_method_ids": ["m1"], "auth_method_accessors": ["a"], "auth_method_types": ["userpass"],
         "identity_group_ids": ["g"], "identity_entity_ids": ["e"]},
    ),
    ("enforcement read", lambda i: i.read_login_enforcement("le"), "GET", "mfa/login-enforcement/le", {}, None),
    ("enforcement delete", lambda i: i.delete_login_enforcement("le"), "DELETE", "mfa/login-enforcement/le", {}, None),
    ("enforcement list", lambda i: i.list_login_enforcements(), "LIST", "mfa/login-enforcement", {}, None),
    # -- OIDC provider objects
    ("provider minimal", lambda i: i.create_or_update_oidc_provider("p"), "POST", "oidc/provider/p", {}, {}),
    (
        "provider every field",
        lambda i: i.create_or_update_oidc_provider(
            "p", issuer="https://bao.test:8200", allowed_client_ids=["c"], scopes_supported=["s"]
        ),
        "POST", "oidc/provider/p", {},
        {"issuer": "https://bao.test:8200", "allowed_client_ids": ["c"], "scopes_supported": ["s"]},
    ),
    ("provider read", lambda i: i.read_oidc_provider("p"), "GET", "oidc/provider/p", {}, None),
    ("provider delete", lambda i: i.delete_oidc_provider("p"), "DELETE", "oidc/provider/p", {}, None),
    ("provider list", lambda i: i.list_oidc_providers(), "LIST", "oidc/provider", {}, None),
    ("provider list filtered", lambda i: i.list_oidc_providers(allowed_client_id="c1"), "LIST", "oidc/provider",
     {"allowed_client_id": "c1"}, None),
    ("client minimal", lambda i: i.create_or_update_oidc_client("c"), "POST", "oidc/client/c", {}, {}),
    (
        "client every field",
        lambda i: i.create_or_update_oidc_client(
            "c", key="k", redirect_uris=["http://127.0.0.1/cb"], assignments=["a"], client_type="public",
            id_token_ttl="1h", access_token_ttl=600, authorization_code=True, client_credentials=False,
        ),
        "POST", "oidc/client/c", {},
        {"key": "k", "redirect_uris": ["http://127.0.0.1/cb"], "assignments": ["a"], "client_type": "public",
         "id_token_ttl": "1h", "access_token_ttl": 600, "authorization_code": True, "client_credentials": False},
    ),
    ("client read", lambda i: i.read_oidc_client("c"), "GET", "oidc/client/c", {}, None),
    ("client delete", lambda i: i.delete_oidc_client("c"), "DELETE", "oidc/client/c", {}, None),
    ("client list", lambda i: i.list_oidc_clients(), "LIST", "oidc/client", {}, None),
    ("assignment minimal", lambda i: i.create_or_update_oidc_assignment("a"), "POST", "oidc/assignment/a", {}, {}),
    ("assignment every field", lambda i: i.create_or_update_oidc_assignment("a", entity_ids=["e"], group_ids=["g"]),
     "POST", "oidc/assignment/a", {}, {"entity_ids": ["e"], "group_ids": ["g"]}),
    ("assignment read", lambda i: i.read_oidc_assignment("a"), "GET", "oidc/assignment/a", {}, None),
    ("assignment delete", lambda i: i.delete_oidc_assignment("a"), "DELETE", "oidc/assignment/a", {}, None),
    ("assignment list", lambda i: i.list_oidc_assignments(), "LIST", "oidc/assignment", {}, None),
    ("scope minimal", lambda i: i.create_or_update_oidc_scope("s"), "POST", "oidc/scope/s", {}, {}),
    ("scope every field", lambda i: i.create_or_update_oidc_scope("s", template='{"a": 1}', description="d"),
     "POST", "oidc/scope/s", {}, {"template": '{"a": 1}', "description": "d"}),
    ("scope read", lambda i: i.read_oidc_scope("s"), "GET", "oidc/scope/s", {}, None),
    ("scope delete", lambda i: i.delete_oidc_scope("s"), "DELETE", "oidc/scope/s", {}, None),
    ("scope list", lambda i: i.list_oidc_scopes(), "LIST", "oidc/scope", {}, None),
    ("discovery", lambda i: i.read_oidc_provider_openid_configuration("p"), "GET",
     "oidc/provider/p/.well-known/openid-configuration", {}, None),
    ("jwks", lambda i: i.read_oidc_provider_public_keys("p"), "GET", "oidc/provider/p/.well-known/keys", {}, None),
    # -- authorize: query string for GET, JSON body for POST
    ("authorize GET minimal", lambda i: i.authorize_oidc_provider("p", "cid", "openid", "http://127.0.0.1/cb"), "GET",
     "oidc/provider/p/authorize", {"client_id": "cid", "scope": "openid", "redirect_uri": "http://127.0.0.1/cb",
                                   "response_type": "code"}, None),
    (
        "authorize GET every field",
        lambda i: i.authorize_oidc_provider(
            "p", "cid", "openid s", "http://127.0.0.1/cb", state="st", nonce="nn", max_age=60, code_challenge="cc",
            code_challenge_method="S256",
        ),
        "GET", "oidc/provider/p/authorize",
        {"client_id": "cid", "scope": "openid s", "redirect_uri": "http://127.0.0.1/cb", "response_type": "code",
         "state": "st", "nonce": "nn", "max_age": "60", "code_challenge": "cc", "code_challenge_method": "S256"},
        None,
    ),
    ("authorize POST minimal", lambda i: i.authorize_oidc_provider_with_post("p", "cid", "openid", "http://127.0.0.1/cb"),
     "POST", "oidc/provider/p/authorize", {},
     {"client_id": "cid", "scope": "openid", "redirect_uri": "http://127.0.0.1/cb", "response_type": "code"}),
    (
        "authorize POST every field",
        lambda i: i.authorize_oidc_provider_with_post(
            "p", "cid", "openid", "http://127.0.0.1/cb", state="st", nonce="nn", max_age=0, code_challenge="cc",
            code_challenge_method="plain",
        ),
        "POST", "oidc/provider/p/authorize", {},
        {"client_id": "cid", "scope": "openid", "redirect_uri": "http://127.0.0.1/cb", "response_type": "code",
         "state": "st", "nonce": "nn", "max_age": 0, "code_challenge": "cc", "code_challenge_method": "plain"},
    ),
    # -- key rotation, batch delete
    ("rotate key", lambda i: i.rotate_named_key_now("k"), "POST", "oidc/key/k/rotate", {}, {}),
    ("rotate key with ttl", lambda i: i.rotate_named_key_now("k", verification_ttl="2h"), "POST", "oidc/key/k/rotate",
     {}, {"verification_ttl": "2h"}),
    ("batch delete", lambda i: i.batch_delete_entities(["e1", "e2"]), "POST", "entity/batch-delete", {},
     {"entity_ids": ["e1", "e2"]}),
    # -- legacy alias and persona paths
    ("alias create", lambda i: i.create_legacy_alias("bob", "e1", "acc"), "POST", "alias", {},
     {"name": "bob", "canonical_id": "e1", "mount_accessor": "acc"}),
    ("alias create with id", lambda i: i.create_legacy_alias("bob", "e1", "acc", alias_id="a1"), "POST", "alias", {},
     {"id": "a1", "name": "bob", "canonical_id": "e1", "mount_accessor": "acc"}),
    ("alias read", lambda i: i.read_legacy_alias("a1"), "GET", "alias/id/a1", {}, None),
    ("alias update minimal", lambda i: i.update_legacy_alias("a1"), "POST", "alias/id/a1", {}, {}),
    ("alias update", lambda i: i.update_legacy_alias("a1", name="b", canonical_id="e", mount_accessor="m"), "POST",
     "alias/id/a1", {}, {"name": "b", "canonical_id": "e", "mount_accessor": "m"}),
    ("alias delete", lambda i: i.delete_legacy_alias("a1"), "DELETE", "alias/id/a1", {}, None),
    ("alias list", lambda i: i.list_legacy_aliases(), "LIST", "alias/id", {}, None),
    ("persona create minimal", lambda i: i.create_persona("p"), "POST", "persona", {}, {"name": "p"}),
    (
        "persona create every field",
        lambda i: i.create_persona("p", entity_id="e", mount_accessor="m", persona_id="p1", metadata={"k": "v"}),
        "POST", "persona", {}, {"id": "p1", "name": "p", "entity_id": "e", "mount_accessor": "m", "metadata": {"k": "v"}},
    ),
    ("persona read", lambda i: i.read_persona("p1"), "GET", "persona/id/p1", {}, None),
    ("persona update minimal", lambda i: i.update_persona("p1"), "POST", "persona/id/p1", {}, {}),
    ("persona update", lambda i: i.update_persona("p1", name="n", entity_id="e", mount_accessor="m", metadata={}),
     "POST", "persona/id/p1", {}, {"name": "n", "entity_id": "e", "mount_accessor": "m", "metadata": {}}),
    ("persona delete", lambda i: i.delete_persona("p1"), "DELETE", "persona/id/p1", {}, None),
    ("persona list", lambda i: i.list_personas(), "LIST", "persona/id", {}, None),
]


@pytest.mark.parametrize("call, verb, path, expected_query, expected_body", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_exact_request(mock, client, call, verb, path, expected_query, expected_body):
    answer = call(client.secrets.identity)
    assert answer == {"data": {"ok": True}}
    request = sent(mock)
    assert request.method == verb
    assert urlsplit(request.url).path == (path if path.startswith("/") else f"/v1/identity/{path}")
    assert query(request) == expected_query
    assert body(request) == expected_body
    assert request.headers["X-Vault-Token"] == "s.tok"


def test_path_parts_are_quoted(mock, client):
    client.secrets.identity.read_oidc_client("a b/c")
    client.secrets.identity.read_totp_mfa_method("x?y")
    assert [urlsplit(r.url).path for r in mock.request_history] == [
        "/v1/identity/oidc/client/a%20b/c",
        "/v1/identity/mfa/method/totp/x%3Fy",
    ]


def test_list_methods_honour_strict_http(mock):
    c = hvac.Client(url=URL, token="s.tok", strict_http=True)
    c.secrets.identity.list_oidc_providers(allowed_client_id="c1")
    request = sent(mock)
    assert request.method == "GET"
    assert query(request) == {"allowed_client_id": "c1", "list": "true"}


def test_create_answers_the_new_method_id(mock, client):
    mock.post(f"{V1}/mfa/method/totp", json={"data": {"method_id": "new-id"}})
    assert client.secrets.identity.create_or_update_totp_mfa_method("Acme")["data"]["method_id"] == "new-id"


def test_update_answers_204_as_the_response(mock, client):
    mock.post(f"{V1}/oidc/scope/s", status_code=204)
    assert client.secrets.identity.create_or_update_oidc_scope("s", description="d").status_code == 204


# -- the token endpoint: form-encoded, the client's credentials, never the Vault token ---------


def test_token_with_client_secret_basic(mock, client):
    answer = client.secrets.identity.request_oidc_provider_token(
        "p", "cid", "csecret", code="the-code", redirect_uri="http://127.0.0.1/cb"
    )
    assert answer == {"data": {"ok": True}}
    request = sent(mock)
    assert (request.method, urlsplit(request.url).path) == ("POST", "/v1/identity/oidc/provider/p/token")
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.body) == {
        "grant_type": ["authorization_code"],
        "code": ["the-code"],
        "redirect_uri": ["http://127.0.0.1/cb"],
    }
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"cid:csecret").decode()
    assert "X-Vault-Token" not in request.headers


def test_token_with_client_secret_post(mock, client):
    client.secrets.identity.request_oidc_provider_token(
        "p", "cid", "csecret", code="c", redirect_uri="r", code_verifier="v", client_auth="client_secret_post"
    )
    request = sent(mock)
    assert parse_qs(request.body) == {
        "grant_type": ["authorization_code"],
        "code": ["c"],
        "redirect_uri": ["r"],
        "code_verifier": ["v"],
        "client_id": ["cid"],
        "client_secret": ["csecret"],
    }
    assert "Authorization" not in request.headers
    assert "X-Vault-Token" not in request.headers


def test_token_for_a_public_client_sends_only_its_id(mock, client):
    client.secrets.identity.request_oidc_provider_token("p", "cid", code="c", redirect_uri="r", code_verifier="v")
    request = sent(mock)
    assert parse_qs(request.body)["client_id"] == ["cid"]
    assert "client_secret" not in parse_qs(request.body)
    assert "Authorization" not in request.headers


def test_token_client_credentials_grant(mock, client):
    client.secrets.identity.request_oidc_provider_token(
        "p", "cid", "cs", grant_type="client_credentials", scope="openid", mount_point="idm"
    )
    request = sent(mock)
    assert urlsplit(request.url).path == "/v1/idm/oidc/provider/p/token"
    assert parse_qs(request.body) == {"grant_type": ["client_credentials"], "scope": ["openid"]}


def test_token_keeps_the_client_usable_with_its_vault_token(mock, client):
    client.secrets.identity.request_oidc_provider_token("p", "cid", "cs", code="c")
    client.secrets.identity.read_oidc_provider("p")
    assert client.token == "s.tok"
    assert mock.request_history[1].headers["X-Vault-Token"] == "s.tok"


def test_token_keeps_the_namespace(mock):
    c = hvac.Client(url=URL, token="s.tok", namespace="team-a")
    c.secrets.identity.request_oidc_provider_token("p", "cid", "cs", code="c")
    assert sent(mock).headers["X-Vault-Namespace"] == "team-a"


def test_token_error_raises_the_mapped_exception(mock, client):
    mock.post(f"{V1}/oidc/provider/p/token", status_code=400, json={"error": "invalid_grant"})
    with pytest.raises(exceptions.InvalidRequest):
        client.secrets.identity.request_oidc_provider_token("p", "cid", "cs", code="stale")


# -- userinfo: the access token as a Bearer header, without the Vault token ---------------------


@pytest.mark.parametrize("method, verb", [("read_oidc_provider_userinfo", "GET"), ("read_oidc_provider_userinfo_with_post", "POST")])
def test_userinfo_sends_the_access_token_only(mock, client, method, verb):
    assert getattr(client.secrets.identity, method)("p", "at-123") == {"data": {"ok": True}}
    request = sent(mock)
    assert (request.method, urlsplit(request.url).path) == (verb, "/v1/identity/oidc/provider/p/userinfo")
    assert request.headers["Authorization"] == "Bearer at-123"
    assert "X-Vault-Token" not in request.headers
    assert not request.body


# -- arguments refused before any request --------------------------------------------------------

REFUSED = [
    ("algorithm", lambda i: i.create_or_update_totp_mfa_method("Acme", algorithm="MD5")),
    ("algorithm", lambda i: i.create_or_update_totp_mfa_method("Acme", algorithm="sha1")),
    ("digits", lambda i: i.create_or_update_totp_mfa_method("Acme", digits=7)),
    ("client_type", lambda i: i.create_or_update_oidc_client("c", client_type="secret")),
    ("response_type", lambda i: i.authorize_oidc_provider("p", "c", "openid", "r", response_type="token")),
    ("code_challenge_method", lambda i: i.authorize_oidc_provider_with_post("p", "c", "openid", "r", code_challenge_method="S512")),
    ("grant_type", lambda i: i.request_oidc_provider_token("p", "c", "s", grant_type="password")),
    ("client_auth", lambda i: i.request_oidc_provider_token("p", "c", "s", client_auth="private_key_jwt")),
    ("metadata", lambda i: i.create_persona("p", metadata="k=v")),
    ("metadata", lambda i: i.update_persona("p1", metadata=["k"])),
]


@pytest.mark.parametrize("argument, call", REFUSED, ids=[f"{a}-{n}" for n, (a, _) in enumerate(REFUSED)])
def test_invalid_choice_is_refused_before_sending(mock, client, argument, call):
    with pytest.raises(exceptions.ParamValidationError, match=argument):
        call(client.secrets.identity)
    assert mock.call_count == 0


@pytest.mark.parametrize("algorithm", ["SHA1", "SHA256", "SHA512"])
@pytest.mark.parametrize("digits", [6, 8])
def test_every_documented_totp_choice_is_sent(mock, client, algorithm, digits):
    client.secrets.identity.create_or_update_totp_mfa_method("Acme", algorithm=algorithm, digits=digits)
    assert sent(mock).json() == {"issuer": "Acme", "algorithm": algorithm, "digits": digits}
