"""The fields the transit, KV, identity, SSH, database and RabbitMQ methods now send beyond the
reference's arguments: one table row per new argument giving the body (or query) key it fills,
exact requests for the new paths and verbs, and the reference's requests left as they were."""
from typing import Any, Dict

import pytest
import requests_mock

from hvac import exceptions
from tests.unit.field_rows import REPLY, Case, check_case, check_field, field_params, fields


@pytest.fixture
def mock(mock):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json=REPLY)  # every request answered
    return mock


FIELDS = (
    fields(lambda s, **kw: s.transit.create_key("k", **kw),
           "key_size", "managed_key_name", "managed_key_id", "external_key_ref")
    + fields(lambda s, **kw: s.transit.read_key("k", **kw), "context")
    + fields(lambda s, **kw: s.transit.rotate_key("k", **kw), "managed_key_name", "managed_key_id", "external_key_ref")
    + fields(lambda s, **kw: s.transit.encrypt_data("k", "aGk=", **kw), "partial_failure_response_code")
    + fields(lambda s, **kw: s.transit.decrypt_data("k", "vault:v1:x", **kw), "partial_failure_response_code")
    + fields(lambda s, **kw: s.transit.generate_data_key("k", "plaintext", **kw), "key_version", "associated_data")
    + fields(lambda s, **kw: s.transit.generate_hmac("k", None, **kw), "batch_input")
    + fields(lambda s, **kw: s.transit.sign_data("k", "aGk=", **kw), "algorithm")
    + fields(lambda s, **kw: s.transit.verify_signed_data("k", "aGk=", signature="vault:v1:s", **kw), "algorithm")
    + fields(lambda s, **kw: s.transit.verify_signed_data("k", None, **kw), "batch_input")
    + fields(lambda s, **kw: s.kv.v2.configure(**kw), "metadata_cas_required")
    + fields(lambda s, **kw: s.kv.v2.update_metadata("p", **kw), "metadata_cas", "metadata_cas_required")
    + fields(lambda s, **kw: s.identity.create_or_update_entity_alias("a", "e", "m", **kw),
             "custom_metadata", "entity_id")
    + fields(lambda s, **kw: s.identity.update_entity_alias("i", "a", "e", "m", **kw), "custom_metadata", "entity_id")
    + fields(lambda s, **kw: s.identity.create_legacy_alias("a", "e", "m", **kw), "entity_id")
    + fields(lambda s, **kw: s.identity.update_legacy_alias("i", **kw), "entity_id")
    + fields(lambda s, **kw: s.identity.create_or_update_entity_by_name("n", **kw), entity_id="id")
    + fields(lambda s, **kw: s.ssh.create_role("r", **kw), "allowed_domains_template", "default_user_template",
             "default_extensions_template", "not_before_duration", "allow_empty_principals",
             "allow_commas_in_identity_templates", "allow_wildcards_in_identity_templates", "issuer_ref")
    + fields(lambda s, **kw: s.database.configure("db", "postgresql-database-plugin", **kw),
             "password_policy", "plugin_version")
    + fields(lambda s, **kw: s.database.create_role("r", "db", ["CREATE"], **kw), "credential_type", "credential_config")
    + fields(lambda s, **kw: s.database.create_static_role("r", "db", "u", ["ALTER"], **kw),
             "credential_type", "credential_config", "rotation_schedule", "rotation_window")
    + fields(lambda s, **kw: s.rabbitmq.configure("http://r:15672", "u", "p", **kw), "password_policy", "username_template")
)

# Values some servers check the type of (the rest take any placeholder).
VALUES: Dict[str, Any] = {
    "custom_metadata": {"team": "a"},
    "credential_config": {"key_bits": 2048},
    "batch_input": [{"input": "aGk=", "signature": "vault:v1:s"}],
}


@pytest.mark.parametrize("row", field_params(FIELDS))
def test_each_new_argument_fills_its_field(mock, client, row):
    check_field(mock, client.secrets, row, VALUES.get(row.argument, row.value))


REQUESTS = {
    "kv1 scan": Case(lambda s: s.kv.v1.list_secrets("a/b", scan=True), "GET", "/v1/secret/a/b", None,
                     {"scan": ["true"]}),
    "kv1 list": Case(lambda s: s.kv.v1.list_secrets("a"), "LIST", "/v1/secret/a"),
    "kv2 scan": Case(lambda s: s.kv.v2.list_secrets("a", scan=True, mount_point="kv"), "GET",
                     "/v1/kv/metadata/a", None, {"scan": ["true"]}),
    "kv2 detailed scan": Case(lambda s: s.kv.v2.list_detailed_metadata("a", limit=5, scan=True), "GET",
                              "/v1/secret/detailed-metadata/a", None, {"scan": ["true"], "limit": ["5"]}),
    "transit random source": Case(lambda s: s.transit.generate_random_bytes(16, source="seal"), "POST",
                                  "/v1/transit/random/seal", {"bytes": 16}),
    "transit random url bytes only": Case(lambda s: s.transit.generate_random_bytes_url_form(n_bytes=8), "POST",
                                          "/v1/transit/random/8", {}),
    "transit rotate plain": Case(lambda s: s.transit.rotate_key("k"), "POST", "/v1/transit/keys/k/rotate"),
    "transit read key plain": Case(lambda s: s.transit.read_key("k"), "GET", "/v1/transit/keys/k"),
    "transit verify batch": Case(
        lambda s: s.transit.verify_signed_data("k", None, batch_input=[{"input": "aGk=", "hmac": "vault:v1:h"}]),
        "POST", "/v1/transit/verify/k",
        {"name": "k", "input": None, "batch_input": [{"input": "aGk=", "hmac": "vault:v1:h"}]}),
    "transit hmac batch": Case(lambda s: s.transit.generate_hmac("k", None, batch_input=[{"input": "aGk="}]),
                               "POST", "/v1/transit/hmac/k", {"input": None, "batch_input": [{"input": "aGk="}]}),
    "database static role on a schedule": Case(
        lambda s: s.database.create_static_role("r", "db", "u", ["ALTER"], rotation_period=None,
                                                rotation_schedule="0 * * * SAT"),
        "POST", "/v1/database/static-roles/r",
        {"db_name": "db", "username": "u", "rotation_statements": ["ALTER"], "rotation_period": None,
         "rotation_schedule": "0 * * * SAT"}),
}


@pytest.mark.parametrize("case", list(REQUESTS.values()), ids=list(REQUESTS))
def test_exact_request(mock, client, case: Case):
    check_case(mock, client.secrets, case)


def test_ssh_role_keeps_the_reference_body_and_adds_what_is_given(mock, client):
    client.secrets.ssh.create_role("r", key_type="ca", issuer_ref="default")
    body = mock.last_request.json()
    assert (mock.last_request.method, mock.last_request.path) == ("POST", "/v1/ssh/roles/r")
    assert body["issuer_ref"] == "default" and body["key_type"] == "ca" and body["key_bits"] == 1024
    assert "not_before_duration" not in body


def test_oidc_token_sends_the_client_secret_in_the_form_with_client_secret_post(mock, client):
    client.secrets.identity.request_oidc_provider_token("p", "cid", "sec", code="c", client_auth="client_secret_post")
    assert mock.last_request.path == "/v1/identity/oidc/provider/p/token"
    assert "client_secret=sec" in mock.last_request.body and "client_id=cid" in mock.last_request.body


def test_verify_still_wants_a_signature_or_hmac_without_batch_input(mock, client):
    with pytest.raises(exceptions.ParamValidationError, match="signature"):
        client.secrets.transit.verify_signed_data("k", "aGk=")
    assert mock.request_history == []


def test_random_source_is_checked(mock, client):
    with pytest.raises(exceptions.ParamValidationError, match="source"):
        client.secrets.transit.generate_random_bytes(source="moon")
    assert mock.request_history == []


def test_alias_custom_metadata_must_be_a_dict(mock, client):
    with pytest.raises(exceptions.ParamValidationError, match="metadata"):
        client.secrets.identity.create_or_update_entity_alias("a", "e", "m", custom_metadata=["x"])
    assert mock.request_history == []
