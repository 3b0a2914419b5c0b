"""Identity secrets engine against the shared OpenBao dev server (the engine is always mounted
at ``identity``). Every name is unique and everything created is removed again."""
from typing import Iterator, Tuple

import pytest

import hvac
from hvac import exceptions


@pytest.fixture
def identity(client):
    return client.secrets.identity


@pytest.fixture
def userpass(client, unique) -> Iterator[Tuple[str, str]]:
    """A userpass auth method at a unique path: yields ``(path, accessor)``; disabled afterwards."""
    path = unique("userpass")
    client.sys.enable_auth_method(method_type="userpass", path=path)
    try:
        yield path, client.read("sys/auth")["data"][f"{path}/"]["accessor"]
    finally:
        client.sys.disable_auth_method(path=path)


@pytest.fixture
def entity(identity, unique) -> Iterator[Tuple[str, str]]:
    """A fresh entity: yields ``(name, id)``; deleted afterwards."""
    name = unique("entity")
    entity_id = identity.create_or_update_entity(name=name)["data"]["id"]
    try:
        yield name, entity_id
    finally:
        identity.delete_entity(entity_id)


def test_entity_by_id_create_read_update_list_delete(identity, unique):
    name = unique("entity")
    created = identity.create_or_update_entity(name=name, metadata={"team": "a"}, policies=["p1"])
    entity_id = created["data"]["id"]
    assert created["data"]["name"] == name
    try:
        read = identity.read_entity(entity_id)["data"]
        assert (read["name"], read["metadata"], read["policies"]) == (name, {"team": "a"}, ["p1"])
        assert read["disabled"] is False

        # create_or_update with the ID updates in place (204)
        assert identity.create_or_update_entity(name=name, entity_id=entity_id, policies=["p2"]).status_code == 204
        assert identity.read_entity(entity_id)["data"]["policies"] == ["p2"]

        renamed = unique("renamed")
        assert identity.update_entity(entity_id, name=renamed, disabled=True).status_code == 204
        read = identity.read_entity(entity_id)["data"]
        assert (read["name"], read["disabled"]) == (renamed, True)

        assert entity_id in identity.list_entities()["data"]["keys"]
        assert entity_id in identity.list_entities(method="GET")["data"]["key_info"]
        assert renamed in identity.list_entities_by_name()["data"]["keys"]
        assert renamed in identity.list_entities_by_name(method="GET")["data"]["keys"]

        assert identity.lookup_entity(entity_id=entity_id)["data"]["name"] == renamed
        assert identity.lookup_entity(name=renamed)["data"]["id"] == entity_id
    finally:
        assert identity.delete_entity(entity_id).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        identity.read_entity(entity_id)
    # no match: Vault answers 204 with no body
    assert identity.lookup_entity(entity_id=entity_id).status_code == 204


def test_entity_by_name_create_update_read_delete(identity, unique):
    name = unique("entity")
    created = identity.create_or_update_entity_by_name(name=name, metadata={"k": "v"}, policies=["p"])
    assert created["data"]["name"] == name
    entity_id = created["data"]["id"]
    try:
        updated = identity.create_or_update_entity_by_name(name=name, policies=["q"], disabled=True)
        assert updated.status_code == 204
        read = identity.read_entity_by_name(name)["data"]
        assert (read["id"], read["policies"], read["metadata"]) == (entity_id, ["q"], {"k": "v"})
        assert read["disabled"] is True
    finally:
        assert identity.delete_entity_by_name(name).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        identity.read_entity_by_name(name)


def test_merge_entities(identity, unique, userpass):
    _, accessor = userpass
    target = identity.create_or_update_entity(name=unique("target"))["data"]["id"]
    source = identity.create_or_update_entity(name=unique("source"))["data"]["id"]
    alias_name = unique("alias")
    alias_id = identity.create_or_update_entity_alias(name=alias_name, canonical_id=source, mount_accessor=accessor)[
        "data"
    ]["id"]
    try:
        assert identity.merge_entities(from_entity_ids=[source], to_entity_id=target).status_code == 204
        with pytest.raises(exceptions.InvalidPath):
            identity.read_entity(source)
        aliases = identity.read_entity(target)["data"]["aliases"]
        assert [a["id"] for a in aliases] == [alias_id]
        assert identity.read_entity_alias(alias_id)["data"]["canonical_id"] == target
    finally:
        identity.delete_entity(target)
        identity.delete_entity(source)  # already gone after a successful merge: still a 204


def test_entity_aliases(identity, unique, userpass, entity):
    _, accessor = userpass
    entity_name, entity_id = entity
    alias_name = unique("alias")
    created = identity.create_or_update_entity_alias(name=alias_name, canonical_id=entity_id, mount_accessor=accessor)
    alias_id = created["data"]["id"]
    assert created["data"]["canonical_id"] == entity_id
    try:
        read = identity.read_entity_alias(alias_id)["data"]
        assert (read["name"], read["canonical_id"], read["mount_accessor"]) == (alias_name, entity_id, accessor)

        new_name = unique("alias")
        identity.update_entity_alias(alias_id=alias_id, name=new_name, canonical_id=entity_id, mount_accessor=accessor)
        assert identity.read_entity_alias(alias_id)["data"]["name"] == new_name

        # create_or_update with alias_id updates that alias
        newer_name = unique("alias")
        identity.create_or_update_entity_alias(
            name=newer_name, canonical_id=entity_id, mount_accessor=accessor, alias_id=alias_id
        )
        assert identity.read_entity_alias(alias_id)["data"]["name"] == newer_name

        assert alias_id in identity.list_entity_aliases()["data"]["keys"]
        assert alias_id in identity.list_entity_aliases(method="GET")["data"]["keys"]

        assert identity.lookup_entity(alias_id=alias_id)["data"]["id"] == entity_id
        found = identity.lookup_entity(alias_name=newer_name, alias_mount_accessor=accessor)
        assert found["data"]["name"] == entity_name
    finally:
        assert identity.delete_entity_alias(alias_id).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        identity.read_entity_alias(alias_id)


def test_internal_groups_with_members_and_policies(identity, unique, entity):
    _, entity_id = entity
    child_name, parent_name = unique("child"), unique("parent")
    child = identity.create_or_update_group(name=child_name, policies=["child-policy"])["data"]["id"]
    parent = identity.create_or_update_group(
        name=parent_name,
        metadata={"owner": "ops"},
        policies=["parent-policy"],
        member_group_ids=[child],
        member_entity_ids=[entity_id],
    )["data"]["id"]
    try:
        read = identity.read_group(parent)["data"]
        assert read["type"] == "internal"
        assert (read["member_group_ids"], read["member_entity_ids"]) == ([child], [entity_id])
        assert (read["policies"], read["metadata"]) == (["parent-policy"], {"owner": "ops"})
        assert identity.read_group(child)["data"]["parent_group_ids"] == [parent]

        identity.update_group(parent, name=parent_name, policies=["other"], member_entity_ids=[entity_id])
        read = identity.read_group(parent)["data"]
        assert read["policies"] == ["other"]
        assert read["member_entity_ids"] == [entity_id]

        # internal groups always send both member lists (null when omitted): that empties them
        assert identity.create_or_update_group(name=parent_name, group_id=parent, policies=["third"]).status_code == 204
        read = identity.read_group_by_name(parent_name)["data"]
        assert (read["policies"], read["member_entity_ids"], read["member_group_ids"] or []) == (["third"], [], [])
        identity.update_group(parent, name=parent_name, member_group_ids=[child], member_entity_ids=[entity_id])

        assert {parent, child} <= set(identity.list_groups()["data"]["keys"])
        assert {parent, child} <= set(identity.list_groups(method="GET")["data"]["keys"])
        assert {parent_name, child_name} <= set(identity.list_groups_by_name()["data"]["keys"])
        assert parent_name in identity.list_groups_by_name(method="GET")["data"]["keys"]

        assert identity.lookup_group(name=parent_name)["data"]["id"] == parent
        assert identity.lookup_group(group_id=child)["data"]["name"] == child_name
        assert parent in identity.read_entity(entity_id)["data"]["direct_group_ids"]
    finally:
        assert identity.delete_group(parent).status_code == 204
        assert identity.delete_group(child).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        identity.read_group(parent)


def test_group_by_name(identity, unique, entity):
    _, entity_id = entity
    name = unique("group")
    created = identity.create_or_update_group_by_name(name=name, policies=["p"], member_entity_ids=[entity_id])
    group_id = created["data"]["id"]
    try:
        assert identity.create_or_update_group_by_name(name=name, metadata={"k": "v"}).status_code == 204
        read = identity.read_group_by_name(name)["data"]
        # by name, omitted member lists are not sent, so the members stay
        assert (read["id"], read["member_entity_ids"], read["metadata"]) == (group_id, [entity_id], {"k": "v"})
    finally:
        assert identity.delete_group_by_name(name).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        identity.read_group_by_name(name)


def test_external_group_and_group_aliases(identity, unique, userpass):
    _, accessor = userpass
    name = unique("external")
    group_id = identity.create_or_update_group(name=name, group_type="external", policies=["ext"])["data"]["id"]
    alias_name = unique("ldap-group")
    try:
        assert identity.read_group(group_id)["data"]["type"] == "external"
        alias = identity.create_or_update_group_alias(name=alias_name, mount_accessor=accessor, canonical_id=group_id)
        alias_id = alias["data"]["id"]
        assert alias["data"]["canonical_id"] == group_id

        read = identity.read_group_alias(alias_id)["data"]
        assert (read["name"], read["mount_accessor"], read["canonical_id"]) == (alias_name, accessor, group_id)
        assert identity.read_group(group_id)["data"]["alias"]["id"] == alias_id

        new_name = unique("ldap-group")
        identity.update_group_alias(entity_id=alias_id, name=new_name, mount_accessor=accessor, canonical_id=group_id)
        assert identity.read_group_alias(alias_id)["data"]["name"] == new_name

        assert alias_id in identity.list_group_aliases()["data"]["keys"]
        assert alias_id in identity.list_group_aliases(method="GET")["data"]["keys"]

        assert identity.lookup_group(alias_id=alias_id)["data"]["id"] == group_id
        found = identity.lookup_group(alias_name=new_name, alias_mount_accessor=accessor)
        assert found["data"]["name"] == name

        assert identity.delete_group_alias(alias_id).status_code == 204
        with pytest.raises(exceptions.InvalidPath):
            identity.read_group_alias(alias_id)
    finally:
        identity.delete_group(group_id)


@pytest.fixture
def issuer(identity) -> Iterator[str]:
    """Configure the tokens backend's issuer; the previous setting is restored afterwards."""
    previous = identity.read_tokens_backend_configuration()["data"]["issuer"]
    issuer = "https://issuer.example.test:8200"
    identity.configure_tokens_backend(issuer=issuer)
    try:
        yield issuer
    finally:
        identity.configure_tokens_backend(issuer=previous)


def test_oidc_identity_tokens(client, vault_dev, identity, unique, userpass, issuer):
    auth_path, accessor = userpass
    assert identity.read_tokens_backend_configuration()["data"]["issuer"] == issuer

    key_name, role_name = unique("key"), unique("role")
    policy, user = unique("policy"), unique("user")
    entity_id = None
    assert identity.create_named_key(key_name, rotation_period="12h", allowed_client_ids=["*"]).status_code == 204
    try:
        key = identity.read_named_key(key_name)["data"]
        assert (key["algorithm"], key["rotation_period"], key["verification_ttl"]) == ("RS256", 12 * 3600, 24 * 3600)
        assert key["allowed_client_ids"] == ["*"]
        assert key_name in identity.list_named_keys()["data"]["keys"]

        assert identity.create_or_update_role(role_name, key=key_name, ttl="30m").status_code == 204
        role = identity.read_role(role_name)["data"]
        assert (role["key"], role["ttl"]) == (key_name, 1800)
        assert role_name in identity.list_roles()["data"]["keys"]

        # a user of the userpass mount gets an entity on login, and a policy to ask for ID tokens
        rules = f'path "identity/oidc/token/{role_name}" {{ capabilities = ["read"] }}'
        client.write(f"sys/policies/acl/{policy}", policy=rules)
        client.write(f"auth/{auth_path}/users/{user}", password="pw", token_policies=[policy])
        login = client.write(f"auth/{auth_path}/login/{user}", password="pw")["auth"]
        entity_id = login["entity_id"]
        assert identity.lookup_entity(alias_name=user, alias_mount_accessor=accessor)["data"]["id"] == entity_id

        user_client = hvac.Client(url=vault_dev.url, token=login["client_token"])
        try:
            signed = user_client.secrets.identity.generate_signed_id_token(role_name)["data"]
        finally:
            user_client.adapter.close()
        assert signed["client_id"] == role["client_id"]

        assert identity.introspect_signed_id_token(signed["token"])["active"] is True
        assert identity.introspect_signed_id_token(signed["token"], client_id=role["client_id"])["active"] is True
        refused = identity.introspect_signed_id_token(signed["token"], client_id="someone-else")
        assert refused["active"] is False

        well_known = identity.read_well_known_configurations()
        assert well_known["issuer"] == f"{issuer}/v1/identity/oidc"
        assert well_known["jwks_uri"].endswith("/oidc/.well-known/keys")
        kids_before = {k["kid"] for k in identity.read_active_public_keys()["keys"]}

        # rotate_named_key posts to the key itself: it sets the verification TTL, it doesn't rotate
        assert identity.rotate_named_key(key_name, verification_ttl="2h").status_code == 204
        assert identity.read_named_key(key_name)["data"]["verification_ttl"] == 7200
        assert {k["kid"] for k in identity.read_active_public_keys()["keys"]} == kids_before
        # the real rotation endpoint adds a public key
        client.write(f"identity/oidc/key/{key_name}/rotate", verification_ttl="1h")
        kids_after = {k["kid"] for k in identity.read_active_public_keys()["keys"]}
        assert kids_before < kids_after
    finally:
        if entity_id:
            identity.delete_entity(entity_id)
        identity.delete_role(role_name)
        with pytest.raises(exceptions.InvalidPath):
            identity.read_role(role_name)
        assert identity.delete_named_key(key_name).status_code == 204
        client.delete(f"sys/policies/acl/{policy}")
    with pytest.raises(exceptions.InvalidPath):
        identity.read_named_key(key_name)


def test_a_named_key_in_use_cannot_be_deleted(identity, unique):
    key_name, role_name = unique("key"), unique("role")
    identity.create_named_key(key_name)
    identity.create_or_update_role(role_name, key=key_name, client_id=unique("client"), template='{"team": "a"}')
    try:
        assert identity.read_role(role_name)["data"]["template"] == '{"team": "a"}'
        with pytest.raises(exceptions.InvalidRequest, match="referenced"):
            identity.delete_named_key(key_name)
    finally:
        assert identity.delete_role(role_name).status_code == 204
        identity.delete_named_key(key_name)


def test_generating_an_id_token_needs_an_entity(identity, unique):
    key_name, role_name = unique("key"), unique("role")
    identity.create_named_key(key_name, allowed_client_ids=["*"])
    identity.create_or_update_role(role_name, key=key_name)
    try:
        with pytest.raises(exceptions.InvalidRequest, match="entity"):
            identity.generate_signed_id_token(role_name)  # the root token has no entity
    finally:
        identity.delete_role(role_name)
        identity.delete_named_key(key_name)


# --- fields beyond the reference's arguments (issue 29) ----------------------------------------


def test_alias_custom_metadata_and_the_older_entity_id_field(identity, unique, userpass, entity):
    _, accessor = userpass
    _, entity_id = entity
    alias = identity.create_or_update_entity_alias(
        name=unique("user"), canonical_id=entity_id, mount_accessor=accessor, custom_metadata={"team": "a"}
    )["data"]
    try:
        assert identity.read_entity_alias(alias["id"])["data"]["custom_metadata"] == {"team": "a"}
        identity.update_entity_alias(
            alias["id"], name=unique("user"), canonical_id=entity_id, mount_accessor=accessor,
            custom_metadata={"team": "b"},
        )
        assert identity.read_entity_alias(alias["id"])["data"]["custom_metadata"] == {"team": "b"}
    finally:
        identity.delete_entity_alias(alias["id"])
    # The older name of canonical_id ties the alias to the entity too.
    legacy = identity.create_legacy_alias(
        name=unique("user"), canonical_id=None, entity_id=entity_id, mount_accessor=accessor
    )["data"]
    try:
        assert legacy["canonical_id"] == entity_id
    finally:
        identity.delete_legacy_alias(legacy["id"])


def test_entity_by_name_with_an_id_renames_that_entity(identity, unique, entity):
    _, entity_id = entity
    new_name = unique("renamed")
    identity.create_or_update_entity_by_name(name=new_name, entity_id=entity_id, policies=["p9"])
    renamed = identity.read_entity(entity_id)["data"]
    assert (renamed["name"], renamed["policies"]) == (new_name, ["p9"])
