"""AWS, Azure, GCP, AD, LDAP, Consul, RabbitMQ and Transform secrets engines without a server.

Enum-like arguments are refused with ParamValidationError before anything is sent, naming the
parameter and the allowed values; the request shapes of calls the golden traffic does not record
(query parameters, bodies of optional arguments) are pinned here too.
"""
import json

import pytest
import requests
import requests_mock

import hvac
from hvac import exceptions
from hvac.api.secrets_engines import aws, azure, gcp
from hvac.constants import aws as aws_constants
from hvac.constants import azure as azure_constants
from hvac.constants import gcp as gcp_constants
from tests.unit.fake_server import URL

REPLY = {"data": {"key": "value"}}


@pytest.fixture
def mock(mock):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json=REPLY)
    return mock


# (call, parameter name, allowed values): each call passes an invalid value for that parameter.
REJECTIONS = [
    (
        lambda c: c.secrets.aws.create_or_update_role("r", credential_type="root_user"),
        "credential_type",
        aws_constants.ALLOWED_CREDS_TYPES,
    ),
    (
        lambda c: c.secrets.aws.generate_credentials("r", endpoint="token"),
        "endpoint",
        aws_constants.ALLOWED_CREDS_ENDPOINTS,
    ),
    (
        lambda c: c.secrets.azure.configure("sub", "tenant", environment="AzureMoonCloud"),
        "environment",
        azure_constants.VALID_ENVIRONMENTS,
    ),
    (
        lambda c: c.secrets.gcp.create_or_update_roleset("rs", "proj", "bindings", secret_type="password"),
        "secret_type",
        gcp_constants.ALLOWED_SECRETS_TYPES,
    ),
    (
        lambda c: c.secrets.gcp.create_or_update_static_account("sa", "sa@p.iam", secret_type="password"),
        "secret_type",
        gcp_constants.ALLOWED_SECRETS_TYPES,
    ),
    (
        lambda c: c.secrets.gcp.generate_service_account_key("rs", method="PUT"),
        "method",
        ["POST", "GET"],
    ),
    (
        lambda c: c.secrets.gcp.generate_service_account_key("rs", key_algorithm="KEY_ALG_DSA"),
        "key_algorithm",
        gcp_constants.SERVICE_ACCOUNT_KEY_ALGORITHMS,
    ),
    (
        lambda c: c.secrets.gcp.generate_service_account_key("rs", key_type="TYPE_PEM"),
        "key_type",
        gcp_constants.SERVICE_ACCOUNT_KEY_TYPES,
    ),
    (
        lambda c: c.secrets.gcp.generate_static_account_service_account_key("sa", method="DELETE"),
        "method",
        ["POST", "GET"],
    ),
    (
        lambda c: c.secrets.gcp.generate_static_account_service_account_key("sa", key_algorithm="RSA_4096"),
        "key_algorithm",
        gcp_constants.SERVICE_ACCOUNT_KEY_ALGORITHMS,
    ),
    (
        lambda c: c.secrets.gcp.generate_static_account_service_account_key("sa", key_type="TYPE_JSON"),
        "key_type",
        gcp_constants.SERVICE_ACCOUNT_KEY_TYPES,
    ),
]


@pytest.mark.parametrize("call, param, allowed", REJECTIONS, ids=[f"{i}-{r[1]}" for i, r in enumerate(REJECTIONS)])
def test_bad_enum_value_is_refused_before_any_request(mock, client, call, param, allowed):
    with pytest.raises(exceptions.ParamValidationError) as info:
        call(client)
    assert mock.request_history == []
    message = str(info.value)
    assert param in message
    for value in allowed:
        assert value in message


def test_module_constants_are_the_spec_values():
    assert aws.ALLOWED_CREDS_TYPES == ["iam_user", "assumed_role", "federation_token"]
    assert aws.ALLOWED_CREDS_ENDPOINTS == ["creds", "sts"]
    assert aws.DEFAULT_MOUNT_POINT == "aws"
    assert azure.VALID_ENVIRONMENTS == [
        "AzurePublicCloud",
        "AzureUSGovernmentCloud",
        "AzureChinaCloud",
        "AzureGermanCloud",
    ]
    assert azure.DEFAULT_MOUNT_POINT == "azure"
    assert gcp.ALLOWED_SECRETS_TYPES == ["access_token", "service_account_key"]
    assert gcp.SERVICE_ACCOUNT_KEY_ALGORITHMS == ["KEY_ALG_UNSPECIFIED", "KEY_ALG_RSA_1024", "KEY_ALG_RSA_2048"]
    assert gcp.SERVICE_ACCOUNT_KEY_TYPES == ["TYPE_UNSPECIFIED", "TYPE_PKCS12_FILE", "TYPE_GOOGLE_CREDENTIALS_FILE"]


# --- every allowed value goes through --------------------------------------------------------


@pytest.mark.parametrize("credential_type", aws_constants.ALLOWED_CREDS_TYPES)
def test_aws_every_credential_type_is_accepted(mock, client, credential_type):
    client.secrets.aws.create_or_update_role("r", credential_type)
    assert mock.last_request.json() == {"credential_type": credential_type}


@pytest.mark.parametrize("environment", azure_constants.VALID_ENVIRONMENTS + [None])
def test_azure_every_environment_is_accepted(mock, client, environment):
    client.secrets.azure.configure("sub", "tenant", environment=environment)
    expected = {"subscription_id": "sub", "tenant_id": "tenant"}
    if environment:
        expected["environment"] = environment
    assert mock.last_request.json() == expected


@pytest.mark.parametrize("secret_type", gcp_constants.ALLOWED_SECRETS_TYPES)
def test_gcp_every_secret_type_is_accepted(mock, client, secret_type):
    client.secrets.gcp.create_or_update_roleset("rs", "proj", "b", secret_type=secret_type)
    client.secrets.gcp.create_or_update_static_account("sa", "sa@p.iam", secret_type=secret_type)
    assert [r.json()["secret_type"] for r in mock.request_history] == [secret_type, secret_type]


@pytest.mark.parametrize("algorithm", gcp_constants.SERVICE_ACCOUNT_KEY_ALGORITHMS)
@pytest.mark.parametrize("key_type", gcp_constants.SERVICE_ACCOUNT_KEY_TYPES)
def test_gcp_every_key_algorithm_and_type_is_accepted(mock, client, algorithm, key_type):
    client.secrets.gcp.generate_service_account_key("rs", key_algorithm=algorithm, key_type=key_type)
    assert mock.last_request.method == "POST"
    assert mock.last_request.json() == {"key_algorithm": algorithm, "key_type": key_type}


def test_gcp_get_key_ignores_the_post_only_options(mock, client):
    client.secrets.gcp.generate_static_account_service_account_key("sa", key_algorithm="x", key_type="y", method="GET")
    assert mock.last_request.method == "GET"
    assert mock.last_request.path == "/v1/gcp/static-account/sa/key"
    assert mock.last_request.body is None


# --- request shapes not covered by the recorded traffic -------------------------------------


def test_aws_generate_credentials_sts_posts_truthy_options_as_json(mock, client):
    client.secrets.aws.generate_credentials(
        "r", role_arn="arn:aws:iam::1:role/x", ttl="15m", endpoint="sts", role_session_name="sess", mount_point="m"
    )
    request = mock.last_request
    assert (request.method, request.path) == ("POST", "/v1/m/sts/r")
    assert request.json() == {"role_arn": "arn:aws:iam::1:role/x", "role_session_name": "sess", "ttl": "15m"}
    assert request.qs == {}


def test_aws_generate_credentials_creds_gets_truthy_options_as_query(mock, client):
    client.secrets.aws.generate_credentials("r", role_arn="arn:x", ttl="", role_session_name="sess")
    request = mock.last_request
    assert (request.method, request.path) == ("GET", "/v1/aws/creds/r")
    assert request.qs == {"role_arn": ["arn:x"], "role_session_name": ["sess"]}
    assert request.body is None


def test_aws_create_role_serialises_a_dict_policy(mock, client):
    client.secrets.aws.create_or_update_role(
        "r", "iam_user", policy_document={"b": 1, "a": 2}, policy_arns=["arn:p"], iam_tags={"team": "x"}
    )
    body = mock.last_request.json()
    assert body["policy_document"] == json.dumps({"a": 2, "b": 1}, indent=4)
    assert body["policy_arns"] == ["arn:p"] and body["iam_tags"] == {"team": "x"}


def test_aws_root_credentials_always_send_max_retries(mock, client):
    client.secrets.aws.configure_root_iam_credentials("AK", "SK", region="eu-west-1", max_retries=3)
    assert mock.last_request.json() == {
        "access_key": "AK",
        "secret_key": "SK",
        "region": "eu-west-1",
        "max_retries": 3,
    }


def test_azure_reads_return_only_data(mock, client):
    assert client.secrets.azure.read_config() == REPLY["data"]
    assert client.secrets.azure.list_roles() == REPLY["data"]
    assert client.secrets.azure.generate_credentials("r") == REPLY["data"]


def test_azure_read_answered_by_204_raises_attribute_error(client):
    with requests_mock.Mocker() as m:
        m.get(f"{URL}/v1/azure/config", status_code=204)
        with pytest.raises(AttributeError):
            client.secrets.azure.read_config()


def test_gcp_dict_bindings_are_sent_as_compact_json(mock, client):
    bindings = {"resource": {"//x": {"roles": ["roles/viewer"]}}}
    client.secrets.gcp.create_or_update_roleset("rs", "proj", bindings, token_scopes=["s"])
    assert mock.last_request.json() == {
        "project": "proj",
        "bindings": json.dumps(bindings).replace(" ", ""),
        "token_scopes": ["s"],
    }


def test_consul_role_sends_only_given_fields(mock, client):
    client.secrets.consul.create_or_update_role("r", policies=["p"], token_type="client", local=False, ttl="1h")
    assert mock.last_request.json() == {"policies": ["p"], "token_type": "client", "local": False, "ttl": "1h"}


def test_ldap_configure_sends_only_given_fields(mock, client):
    client.secrets.ldap.configure(binddn="cn=a", url="ldaps://x", schema="openldap", starttls=False)
    assert mock.last_request.json() == {"binddn": "cn=a", "url": "ldaps://x", "schema": "openldap", "starttls": False}


def test_active_directory_configure_passes_extra_fields(mock, client):
    client.secrets.activedirectory.configure(binddn="cn=a", length=32)
    assert mock.last_request.json() == {"binddn": "cn=a", "length": 32}


def test_transform_tokenization_transformation_with_options(mock, client):
    client.secrets.transform.create_or_update_tokenization_transformation(
        "t", max_ttl="1h", mapping_mode="exportable", allowed_roles=["r"], stores=["s"]
    )
    assert mock.last_request.path == "/v1/transform/transformations/tokenization/t"
    assert mock.last_request.json() == {
        "max_ttl": "1h",
        "mapping_mode": "exportable",
        "allowed_roles": ["r"],
        "stores": ["s"],
    }


@pytest.mark.parametrize(
    "method, path", [("check_tokenization", "tokenized"), ("retrieve_token_metadata", "metadata")]
)
def test_transform_token_queries_with_batch(mock, client, method, path):
    getattr(client.secrets.transform, method)("role", "v", "t", batch_input=[{"value": "x"}], mount_point="tf")
    assert mock.last_request.path == f"/v1/tf/{path}/role"
    assert mock.last_request.json() == {"value": "v", "transformation": "t", "batch_input": [{"value": "x"}]}


def test_transform_snapshot_page(mock, client):
    client.secrets.transform.snapshot_tokenization_state("t", limit=10, continuation="abc", mount_point="tf")
    assert mock.last_request.path == "/v1/tf/transformations/tokenization/snapshot/t"
    assert mock.last_request.json() == {"limit": 10, "continuation": "abc"}


def test_rabbitmq_raw_adapter_returns_the_response(mock):
    c = hvac.Client(url=URL, token="s.tok", adapter=hvac.adapters.RawAdapter)
    assert isinstance(c.secrets.rabbitmq.read_role("r"), requests.Response)
