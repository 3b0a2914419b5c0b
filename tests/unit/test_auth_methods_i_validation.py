"""AppRole, AWS, Azure, Cert, GCP, GitHub, JWT and Kubernetes auth methods: arguments refused
before any request, the reference's quirks, and the body/return rules that depend on arguments."""
import logging
import warnings

import pytest
import requests
import requests_mock

import hvac
from hvac import adapters, exceptions
from hvac.api.auth_methods.cert import Cert

URL = "https://vault.test:8200"
PEM = (
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBeTCCAR+gAwIBAgIUDXFtiOAe9X5pMl36MHa9iIkZRMUwCgYIKoZIzj0EAwIw\n"
    "-----END CERTIFICATE-----"
)
JSON_HEADERS = {"Content-Type": "application/json"}


@pytest.fixture
def mocker():
    with requests_mock.Mocker() as mock:
        mock.register_uri(
            requests_mock.ANY,
            requests_mock.ANY,
            json={"auth": {"client_token": "s.new"}, "data": {"keys": ["k"]}},
            headers=JSON_HEADERS,
        )
        yield mock


@pytest.fixture
def client(mocker):
    return hvac.Client(url=URL, token="s.test")


def refused(mocker, call, exception=exceptions.ParamValidationError, match=None):
    with pytest.raises(exception, match=match):
        call()
    assert mocker.call_count == 0


# -- AppRole -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("token_type", ["example", "SERVICE", ""])
def test_approle_token_type_must_be_allowed(client, mocker, token_type):
    refused(mocker, lambda: client.auth.approle.create_or_update_approle("r", token_type=token_type), match="token_type")


@pytest.mark.parametrize("param", ["secret_id_bound_cidrs", "token_policies", "token_bound_cidrs"])
@pytest.mark.parametrize("value", [1, ["a", 2], {"a": "b"}])
def test_approle_role_lists_must_be_lists_of_strings(client, mocker, param, value):
    refused(mocker, lambda: client.auth.approle.create_or_update_approle("r", **{param: value}), match=param)


@pytest.mark.parametrize("method", ["generate_secret_id", "create_custom_secret_id"])
@pytest.mark.parametrize("kwargs, param", [
    ({"metadata": "k=v"}, "metadata"),
    ({"metadata": ["k"]}, "metadata"),
    ({"cidr_list": 1}, "cidr_list"),
    ({"token_bound_cidrs": [1]}, "token_bound_cidrs"),
])
def test_approle_secret_id_arguments(client, mocker, method, kwargs, param):
    extra = {"secret_id": "s"} if method == "create_custom_secret_id" else {}
    refused(mocker, lambda: getattr(client.auth.approle, method)("r", **extra, **kwargs), match=param)


def test_approle_lists_are_sent_comma_delimited(client, mocker):
    client.auth.approle.create_or_update_approle("r", token_policies=["a", "b"], secret_id_bound_cidrs="10.0.0.0/8,::1/128")
    assert mocker.last_request.json() == {"token_policies": "a,b", "secret_id_bound_cidrs": "10.0.0.0/8,::1/128"}
    client.auth.approle.generate_secret_id("r", metadata={"k": "v"}, cidr_list=["127.0.0.1/32"], wrap_ttl="30s")
    assert mocker.last_request.json() == {"metadata": '{"k": "v"}', "cidr_list": "127.0.0.1/32"}
    assert mocker.last_request.headers["X-Vault-Wrap-TTL"] == "30s"


def test_approle_login_adopts_the_token_unless_told_not_to(client, mocker):
    client.auth.approle.login("role-id", use_token=False)
    assert client.token == "s.test"
    assert mocker.last_request.json() == {"role_id": "role-id", "secret_id": None}
    client.auth.approle.login("role-id", "secret")
    assert client.token == "s.new"


# -- AWS ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kwargs, match", [
    ({"iam_alias": "instance_id"}, "iam alias"),
    ({"ec2_alias": "unique_id"}, "ec2 alias"),
    ({"iam_alias": "x", "ec2_alias": "y"}, "iam alias"),
])
def test_aws_identity_alias_types(client, mocker, kwargs, match):
    refused(mocker, lambda: client.auth.aws.configure_identity_integration(**kwargs), match=match)


@pytest.mark.parametrize("method", ["tidy_blacklist_tags", "tidy_identity_whitelist_entries"])
def test_aws_tidy_safety_buffer_quirk(client, mocker, method):
    tidy = getattr(client.auth.aws, method)
    with pytest.warns(DeprecationWarning, match="safety_buffer"):
        refused(mocker, lambda: tidy(safety_buffer="1h"), exception=TypeError, match="saftey_buffer")
    refused(mocker, lambda: tidy(saftey_buffer="1h"), exception=TypeError, match="saftey_buffer")
    tidy("1h")
    assert mocker.last_request.json() == {"safety_buffer": "1h"}
    tidy()
    assert mocker.last_request.json() == {"safety_buffer": "72h"}


def test_aws_reads_return_the_data(client, mocker):
    assert client.auth.aws.list_roles() == {"keys": ["k"]}
    assert client.auth.aws.read_config() == {"keys": ["k"]}
    assert client.auth.aws.create_role("r")["auth"]["client_token"] == "s.new"


# -- Azure -------------------------------------------------------------------------------------------


def test_azure_environment_must_be_known(client, mocker):
    refused(mocker, lambda: client.auth.azure.configure("t", "r", environment="AzureMoon"), match="environment")
    client.auth.azure.configure("t", "r", environment="AzureChinaCloud")
    assert mocker.last_request.json() == {"tenant_id": "t", "resource": "r", "environment": "AzureChinaCloud"}


@pytest.mark.parametrize("policies", [1, ["a", 1], {"a": "b"}])
def test_azure_policies_must_be_str_or_list_of_str(client, mocker, policies):
    refused(mocker, lambda: client.auth.azure.create_role("r", policies=policies), match="policies")


# -- Cert --------------------------------------------------------------------------------------------


def test_cert_role_needs_a_certificate(client, mocker, tmp_path):
    refused(mocker, lambda: client.auth.cert.create_ca_certificate_role("web"), match="certificate")
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text(PEM)
    client.auth.cert.create_ca_certificate_role("web", certificate_file=str(ca_file))
    assert mocker.last_request.json()["certificate"] == PEM


def test_cert_role_still_reads_a_path_given_as_certificate(client, mocker, tmp_path):
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text(PEM)
    with pytest.warns(DeprecationWarning, match="certificate_file"):
        client.auth.cert.create_ca_certificate_role("web", certificate=str(ca_file))
    assert mocker.last_request.json()["certificate"] == PEM
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.auth.cert.create_ca_certificate_role("web", certificate=PEM, certificate_file="/not/read.pem")
    assert mocker.last_request.json()["certificate"] == PEM


def test_cert_login_refuses_a_cacert_that_is_not_pem(client, mocker):
    refused(mocker, lambda: client.auth.cert.login(cacert="not a pem", cert_pem=1), match="verify")


def test_cert_login_needs_verification(mocker):
    client = hvac.Client(url=URL, verify=False, cert=("/no/c.pem", "/no/c.key"))
    refused(mocker, lambda: client.auth.cert.login(cert_pem="/no/c.pem"), exception=Cert.CertificateAuthError)


def test_cert_login_quirks(client, mocker):
    refused(mocker, lambda: client.auth.cert.login(cert_pem=PEM, key_pem=PEM), exception=UnboundLocalError)
    refused(mocker, lambda: client.auth.cert.login(), exception=FileNotFoundError)
    refused(mocker, lambda: client.auth.cert.login(cert_pem="/does/not/exist.pem"), exception=FileNotFoundError)


def test_cert_login_refuses_a_cacert_that_is_true_or_a_path(client, mocker, tmp_path):
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text(PEM)
    for cacert in (True, str(ca_file)):
        refused(mocker, lambda: client.auth.cert.login(cacert=cacert, cert_pem=__file__), match="verify")


def test_cert_login_hands_requests_the_pem_text_and_the_files(client, mocker, tmp_path):
    cert_file, key_file = tmp_path / "c.pem", tmp_path / "c.key"
    cert_file.write_text("cert")
    key_file.write_text("key")

    with requests_mock.Mocker() as mock:
        mock.post(f"{URL}/v1/auth/tls/login", json={"auth": {"client_token": "s.cert"}}, headers=JSON_HEADERS)
        result = client.auth.cert.login(
            name="web", cacert=PEM, cert_pem=str(cert_file), key_pem=str(key_file), mount_point="tls"
        )
        request = mock.last_request
    assert result["auth"]["client_token"] == "s.cert"
    assert client.token == "s.cert"
    assert request.json() == {"name": "web"}
    assert request.cert == (str(cert_file), str(key_file))
    assert request.verify == PEM  # as the reference hands it; the session's transport loads it


def test_cert_login_with_a_session_of_ones_own_gets_files_requests_can_load(mocker, tmp_path):
    combined = tmp_path / "client.pem"
    combined.write_text("cert and key")
    client = hvac.Client(url=URL, session=requests.Session())
    client.auth.cert.login(cacert=PEM, cert_pem=str(combined), use_token=False)
    request = mocker.last_request
    assert request.cert == str(combined)  # (cert, "") names no key file: the key is in the cert file
    with open(request.verify) as ca_file:
        assert ca_file.read() == PEM


def test_inline_tls_transport_turns_pem_text_into_a_file():
    assert adapters.ca_bundle_file(True) is True
    assert adapters.ca_bundle_file("/etc/ssl/ca.pem") == "/etc/ssl/ca.pem"
    path = adapters.ca_bundle_file(PEM)
    assert path == adapters.ca_bundle_file(PEM)  # written once per distinct text
    with open(path) as ca_file:
        assert ca_file.read() == PEM
    assert adapters.usable_client_cert(("c.pem", "")) == "c.pem"
    assert adapters.usable_client_cert(("c.pem", "c.key")) == ("c.pem", "c.key")
    session = hvac.Client(url=URL).adapter.session
    assert isinstance(session.adapters["https://"], adapters.InlineTLSHTTPAdapter)


def test_cert_login_sends_the_named_certificate(mocker):
    client = hvac.Client(url=URL, cert=("/no/c.pem", "/no/c.key"))
    client.auth.cert.login(cert_pem="/no/other.pem", use_token=False)
    assert mocker.last_request.cert == ("/no/other.pem", "")
    assert mocker.last_request.verify  # the client's verify=True (requests may swap in its CA bundle)
    assert mocker.last_request.json() == {}


def test_cert_login_without_cert_pem_uses_the_client_certificate(mocker):
    client = hvac.Client(url=URL, cert=("/no/c.pem", "/no/c.key"))
    client.auth.cert.login(use_token=False)
    assert mocker.last_request.cert == ("/no/c.pem", "/no/c.key")


# -- GCP ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role_type", ["gke", "IAM", None])
def test_gcp_role_type_must_be_iam_or_gce(client, mocker, role_type):
    refused(mocker, lambda: client.auth.gcp.create_role("r", role_type, "p"), match="role_type")


@pytest.mark.parametrize("param", ["policies", "bound_service_accounts", "bound_zones", "bound_regions",
                                   "bound_instance_groups", "bound_labels"])
def test_gcp_role_lists_must_be_lists_of_strings(client, mocker, param):
    refused(mocker, lambda: client.auth.gcp.create_role("r", "gce", "p", **{param: 7}), match=param)


def test_gcp_parameters_of_the_other_role_type_are_dropped_with_a_warning(client, mocker, caplog):
    with caplog.at_level(logging.WARNING, logger="hvac.api.auth_methods.gcp"):
        client.auth.gcp.create_role(
            "r", "gce", "p", policies="a,b", bound_zones=["z1", "z2"], max_jwt_exp=900, allow_gce_inference=True
        )
    assert mocker.last_request.json() == {"type": "gce", "project_id": "p", "policies": "a,b", "bound_zones": "z1,z2"}
    assert [r.getMessage() for r in caplog.records] == [
        'Argument for parameter "max_jwt_exp" ignored for role type gce',
        'Argument for parameter "allow_gce_inference" ignored for role type gce',
    ]


# -- GitHub ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["map_team", "map_user"])
@pytest.mark.parametrize("policies", [1, "a,b", ["a", None]])
def test_github_policies_must_be_a_list_of_strings(client, mocker, method, policies):
    refused(mocker, lambda: getattr(client.auth.github, method)("x", policies=policies), match="policies")


# -- JWT ---------------------------------------------------------------------------------------------


def test_jwt_path_resolution_and_oidc_callback_keeps_the_token(client, mocker):
    assert client.auth.jwt.resolve_path(None) == "jwt"
    assert client.auth.oidc.resolve_path(None) == "oidc"
    assert client.auth.jwt.resolve_path("corp") == "corp"
    client.auth.jwt.oidc_callback(state="s", nonce="n", code="c", path="corp")
    assert mocker.last_request.path == "/v1/auth/corp/oidc/callback"
    assert mocker.last_request.qs == {"state": ["s"], "nonce": ["n"], "code": ["c"]}
    assert client.token == "s.test"
    client.auth.jwt.jwt_login("r", "eyJ")
    assert client.token == "s.new"


# -- Kubernetes --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kwargs, param", [
    ({"kubernetes_ca_cert": "not pem"}, "kubernetes_ca_cert"),
    ({"pem_keys": ["not pem"]}, "pem_keys"),
    ({"pem_keys": [PEM, 1]}, "pem_keys"),
])
def test_kubernetes_pem_arguments(client, mocker, kwargs, param):
    refused(mocker, lambda: client.auth.kubernetes.configure("https://k8s", **kwargs), match=param)


@pytest.mark.parametrize("param", ["bound_service_account_names", "bound_service_account_namespaces", "policies"])
def test_kubernetes_role_lists(client, mocker, param):
    kwargs = {"bound_service_account_names": ["a"], "bound_service_account_namespaces": ["ns"], param: 3}
    refused(mocker, lambda: client.auth.kubernetes.create_role("r", **kwargs), match=param)


def test_kubernetes_strings_are_sent_as_lists(client, mocker):
    client.auth.kubernetes.create_role("r", "a,b", "*", policies="p1,p2", token_type="batch")
    assert mocker.last_request.json() == {
        "bound_service_account_names": ["a", "b"],
        "bound_service_account_namespaces": ["*"],
        "policies": ["p1", "p2"],
        "token_type": "batch",
    }
