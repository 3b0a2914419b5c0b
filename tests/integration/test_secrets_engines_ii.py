"""AWS, Azure, GCP, AD, LDAP, Consul, RabbitMQ and Transform engines against the dev server.

Only calls that do not reach the remote service are made (configuration, roles). OpenBao 2.x
ships only RabbitMQ of these; for the others each test tries to enable the engine and skips
when the server does not know the plugin, so the same tests run against a server that has it.
"""
from typing import Any, Callable, Iterator

import pytest

from hvac import exceptions
from tests.fakeserver import FakeServer

NOT_SHIPPED_MARKERS = ("plugin not found", "unknown backend type", "unsupported backend type")


@pytest.fixture
def mount(client: Any, unique: Callable[[str], str]) -> Iterator[Callable[[str], str]]:
    """Enable an engine type at a unique path (skip if the server lacks it); disabled afterwards."""
    mounted = []

    def enable(backend_type: str) -> str:
        path = unique(backend_type)
        try:
            client.sys.enable_secrets_engine(backend_type=backend_type, path=path)
        except exceptions.InvalidRequest as error:
            if any(marker in str(error).lower() for marker in NOT_SHIPPED_MARKERS):
                pytest.skip(f"this server does not ship the {backend_type!r} secrets engine: {error}")
            raise
        mounted.append(path)
        return path

    yield enable
    for path in mounted:
        client.sys.disable_secrets_engine(path=path)


# --- RabbitMQ (shipped by OpenBao) ----------------------------------------------------------


def test_rabbitmq_configuration_and_leases(client, mount):
    path = mount("rabbitmq")
    engine = client.secrets.rabbitmq
    # verify_connection=False: Vault stores the settings without contacting RabbitMQ.
    response = engine.configure(
        connection_uri="http://127.0.0.1:1",
        username="admin",
        password="secret",
        verify_connection=False,
        mount_point=path,
    )
    assert response.status_code == 204
    assert engine.configure_lease(ttl=1800, max_ttl=3600, mount_point=path).status_code == 204
    lease = client.adapter.get(f"/v1/{path}/config/lease")["data"]
    assert (lease["ttl"], lease["max_ttl"]) == (1800, 3600)


def test_rabbitmq_role_lifecycle(client, mount, unique):
    path = mount("rabbitmq")
    engine = client.secrets.rabbitmq
    name = unique("role")
    vhosts = '{"/": {"configure": ".*", "write": ".*", "read": ".*"}}'
    engine.create_role(name, tags="management", vhosts=vhosts, mount_point=path)

    data = engine.read_role(name, mount_point=path)["data"]
    assert data["tags"] == "management"
    assert data["vhosts"] == {"/": {"configure": ".*", "write": ".*", "read": ".*"}}

    engine.create_role(name, tags="monitoring", mount_point=path)
    assert engine.read_role(name, mount_point=path)["data"]["tags"] == "monitoring"

    assert engine.delete_role(name, mount_point=path).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        engine.read_role(name, mount_point=path)


def test_rabbitmq_credentials_need_a_reachable_rabbitmq(client, mount, unique):
    path = mount("rabbitmq")
    engine = client.secrets.rabbitmq
    engine.configure(
        connection_uri="http://127.0.0.1:1", username="u", password="p", verify_connection=False, mount_point=path
    )
    name = unique("role")
    engine.create_role(name, tags="management", mount_point=path)
    # Port 1 refuses the connection at once: Vault reports the failure instead of credentials.
    with pytest.raises(exceptions.VaultError):
        engine.generate_credentials(name, mount_point=path)
    engine.delete_role(name, mount_point=path)


# --- engines OpenBao does not ship: exercised when the server has them --------------------


def test_aws_configuration_and_roles(client, mount, unique):
    path = mount("aws")
    engine = client.secrets.aws
    engine.configure_root_iam_credentials("AKIAEXAMPLE", "secret", region="us-east-1", mount_point=path)
    engine.configure_lease("30m", "1h", mount_point=path)
    assert engine.read_lease_config(mount_point=path)["data"]["lease"]
    name = unique("role")
    engine.create_or_update_role(
        name, "assumed_role", role_arns=["arn:aws:iam::123456789012:role/example"], mount_point=path
    )
    assert engine.read_role(name, mount_point=path)["data"]["credential_type"] == "assumed_role"
    assert name in engine.list_roles(mount_point=path)["data"]["keys"]
    engine.delete_role(name, mount_point=path)


def test_azure_configuration_and_roles(client, mount, unique):
    path = mount("azure")
    engine = client.secrets.azure
    engine.configure(
        "sub-id", "tenant-id", client_id="cid", client_secret="cs", environment="AzurePublicCloud", mount_point=path
    )
    assert engine.read_config(mount_point=path)["subscription_id"] == "sub-id"
    engine.delete_config(mount_point=path)


def test_gcp_empty_lists(client, mount):
    path = mount("gcp")
    engine = client.secrets.gcp
    engine.configure(ttl=3600, max_ttl=7200, mount_point=path)
    assert engine.read_config(mount_point=path)["data"]["ttl"] == 3600
    for listing in (engine.list_rolesets, engine.list_static_accounts, engine.list_impersonated_accounts):
        with pytest.raises(exceptions.InvalidPath):
            listing(mount_point=path)


def test_active_directory_configuration(client, mount):
    path = mount("ad")
    engine = client.secrets.activedirectory
    engine.configure(
        binddn="cn=vault,dc=example,dc=com",
        bindpass="pw",
        url="ldaps://127.0.0.1:1",
        userdn="dc=example,dc=com",
        mount_point=path,
    )
    assert engine.read_config(mount_point=path)["data"]["binddn"] == "cn=vault,dc=example,dc=com"


def test_ldap_configuration(client, mount):
    path = mount("ldap")
    engine = client.secrets.ldap
    engine.configure(binddn="cn=vault,dc=example,dc=com", bindpass="pw", url="ldap://127.0.0.1:1", mount_point=path)
    assert engine.read_config(mount_point=path)["data"]["binddn"] == "cn=vault,dc=example,dc=com"
    with pytest.raises(exceptions.InvalidPath):
        engine.list_static_roles(mount_point=path)


def test_consul_roles(client, mount, unique):
    path = mount("consul")
    engine = client.secrets.consul
    engine.configure_access("127.0.0.1:1", "management-token", mount_point=path)
    name = unique("role")
    engine.create_or_update_role(name, policies=["readonly"], ttl="1h", mount_point=path)
    assert engine.read_role(name, mount_point=path)["data"]["consul_policies"] == ["readonly"]
    assert name in engine.list_roles(mount_point=path)["data"]["keys"]
    engine.delete_role(name, mount_point=path)


def test_transform_alphabets_templates_roles(client, mount, unique):
    path = mount("transform")
    engine = client.secrets.transform
    alphabet, template, transformation, role = (unique(p) for p in ("alpha", "tmpl", "fpe", "role"))
    engine.create_or_update_alphabet(alphabet, "0123456789", mount_point=path)
    engine.create_or_update_template(template, "regex", r"(\d{4})-(\d{4})", alphabet, mount_point=path)
    engine.create_or_update_fpe_transformation(transformation, template, allowed_roles=[role], mount_point=path)
    engine.create_or_update_role(role, [transformation], mount_point=path)
    assert engine.read_role(role, mount_point=path)["data"]["transformations"] == [transformation]
    engine.delete_role(role, mount_point=path)
    engine.delete_transformation(transformation, mount_point=path)
    engine.delete_template(template, mount_point=path)
    engine.delete_alphabet(alphabet, mount_point=path)


def test_rabbitmq_username_template_and_password_policy(client, mount, unique):
    path = mount("rabbitmq")
    engine = client.secrets.rabbitmq
    policy = unique("rmqpw")
    client.sys.create_or_update_password_policy(policy, 'length = 20\nrule "charset" { charset = "0123456789" }')
    try:
        with FakeServer(lambda request: {"status": 204}) as rabbit:  # the RabbitMQ management API
            engine.configure(
                connection_uri=rabbit.url, username="admin", password="pw", verify_connection=False,
                mount_point=path, username_template="app-{{random 6}}", password_policy=policy,
            )  # fmt: skip
            engine.create_role("app", vhosts='{"/": {"read": ".*"}}', mount_point=path)
            creds = engine.generate_credentials("app", mount_point=path)
            client.sys.revoke_lease(creds["lease_id"])
        assert creds["data"]["username"].startswith("app-") and len(creds["data"]["username"]) == 10
        assert len(creds["data"]["password"]) == 20 and creds["data"]["password"].isdigit()
    finally:
        client.sys.delete_password_policy(policy)
