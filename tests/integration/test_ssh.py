"""SSH secrets engine against the shared OpenBao dev server: CA mode (signed keys), OTP mode and
the zero-address configuration. Each test mounts its own engine at a unique path.

OpenBao dropped the dynamic-key mode: ``/keys/*`` is an unsupported path and ``key_type="dynamic"``
roles are refused, so ``create_or_update_key``/``delete_key`` are checked to reach the server and
get its refusal (their exact traffic is covered by the golden replay).
"""
import base64
import struct
from typing import List

import pytest

from hvac import exceptions


@pytest.fixture
def ssh(client):
    return client.secrets.ssh


@pytest.fixture
def mount(mount_engine) -> str:
    return mount_engine("ssh")


def _ssh_strings(blob: bytes, count: int) -> List[bytes]:
    """Read the first ``count`` length-prefixed strings of an SSH wire-format blob."""
    out, offset = [], 0
    for _ in range(count):
        (length,) = struct.unpack(">I", blob[offset : offset + 4])
        out.append(blob[offset + 4 : offset + 4 + length])
        offset += 4 + length
    return out


def _ed25519_public_key() -> str:
    pytest.importorskip("cryptography", reason="cryptography is needed to generate an SSH key pair")
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    public = ed25519.Ed25519PrivateKey.generate().public_key()
    return public.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()


def test_ca_generate_read_and_delete(ssh, mount):
    generated = ssh.submit_ca_information(key_type="ed25519", mount_point=mount)["data"]
    assert generated["public_key"].startswith("ssh-ed25519 ")
    assert ssh.read_public_key(mount_point=mount)["data"]["public_key"] == generated["public_key"]

    ssh.delete_ca_information(mount_point=mount)
    with pytest.raises(exceptions.InvalidRequest):
        ssh.read_public_key(mount_point=mount)


def test_ca_default_key_is_rsa(ssh, mount):
    assert ssh.submit_ca_information(mount_point=mount)["data"]["public_key"].startswith("ssh-rsa ")


def test_ca_import_an_existing_key_pair(ssh, mount):
    pytest.importorskip("cryptography", reason="cryptography is needed to generate an SSH key pair")
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key = ed25519.Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
    ).decode()
    public = key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
    ssh.submit_ca_information(private_key=private, public_key=public, generate_signing_key=False, mount_point=mount)
    assert ssh.read_public_key(mount_point=mount)["data"]["public_key"].strip() == public


def test_ca_role_signs_a_public_key_generated_in_the_test(ssh, mount):
    ca_public = ssh.submit_ca_information(key_type="ed25519", mount_point=mount)["data"]["public_key"]
    ssh.create_role(
        "user-certs",
        key_type="ca",
        allowed_users="alice,bob",
        default_user="alice",
        allow_user_certificates=True,
        allowed_extensions="permit-pty",
        default_extensions={"permit-pty": ""},
        allow_user_key_ids=True,
        ttl="1h",
        max_ttl="2h",
        mount_point=mount,
    )
    role = ssh.read_role("user-certs", mount_point=mount)["data"]
    assert (role["key_type"], role["allowed_users"], role["default_user"]) == ("ca", "alice,bob", "alice")
    assert role["allow_user_certificates"] is True and role["default_extensions"] == {"permit-pty": ""}

    public_key = _ed25519_public_key()
    signed = ssh.sign_ssh_key(
        "user-certs", public_key=public_key, valid_principals="bob", key_id="test-key", ttl="10m", mount_point=mount
    )["data"]
    cert_type, blob = signed["signed_key"].split()[:2]
    assert cert_type == "ssh-ed25519-cert-v01@openssh.com"
    # the certificate carries the key we sent: type, nonce, then the raw ed25519 public key
    raw = base64.b64decode(blob)
    _, _, certified_key = _ssh_strings(raw, 3)
    sent_key = _ssh_strings(base64.b64decode(public_key.split()[1]), 2)[1]
    assert certified_key == sent_key
    assert signed["serial_number"]
    # signed by the CA: its public key appears in the certificate
    assert base64.b64decode(ca_public.split()[1]) in raw

    # a principal outside allowed_users is refused
    with pytest.raises(exceptions.InvalidRequest):
        ssh.sign_ssh_key("user-certs", public_key=public_key, valid_principals="mallory", mount_point=mount)


def test_host_certificates_role(ssh, mount):
    ssh.submit_ca_information(key_type="ed25519", mount_point=mount)
    ssh.create_role(
        "hosts",
        key_type="ca",
        allow_host_certificates=True,
        allowed_domains="example.com",
        allow_subdomains=True,
        allow_bare_domains=True,
        mount_point=mount,
    )
    public_key = _ed25519_public_key()
    signed = ssh.sign_ssh_key(
        "hosts", public_key=public_key, cert_type="host", valid_principals="db.example.com", mount_point=mount
    )
    assert signed["data"]["signed_key"].startswith("ssh-ed25519-cert-v01@openssh.com ")


def test_otp_role_credentials_and_verify(ssh, mount):
    ssh.create_role("otp", key_type="otp", default_user="ops", cidr_list="127.0.0.0/8", port=2222, mount_point=mount)
    role = ssh.read_role("otp", mount_point=mount)["data"]
    assert (role["key_type"], role["cidr_list"], role["port"]) == ("otp", "127.0.0.0/8", 2222)
    listed = ssh.list_roles(mount_point=mount)["data"]
    assert listed["keys"] == ["otp"] and listed["key_info"]["otp"]["key_type"] == "otp"
    assert ssh.list_roles_by_ip("127.0.0.1", mount_point=mount)["data"]["roles"] == ["otp"]

    creds = ssh.generate_ssh_credentials("otp", ip="127.0.0.1", mount_point=mount)["data"]
    assert (creds["key_type"], creds["username"], creds["ip"], creds["port"]) == ("otp", "ops", "127.0.0.1", 2222)
    verified = ssh.verify_ssh_otp(creds["key"], mount_point=mount)["data"]
    assert verified == {"ip": "127.0.0.1", "role_name": "otp", "username": "ops"}
    # an OTP works once
    with pytest.raises(exceptions.InvalidRequest):
        ssh.verify_ssh_otp(creds["key"], mount_point=mount)

    # an address outside the role's CIDR gets nothing
    with pytest.raises(exceptions.InvalidRequest):
        ssh.generate_ssh_credentials("otp", ip="10.9.9.9", mount_point=mount)

    ssh.delete_role("otp", mount_point=mount)
    with pytest.raises(exceptions.InvalidPath):
        ssh.list_roles(mount_point=mount)


def test_zero_address_roles(ssh, mount):
    ssh.create_role("anywhere", key_type="otp", default_user="ops", mount_point=mount)
    ssh.configure_zeroaddress_roles("anywhere", mount_point=mount)
    assert ssh.list_zeroaddress_roles(mount_point=mount)["data"]["roles"] == ["anywhere"]
    # the role now covers every address
    assert ssh.list_roles_by_ip("10.1.2.3", mount_point=mount)["data"]["roles"] == ["anywhere"]
    creds = ssh.generate_ssh_credentials("anywhere", username="ops", ip="10.1.2.3", mount_point=mount)["data"]
    assert creds["ip"] == "10.1.2.3"

    ssh.delete_zeroaddress_role(mount_point=mount)
    with pytest.raises(exceptions.InvalidPath):
        ssh.list_zeroaddress_roles(mount_point=mount)


def test_dynamic_keys_are_gone_from_openbao(ssh, mount):
    with pytest.raises(exceptions.InvalidPath):
        ssh.create_or_update_key("legacy", key="not-used", mount_point=mount)
    with pytest.raises(exceptions.InvalidPath):
        ssh.delete_key("legacy", mount_point=mount)
    with pytest.raises(exceptions.InvalidRequest, match="dynamic"):
        ssh.create_role("dyn", key="legacy", key_type="dynamic", admin_user="root", mount_point=mount)


def test_ca_role_template_and_issuer_fields(ssh, mount):
    ssh.submit_ca_information(mount_point=mount)
    issuer_id = ssh.list_issuers(mount_point=mount)["data"]["keys"][0]
    templated = "{{identity.entity.name}}"
    flags = ("default_user_template", "allowed_domains_template", "default_extensions_template",
             "allow_empty_principals", "allow_commas_in_identity_templates",
             "allow_wildcards_in_identity_templates")  # fmt: skip
    ssh.create_role(
        "templated", key_type="ca", allow_user_certificates=True, allowed_users=templated,
        allowed_users_template=True, default_user=templated, not_before_duration=90, issuer_ref=issuer_id,
        mount_point=mount, **{flag: True for flag in flags},
    )  # fmt: skip
    role = ssh.read_role(name="templated", mount_point=mount)["data"]
    assert [flag for flag in flags if role[flag] is not True] == []
    assert (role["not_before_duration"], role["issuer_ref"]) == (90, issuer_id)
