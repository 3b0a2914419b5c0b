"""The auth-method operations added beyond the reference, against a real OpenBao: AppRole's role
settings one by one, its DELETE forms and tidy; Cert's config and CRLs; JWT/OIDC's CEL roles and
login, form-post callback and poll; Userpass's policies; Token's GET lookup and POST lookup-self.

Each test enables its auth method at a unique path (the ``mount`` fixture disables it afterwards).
"""
import datetime
import time
import urllib.parse
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

import pytest
import requests

import hvac
from hvac import exceptions
from tests.integration.test_auth_methods_i import (  # noqa: F401 - mount and oidc_provider are fixtures
    mount,
    oidc_provider,
    public_pem,
    rsa_key,
    sign_jwt,
)

crypto_x509 = pytest.importorskip("cryptography.x509", reason="the test extra (cryptography) is not installed")
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402

# -- AppRole ------------------------------------------------------------------------------------------

#: (method stem, value sent, what the read answers under ``data.<field>``, what it answers after delete)
ROLE_SETTINGS = [
    ("policies", ["reader", "writer"], ["reader", "writer"], []),
    ("period", "2h", 7200, 0),
    ("token_ttl", "30m", 1800, 0),
    ("token_max_ttl", 7200, 7200, 0),
    ("token_num_uses", 3, 3, 0),
    ("token_bound_cidrs", "127.0.0.1/32,10.0.0.0/8", ["127.0.0.1", "10.0.0.0/8"], None),
    ("secret_id_bound_cidrs", ["127.0.0.1/32"], ["127.0.0.1/32"], None),
    ("secret_id_num_uses", 5, 5, 0),
    ("secret_id_ttl", "10m", 600, 0),
]


def test_approle_role_settings_one_by_one(client: hvac.Client, mount: Callable[[str], str]) -> None:
    path = mount("approle")
    approle = client.auth.approle
    approle.create_or_update_approle("app", token_ttl="1h", mount_point=path)
    for stem, value, stored, default in ROLE_SETTINGS:
        read = getattr(approle, f"read_role_{stem}")
        (field,) = read("app", mount_point=path)["data"]
        answer = getattr(approle, f"update_role_{stem}")("app", value, mount_point=path)
        assert isinstance(answer, requests.Response) and answer.status_code == 204
        assert read("app", mount_point=path)["data"] == {field: stored}, stem
        assert approle.read_role("app", mount_point=path)["data"][field] == stored
        getattr(approle, f"delete_role_{stem}")("app", mount_point=path)
        assert read("app", mount_point=path)["data"] == {field: default}, stem

    # The deprecated bound_cidr_list writes secret_id_bound_cidrs and always reads back empty.
    approle.update_role_bound_cidr_list("app", ["127.0.0.0/8"], mount_point=path)
    deprecated = approle.read_role_bound_cidr_list("app", mount_point=path)
    assert deprecated["data"] == {"bound_cidr_list": None}
    assert "deprecated" in deprecated["warnings"][0]
    assert approle.read_role_secret_id_bound_cidrs("app", mount_point=path)["data"]["secret_id_bound_cidrs"] == [
        "127.0.0.0/8"
    ]
    assert approle.delete_role_bound_cidr_list("app", mount_point=path).status_code == 204


def test_approle_bind_secret_id_endpoint_is_declared_but_not_routed(
    client: hvac.Client, mount: Callable[[str], str]
) -> None:
    # OpenBao 2.7.2 lists role/{role_name}/bind-secret-id in its OpenAPI document, yet its router
    # answers 404 "unsupported path" to every verb there, whatever the server configuration; the
    # setting itself is reachable through create_or_update_approle/read_role.
    path = mount("approle")
    approle = client.auth.approle
    approle.create_or_update_approle("app", mount_point=path)
    for call in (
        lambda: approle.read_role_bind_secret_id("app", mount_point=path),
        lambda: approle.update_role_bind_secret_id("app", False, mount_point=path),
        lambda: approle.delete_role_bind_secret_id("app", mount_point=path),
    ):
        with pytest.raises(exceptions.InvalidPath, match="unsupported path"):
            call()
    assert approle.read_role("app", mount_point=path)["data"]["bind_secret_id"] is True


def test_approle_local_secret_ids_secret_id_deletes_and_tidy(client: hvac.Client, mount: Callable[[str], str]) -> None:
    path = mount("approle")
    approle = client.auth.approle
    approle.create_or_update_approle("app", mount_point=path)
    assert approle.read_role_local_secret_ids("app", mount_point=path)["data"] == {"local_secret_ids": False}
    # The reference's "enable_local_secret_ids" is sent as it is, and OpenBao ignores it; local_secret_ids counts.
    approle.create_or_update_approle("ignored", enable_local_secret_ids=True, mount_point=path)
    assert approle.read_role_local_secret_ids("ignored", mount_point=path)["data"] == {"local_secret_ids": False}
    approle.create_or_update_approle("local", local_secret_ids=True, mount_point=path)
    assert approle.read_role_local_secret_ids("local", mount_point=path)["data"] == {"local_secret_ids": True}

    first = approle.generate_secret_id("app", mount_point=path)["data"]
    assert approle.read_secret_id("app", first["secret_id"], mount_point=path)["data"]["secret_id_accessor"] == (
        first["secret_id_accessor"]
    )
    assert approle.delete_secret_id("app", first["secret_id"], mount_point=path).status_code == 204
    assert approle.read_secret_id("app", first["secret_id"], mount_point=path).status_code == 204  # gone: no body

    second = approle.generate_secret_id("app", mount_point=path)["data"]
    assert approle.delete_secret_id_accessor("app", second["secret_id_accessor"], mount_point=path).status_code == 204
    with pytest.raises(exceptions.InvalidPath, match="failed to find accessor entry"):
        approle.read_secret_id_accessor("app", second["secret_id_accessor"], mount_point=path)
    with pytest.raises(exceptions.InvalidPath):
        approle.list_secret_id_accessors("app", mount_point=path)  # both gone: nothing to list, 404

    tidy = approle.tidy_secret_ids(mount_point=path)
    assert isinstance(tidy, requests.Response) and tidy.status_code == 202
    assert "Tidy operation successfully started" in tidy.json()["warnings"][0]


# -- Cert ---------------------------------------------------------------------------------------------


def make_crl(*serials: int) -> crypto_x509.CertificateRevocationList:
    """A CRL revoking ``serials``, signed by a throwaway CA key (OpenBao does not check the signer)."""
    key = ec.generate_private_key(ec.SECP256R1())
    issuer = crypto_x509.Name([crypto_x509.NameAttribute(NameOID.COMMON_NAME, "test CRL issuer")])
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = crypto_x509.CertificateRevocationListBuilder().issuer_name(issuer)
    builder = builder.last_update(now).next_update(now + datetime.timedelta(days=1))
    for serial in serials:
        revoked = crypto_x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(now).build()
        builder = builder.add_revoked_certificate(revoked)
    return builder.sign(key, hashes.SHA256())


@pytest.fixture
def revoked_serial_crl_url(client: hvac.Client, unique: Callable[[str], str]) -> Iterator[Tuple[str, int]]:
    """A CRL distribution point on loopback: a PKI mount whose CRL revokes one certificate.

    Yields the CRL's URL and the revoked certificate's serial number."""
    path = unique("pki")
    client.sys.enable_secrets_engine("pki", path=path)
    try:
        pki = client.secrets.pki
        pki.generate_root("internal", "CRL test root", mount_point=path)
        pki.create_or_update_role("leaf", {"allow_any_name": True}, mount_point=path)
        leaf = pki.generate_certificate("leaf", "revoked.example.com", extra_params={"ttl": "1h"}, mount_point=path)
        serial = leaf["data"]["serial_number"]
        pki.revoke_certificate(serial, mount_point=path)
        yield f"{client.url}/v1/{path}/crl", int(serial.replace(":", ""), 16)
    finally:
        client.sys.disable_secrets_engine(path)


def test_cert_config_and_crls(
    client: hvac.Client, mount: Callable[[str], str], revoked_serial_crl_url: Tuple[str, int]
) -> None:
    path = mount("cert")
    cert = client.auth.cert
    config = cert.read_config(mount_point=path)["data"]
    assert config["disable_binding"] is False and "ocsp_cache_size" in config
    cert.configure_tls_certificate(mount_point=path, disable_binding=True)
    assert cert.read_config(mount_point=path)["data"]["disable_binding"] is True

    pem = make_crl(1234, 0xABCDEF).public_bytes(serialization.Encoding.PEM).decode()
    assert cert.create_or_update_crl("pasted", crl=pem, mount_point=path).status_code == 204
    assert set(cert.read_crl("pasted", mount_point=path)["data"]["serials"]) == {"1234", str(0xABCDEF)}

    url, revoked_serial = revoked_serial_crl_url
    assert cert.create_or_update_crl("fetched", url=url, mount_point=path).status_code == 204
    assert set(cert.read_crl("fetched", mount_point=path)["data"]["serials"]) == {str(revoked_serial)}
    assert sorted(cert.list_crls(mount_point=path)["data"]["keys"]) == ["fetched", "pasted"]

    with pytest.raises(exceptions.InvalidRequest, match="one of 'crl' or 'url' must be provided"):
        cert.create_or_update_crl("empty", mount_point=path)

    cert.delete_crl("pasted", mount_point=path)
    cert.delete_crl("fetched", mount_point=path)
    with pytest.raises(exceptions.InvalidRequest, match="no such CRL"):
        cert.read_crl("pasted", mount_point=path)
    with pytest.raises(exceptions.InvalidPath):
        cert.list_crls(mount_point=path)  # OpenBao answers 404 to a LIST with nothing to list


# -- JWT: CEL roles -----------------------------------------------------------------------------------

CEL_PROGRAM = {
    "variables": [{"name": "is_alice", "expression": "claims.sub == 'alice'"}],
    "expression": (
        "is_alice ? pb.Auth{display_name: claims.sub, alias: logical.Alias{name: claims.sub}, "
        "policies: ['cel-reader'], metadata: {'team': claims.team}} : 'only alice may log in'"
    ),
}


def _claims(sub: str) -> Dict[str, Any]:
    now = int(time.time())
    return {"sub": sub, "aud": "vault", "team": "blue", "iat": now, "nbf": now, "exp": now + 300}


def test_jwt_cel_roles_and_login(client: hvac.Client, mount: Callable[[str], str]) -> None:
    path = mount("jwt")
    key = rsa_key()
    jwt_auth = client.auth.jwt
    jwt_auth.configure(jwt_validation_pubkeys=[public_pem(key)], path=path)

    stored = jwt_auth.create_cel_role(
        "people", CEL_PROGRAM, bound_audiences=["vault"], clock_skew_leeway=30, message="denied", path=path
    )["data"]
    assert stored["name"] == "people" and stored["cel_program"] == CEL_PROGRAM
    assert stored["bound_audiences"] == ["vault"] and stored["clock_skew_leeway"] == 30
    assert jwt_auth.read_cel_role("people", path=path)["data"]["message"] == "denied"
    assert jwt_auth.list_cel_roles(path=path)["data"]["keys"] == ["people"]

    patched = jwt_auth.patch_cel_role("people", message="go away", expiration_leeway=60, path=path)["data"]
    assert patched["message"] == "go away" and patched["expiration_leeway"] == 60
    assert patched["cel_program"] == CEL_PROGRAM and patched["bound_audiences"] == ["vault"]

    user = hvac.Client(url=client.url)
    login = user.auth.jwt.cel_login("people", sign_jwt(key, _claims("alice")), path=path)
    assert user.token == login["auth"]["client_token"]
    assert login["auth"]["token_policies"] == ["cel-reader", "default"]
    assert login["auth"]["metadata"] == {"team": "blue"}
    assert user.auth.token.lookup_self()["data"]["display_name"] == f"{path}-alice"

    other = hvac.Client(url=client.url)
    with pytest.raises(exceptions.InvalidRequest, match="only alice may log in"):
        other.auth.jwt.cel_login("people", sign_jwt(key, _claims("bob")), path=path)
    kept = other.auth.jwt.cel_login("people", sign_jwt(key, _claims("alice")), use_token=False, path=path)
    assert other.token is None and kept["auth"]["client_token"]

    jwt_auth.delete_cel_role("people", path=path)
    with pytest.raises(exceptions.InvalidPath):
        jwt_auth.read_cel_role("people", path=path)


# -- OIDC: form-post callback and poll ----------------------------------------------------------------


def _start_flow(client: hvac.Client, path: str, redirect_uri: str, client_nonce: Optional[str] = None) -> Dict[str, List[str]]:
    answer = client.auth.oidc.oidc_authorization_url_request("reader", redirect_uri, path=path, client_nonce=client_nonce)
    return urllib.parse.parse_qs(urllib.parse.urlparse(answer["data"]["auth_url"]).query)


def test_oidc_form_post_callback_and_poll(
    client: hvac.Client, mount: Callable[[str], str], oidc_provider: Dict[str, Any]
) -> None:
    path = mount("oidc")
    oidc = client.auth.oidc
    # The form-post page sends the browser to the UI's callback: the redirect URI must name the mount.
    redirect_uri = f"http://127.0.0.1:8200/ui/vault/auth/{path}/oidc/callback"
    oidc.configure(
        oidc_discovery_url=oidc_provider["url"], oidc_client_id="hvac-client", oidc_client_secret="s3cret",
        oidc_response_mode="form_post", default_role="reader", path=path,
    )
    oidc.create_role("reader", user_claim="sub", allowed_redirect_uris=[redirect_uri], token_policies=["default"],
                     path=path)
    user = hvac.Client(url=client.url)

    with pytest.raises(exceptions.InvalidRequest, match="Expired or missing OAuth state"):
        user.auth.oidc.oidc_callback_form_post(state="st_unknown", code="c", path=path)

    query = _start_flow(client, path, redirect_uri)
    oidc_provider["nonce"] = query["nonce"][0]
    page = user.auth.oidc.oidc_callback_form_post(state=query["state"][0], code="the-code", path=path)
    assert page.lstrip().startswith("<!DOCTYPE html>") and "Complete sign-in process" in page
    # The page's script then has the browser finish the login at the callback.
    login = user.auth.oidc.oidc_callback(state=query["state"][0], nonce=query["nonce"][0], code="the-code", path=path)
    assert login["auth"]["metadata"] == {"role": "reader"}
    assert oidc_provider["token_requests"][-1]["code"] == ["the-code"]

    # Polling: OpenBao 2.7.2's callback hands the token to its own caller and never leaves a finished
    # login behind for the poll, so the poll can only answer pending, a bad nonce or an unknown state.
    query = _start_flow(client, path, redirect_uri, client_nonce="cn-1")
    with pytest.raises(exceptions.InvalidRequest, match="authorization_pending"):
        user.auth.oidc.oidc_poll(state=query["state"][0], client_nonce="cn-1", path=path)
    with pytest.raises(exceptions.InvalidRequest, match="invalid client_nonce"):
        user.auth.oidc.oidc_poll(state=query["state"][0], client_nonce="cn-other", path=path)
    with pytest.raises(exceptions.InvalidRequest, match="Expired or missing OAuth state"):
        user.auth.oidc.oidc_poll(state=query["state"][0], client_nonce="cn-1", path=path)  # a bad nonce ends the flow
    assert user.token is None


def test_form_post_callback_is_refused_unless_configured(client: hvac.Client, mount: Callable[[str], str]) -> None:
    path = mount("jwt")
    client.auth.jwt.configure(jwt_validation_pubkeys=[public_pem(rsa_key())], path=path)
    with pytest.raises(exceptions.UnexpectedError) as refused:
        client.auth.jwt.oidc_callback_form_post(state="st", code="c", path=path)
    assert refused.value.status_code == 405  # Method Not Allowed: the mount is not in form_post mode


# -- Userpass and Token -------------------------------------------------------------------------------


def test_userpass_policies_update(client: hvac.Client, mount: Callable[[str], str]) -> None:
    path = mount("userpass")
    userpass = client.auth.userpass
    userpass.create_or_update_user("alice", password="pw", token_policies=["old"], mount_point=path)
    answer = userpass.update_policies_on_user("alice", ["reader", "writer"], mount_point=path)
    assert answer.status_code == 204
    assert userpass.read_user("alice", mount_point=path)["data"]["token_policies"] == ["reader", "writer"]
    login = userpass.login("alice", "pw", use_token=False, mount_point=path)
    assert login["auth"]["token_policies"] == ["default", "reader", "writer"]

    userpass.update_policies_on_user("alice", "solo", mount_point=path)
    assert userpass.read_user("alice", mount_point=path)["data"]["token_policies"] == ["solo"]


def test_token_lookup_with_get_and_lookup_self_with_post(client: hvac.Client) -> None:
    created = client.auth.token.create(policies=["default"], meta={"team": "blue"}, ttl="10m")["auth"]
    try:
        looked_up = client.auth.token.lookup_with_get(created["client_token"])["data"]
        assert looked_up["accessor"] == created["accessor"] and looked_up["meta"] == {"team": "blue"}
        assert client.auth.token.lookup_with_get()["data"]["id"] == client.token  # the calling token
        assert client.auth.token.lookup_self_with_post()["data"]["id"] == client.token

        limited = hvac.Client(url=client.url, token=created["client_token"])
        # The default policy grants "read" on lookup-self only: the GET form passes, the POST one does not.
        assert limited.auth.token.lookup_self()["data"]["meta"] == {"team": "blue"}
        with pytest.raises(exceptions.Forbidden):
            limited.auth.token.lookup_self_with_post()
        with pytest.raises(exceptions.Forbidden):
            limited.auth.token.lookup_with_get(created["client_token"])
    finally:
        client.auth.token.revoke(created["client_token"])
