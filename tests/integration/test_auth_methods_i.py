"""Real logins on OpenBao for the AppRole, Cert, JWT/OIDC and Kubernetes auth methods, plus
configuration and role round trips.

Everything runs on loopback: the shared dev server, a TLS-enabled non-dev server for the cert
method, and small in-process stubs that play an OIDC provider and the Kubernetes TokenReview API.
Each test mounts its auth method at a unique path and disables it afterwards.

OpenBao 2.7 does not ship the AWS, Azure, GCP and GitHub auth methods: those tests skip (their
traffic is covered by the golden cases).
"""
import base64
import datetime
import ipaddress
import json
import threading
import time
import urllib.parse
from contextlib import contextmanager
from pathlib import Path
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

import pytest
import requests

import hvac
from hvac import exceptions
from tests.openbao import free_port_pair

crypto_x509 = pytest.importorskip("cryptography.x509", reason="the test extra (cryptography) is not installed")
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402

# -- helpers: mounts ----------------------------------------------------------------------------------


@pytest.fixture
def mount(client: hvac.Client, unique: Callable[[str], str]) -> Iterator[Callable[[str], str]]:
    """``mount(method_type)`` enables an auth method at a unique path; all are disabled afterwards."""
    paths: List[str] = []

    def enable(method_type: str) -> str:
        path = unique(method_type)
        try:
            client.sys.enable_auth_method(method_type=method_type, path=path)
        except exceptions.InvalidRequest as error:
            if "plugin not found" in str(error):
                pytest.skip(f"OpenBao does not ship the {method_type} auth method (tested by golden traffic)")
            raise
        paths.append(path)
        return path

    yield enable
    for path in paths:
        client.sys.disable_auth_method(path=path)


def _client_for(client: hvac.Client, token: Optional[str] = None) -> hvac.Client:
    return hvac.Client(url=client.url, token=token)


# -- helpers: keys, certificates and JWTs -------------------------------------------------------------


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _b64url_uint(number: int) -> str:
    return _b64url(number.to_bytes((number.bit_length() + 7) // 8, "big"))


def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def public_pem(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def sign_jwt(key: rsa.RSAPrivateKey, claims: Dict[str, Any], kid: Optional[str] = None) -> str:
    """A compact RS256 JWS of ``claims``."""
    header = {"alg": "RS256", "typ": "JWT", **({"kid": kid} if kid else {})}
    signing_input = _b64url(json.dumps(header).encode()) + "." + _b64url(json.dumps(claims).encode())
    signature = key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    return signing_input + "." + _b64url(signature)


def _pem(cert: Any) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def _key_pem(key: Any) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def issue_certificate(
    common_name: str,
    issuer: Optional[Tuple[Any, Any]] = None,
    is_ca: bool = False,
    ip_san: Optional[str] = None,
    client_auth: bool = False,
) -> Tuple[Any, Any]:
    """Return ``(certificate, key)``; self-signed when ``issuer`` (cert, key) is None."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = crypto_x509.Name([crypto_x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    issuer_name, issuer_key = (issuer[0].subject, issuer[1]) if issuer else (subject, key)
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (
        crypto_x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(crypto_x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(crypto_x509.BasicConstraints(ca=is_ca, path_length=None), critical=True)
    )
    if is_ca:
        builder = builder.add_extension(
            crypto_x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
                key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
    if ip_san:
        builder = builder.add_extension(
            crypto_x509.SubjectAlternativeName([crypto_x509.IPAddress(ipaddress.ip_address(ip_san))]), critical=False
        )
    usages = crypto_x509.oid.ExtendedKeyUsageOID
    usage = usages.CLIENT_AUTH if client_auth else usages.SERVER_AUTH
    if not is_ca:
        builder = builder.add_extension(crypto_x509.ExtendedKeyUsage([usage]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256()), key


# -- helpers: loopback HTTP stubs ---------------------------------------------------------------------


Route = Callable[[Dict[str, Any]], Tuple[int, Dict[str, Any]]]


@contextmanager
def stub_http_server(routes: Dict[Tuple[str, str], Route]) -> Iterator[str]:
    """Serve ``routes`` ((verb, path) -> handler(request) -> (status, json)) on 127.0.0.1; yield the base URL.

    The handler gets ``{"body": bytes, "headers": ..., "query": ...}``. Stopped on exit.
    """

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, verb: str) -> None:
            parsed = urllib.parse.urlparse(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            request = {"body": self.rfile.read(length), "headers": dict(self.headers), "query": parsed.query}
            handler = routes.get((verb, parsed.path))
            status, payload = handler(request) if handler else (404, {"error": "not found"})
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._answer("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._answer("POST")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# -- AppRole ------------------------------------------------------------------------------------------


def test_approle_roles_secret_ids_and_login(client: hvac.Client, mount: Callable[[str], str]) -> None:
    path = mount("approle")
    approle = client.auth.approle
    approle.create_or_update_approle(
        "app", token_policies=["default"], token_ttl="10m", secret_id_num_uses=5, token_type="service",
        secret_id_bound_cidrs=["127.0.0.1/32"], mount_point=path,
    )
    role = approle.read_role("app", mount_point=path)["data"]
    assert role["token_policies"] == ["default"]
    assert role["token_ttl"] == 600
    assert role["secret_id_num_uses"] == 5
    assert role["secret_id_bound_cidrs"] == ["127.0.0.1/32"]
    assert approle.list_roles(mount_point=path)["data"]["keys"] == ["app"]

    assert approle.read_role_id("app", mount_point=path)["data"]["role_id"]
    approle.update_role_id("app", "my-role-id", mount_point=path)
    assert approle.read_role_id("app", mount_point=path)["data"]["role_id"] == "my-role-id"

    generated = approle.generate_secret_id("app", metadata={"team": "blue"}, cidr_list=["127.0.0.1/32"], mount_point=path)
    secret_id, accessor = generated["data"]["secret_id"], generated["data"]["secret_id_accessor"]
    looked_up = approle.read_secret_id("app", secret_id, mount_point=path)["data"]
    assert looked_up["metadata"] == {"team": "blue"}
    assert looked_up["cidr_list"] == ["127.0.0.1/32"]
    assert approle.read_secret_id_accessor("app", accessor, mount_point=path)["data"]["metadata"] == {"team": "blue"}

    custom = approle.create_custom_secret_id("app", "my-custom-secret", mount_point=path)["data"]
    accessors = approle.list_secret_id_accessors("app", mount_point=path)["data"]["keys"]
    assert sorted(accessors) == sorted([accessor, custom["secret_id_accessor"]])

    # A wrapped secret ID: the answer only carries a wrapping token, unwrapped through sys/wrapping/unwrap.
    wrapped = approle.generate_secret_id("app", wrap_ttl="60s", mount_point=path)
    assert wrapped["data"] is None and wrapped["wrap_info"]["ttl"] == 60
    unwrapped = client.sys.unwrap(wrapped["wrap_info"]["token"])
    wrapped_secret_id = unwrapped["data"]["secret_id"]

    # Logins: use_token adopts the new token; use_token=False only returns it.
    app_client = _client_for(client)
    answer = app_client.auth.approle.login("my-role-id", wrapped_secret_id, mount_point=path)
    assert app_client.token == answer["auth"]["client_token"]
    assert "default" in answer["auth"]["token_policies"]
    assert app_client.is_authenticated()
    answer = app_client.auth.approle.login("my-role-id", "my-custom-secret", use_token=False, mount_point=path)
    assert app_client.token != answer["auth"]["client_token"]
    with pytest.raises(exceptions.InvalidRequest):
        app_client.auth.approle.login("my-role-id", "wrong-secret", mount_point=path)

    # Destroying secret IDs: a lookup of a destroyed one answers 204 (no body).
    approle.destroy_secret_id_accessor("app", accessor, mount_point=path)
    assert approle.read_secret_id("app", secret_id, mount_point=path).status_code == 204
    approle.destroy_secret_id("app", "my-custom-secret", mount_point=path)
    assert approle.read_secret_id("app", "my-custom-secret", mount_point=path).status_code == 204

    # Tidy has no method in the reference: the generic write reaches it.
    client.write(f"auth/{path}/tidy/secret-id")

    approle.delete_role("app", mount_point=path)
    with pytest.raises(exceptions.InvalidPath):
        approle.read_role("app", mount_point=path)


# -- Cert (TLS server) --------------------------------------------------------------------------------


@pytest.fixture
def tls_files(tmp_path: Any) -> Dict[str, Any]:
    """A CA, a server certificate for 127.0.0.1, a client certificate and an unrelated client certificate."""
    ca = issue_certificate("hvac test CA", is_ca=True)
    server = issue_certificate("127.0.0.1", issuer=ca, ip_san="127.0.0.1")
    client_cert = issue_certificate("client.example", issuer=ca, client_auth=True)
    stranger = issue_certificate("stranger.example", client_auth=True)
    files: Dict[str, Any] = {"ca_pem": _pem(ca[0])}
    for name, (cert, key) in {"ca": ca, "server": server, "client": client_cert, "stranger": stranger}.items():
        files[f"{name}_cert"] = tmp_path / f"{name}.pem"
        files[f"{name}_key"] = tmp_path / f"{name}.key"
        files[f"{name}_cert"].write_text(_pem(cert))
        files[f"{name}_key"].write_text(_key_pem(key))
    return files


def test_cert_login_over_tls(
    bao_server_factory: Callable[..., Any], tls_files: Dict[str, Any], unique: Callable[[str], str]
) -> None:
    # The factory's listener stays plain HTTP (for its own health checks); a second listener serves TLS.
    tls_port = free_port_pair()
    tls_listener = f"""
listener "tcp" {{
  address = "127.0.0.1:{tls_port}"
  cluster_address = "127.0.0.1:{tls_port + 1}"
  tls_cert_file = "{tls_files['server_cert']}"
  tls_key_file = "{tls_files['server_key']}"
}}
"""
    server = bao_server_factory(storage="inmem", extra_config=tls_listener)
    root_token = server.initialize_and_unseal()["root_token"]
    admin = server.client(token=root_token)
    path = unique("cert")
    admin.sys.enable_auth_method(method_type="cert", path=path)
    cert = admin.auth.cert

    cert.configure_tls_certificate(mount_point=path)
    cert.create_ca_certificate_role(
        "web", certificate=tls_files["ca_pem"], allowed_common_names=["client.example"],
        token_policies=["default"], token_ttl=600, mount_point=path,
    )
    role = cert.read_ca_certificate_role("web", mount_point=path)["data"]
    assert role["allowed_common_names"] == ["client.example"]
    assert role["token_ttl"] == 600
    assert cert.list_certificate_roles(mount_point=path)["data"]["keys"] == ["web"]

    tls_url = f"https://127.0.0.1:{tls_port}"
    client_pair = (str(tls_files["client_cert"]), str(tls_files["client_key"]))

    # The client's own certificate and CA bundle.
    tls_client = hvac.Client(url=tls_url, verify=str(tls_files["ca_cert"]), cert=client_pair)
    answer = tls_client.auth.cert.login(name="web", mount_point=path)
    assert tls_client.token == answer["auth"]["client_token"]
    assert answer["auth"]["metadata"]["common_name"] == "client.example"
    assert tls_client.is_authenticated()

    # Files named in the call, and the CA as a PEM string.
    bare_client = hvac.Client(url=tls_url, verify=str(tls_files["ca_cert"]))
    answer = bare_client.auth.cert.login(
        cacert=tls_files["ca_pem"], cert_pem=client_pair[0], key_pem=client_pair[1], mount_point=path, use_token=False
    )
    assert answer["auth"]["client_token"] and bare_client.token is None

    # Certificate and key in one file: key_pem left out (the reference's (cert, "") form).
    combined = Path(str(tls_files["client_cert"]) + ".combined")
    combined.write_text(Path(client_pair[0]).read_text() + Path(client_pair[1]).read_text())
    answer = bare_client.auth.cert.login(cacert=tls_files["ca_pem"], cert_pem=str(combined), mount_point=path, use_token=False)
    assert answer["auth"]["metadata"]["common_name"] == "client.example"

    # The CA as PEM text for the whole client, on a session of the package's and on one's own.
    for session in (None, requests.Session()):
        pem_client = hvac.Client(url=tls_url, verify=tls_files["ca_pem"], session=session)
        assert pem_client.sys.is_initialized()
        pem_client.adapter.close()

    # A certificate from another CA is refused.
    with pytest.raises(exceptions.VaultError):
        bare_client.auth.cert.login(
            cert_pem=str(tls_files["stranger_cert"]), key_pem=str(tls_files["stranger_key"]), mount_point=path
        )

    cert.delete_certificate_role("web", mount_point=path)
    with pytest.raises(exceptions.InvalidPath):  # an empty list answers 404
        cert.list_certificate_roles(mount_point=path)
    admin.sys.disable_auth_method(path=path)
    for c in (admin, tls_client, bare_client):
        c.adapter.close()


# -- JWT / OIDC ---------------------------------------------------------------------------------------

ISSUER = "https://issuer.hvac.test"


def _claims(**extra: Any) -> Dict[str, Any]:
    now = int(time.time())
    return {"iss": ISSUER, "sub": "alice", "aud": "hvac-test", "iat": now, "nbf": now - 5, "exp": now + 300, **extra}


def test_jwt_login_with_validation_pubkeys(client: hvac.Client, mount: Callable[[str], str]) -> None:
    path = mount("jwt")
    key = rsa_key()
    jwt_auth = client.auth.jwt
    jwt_auth.configure(jwt_validation_pubkeys=[public_pem(key)], bound_issuer=ISSUER, path=path)
    config = jwt_auth.read_config(path=path)["data"]
    assert config["bound_issuer"] == ISSUER
    assert len(config["jwt_validation_pubkeys"]) == 1

    jwt_auth.create_role(
        "dev", user_claim="sub", allowed_redirect_uris=["http://127.0.0.1/cb"], bound_audiences=["hvac-test"],
        bound_claims={"team": "blue"}, claim_mappings={"team": "team"}, token_policies=["default"], token_ttl=600,
        path=path,
    )
    role = jwt_auth.read_role("dev", path=path)["data"]
    assert role["role_type"] == "jwt"
    assert role["bound_claims"] == {"team": "blue"}
    assert jwt_auth.list_roles(path=path)["data"]["keys"] == ["dev"]

    user = _client_for(client)
    answer = user.auth.jwt.jwt_login("dev", sign_jwt(key, _claims(team="blue")), path=path)
    assert user.token == answer["auth"]["client_token"]
    assert answer["auth"]["metadata"] == {"role": "dev", "team": "blue"}
    assert user.is_authenticated()

    answer = client.auth.jwt.jwt_login("dev", sign_jwt(key, _claims(team="blue")), use_token=False, path=path)
    assert client.token == "root" and answer["auth"]["client_token"]

    with pytest.raises(exceptions.InvalidRequest):  # a claim the role does not accept
        user.auth.jwt.jwt_login("dev", sign_jwt(key, _claims(team="red")), path=path)
    with pytest.raises(exceptions.InvalidRequest):  # signed by another key
        user.auth.jwt.jwt_login("dev", sign_jwt(rsa_key(), _claims(team="blue")), path=path)

    jwt_auth.delete_role("dev", path=path)
    with pytest.raises(exceptions.InvalidPath):  # an empty list answers 404
        jwt_auth.list_roles(path=path)


@pytest.fixture
def oidc_provider() -> Iterator[Dict[str, Any]]:
    """A minimal OIDC provider on loopback: discovery, JWKS and a token endpoint that signs an ID token
    with the nonce the test hands it (``provider["nonce"]``)."""
    key = rsa_key()
    numbers = key.public_key().public_numbers()
    provider: Dict[str, Any] = {"key": key, "token_requests": []}

    def discovery(_: Dict[str, Any]) -> Tuple[int, Dict[str, Any]]:
        base = provider["url"]
        return 200, {
            "issuer": base,
            "authorization_endpoint": base + "/authorize",
            "token_endpoint": base + "/token",
            "jwks_uri": base + "/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
        }

    def jwks(_: Dict[str, Any]) -> Tuple[int, Dict[str, Any]]:
        jwk = {"kty": "RSA", "kid": "k1", "use": "sig", "alg": "RS256",
               "n": _b64url_uint(numbers.n), "e": _b64url_uint(numbers.e)}
        return 200, {"keys": [jwk]}

    def token(request: Dict[str, Any]) -> Tuple[int, Dict[str, Any]]:
        form = urllib.parse.parse_qs(request["body"].decode())
        provider["token_requests"].append(form)
        now = int(time.time())
        claims = {"iss": provider["url"], "sub": "bob", "aud": "hvac-client", "iat": now, "exp": now + 300,
                  "nonce": provider["nonce"], "email": "bob@example.com"}
        return 200, {"access_token": "at", "token_type": "Bearer", "expires_in": 300,
                     "id_token": sign_jwt(key, claims, kid="k1")}

    routes = {
        ("GET", "/.well-known/openid-configuration"): discovery,
        ("GET", "/jwks"): jwks,
        ("POST", "/token"): token,
    }
    with stub_http_server(routes) as url:
        provider["url"] = url
        yield provider


def test_oidc_authorization_url_and_callback(
    client: hvac.Client, mount: Callable[[str], str], oidc_provider: Dict[str, Any]
) -> None:
    path = mount("oidc")
    redirect_uri = "http://127.0.0.1:8250/oidc/callback"
    client.auth.oidc.configure(
        oidc_discovery_url=oidc_provider["url"], oidc_client_id="hvac-client", oidc_client_secret="s3cret",
        default_role="reader", path=path,
    )
    assert client.auth.oidc.read_config(path=path)["data"]["oidc_discovery_url"] == oidc_provider["url"]
    client.auth.oidc.create_role(
        "reader", user_claim="sub", allowed_redirect_uris=[redirect_uri], oidc_scopes=["email"],
        claim_mappings={"email": "email"}, token_policies=["default"], path=path,
    )
    assert client.auth.oidc.read_role("reader", path=path)["data"]["role_type"] == "oidc"

    auth_url = client.auth.oidc.oidc_authorization_url_request("reader", redirect_uri, path=path)["data"]["auth_url"]
    assert auth_url.startswith(oidc_provider["url"] + "/authorize?")
    query = urllib.parse.parse_qs(urllib.parse.urlparse(auth_url).query)
    assert query["client_id"] == ["hvac-client"] and query["redirect_uri"] == [redirect_uri]
    assert "email" in query["scope"][0].split()

    # The provider would now redirect the browser back with ?state=...&code=...
    oidc_provider["nonce"] = query["nonce"][0]
    user = _client_for(client)
    answer = user.auth.oidc.oidc_callback(state=query["state"][0], nonce=query["nonce"][0], code="the-code", path=path)
    assert answer["auth"]["metadata"] == {"email": "bob@example.com", "role": "reader"}
    assert user.token is None  # the callback returns the token, it does not adopt it
    assert oidc_provider["token_requests"][0]["code"] == ["the-code"]

    client.auth.oidc.delete_role("reader", path=path)


# -- Kubernetes ---------------------------------------------------------------------------------------


@pytest.fixture
def token_review_api() -> Iterator[Dict[str, Any]]:
    """A Kubernetes API stand-in that answers TokenReviews: the token ``good`` JWTs are authenticated."""
    api: Dict[str, Any] = {"reviews": [], "authenticated": set()}

    def review(request: Dict[str, Any]) -> Tuple[int, Dict[str, Any]]:
        spec = json.loads(request["body"])["spec"]
        api["reviews"].append(spec)
        status: Dict[str, Any] = {"authenticated": False}
        if spec["token"] in api["authenticated"]:
            status = {
                "authenticated": True,
                "user": {"username": "system:serviceaccount:default:app", "uid": "uid-1234",
                         "groups": ["system:serviceaccounts"]},
            }
        return 201, {"kind": "TokenReview", "apiVersion": "authentication.k8s.io/v1", "status": status}

    with stub_http_server({("POST", "/apis/authentication.k8s.io/v1/tokenreviews"): review}) as url:
        api["url"] = url
        yield api


def test_kubernetes_configure_roles_and_login(
    client: hvac.Client, mount: Callable[[str], str], token_review_api: Dict[str, Any], tls_files: Dict[str, Any]
) -> None:
    path = mount("kubernetes")
    k8s = client.auth.kubernetes
    k8s.configure(
        token_review_api["url"], kubernetes_ca_cert=tls_files["ca_pem"], token_reviewer_jwt="reviewer-token",
        disable_local_ca_jwt=True, mount_point=path,
    )
    config = k8s.read_config(mount_point=path)
    assert config["kubernetes_host"] == token_review_api["url"]
    assert config["disable_local_ca_jwt"] is True

    k8s.create_role("app", "app", "default", policies="default", ttl="10m", mount_point=path)
    role = k8s.read_role("app", mount_point=path)
    assert role["bound_service_account_names"] == ["app"]
    assert role["token_policies"] == ["default"]
    assert k8s.list_roles(mount_point=path) == {"keys": ["app"]}

    key = rsa_key()
    now = int(time.time())
    service_account_jwt = sign_jwt(key, {
        "iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:default:app", "iat": now, "exp": now + 300,
        "kubernetes.io/serviceaccount/namespace": "default",
        "kubernetes.io/serviceaccount/service-account.name": "app",
        "kubernetes.io/serviceaccount/service-account.uid": "uid-1234",
    })
    token_review_api["authenticated"].add(service_account_jwt)
    pod = _client_for(client)
    answer = pod.auth.kubernetes.login("app", service_account_jwt, mount_point=path)
    assert pod.token == answer["auth"]["client_token"]
    assert answer["auth"]["metadata"]["service_account_name"] == "app"
    assert token_review_api["reviews"][-1]["token"] == service_account_jwt

    token_review_api["authenticated"].clear()
    with pytest.raises(exceptions.VaultError):
        pod.auth.kubernetes.login("app", service_account_jwt, use_token=False, mount_point=path)

    k8s.delete_role("app", mount_point=path)
    with pytest.raises(exceptions.InvalidPath):
        k8s.read_role("app", mount_point=path)


# -- methods OpenBao does not ship --------------------------------------------------------------------


def test_aws_configuration_and_roles(client: hvac.Client, mount: Callable[[str], str]) -> None:
    path = mount("aws")  # skips on OpenBao 2.7
    client.auth.aws.configure(access_key="AKIDEXAMPLE", secret_key="secret", mount_point=path)
    assert client.auth.aws.read_config(mount_point=path)["access_key"] == "AKIDEXAMPLE"
    client.auth.aws.create_role("r", auth_type="iam", bound_iam_principal_arn=["arn:aws:iam::123456789012:role/r"],
                                mount_point=path)
    assert client.auth.aws.list_roles(mount_point=path)["keys"] == ["r"]


def test_azure_configuration_and_roles(client: hvac.Client, mount: Callable[[str], str]) -> None:
    path = mount("azure")  # skips on OpenBao 2.7
    client.auth.azure.configure("tenant", "https://management.azure.com/", mount_point=path)
    assert client.auth.azure.read_config(mount_point=path)["tenant_id"] == "tenant"
    client.auth.azure.create_role("r", policies=["default"], bound_subscription_ids=["sub"], mount_point=path)
    assert client.auth.azure.list_roles(mount_point=path)["keys"] == ["r"]


def test_gcp_roles(client: hvac.Client, mount: Callable[[str], str]) -> None:
    path = mount("gcp")  # skips on OpenBao 2.7
    client.auth.gcp.create_role("r", "iam", "project", bound_service_accounts=["sa@project.iam.gserviceaccount.com"],
                                mount_point=path)
    assert client.auth.gcp.list_roles(mount_point=path)["keys"] == ["r"]


def test_github_configuration_and_mappings(client: hvac.Client, mount: Callable[[str], str]) -> None:
    path = mount("github")  # skips on OpenBao 2.7
    client.auth.github.configure("hvac-org", mount_point=path)
    assert client.auth.github.read_configuration(mount_point=path)["data"]["organization"] == "hvac-org"
    client.auth.github.map_team("devs", policies=["default"], mount_point=path)
    assert client.auth.github.read_team_mapping("devs", mount_point=path)["data"]["value"] == "default"
