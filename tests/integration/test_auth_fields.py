"""The fields the auth methods send beyond hvac's arguments (issue 29), against a real OpenBao:
each one given is stored and read back (or changes what a login or a token gets).

The shared token settings go through ``token_fields`` (Kubernetes, Userpass) or through the
methods' own arguments (AppRole, Cert, token roles). Each test enables its auth method at a
unique path; the ``mount`` fixture disables it afterwards.
"""
import urllib.parse
import warnings
from typing import Any, Callable, Dict

import pytest

import hvac
from hvac import exceptions
from hvac.api.auth_methods._token_fields import token_fields
from tests.integration.test_auth_methods_i import (  # noqa: F401 - mount, oidc_provider and tls_files are fixtures
    mount,
    oidc_provider,
    public_pem,
    rsa_key,
    tls_files,
)

#: Every token setting, with the value OpenBao reads back for it.
TOKEN_FIELDS = token_fields(
    token_ttl="10m", token_max_ttl="1h", token_policies=["reader"], token_bound_cidrs=["127.0.0.1/32"],
    token_explicit_max_ttl="2h", token_no_default_policy=True, token_num_uses=7, token_period="20m",
    token_type="service",
)
READ_BACK = {
    "token_ttl": 600, "token_max_ttl": 3600, "token_policies": ["reader"], "token_bound_cidrs": ["127.0.0.1"],
    "token_explicit_max_ttl": 7200, "token_no_default_policy": True, "token_num_uses": 7, "token_period": 1200,
    "token_type": "service",
}


def _subset(data: Dict[str, Any], expected: Dict[str, Any]) -> Dict[str, Any]:
    return {key: data.get(key) for key in expected}


def test_approle_role_fields(client: hvac.Client, mount: Callable[[str], str]) -> None:
    path = mount("approle")
    approle = client.auth.approle
    approle.create_or_update_approle(
        "app", local_secret_ids=True, role_id="my-fixed-role-id", token_strictly_bind_ip=True, period="1h",
        policies=["legacy"], mount_point=path,
    )
    role = approle.read_role("app", mount_point=path)["data"]
    assert role["local_secret_ids"] is True and role["token_strictly_bind_ip"] is True
    assert role["token_period"] == 3600 and role["token_policies"] == ["legacy"]  # the deprecated names' values
    assert approle.read_role_id("app", mount_point=path)["data"]["role_id"] == "my-fixed-role-id"

    generated = approle.generate_secret_id("app", num_uses=2, ttl="10m", mount_point=path)["data"]
    looked_up = approle.read_secret_id("app", generated["secret_id"], mount_point=path)["data"]
    assert (looked_up["secret_id_num_uses"], looked_up["secret_id_ttl"]) == (2, 600)
    approle.create_custom_secret_id("app", "my-own-secret-id", num_uses=1, ttl=300, mount_point=path)
    looked_up = approle.read_secret_id("app", "my-own-secret-id", mount_point=path)["data"]
    assert (looked_up["secret_id_num_uses"], looked_up["secret_id_ttl"]) == (1, 300)


def test_cert_role_and_config_fields(client: hvac.Client, mount: Callable[[str], str], tls_files: Dict[str, Any]) -> None:
    path = mount("cert")
    cert = client.auth.cert
    cert.create_ca_certificate_role(
        "web", certificate=tls_files["ca_pem"], allowed_names=["*.example.internal"],
        allowed_metadata_extensions=["1.2.3.4"], ocsp_enabled=True, ocsp_ca_certificates=tls_files["ca_pem"],
        ocsp_servers_override=["http://127.0.0.1:8080/ocsp"], ocsp_fail_open=True, ocsp_query_all_servers=True,
        token_strictly_bind_ip=True, mount_point=path,
    )
    role = cert.read_ca_certificate_role("web", mount_point=path)["data"]
    assert role["allowed_names"] == ["*.example.internal"] and role["allowed_metadata_extensions"] == ["1.2.3.4"]
    assert role["ocsp_enabled"] is True and role["ocsp_servers_override"] == ["http://127.0.0.1:8080/ocsp"]
    assert role["ocsp_fail_open"] is True and role["ocsp_query_all_servers"] is True
    assert role["ocsp_ca_certificates"].strip() == tls_files["ca_pem"].strip()
    assert role["token_strictly_bind_ip"] is True

    cert.configure_tls_certificate(mount_point=path, enable_identity_alias_metadata=True, ocsp_cache_size=250)
    config = cert.read_config(mount_point=path)["data"]
    assert config["enable_identity_alias_metadata"] is True and config["ocsp_cache_size"] == 250


def test_kubernetes_role_token_fields_and_config(
    client: hvac.Client, mount: Callable[[str], str], tls_files: Dict[str, Any]
) -> None:
    path = mount("kubernetes")
    k8s = client.auth.kubernetes
    k8s.configure("https://127.0.0.1:6443", kubernetes_ca_cert=tls_files["ca_pem"], disable_local_ca_jwt=True,
                  disable_iss_validation=True, mount_point=path)
    assert k8s.read_config(mount_point=path)["disable_iss_validation"] is True

    selector = '{"matchLabels": {"team": "blue"}}'
    k8s.create_role("app", "app", "default", token_fields=TOKEN_FIELDS,
                    bound_service_account_namespace_selector=selector, mount_point=path)
    role = k8s.read_role("app", mount_point=path)
    assert _subset(role, READ_BACK) == READ_BACK
    assert role["bound_service_account_namespace_selector"] == selector

    k8s.create_role("old", "app", "default", num_uses=3, bound_cidrs=["10.0.0.0/8"], mount_point=path)
    role = k8s.read_role("old", mount_point=path)
    assert (role["token_num_uses"], role["token_bound_cidrs"]) == (3, ["10.0.0.0/8"])
    k8s.create_role("strict", "app", "default", token_strictly_bind_ip=True, mount_point=path)
    assert k8s.read_role("strict", mount_point=path)["token_strictly_bind_ip"] is True

    with pytest.raises(exceptions.ParamValidationError, match="token_type given twice"):
        k8s.create_role("app", "app", "default", token_type="batch", token_fields={"token_type": "service"},
                        mount_point=path)


def test_userpass_token_fields_and_password_hash(client: hvac.Client, mount: Callable[[str], str]) -> None:
    crypt = pytest.importorskip("crypt", reason="no crypt module to make a bcrypt hash with")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        bcrypt_hash = crypt.crypt("pw-1", crypt.mksalt(crypt.METHOD_BLOWFISH))
    path = mount("userpass")
    userpass = client.auth.userpass
    userpass.create_or_update_user("alice", password_hash=bcrypt_hash, token_fields=TOKEN_FIELDS,
                                   token_strictly_bind_ip=False, mount_point=path)
    user = userpass.read_user("alice", mount_point=path)["data"]
    assert _subset(user, READ_BACK) == READ_BACK
    login = userpass.login("alice", "pw-1", use_token=False, mount_point=path)["auth"]
    assert login["token_policies"] == ["reader"] and login["lease_duration"] == 1200  # periodic: the period

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        other_hash = crypt.crypt("pw-2", crypt.mksalt(crypt.METHOD_BLOWFISH))
    userpass.update_password_on_user("alice", None, password_hash=other_hash, mount_point=path)
    assert userpass.login("alice", "pw-2", use_token=False, mount_point=path)["auth"]["client_token"]

    userpass.create_or_update_user("bob", password="pw", ttl="5m", max_ttl="1h", bound_cidrs=["127.0.0.1/32"],
                                   mount_point=path)
    bob = userpass.read_user("bob", mount_point=path)["data"]
    assert (bob["token_ttl"], bob["token_max_ttl"], bob["token_bound_cidrs"]) == (300, 3600, ["127.0.0.1"])


def test_token_role_fields_and_lease(client: hvac.Client, unique: Callable[[str], str]) -> None:
    name = unique("role")
    token = client.auth.token
    token.create_or_update_role(
        name, allowed_policies_glob=["dev-*"], disallowed_policies_glob=["root*"], token_bound_cidrs=["127.0.0.1/32"],
        token_no_default_policy=True, token_num_uses=4, token_type="service", period="30m",
    )
    try:
        role = token.read_role(name)["data"]
        assert role["allowed_policies_glob"] == ["dev-*"] and role["disallowed_policies_glob"] == ["root*"]
        assert role["token_bound_cidrs"] == ["127.0.0.1"] and role["token_no_default_policy"] is True
        assert (role["token_num_uses"], role["token_type"], role["token_period"]) == (4, "service", 1800)
    finally:
        token.delete_role(name)

    created = token.create(policies=["default"], lease="15m")["auth"]
    try:
        assert created["lease_duration"] == 900
    finally:
        token.revoke(created["client_token"])


def test_jwt_config_fields_and_client_nonce(
    client: hvac.Client, mount: Callable[[str], str], oidc_provider: Dict[str, Any]
) -> None:
    path = mount("jwt")
    jwt_auth = client.auth.jwt
    # Nothing answers on port 9 of loopback: without skip_jwks_validation the configuration is refused.
    with pytest.raises(exceptions.InvalidRequest):
        jwt_auth.configure(jwks_url="http://127.0.0.1:9/jwks", path=path)
    answer = jwt_auth.configure(jwks_url="http://127.0.0.1:9/jwks", skip_jwks_validation=True,
                                override_allowed_server_names=["idp.internal"], path=path)
    assert answer["warnings"] == ["error checking jwks URL"]  # saved all the same
    config = jwt_auth.read_config(path=path)["data"]
    assert config["jwks_url"] == "http://127.0.0.1:9/jwks"
    assert config["override_allowed_server_names"] == ["idp.internal"]

    oidc_path = mount("oidc")
    oidc = client.auth.oidc
    redirect_uri = "http://127.0.0.1:8250/oidc/callback"
    oidc.configure(oidc_discovery_url=oidc_provider["url"], oidc_client_id="hvac-client", oidc_client_secret="s",
                   default_role="reader", path=oidc_path)
    oidc.create_role("reader", user_claim="sub", allowed_redirect_uris=[redirect_uri], token_policies=["default"],
                     path=oidc_path)
    user = hvac.Client(url=client.url)

    def start() -> Dict[str, Any]:
        answer = oidc.oidc_authorization_url_request("reader", redirect_uri, client_nonce="cn-1", path=oidc_path)
        query = urllib.parse.parse_qs(urllib.parse.urlparse(answer["data"]["auth_url"]).query)
        oidc_provider["nonce"] = query["nonce"][0]
        return {"state": query["state"][0], "nonce": query["nonce"][0]}

    flow = start()
    with pytest.raises(exceptions.InvalidRequest, match="client_nonce"):
        user.auth.oidc.oidc_callback(code="the-code", client_nonce="cn-other", path=oidc_path, **flow)
    flow = start()
    login = user.auth.oidc.oidc_callback(code="the-code", client_nonce="cn-1", path=oidc_path, **flow)
    assert login["auth"]["metadata"]["role"] == "reader"

    flow = start()
    with pytest.raises(exceptions.InvalidRequest, match="login failed. access_denied"):
        user.auth.oidc.oidc_callback(
            code="", client_nonce="cn-1", path=oidc_path,
            callback_params={"error": "access_denied", "error_description": "the user said no"}, **flow,
        )


def test_radius_login_with_the_username_in_the_body_is_routed(client: hvac.Client, mount: Callable[[str], str]) -> None:
    path = mount("radius")  # skips: OpenBao does not ship the RADIUS auth method
    with pytest.raises(exceptions.VaultError):
        client.auth.radius.login("al", "pw", username_in_body=True, mount_point=path)


def test_jwt_pubkeys_config_keeps_working(client: hvac.Client, mount: Callable[[str], str]) -> None:
    # The configuration hvac's arguments alone make is what it was: the new fields are left out.
    path = mount("jwt")
    client.auth.jwt.configure(jwt_validation_pubkeys=[public_pem(rsa_key())], path=path)
    config = client.auth.jwt.read_config(path=path)["data"]
    assert not config["override_allowed_server_names"] and config["jwt_validation_pubkeys"]
