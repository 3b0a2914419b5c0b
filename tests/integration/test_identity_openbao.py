"""The identity methods beyond hvac 2.4 against the shared OpenBao dev server: login MFA methods
and enforcements (with a userpass login that passes TOTP), OpenBao as an OIDC provider (the whole
authorization-code flow, the ID token checked against the provider's JWKS), batch delete, key
rotation and the legacy alias/persona paths. Names are unique and everything is removed again."""
import base64
import hashlib
import hmac
import json
import secrets
import struct
import time
from typing import Any, Dict, Iterator, List, NamedTuple
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from hvac import exceptions

PASSWORD = "correct horse battery"
REDIRECT_URI = "http://127.0.0.1:8251/callback"


@pytest.fixture
def identity(client):
    return client.secrets.identity


class User(NamedTuple):
    mount: str
    accessor: str
    username: str
    entity_id: str


@pytest.fixture
def user(client, identity, unique) -> Iterator[User]:
    """A userpass user at a unique mount, with an entity and an alias tying them together."""
    mount = unique("up")
    client.sys.enable_auth_method(method_type="userpass", path=mount)
    accessor = client.sys.list_auth_methods()["data"][f"{mount}/"]["accessor"]
    username = unique("user")
    client.auth.userpass.create_or_update_user(username=username, password=PASSWORD, mount_point=mount)
    entity_id = identity.create_or_update_entity(name=unique("entity"))["data"]["id"]
    identity.create_or_update_entity_alias(name=username, canonical_id=entity_id, mount_accessor=accessor)
    try:
        yield User(mount, accessor, username, entity_id)
    finally:
        identity.delete_entity(entity_id)
        client.sys.disable_auth_method(path=mount)


def login(vault_dev, user: User) -> Any:
    """Log the user in on a fresh client; return (client, login answer)."""
    user_client = vault_dev.client(token=None)
    answer = user_client.auth.userpass.login(user.username, PASSWORD, use_token=False, mount_point=user.mount)
    return user_client, answer


# -- RFC 6238 and RS256 by hand ------------------------------------------------------------------


def totp_secret(otpauth_url: str) -> bytes:
    """The key of an ``otpauth://totp/...?secret=BASE32`` URL."""
    secret = parse_qs(urlsplit(otpauth_url).query)["secret"][0]
    return base64.b32decode(secret + "=" * (-len(secret) % 8))


def totp_code(key: bytes, at: float, period: int = 30, digits: int = 6) -> str:
    digest = hmac.new(key, struct.pack(">Q", int(at) // period), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**digits).zfill(digits)


def b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def verified_claims(jwt: str, jwks: Dict[str, Any]) -> Dict[str, Any]:
    """Check an RS256 JWT's signature against the key of its ``kid`` in ``jwks``; return its claims."""
    header_b64, claims_b64, signature_b64 = jwt.split(".")
    header = json.loads(b64url(header_b64))
    assert header["alg"] == "RS256"
    (jwk,) = [key for key in jwks["keys"] if key["kid"] == header["kid"]]
    public_key = rsa.RSAPublicNumbers(
        e=int.from_bytes(b64url(jwk["e"]), "big"), n=int.from_bytes(b64url(jwk["n"]), "big")
    ).public_key()
    # raises InvalidSignature when the token was not signed by that key
    public_key.verify(
        b64url(signature_b64), f"{header_b64}.{claims_b64}".encode(), padding.PKCS1v15(), hashes.SHA256()
    )
    claims: Dict[str, Any] = json.loads(b64url(claims_b64))
    return claims


def test_totp_code_matches_rfc_6238_test_vector():
    # RFC 6238 appendix B, SHA1, T = 59 s: 94287082 (8 digits)
    assert totp_code(b"12345678901234567890", 59, digits=8) == "94287082"


# -- login MFA methods ---------------------------------------------------------------------------

def pingid_settings(org_alias: str) -> str:
    """A PingID settings file (``key=value`` lines), base64-encoded as OpenBao wants it."""
    lines = [
        "use_base64_key=YWJj",
        "use_signature=true",
        "token=tok",
        "idp_url=https://idp.example.com/pingid",
        f"org_alias={org_alias}",
        "admin_url=https://idp.example.com/admin",
        "authenticator_url=https://idp.example.com/auth",
    ]
    return base64.b64encode("\n".join(lines).encode()).decode()


MFA_TYPES = {
    # type: (create arguments, an update, the field to read back and its new value)
    "totp": ({"issuer": "Acme", "period": 30}, {"issuer": "Acme", "digits": 8}, "digits", 8),
    "duo": (
        {"integration_key": "ik", "secret_key": "sk", "api_hostname": "api-1.duo.test"},
        {"integration_key": "ik", "secret_key": "sk", "api_hostname": "api-2.duo.test"},
        "api_hostname",
        "api-2.duo.test",
    ),
    "okta": ({"org_name": "org-a", "api_token": "t"}, {"org_name": "org-b", "api_token": "t"}, "org_name", "org-b"),
    "pingid": (
        {"settings_file_base64": pingid_settings("org-a")},
        {"settings_file_base64": pingid_settings("org-b")},
        "org_alias",
        "org-b",
    ),
}


@pytest.mark.parametrize("method_type", sorted(MFA_TYPES))
def test_mfa_method_create_read_update_list_delete(identity, unique, method_type):
    create, update, field, value = MFA_TYPES[method_type]
    method_name = unique(method_type)
    method_id = getattr(identity, f"create_or_update_{method_type}_mfa_method")(method_name=method_name, **create)[
        "data"
    ]["method_id"]
    try:
        read = getattr(identity, f"read_{method_type}_mfa_method")(method_id)["data"]
        assert (read["id"], read["name"], read["type"]) == (method_id, method_name, method_type)
        assert identity.read_mfa_method(method_id)["data"]["type"] == method_type

        answer = getattr(identity, f"create_or_update_{method_type}_mfa_method")(
            method_id=method_id, method_name=method_name, **update
        )
        assert answer.status_code == 204
        assert getattr(identity, f"read_{method_type}_mfa_method")(method_id)["data"][field] == value

        listed = getattr(identity, f"list_{method_type}_mfa_methods")()["data"]
        assert listed["key_info"][method_id]["name"] == method_name
        assert identity.list_mfa_methods()["data"]["key_info"][method_id]["type"] == method_type
    finally:
        assert getattr(identity, f"delete_{method_type}_mfa_method")(method_id).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        identity.read_mfa_method(method_id)


def test_totp_secret_generate_for_self_and_by_an_admin(client, identity, vault_dev, unique, user):
    method_id = identity.create_or_update_totp_mfa_method(issuer="Acme", method_name=unique("totp"))["data"]["method_id"]
    policy = unique("totp-self")
    client.sys.create_or_update_policy(
        name=policy, policy='path "identity/mfa/method/totp/generate" { capabilities = ["update"] }'
    )
    client.auth.userpass.create_or_update_user(user.username, PASSWORD, policies=[policy], mount_point=user.mount)
    try:
        user_client, answer = login(vault_dev, user)
        user_client.token = answer["auth"]["client_token"]
        own = user_client.secrets.identity.generate_totp_mfa_secret(method_id)["data"]
        assert own["url"].startswith("otpauth://totp/Acme:") and len(totp_secret(own["url"])) == 20
        assert base64.b64decode(own["barcode"]).startswith(b"\x89PNG")
        # a second call keeps the secret and only warns
        again = user_client.secrets.identity.generate_totp_mfa_secret(method_id)
        assert again["data"] is None and "already has a secret" in again["warnings"][0]

        assert identity.admin_destroy_totp_mfa_secret(method_id, user.entity_id).status_code == 204
        fresh = identity.admin_generate_totp_mfa_secret(method_id, user.entity_id)["data"]
        assert totp_secret(fresh["url"]) != totp_secret(own["url"])
        user_client.adapter.close()
    finally:
        identity.delete_totp_mfa_method(method_id)
        client.sys.delete_policy(policy)


def test_login_enforcement_create_read_list_delete(identity, unique, user):
    method_id = identity.create_or_update_totp_mfa_method(issuer="Acme")["data"]["method_id"]
    name = unique("enforce")
    try:
        assert identity.create_or_update_login_enforcement(
            name, [method_id], auth_method_types=["userpass"], identity_entity_ids=[user.entity_id]
        ).status_code == 204
        read = identity.read_login_enforcement(name)["data"]
        assert (read["mfa_method_ids"], read["auth_method_types"], read["identity_entity_ids"]) == (
            [method_id],
            ["userpass"],
            [user.entity_id],
        )
        identity.create_or_update_login_enforcement(name, [method_id], auth_method_accessors=[user.accessor])
        assert identity.read_login_enforcement(name)["data"]["auth_method_accessors"] == [user.accessor]
        assert name in identity.list_login_enforcements()["data"]["keys"]
        # a method in use cannot go
        with pytest.raises(exceptions.VaultError):
            identity.delete_totp_mfa_method(method_id)
    finally:
        assert identity.delete_login_enforcement(name).status_code == 204
        identity.delete_totp_mfa_method(method_id)
    with pytest.raises(exceptions.InvalidPath):
        identity.read_login_enforcement(name)


def test_userpass_login_passes_totp_mfa(client, identity, vault_dev, unique, user):
    method_id = identity.create_or_update_totp_mfa_method(issuer="Acme", method_name=unique("totp"))["data"]["method_id"]
    enforcement = unique("enforce")
    try:
        key = totp_secret(identity.admin_generate_totp_mfa_secret(method_id, user.entity_id)["data"]["url"])
        identity.create_or_update_login_enforcement(enforcement, [method_id], auth_method_accessors=[user.accessor])

        user_client, answer = login(vault_dev, user)
        requirement = answer["auth"]["mfa_requirement"]
        assert answer["auth"]["client_token"] == ""
        (constraint,) = requirement["mfa_constraints"][enforcement]["any"]
        assert (constraint["id"], constraint["type"]) == (method_id, "totp")

        validated = user_client.write_data(
            "sys/mfa/validate",
            data={
                "mfa_request_id": requirement["mfa_request_id"],
                "mfa_payload": {method_id: [totp_code(key, time.time())]},
            },
        )
        user_client.token = validated["auth"]["client_token"]
        assert user_client.auth.token.lookup_self()["data"]["entity_id"] == user.entity_id
        user_client.adapter.close()
    finally:
        identity.delete_login_enforcement(enforcement)
        identity.delete_totp_mfa_method(method_id)


# -- OpenBao as an OIDC provider -----------------------------------------------------------------


def test_oidc_scope_assignment_client_provider_crud(identity, unique, user):
    scope, assignment, oidc_client, provider = unique("scope"), unique("assign"), unique("client"), unique("prov")
    try:
        identity.create_or_update_oidc_scope(scope, template='{"team": "a"}', description="team")
        assert identity.read_oidc_scope(scope)["data"] == {"template": '{"team": "a"}', "description": "team"}
        assert scope in identity.list_oidc_scopes()["data"]["keys"]

        identity.create_or_update_oidc_assignment(assignment, entity_ids=[user.entity_id])
        assert identity.read_oidc_assignment(assignment)["data"] == {"entity_ids": [user.entity_id], "group_ids": []}
        assert {assignment, "allow_all"} <= set(identity.list_oidc_assignments()["data"]["keys"])

        identity.create_or_update_oidc_client(
            oidc_client, redirect_uris=[REDIRECT_URI], assignments=[assignment], id_token_ttl="30m", access_token_ttl=600
        )
        read = identity.read_oidc_client(oidc_client)["data"]
        assert (read["key"], read["client_type"], read["id_token_ttl"], read["access_token_ttl"]) == (
            "default",
            "confidential",
            1800,
            600,
        )
        assert read["client_secret"].startswith("hvo_secret_")
        assert identity.list_oidc_clients()["data"]["key_info"][oidc_client]["client_id"] == read["client_id"]

        identity.create_or_update_oidc_provider(provider, allowed_client_ids=[read["client_id"]], scopes_supported=[scope])
        assert identity.read_oidc_provider(provider)["data"]["scopes_supported"] == [scope]
        assert provider in identity.list_oidc_providers()["data"]["keys"]
        # "default" allows every client
        # (filtered listings come back in no particular order)
        assert sorted(identity.list_oidc_providers(allowed_client_id=read["client_id"])["data"]["keys"]) == sorted(
            ["default", provider]
        )
        assert identity.list_oidc_providers(allowed_client_id="nobody")["data"]["keys"] == ["default"]
    finally:
        identity.delete_oidc_provider(provider)
        identity.delete_oidc_client(oidc_client)
        identity.delete_oidc_assignment(assignment)
        identity.delete_oidc_scope(scope)
    for read_again, name in [
        (identity.read_oidc_provider, provider),
        (identity.read_oidc_client, oidc_client),
        (identity.read_oidc_assignment, assignment),
        (identity.read_oidc_scope, scope),
    ]:
        with pytest.raises(exceptions.InvalidPath):
            read_again(name)


class Provider(NamedTuple):
    name: str
    key: str
    client_id: str
    client_secret: str
    issuer: str


@pytest.fixture
def provider(identity, unique, user) -> Iterator[Provider]:
    """A signing key, a scope, an assignment of the user, a confidential client and a provider."""
    key, scope, assignment = unique("key"), unique("scope"), unique("assign")
    oidc_client, name = unique("client"), unique("prov")
    identity.create_named_key(key, allowed_client_ids=["*"])
    identity.create_or_update_oidc_scope(scope, template='{"username": {{identity.entity.aliases.%s.name}} }' % user.accessor)
    identity.create_or_update_oidc_assignment(assignment, entity_ids=[user.entity_id])
    identity.create_or_update_oidc_client(oidc_client, key=key, redirect_uris=[REDIRECT_URI], assignments=[assignment])
    credentials = identity.read_oidc_client(oidc_client)["data"]
    identity.create_or_update_oidc_provider(name, allowed_client_ids=[credentials["client_id"]], scopes_supported=[scope])
    try:
        issuer = identity.read_oidc_provider(name)["data"]["issuer"]
        yield Provider(name, key, credentials["client_id"], credentials["client_secret"], issuer)
    finally:
        identity.delete_oidc_provider(name)
        identity.delete_oidc_client(oidc_client)
        identity.delete_oidc_assignment(assignment)
        identity.delete_oidc_scope(scope)
        identity.delete_named_key(key)


def scope_of(identity, provider: Provider) -> str:
    return "openid " + identity.read_oidc_provider(provider.name)["data"]["scopes_supported"][0]


def test_oidc_authorization_code_flow(identity, vault_dev, user, provider):
    discovery = identity.read_oidc_provider_openid_configuration(provider.name)
    assert discovery["issuer"] == provider.issuer
    assert discovery["token_endpoint"] == f"{provider.issuer}/token"
    jwks = identity.read_oidc_provider_public_keys(provider.name)
    assert urlsplit(discovery["jwks_uri"]).path.endswith("/.well-known/keys") and jwks["keys"]

    user_client, answer = login(vault_dev, user)
    user_client.token = answer["auth"]["client_token"]
    scope = scope_of(identity, provider)
    nonce, state = secrets.token_urlsafe(16), secrets.token_urlsafe(8)
    granted = user_client.secrets.identity.authorize_oidc_provider(
        provider.name, provider.client_id, scope, REDIRECT_URI, state=state, nonce=nonce
    )
    assert granted["state"] == state

    tokens = identity.request_oidc_provider_token(
        provider.name, provider.client_id, provider.client_secret, code=granted["code"], redirect_uri=REDIRECT_URI
    )
    assert tokens["token_type"] == "Bearer" and tokens["expires_in"] > 0
    claims = verified_claims(tokens["id_token"], jwks)
    assert (claims["iss"], claims["aud"], claims["nonce"], claims["sub"]) == (
        provider.issuer,
        provider.client_id,
        nonce,
        user.entity_id,
    )
    assert claims["username"] == user.username  # from the scope's template

    for read_userinfo in (identity.read_oidc_provider_userinfo, identity.read_oidc_provider_userinfo_with_post):
        assert read_userinfo(provider.name, tokens["access_token"]) == {"sub": user.entity_id, "username": user.username}

    # a code is good once
    with pytest.raises(exceptions.InvalidRequest):
        identity.request_oidc_provider_token(
            provider.name, provider.client_id, provider.client_secret, code=granted["code"], redirect_uri=REDIRECT_URI
        )
    # and the provider refuses a wrong client secret
    posted = user_client.secrets.identity.authorize_oidc_provider_with_post(
        provider.name, provider.client_id, scope, REDIRECT_URI, nonce=nonce
    )
    with pytest.raises(exceptions.VaultError):
        identity.request_oidc_provider_token(
            provider.name, provider.client_id, "hvo_secret_wrong", code=posted["code"], redirect_uri=REDIRECT_URI
        )
    user_client.adapter.close()


def test_oidc_authorize_with_post_and_client_secret_post(identity, vault_dev, user, provider):
    user_client, answer = login(vault_dev, user)
    user_client.token = answer["auth"]["client_token"]
    granted = user_client.secrets.identity.authorize_oidc_provider_with_post(
        provider.name, provider.client_id, "openid", REDIRECT_URI, nonce="n-post", max_age=3600
    )
    assert granted["state"] == "" and len(granted["code"]) >= 32
    tokens = identity.request_oidc_provider_token(
        provider.name,
        provider.client_id,
        provider.client_secret,
        code=granted["code"],
        redirect_uri=REDIRECT_URI,
        client_auth="client_secret_post",
    )
    claims = verified_claims(tokens["id_token"], identity.read_oidc_provider_public_keys(provider.name))
    assert (claims["aud"], claims["nonce"]) == (provider.client_id, "n-post")
    user_client.adapter.close()


def test_oidc_public_client_with_pkce(identity, vault_dev, unique, user, provider):
    public = unique("public")
    identity.create_or_update_oidc_client(
        public, key=provider.key, client_type="public", redirect_uris=[REDIRECT_URI], assignments=["allow_all"]
    )
    client_id = identity.read_oidc_client(public)["data"]["client_id"]
    identity.create_or_update_oidc_provider(provider.name, allowed_client_ids=[provider.client_id, client_id])
    user_client, answer = login(vault_dev, user)
    user_client.token = answer["auth"]["client_token"]
    try:
        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        granted = user_client.secrets.identity.authorize_oidc_provider(
            provider.name, client_id, "openid", REDIRECT_URI, code_challenge=challenge, code_challenge_method="S256"
        )
        tokens = identity.request_oidc_provider_token(
            provider.name, client_id, code=granted["code"], redirect_uri=REDIRECT_URI, code_verifier=verifier
        )
        claims = verified_claims(tokens["id_token"], identity.read_oidc_provider_public_keys(provider.name))
        assert (claims["aud"], claims["sub"]) == (client_id, user.entity_id)
    finally:
        user_client.adapter.close()
        identity.create_or_update_oidc_provider(provider.name, allowed_client_ids=[provider.client_id])
        identity.delete_oidc_client(public)


def test_oidc_client_credentials_grant(identity, unique, provider):
    machine = unique("machine")
    identity.create_or_update_oidc_client(
        machine, key=provider.key, client_credentials=True, authorization_code=False, assignments=["allow_all"]
    )
    credentials = identity.read_oidc_client(machine)["data"]
    identity.create_or_update_oidc_provider(provider.name, allowed_client_ids=[provider.client_id, credentials["client_id"]])
    try:
        tokens = identity.request_oidc_provider_token(
            provider.name,
            credentials["client_id"],
            credentials["client_secret"],
            grant_type="client_credentials",
            scope="openid",
        )
        claims = verified_claims(tokens["access_token"], identity.read_oidc_provider_public_keys(provider.name))
        assert (claims["iss"], claims["sub"]) == (provider.issuer, credentials["client_id"])
    finally:
        identity.create_or_update_oidc_provider(provider.name, allowed_client_ids=[provider.client_id])
        identity.delete_oidc_client(machine)


def test_rotate_named_key_now_publishes_a_new_key(identity, provider):
    def kids() -> List[str]:
        return [key["kid"] for key in identity.read_oidc_provider_public_keys(provider.name)["keys"]]

    before = kids()
    assert identity.rotate_named_key_now(provider.key, verification_ttl="1h").status_code == 204
    after = kids()
    assert set(before) < set(after)
    assert identity.rotate_named_key_now(provider.key).status_code == 204
    assert set(after) < set(kids())


# -- batch delete and the legacy paths -----------------------------------------------------------


def test_batch_delete_entities(identity, unique):
    ids = [identity.create_or_update_entity(name=unique("batch"))["data"]["id"] for _ in range(3)]
    assert identity.batch_delete_entities(ids[:2]).status_code == 204
    for gone in ids[:2]:
        with pytest.raises(exceptions.InvalidPath):
            identity.read_entity(gone)
    assert identity.read_entity(ids[2])["data"]["id"] == ids[2]
    identity.delete_entity(ids[2])


@pytest.fixture
def bare_entity(identity, unique) -> Iterator[str]:
    """An entity without aliases (one alias per entity and mount)."""
    entity_id = identity.create_or_update_entity(name=unique("bare"))["data"]["id"]
    try:
        yield entity_id
    finally:
        identity.delete_entity(entity_id)


def test_legacy_alias_paths(identity, unique, user, bare_entity):
    name = unique("legacy")
    created = identity.create_legacy_alias(name, bare_entity, user.accessor)["data"]
    alias_id = created["id"]
    assert created["canonical_id"] == bare_entity
    # the same object as through entity-alias
    assert identity.read_entity_alias(alias_id)["data"]["name"] == name
    assert identity.read_legacy_alias(alias_id)["data"]["mount_accessor"] == user.accessor
    renamed = unique("renamed")
    identity.update_legacy_alias(alias_id, name=renamed, canonical_id=bare_entity, mount_accessor=user.accessor)
    assert identity.read_legacy_alias(alias_id)["data"]["name"] == renamed
    assert identity.list_legacy_aliases()["data"]["key_info"][alias_id]["name"] == renamed
    assert identity.delete_legacy_alias(alias_id).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        identity.read_entity_alias(alias_id)


def test_persona_paths(identity, unique, user, bare_entity):
    # reads, lists and deletes go to the entity aliases
    alias_id = identity.create_or_update_entity_alias(unique("persona"), bare_entity, user.accessor)["data"]["id"]
    assert identity.read_persona(alias_id)["data"]["canonical_id"] == bare_entity
    assert alias_id in identity.list_personas()["data"]["keys"]
    assert identity.delete_persona(alias_id).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        identity.read_entity_alias(alias_id)

    # writes go to OpenBao 2.7.2's entity handler: an entity named after the persona
    name = unique("persona-entity")
    entity_id = identity.create_persona(name, metadata={"team": "a"})["data"]["id"]
    try:
        assert identity.read_entity(entity_id)["data"]["name"] == name
        renamed = unique("persona-renamed")
        assert identity.update_persona(entity_id, name=renamed).status_code == 204
        assert identity.read_entity(entity_id)["data"]["name"] == renamed
    finally:
        identity.delete_entity(entity_id)
