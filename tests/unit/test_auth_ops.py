"""Unit tests pinning the exact requests of the auth-method operations added beyond the reference:
AppRole's per-setting role endpoints and DELETE forms, Cert's config and CRLs, JWT/OIDC's CEL roles,
form-post callback and poll, Userpass's policies and Token's other lookup forms."""
import inspect
import json
from pathlib import Path
from typing import Any, Dict, List, Optional
from urllib.parse import urlsplit

import pytest
import requests
import requests_mock

from hvac import exceptions
from hvac.api.auth_methods import JWT, OIDC, AppRole, Cert, Token, Userpass
from hvac.api.auth_methods.approle import _ROLE_SETTINGS, StrList
from hvac.api.vault_api_base import VaultApiBase
from tests.unit.fake_server import URL, assert_sent

REFERENCE = json.loads((Path(__file__).parents[1] / "golden" / "api-modern.json").read_text())["modules"]


def case(target: str, method: str, kwargs: Dict[str, Any], verb: str, path: str,
         body: Optional[Dict[str, Any]] = None, query: Optional[Dict[str, List[str]]] = None) -> Any:
    return pytest.param(target, method, kwargs, verb, path, body, query or {},
                        id=f"{target}.{method}-{'-'.join(kwargs) or 'defaults'}")


def _setting_cases() -> List[Any]:
    """read/update/delete of every AppRole role setting, at a custom mount."""
    values = {StrList: ["10.0.0.0/8", "127.0.0.1/32"], int: 3, bool: False}
    cases = []
    for segment, field, value_type, _ in _ROLE_SETTINGS:
        stem = segment.replace("-", "_")
        path = f"/v1/auth/ar/role/my-role/{segment}"
        value = values.get(value_type, "90m")
        cases += [
            case("approle", f"read_role_{stem}", {"role_name": "my-role", "mount_point": "ar"}, "GET", path),
            case("approle", f"update_role_{stem}", {"role_name": "my-role", field: value, "mount_point": "ar"},
                 "POST", path, {field: value}),
            case("approle", f"delete_role_{stem}", {"role_name": "my-role", "mount_point": "ar"}, "DELETE", path),
        ]
    return cases


CEL_PROGRAM = {
    "variables": [{"name": "ok", "expression": "claims.sub == 'alice'"}],
    "expression": "ok ? pb.Auth{alias: logical.Alias{name: claims.sub}} : 'only alice'",
}
EVERY_CEL_FIELD = {
    "bound_audiences": ["vault"], "clock_skew_leeway": 30, "expiration_leeway": "2m", "not_before_leeway": 0,
    "message": "denied",
}

CASES = _setting_cases() + [
    # --- approle ---------------------------------------------------------------------------------
    case("approle", "read_role_local_secret_ids", {"role_name": "r"}, "GET", "/v1/auth/approle/role/r/local-secret-ids"),
    case("approle", "delete_secret_id", {"role_name": "r", "secret_id": "s-1"},
         "DELETE", "/v1/auth/approle/role/r/secret-id/destroy", query={"secret_id": ["s-1"]}),
    case("approle", "delete_secret_id_accessor", {"role_name": "r", "secret_id_accessor": "a-1", "mount_point": "ar"},
         "DELETE", "/v1/auth/ar/role/r/secret-id-accessor/destroy", query={"secret_id_accessor": ["a-1"]}),
    case("approle", "tidy_secret_ids", {}, "POST", "/v1/auth/approle/tidy/secret-id"),
    case("approle", "tidy_secret_ids", {"mount_point": "ar"}, "POST", "/v1/auth/ar/tidy/secret-id"),
    # --- cert ------------------------------------------------------------------------------------
    case("cert", "read_config", {}, "GET", "/v1/auth/cert/config"),
    case("cert", "read_config", {"mount_point": "tls"}, "GET", "/v1/auth/tls/config"),
    case("cert", "create_or_update_crl", {"name": "c1", "crl": "PEM"}, "POST", "/v1/auth/cert/crls/c1", {"crl": "PEM"}),
    case("cert", "create_or_update_crl", {"name": "c1", "url": "http://127.0.0.1/x.crl", "mount_point": "tls"},
         "POST", "/v1/auth/tls/crls/c1", {"url": "http://127.0.0.1/x.crl"}),
    case("cert", "create_or_update_crl", {"name": "c1"}, "POST", "/v1/auth/cert/crls/c1", {}),
    case("cert", "read_crl", {"name": "c1"}, "GET", "/v1/auth/cert/crls/c1"),
    case("cert", "list_crls", {"mount_point": "tls"}, "LIST", "/v1/auth/tls/crls"),
    case("cert", "delete_crl", {"name": "c1"}, "DELETE", "/v1/auth/cert/crls/c1"),
    # --- jwt (and oidc: the same methods, another default mount) ---------------------------------
    case("jwt", "create_cel_role", {"name": "c", "cel_program": CEL_PROGRAM}, "POST", "/v1/auth/jwt/cel/role/c",
         {"cel_program": CEL_PROGRAM}),
    case("jwt", "create_cel_role", {"name": "c", "cel_program": CEL_PROGRAM, **EVERY_CEL_FIELD, "path": "ci"},
         "POST", "/v1/auth/ci/cel/role/c", {"cel_program": CEL_PROGRAM, **EVERY_CEL_FIELD}),
    case("jwt", "patch_cel_role", {"name": "c", "message": "no"}, "PATCH", "/v1/auth/jwt/cel/role/c", {"message": "no"}),
    case("jwt", "patch_cel_role", {"name": "c", "cel_program": CEL_PROGRAM, **EVERY_CEL_FIELD},
         "PATCH", "/v1/auth/jwt/cel/role/c", {"cel_program": CEL_PROGRAM, **EVERY_CEL_FIELD}),
    case("jwt", "read_cel_role", {"name": "c"}, "GET", "/v1/auth/jwt/cel/role/c"),
    case("jwt", "list_cel_roles", {"path": "ci"}, "LIST", "/v1/auth/ci/cel/role"),
    case("jwt", "delete_cel_role", {"name": "c"}, "DELETE", "/v1/auth/jwt/cel/role/c"),
    case("jwt", "cel_login", {"role": "c", "jwt": "e.y.j", "use_token": False}, "POST", "/v1/auth/jwt/cel/login",
         {"role": "c", "jwt": "e.y.j"}),
    case("oidc", "read_cel_role", {"name": "c"}, "GET", "/v1/auth/oidc/cel/role/c"),
    case("oidc", "cel_login", {"role": "c", "jwt": "e.y.j", "use_token": False}, "POST", "/v1/auth/oidc/cel/login",
         {"role": "c", "jwt": "e.y.j"}),
    case("jwt", "oidc_callback_form_post", {"state": "st", "code": "cd"}, "POST", "/v1/auth/jwt/oidc/callback",
         {"state": "st", "code": "cd"}),
    case("oidc", "oidc_callback_form_post", {"state": "st", "id_token": "e.y.j", "path": "sso"},
         "POST", "/v1/auth/sso/oidc/callback", {"state": "st", "id_token": "e.y.j"}),
    case("jwt", "oidc_poll", {"state": "st", "client_nonce": "cn"}, "POST", "/v1/auth/jwt/oidc/poll",
         {"state": "st", "client_nonce": "cn"}),
    case("oidc", "oidc_poll", {"state": "st", "client_nonce": "cn"}, "POST", "/v1/auth/oidc/oidc/poll",
         {"state": "st", "client_nonce": "cn"}),
    # --- userpass --------------------------------------------------------------------------------
    case("userpass", "update_policies_on_user", {"username": "alice", "token_policies": ["a", "b"]},
         "POST", "/v1/auth/userpass/users/alice/policies", {"token_policies": ["a", "b"]}),
    case("userpass", "update_policies_on_user", {"username": "alice", "token_policies": "a,b", "mount_point": "up"},
         "POST", "/v1/auth/up/users/alice/policies", {"token_policies": "a,b"}),
    # --- token -----------------------------------------------------------------------------------
    case("token", "lookup_with_get", {"token": "s.other"}, "GET", "/v1/auth/token/lookup", query={"token": ["s.other"]}),
    case("token", "lookup_with_get", {}, "GET", "/v1/auth/token/lookup"),
    case("token", "lookup_self_with_post", {}, "POST", "/v1/auth/token/lookup-self"),
]


@pytest.mark.parametrize("target, method, kwargs, verb, path, body, query", CASES)
def test_exact_request(mock, client, target, method, kwargs, verb, path, body, query):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json={"data": {}, "auth": {"client_token": "s.new"}})
    getattr(getattr(client.auth, target), method)(**kwargs)
    assert_sent(mock, verb, path, query, body)


def test_every_new_operation_is_pinned():
    pinned = {param.values[1] for param in CASES}
    inherited = set(dir(VaultApiBase))
    classes = {"approle": AppRole, "cert": Cert, "jwt": JWT, "oidc": OIDC, "userpass": Userpass, "token": Token}
    for cls in classes.values():
        recorded = {
            member
            for base in cls.__mro__
            for member in REFERENCE.get(base.__module__, {}).get("classes", {}).get(base.__name__, {}).get("members", {})
        }
        added = {name for name in dir(cls) if not name.startswith("_") and name not in recorded and name not in inherited}
        assert added <= pinned, (cls.__name__, added - pinned)


# --- AppRole's generated setting methods --------------------------------------------------------


@pytest.mark.parametrize("segment, field, value_type, about", _ROLE_SETTINGS)
def test_setting_methods_look_like_written_ones(segment, field, value_type, about):
    stem = segment.replace("-", "_")
    for verb, name in (("GET", f"read_role_{stem}"), ("POST", f"update_role_{stem}"), ("DELETE", f"delete_role_{stem}")):
        method = getattr(AppRole, name)
        assert method.__name__ == name and method.__qualname__ == f"AppRole.{name}"
        assert method.__module__ == "hvac.api.auth_methods.approle"
        assert f"``{verb} /v1/auth/{{mount_point}}/role/{{role_name}}/{segment}``" in method.__doc__
        assert about in method.__doc__
        signature = inspect.signature(method)
        assert signature.return_annotation is not inspect.Signature.empty
        assert all(p.annotation is not inspect.Parameter.empty for p in signature.parameters.values() if p.name != "self")
    update = inspect.signature(getattr(AppRole, f"update_role_{stem}"))
    assert list(update.parameters) == ["self", "role_name", field, "mount_point"]
    assert update.parameters[field].annotation == value_type
    assert f":param {field}:" in getattr(AppRole, f"update_role_{stem}").__doc__


def test_update_setting_takes_positional_and_keyword_arguments(mock, client):
    mock.post(f"{URL}/v1/auth/approle/role/r/token-ttl", status_code=204)
    assert client.auth.approle.update_role_token_ttl("r", "1h").status_code == 204
    assert mock.last_request.json() == {"token_ttl": "1h"}
    client.auth.approle.update_role_token_ttl(token_ttl=60, role_name="r")
    assert mock.last_request.json() == {"token_ttl": 60}
    mock.post(f"{URL}/v1/auth/other/role/r/token-ttl", status_code=204)
    client.auth.approle.update_role_token_ttl("r", 0, "other")
    assert mock.last_request.json() == {"token_ttl": 0}


@pytest.mark.parametrize(
    "kwargs",
    [{"role_name": "r"}, {"role_name": "r", "ttl": "1h"}, {"role_name": "r", "token_ttl": "1h", "extra": 1}],
    ids=["missing-value", "wrong-name", "unknown-argument"],
)
def test_update_setting_refuses_bad_arguments_like_a_function(mock, client, kwargs):
    with pytest.raises(TypeError):
        client.auth.approle.update_role_token_ttl(**kwargs)
    assert mock.call_count == 0


@pytest.mark.parametrize("value", [[1, 2], {"a": "b"}, 5])
def test_list_settings_refuse_what_is_not_a_list_of_strings(mock, client, value):
    with pytest.raises(exceptions.ParamValidationError, match="token_bound_cidrs"):
        client.auth.approle.update_role_token_bound_cidrs("r", value)
    assert mock.call_count == 0


def test_role_and_mount_are_quoted_in_setting_urls(mock, client):
    mock.get(requests_mock.ANY, json={"data": {"token_ttl": 0}})
    client.auth.approle.read_role_token_ttl("a role?", mount_point="team/ar")
    assert urlsplit(mock.last_request.url).path == "/v1/auth/team/ar/role/a%20role%3F/token-ttl"


# --- answers -----------------------------------------------------------------------------------


def test_tidy_answers_the_202_response(mock, client):
    mock.post(f"{URL}/v1/auth/approle/tidy/secret-id", status_code=202, json={"warnings": ["Tidy started"]})
    answer = client.auth.approle.tidy_secret_ids()
    assert isinstance(answer, requests.Response) and answer.status_code == 202


def test_cel_patch_is_a_json_merge_patch(mock, client):
    mock.patch(f"{URL}/v1/auth/jwt/cel/role/c", json={"data": {"message": "no"}})
    assert client.auth.jwt.patch_cel_role("c", message="no") == {"data": {"message": "no"}}
    assert mock.last_request.headers["Content-Type"] == "application/merge-patch+json"
    assert mock.last_request.headers["X-Vault-Token"] == "s.tok"


def test_cel_login_adopts_the_token_unless_told_not_to(mock, client):
    mock.post(f"{URL}/v1/auth/jwt/cel/login", json={"auth": {"client_token": "s.cel"}})
    client.auth.jwt.cel_login("c", "e.y.j", use_token=False)
    assert client.token == "s.tok"
    client.auth.jwt.cel_login("c", "e.y.j")
    assert client.token == "s.cel"


def test_form_post_callback_returns_the_html_page(mock, client):
    page = "<!DOCTYPE html><html><body>Complete sign-in process</body></html>"
    mock.post(f"{URL}/v1/auth/oidc/oidc/callback", text=page, headers={"Content-Type": "text/html"})
    assert client.auth.oidc.oidc_callback_form_post(state="st", code="cd") == page


def test_form_post_callback_refusal_raises(mock, client):
    mock.post(f"{URL}/v1/auth/jwt/oidc/callback", status_code=400, text="<html>Expired or missing OAuth state.</html>",
              headers={"Content-Type": "text/html"})
    with pytest.raises(exceptions.InvalidRequest, match="Expired or missing OAuth state"):
        client.auth.jwt.oidc_callback_form_post(state="st", code="cd")


def test_poll_pending_raises_invalid_request_and_keeps_the_token(mock, client):
    mock.post(f"{URL}/v1/auth/jwt/oidc/poll", status_code=400, json={"errors": ["authorization_pending"]},
              headers={"Content-Type": "application/json"})
    with pytest.raises(exceptions.InvalidRequest, match="authorization_pending"):
        client.auth.jwt.oidc_poll(state="st", client_nonce="cn")
    mock.post(f"{URL}/v1/auth/jwt/oidc/poll", json={"auth": {"client_token": "s.polled"}})
    assert client.auth.jwt.oidc_poll(state="st", client_nonce="cn")["auth"]["client_token"] == "s.polled"
    assert client.token == "s.tok"
