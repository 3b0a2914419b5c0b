"""Identity secrets engine: arguments refused before any request, and the body rules that
depend on the arguments (member IDs of external groups, lookup criteria, list verbs)."""
import logging

import pytest
import requests_mock

import hvac
from hvac import exceptions
from hvac.api.secrets_engines.identity import ALLOWED_GROUP_TYPES, DEFAULT_MOUNT_POINT, Identity

URL = "https://vault.test:8200"


@pytest.fixture
def mocker():
    with requests_mock.Mocker() as mock:
        mock.register_uri(requests_mock.ANY, requests_mock.ANY, status_code=204)
        yield mock


@pytest.fixture
def identity(mocker):
    return hvac.Client(url=URL, token="s.test").secrets.identity


def test_module_constants():
    assert DEFAULT_MOUNT_POINT == "identity"
    assert ALLOWED_GROUP_TYPES == ["internal", "external"]


METADATA_METHODS = [
    ("create_or_update_entity", {"name": "e"}),
    ("create_or_update_entity_by_name", {"name": "e"}),
    ("update_entity", {"entity_id": "id"}),
    ("create_or_update_group", {"name": "g"}),
    ("create_or_update_group_by_name", {"name": "g"}),
    ("update_group", {"group_id": "id", "name": "g"}),
]


@pytest.mark.parametrize("method, kwargs", METADATA_METHODS, ids=[m for m, _ in METADATA_METHODS])
@pytest.mark.parametrize("metadata", ["key=value", ["key", "value"], 3])
def test_metadata_must_be_a_dict(identity, mocker, method, kwargs, metadata):
    with pytest.raises(exceptions.ParamValidationError, match="metadata"):
        getattr(identity, method)(metadata=metadata, **kwargs)
    assert mocker.call_count == 0


GROUP_METHODS = [m for m in METADATA_METHODS if "group" in m[0]]


@pytest.mark.parametrize("method, kwargs", GROUP_METHODS, ids=[m for m, _ in GROUP_METHODS])
@pytest.mark.parametrize("group_type", ["INTERNAL", "ldap", None, ""])
def test_group_type_must_be_internal_or_external(identity, mocker, method, kwargs, group_type):
    with pytest.raises(exceptions.ParamValidationError, match="group_type"):
        getattr(identity, method)(group_type=group_type, **kwargs)
    assert mocker.call_count == 0


LIST_METHODS = [
    "list_entities",
    "list_entities_by_name",
    "list_entity_aliases",
    "list_groups",
    "list_groups_by_name",
    "list_group_aliases",
]


@pytest.mark.parametrize("method", LIST_METHODS)
@pytest.mark.parametrize("verb", ["list", "POST", "PUT", None])
def test_list_method_must_be_list_or_get(identity, mocker, method, verb):
    with pytest.raises(exceptions.ParamValidationError, match="method"):
        getattr(identity, method)(method=verb)
    assert mocker.call_count == 0


@pytest.mark.parametrize("method", LIST_METHODS)
def test_list_methods_send_list_or_get_with_list_true(identity, mocker, method):
    getattr(identity, method)()
    getattr(identity, method)(method="GET", mount_point="other")
    first, second = mocker.request_history
    assert first.method == "LIST" and first.qs == {}
    assert second.method == "GET" and second.qs == {"list": ["true"]}
    assert second.path.startswith("/v1/other/")


def test_external_groups_drop_member_ids_and_log(identity, mocker, caplog):
    with caplog.at_level(logging.WARNING, logger="hvac.api.secrets_engines.identity"):
        identity.create_or_update_group(
            name="g", group_type="external", member_entity_ids=["e"], member_group_ids=["g"]
        )
    assert mocker.last_request.json() == {"name": "g", "type": "external"}
    assert len(caplog.records) == 2
    assert "member_entity_ids" in caplog.records[0].getMessage()
    assert "member_group_ids" in caplog.records[1].getMessage()


def test_internal_groups_always_send_member_ids(identity, mocker):
    identity.update_group(group_id="x", name="g")
    assert mocker.last_request.json() == {
        "name": "g",
        "type": "internal",
        "member_entity_ids": None,
        "member_group_ids": None,
    }


def test_group_by_name_sends_only_given_member_ids_of_internal_groups(identity, mocker, caplog):
    identity.create_or_update_group_by_name(name="g", member_entity_ids=["e"])
    assert mocker.last_request.json() == {"type": "internal", "member_entity_ids": ["e"]}
    with caplog.at_level(logging.WARNING, logger="hvac.api.secrets_engines.identity"):
        identity.create_or_update_group_by_name(name="g", group_type="external", member_entity_ids=["e"])
    assert mocker.last_request.json() == {"type": "external"}
    assert caplog.records == []


def test_validate_member_id_params_for_group_type_is_static():
    params = {"name": "g"}
    result = Identity.validate_member_id_params_for_group_type("internal", params, ["g1"], ["e1"])
    assert result is params
    assert params == {"name": "g", "member_group_ids": ["g1"], "member_entity_ids": ["e1"]}
    assert Identity.validate_member_id_params_for_group_type("external", {}, None, None) == {}


@pytest.mark.parametrize(
    "kwargs, body",
    [
        ({}, {}),
        ({"name": "n", "entity_id": "i", "alias_id": "a"}, {"name": "n"}),
        ({"entity_id": "i", "alias_id": "a"}, {"id": "i"}),
        ({"alias_id": "a", "alias_name": "x", "alias_mount_accessor": "acc"}, {"alias_id": "a"}),
        ({"alias_name": "x"}, {}),
        ({"alias_name": "x", "alias_mount_accessor": "acc"}, {"alias_name": "x", "alias_mount_accessor": "acc"}),
    ],
)
def test_lookup_sends_the_first_criterion_only(identity, mocker, kwargs, body):
    identity.lookup_entity(**kwargs)
    assert mocker.last_request.json() == body
    group_kwargs = {("group_id" if k == "entity_id" else k): v for k, v in kwargs.items()}
    identity.lookup_group(**group_kwargs)
    assert mocker.last_request.json() == body
    assert mocker.last_request.path == "/v1/identity/lookup/group"


def test_rotate_named_key_posts_to_the_key_itself(identity, mocker):
    identity.rotate_named_key("k", verification_ttl="1h")
    assert mocker.last_request.method == "POST"
    assert mocker.last_request.path == "/v1/identity/oidc/key/k"
    assert mocker.last_request.json() == {"verification_ttl": "1h"}
