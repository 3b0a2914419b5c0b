"""Transit, KV v2, SSH and RabbitMQ endpoints beyond the reference, and the TOTP, Kubernetes and
Cubbyhole engines, against the shared OpenBao dev server.

Every engine is mounted at a unique path and unmounted afterwards (which removes what it holds).
"""
import base64
import datetime
import hashlib
import hmac
import os
import struct
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.keywrap import aes_key_wrap_with_padding
from cryptography.x509.oid import NameOID

import hvac
from hvac import exceptions
from tests.tls import write_self_signed


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.fixture
def transit_mount(mount_engine) -> str:
    return mount_engine("transit")


# -- transit: key import and BYOK ----------------------------------------------------------------


def wrap_for_import(wrapping_key_pem: str, key_material: bytes, oaep_hash: hashes.HashAlgorithm) -> str:
    """What OpenBao's import expects: RSA-OAEP(ephemeral AES key) || AES-KWP(ephemeral, key material)."""
    wrapping_key: Any = serialization.load_pem_public_key(wrapping_key_pem.encode())
    ephemeral = os.urandom(32)
    oaep = padding.OAEP(mgf=padding.MGF1(algorithm=oaep_hash), algorithm=oaep_hash, label=None)
    return b64(wrapping_key.encrypt(ephemeral, oaep) + aes_key_wrap_with_padding(ephemeral, key_material))


def encrypt(transit: Any, name: str, mount: str, data: bytes) -> str:
    return str(transit.encrypt_data(name, plaintext=b64(data), mount_point=mount)["data"]["ciphertext"])


def decrypt(transit: Any, name: str, mount: str, ciphertext: str) -> bytes:
    return base64.b64decode(transit.decrypt_data(name, ciphertext=ciphertext, mount_point=mount)["data"]["plaintext"])


def first_public_key(transit: Any, name: str, mount: str) -> str:
    """The PEM public key of version 1 of an asymmetric key."""
    return str(transit.read_key(name, mount_point=mount)["data"]["keys"]["1"]["public_key"])


def decrypt_locally(key: bytes, ciphertext: str) -> bytes:
    """Decrypt a ``vault:vN:`` aes256-gcm96 ciphertext: base64(nonce(12) || sealed)."""
    raw = base64.b64decode(ciphertext.split(":", 2)[2])
    return AESGCM(key).decrypt(raw[:12], raw[12:], None)


def test_import_an_aes_key_and_a_second_version_with_the_wrapping_key(client, transit_mount):
    transit = client.secrets.transit
    wrapping_pem = transit.read_wrapping_key(mount_point=transit_mount)["data"]["public_key"]
    wrapping_key: Any = serialization.load_pem_public_key(wrapping_pem.encode())
    assert wrapping_key.key_size == 4096

    first, second = os.urandom(32), os.urandom(32)
    answer = transit.import_key(
        "imported",
        ciphertext=wrap_for_import(wrapping_pem, first, hashes.SHA256()),
        key_type="aes256-gcm96",
        allow_rotation=True,
        mount_point=transit_mount,
    )
    assert answer.status_code == 204
    key = transit.read_key("imported", mount_point=transit_mount)["data"]
    assert key["imported_key"] is True and key["type"] == "aes256-gcm96"

    v1 = encrypt(transit, "imported", transit_mount, b"imported key at work")
    assert v1.startswith("vault:v1:")
    assert decrypt_locally(first, v1) == b"imported key at work"
    nonce = os.urandom(12)
    sealed_here = "vault:v1:" + b64(nonce + AESGCM(first).encrypt(nonce, b"sealed here", None))
    assert decrypt(transit, "imported", transit_mount, sealed_here) == b"sealed here"

    transit.import_key_version(
        "imported",
        ciphertext=wrap_for_import(wrapping_pem, second, hashes.SHA512()),
        hash_function="SHA512",
        mount_point=transit_mount,
    )
    assert transit.read_key("imported", mount_point=transit_mount)["data"]["latest_version"] == 2
    v2 = encrypt(transit, "imported", transit_mount, b"imported key at work")
    assert v2.startswith("vault:v2:") and decrypt_locally(second, v2) == b"imported key at work"
    assert decrypt(transit, "imported", transit_mount, v1) == b"imported key at work"


def test_import_refuses_material_wrapped_with_another_hash(client, transit_mount):
    transit = client.secrets.transit
    wrapping_pem = transit.read_wrapping_key(mount_point=transit_mount)["data"]["public_key"]
    ciphertext = wrap_for_import(wrapping_pem, os.urandom(32), hashes.SHA256())
    # OpenBao reports the failed RSA-OAEP unwrap as an internal error (500).
    with pytest.raises(exceptions.InternalServerError, match="decryption error"):
        transit.import_key("mismatch", ciphertext=ciphertext, hash_function="SHA384", mount_point=transit_mount)


def test_byok_export_moves_a_key_to_another_mount(client, mount_engine, transit_mount):
    transit = client.secrets.transit
    target = mount_engine("transit")
    transit.create_key("payments", exportable=True, mount_point=transit_mount)
    # The target mount's wrapping key becomes a public-only key on the source mount.
    target_wrapping = transit.read_wrapping_key(mount_point=target)["data"]["public_key"]
    transit.import_key("to-target", public_key=target_wrapping, key_type="rsa-4096", mount_point=transit_mount)

    exported = transit.export_byok_key("to-target", "payments", mount_point=transit_mount)["data"]
    assert exported["name"] == "payments" and list(exported["keys"]) == ["1"]
    one = transit.export_byok_key(
        "to-target", "payments", version=1, hash_function="SHA256", mount_point=transit_mount
    )
    transit.import_key("payments", ciphertext=one["data"]["keys"]["1"], mount_point=target)

    ciphertext = encrypt(transit, "payments", transit_mount, b"moved between mounts")
    assert decrypt(transit, "payments", target, ciphertext) == b"moved between mounts"

    # The OAEP hash travels as the "hash" query parameter; the importing side must use the same.
    sha512 = transit.export_byok_key("to-target", "payments", hash_function="SHA512", mount_point=transit_mount)
    transit.import_key(
        "payments-512", ciphertext=sha512["data"]["keys"]["1"], hash_function="SHA512", mount_point=target
    )
    assert decrypt(transit, "payments-512", target, ciphertext) == b"moved between mounts"


# -- transit: key lifecycle and mount configuration ---------------------------------------------


def test_soft_delete_refuses_every_use_until_restored(client, transit_mount):
    transit = client.secrets.transit
    transit.create_key("orders", mount_point=transit_mount)

    deleted = transit.soft_delete_key("orders", mount_point=transit_mount)
    assert deleted["data"]["soft_deleted"] is True
    assert transit.read_key("orders", mount_point=transit_mount)["data"]["soft_deleted"] is True
    assert "orders" in transit.list_keys(mount_point=transit_mount)["data"]["keys"]
    with pytest.raises(exceptions.InvalidRequest, match="soft-deleted"):
        encrypt(transit, "orders", transit_mount, b"order")

    restored = transit.restore_soft_deleted_key("orders", mount_point=transit_mount)
    assert restored["data"]["soft_deleted"] is False
    assert decrypt(transit, "orders", transit_mount, encrypt(transit, "orders", transit_mount, b"order")) == b"order"


def test_keys_configuration_disables_creating_keys_on_encrypt(client, transit_mount):
    transit = client.secrets.transit
    assert transit.read_keys_configuration(mount_point=transit_mount)["data"] == {"disable_upsert": False}
    answer = transit.set_keys_configuration(disable_upsert=True, mount_point=transit_mount)
    assert answer["data"] == {"disable_upsert": True}
    assert transit.read_keys_configuration(mount_point=transit_mount)["data"] == {"disable_upsert": True}
    with pytest.raises(exceptions.VaultError):
        transit.encrypt_data("never-created", plaintext=b64(b"x"), mount_point=transit_mount)
    with pytest.raises(exceptions.InvalidPath):
        transit.read_key("never-created", mount_point=transit_mount)

    transit.set_keys_configuration(disable_upsert=False, mount_point=transit_mount)
    transit.encrypt_data("now-created", plaintext=b64(b"x"), mount_point=transit_mount)
    assert "now-created" in transit.list_keys(mount_point=transit_mount)["data"]["keys"]


def test_cache_configuration_round_trip(client, transit_mount):
    transit = client.secrets.transit
    assert transit.read_cache_configuration(mount_point=transit_mount)["data"] == {"size": 0}
    assert transit.set_cache_configuration(size=25, mount_point=transit_mount)["data"] == {"size": 25}
    assert transit.read_cache_configuration(mount_point=transit_mount)["data"] == {"size": 25}
    with pytest.raises(exceptions.InvalidRequest, match="greater or equal to 10"):
        transit.set_cache_configuration(size=5, mount_point=transit_mount)


def throwaway_ca(directory: Path) -> Any:
    cert_path, key_path = write_self_signed(directory)
    key = serialization.load_pem_private_key(Path(key_path).read_bytes(), password=None)
    return key, x509.load_pem_x509_certificate(Path(cert_path).read_bytes())


def test_csr_signed_by_a_ca_then_set_as_the_key_certificate(client, transit_mount, tmp_path):
    transit = client.secrets.transit
    transit.create_key("tls", key_type="ecdsa-p256", mount_point=transit_mount)
    public_pem = first_public_key(transit, "tls", transit_mount)

    template_key = ec.generate_private_key(ec.SECP256R1())
    template = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "service.test")]))
        .sign(template_key, hashes.SHA256())
        .public_bytes(serialization.Encoding.PEM)
        .decode()
    )
    csr_pem = transit.generate_csr("tls", csr=template, mount_point=transit_mount)["data"]["csr"]
    csr = x509.load_pem_x509_csr(csr_pem.encode())
    assert csr.is_signature_valid
    assert csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "service.test"
    key_public = serialization.load_pem_public_key(public_pem.encode())
    raw = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    assert csr.public_key().public_bytes(*raw) == key_public.public_bytes(*raw)
    empty_template = transit.generate_csr("tls", mount_point=transit_mount)["data"]["csr"]
    assert x509.load_pem_x509_csr(empty_template.encode()).is_signature_valid

    ca_key, ca_cert = throwaway_ca(tmp_path)
    now = datetime.datetime.now(datetime.timezone.utc)
    leaf = (
        x509.CertificateBuilder()
        .subject_name(csr.subject)
        .issuer_name(ca_cert.subject)
        .public_key(csr.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .sign(ca_key, hashes.SHA256())
    )
    chain = "".join(c.public_bytes(serialization.Encoding.PEM).decode() for c in (leaf, ca_cert))
    transit.set_certificate("tls", certificate_chain=chain, version=1, mount_point=transit_mount)
    stored = transit.read_key("tls", mount_point=transit_mount)["data"]["keys"]["1"]["certificate_chain"]
    assert [c.serial_number for c in x509.load_pem_x509_certificates(stored.encode())] == [
        leaf.serial_number,
        ca_cert.serial_number,
    ]

    (tmp_path / "stranger").mkdir()
    _, stranger_ca = throwaway_ca(tmp_path / "stranger")
    with pytest.raises(exceptions.InvalidRequest):
        stranger_pem = stranger_ca.public_bytes(serialization.Encoding.PEM).decode()
        transit.set_certificate("tls", certificate_chain=stranger_pem, mount_point=transit_mount)


def test_derive_key_agrees_on_the_same_key_from_both_sides(client, transit_mount):
    transit = client.secrets.transit
    for name in ("alice", "bob"):
        transit.create_key(name, key_type="ecdsa-p256", mount_point=transit_mount)
    public = {name: first_public_key(transit, name, transit_mount) for name in ("alice", "bob")}
    answer = transit.derive_key("alice-bob", "alice", public["bob"], mount_point=transit_mount)
    assert answer.status_code == 204
    transit.derive_key(
        "bob-alice",
        "bob",
        public["alice"],
        base_key_version=1,
        derived_key_type="aes256-gcm96",
        key_derivation_algorithm="ecdh",
        mount_point=transit_mount,
    )
    assert transit.read_key("alice-bob", mount_point=transit_mount)["data"]["type"] == "aes256-gcm96"

    ciphertext = encrypt(transit, "alice-bob", transit_mount, b"agreed")
    assert decrypt(transit, "bob-alice", transit_mount, ciphertext) == b"agreed"

    outsider = ec.generate_private_key(ec.SECP256R1()).public_key()
    outsider_pem = outsider.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    transit.derive_key("alice-outsider", "alice", outsider_pem.decode(), mount_point=transit_mount)
    with pytest.raises(exceptions.InvalidRequest):
        decrypt(transit, "alice-outsider", transit_mount, ciphertext)


# -- transit: URL forms ---------------------------------------------------------------------------


def test_url_forms_answer_like_the_body_forms(client, transit_mount):
    transit = client.secrets.transit
    data = b"url or body"
    message = b64(data)

    by_url = transit.hash_data_url_form("sha2-512", message, mount_point=transit_mount)["data"]["sum"]
    by_body = transit.hash_data(message, algorithm="sha2-512", mount_point=transit_mount)["data"]["sum"]
    assert by_url == by_body == hashlib.sha512(data).hexdigest()
    sha3 = transit.hash_data_url_form("sha3-256", message, output_format="base64", mount_point=transit_mount)
    assert sha3["data"]["sum"] == b64(hashlib.sha3_256(data).digest())

    transit.create_key("mac", mount_point=transit_mount)
    mac_url = transit.generate_hmac_url_form("mac", "sha2-384", message, mount_point=transit_mount)["data"]["hmac"]
    mac_body = transit.generate_hmac("mac", message, algorithm="sha2-384", mount_point=transit_mount)["data"]["hmac"]
    assert mac_url == mac_body
    batch = transit.generate_hmac_url_form(
        "mac", "sha2-384", batch_input=[{"input": message}], key_version=1, mount_point=transit_mount
    )
    assert batch["data"]["batch_results"][0]["hmac"] == mac_url
    checked = transit.verify_signed_data_url_form("mac", "sha2-384", message, hmac=mac_url, mount_point=transit_mount)
    assert checked["data"]["valid"] is True
    wrong = transit.verify_signed_data_url_form("mac", "sha2-256", message, hmac=mac_url, mount_point=transit_mount)
    assert wrong["data"]["valid"] is False

    transit.create_key("signer", key_type="ecdsa-p256", mount_point=transit_mount)
    signature = transit.sign_data_url_form(
        "signer", "sha2-384", message, marshaling_algorithm="jws", mount_point=transit_mount
    )["data"]["signature"]
    body_check = transit.verify_signed_data(
        "signer", message, signature=signature, hash_algorithm="sha2-384", marshaling_algorithm="jws",
        mount_point=transit_mount,
    )
    assert body_check["data"]["valid"] is True
    url_check = transit.verify_signed_data_url_form(
        "signer", "sha2-384", message, signature=signature, marshaling_algorithm="jws", mount_point=transit_mount
    )
    assert url_check["data"]["valid"] is True
    mismatch = transit.verify_signed_data_url_form(
        "signer", "sha2-256", message, signature=signature, marshaling_algorithm="jws", mount_point=transit_mount
    )
    assert mismatch["data"]["valid"] is False
    # The signature is a plain ECDSA-P384-hash signature any library can check.
    public_pem = first_public_key(transit, "signer", transit_mount)
    public_key: Any = serialization.load_pem_public_key(public_pem.encode())
    transit_signature = transit.sign_data_url_form("signer", "sha2-256", message, mount_point=transit_mount)
    der = base64.b64decode(transit_signature["data"]["signature"].split(":", 2)[2])
    public_key.verify(der, data, ec.ECDSA(hashes.SHA256()))


def test_random_url_forms(client, transit_mount):
    transit = client.secrets.transit
    source_and_count = transit.generate_random_bytes_url_form(
        "platform", 16, output_format="hex", mount_point=transit_mount
    )
    assert len(bytes.fromhex(source_and_count["data"]["random_bytes"])) == 16
    count_only = transit.generate_random_bytes_url_form(None, n_bytes=24, mount_point=transit_mount)
    assert len(base64.b64decode(count_only["data"]["random_bytes"])) == 24
    source_only = transit.generate_random_bytes_url_form("all", mount_point=transit_mount)
    assert len(base64.b64decode(source_only["data"]["random_bytes"])) == 32
    # A dev server has no seal entropy: OpenBao falls back to the platform source and says so.
    seal = transit.generate_random_bytes_url_form("seal", n_bytes=8, mount_point=transit_mount)
    assert len(base64.b64decode(seal["data"]["random_bytes"])) == 8
    assert any("platform entropy" in warning for warning in seal["warnings"])


# -- KV v2 ---------------------------------------------------------------------------------------


@pytest.fixture
def kv_mount(mount_engine) -> str:
    return mount_engine("kv", options={"version": "2"})


def test_kv_subkeys_and_detailed_metadata(client, kv_mount):
    kv = client.secrets.kv.v2
    kv.create_or_update_secret("app/db", {"user": "u", "tls": {"cert": "c", "key": {"pem": "k"}}}, mount_point=kv_mount)
    kv.create_or_update_secret("app/db", {"user": "u2"}, mount_point=kv_mount)
    for name in ("api", "cache", "queue"):
        kv.create_or_update_secret(f"app/{name}", {"x": name}, mount_point=kv_mount)

    latest = kv.read_secret_subkeys("app/db", mount_point=kv_mount)["data"]
    assert latest["subkeys"] == {"user": None} and latest["metadata"]["version"] == 2
    first = kv.read_secret_subkeys("app/db", version=1, mount_point=kv_mount)["data"]["subkeys"]
    assert first == {"user": None, "tls": {"cert": None, "key": {"pem": None}}}
    shallow = kv.read_secret_subkeys("app/db", version=1, depth=1, mount_point=kv_mount)["data"]["subkeys"]
    assert shallow == {"user": None, "tls": None}

    listing = kv.list_detailed_metadata("app", mount_point=kv_mount)["data"]
    assert listing["keys"] == ["api", "cache", "db", "queue"]
    assert listing["key_info"]["db"]["current_version"] == 2
    assert sorted(listing["key_info"]["db"]["versions"]) == ["1", "2"]
    page = kv.list_detailed_metadata("app", after="cache", limit=1, mount_point=kv_mount)["data"]
    assert page["keys"] == ["db"] and list(page["key_info"]) == ["db"]
    with pytest.raises(exceptions.InvalidPath):
        kv.list_detailed_metadata("nothing-here", mount_point=kv_mount)


def test_kv_merge_patch_of_data_and_metadata(client, kv_mount):
    kv = client.secrets.kv.v2
    kv.create_or_update_secret("svc", {"keep": 1, "drop": 2, "nested": {"a": 1}}, mount_point=kv_mount)

    answer = kv.merge_patch_secret("svc", {"drop": None, "nested": {"b": 2}, "new": 3}, mount_point=kv_mount)
    assert answer["data"]["version"] == 2
    current = kv.read_secret_version("svc", mount_point=kv_mount, raise_on_deleted_version=True)["data"]
    assert current["data"] == {"keep": 1, "nested": {"a": 1, "b": 2}, "new": 3}
    assert kv.merge_patch_secret("svc", {"keep": 10}, cas=2, mount_point=kv_mount)["data"]["version"] == 3
    with pytest.raises(exceptions.InvalidRequest, match="check-and-set"):
        kv.merge_patch_secret("svc", {"keep": 11}, cas=2, mount_point=kv_mount)
    with pytest.raises(exceptions.InvalidPath):
        kv.merge_patch_secret("absent", {"x": 1}, mount_point=kv_mount)

    kv.update_metadata("svc", max_versions=7, custom_metadata={"owner": "ops"}, mount_point=kv_mount)
    patched = kv.merge_patch_metadata(
        "svc", cas_required=True, custom_metadata={"team": "blue"}, mount_point=kv_mount
    )
    assert patched.status_code == 204
    metadata = kv.read_secret_metadata("svc", mount_point=kv_mount)["data"]
    assert metadata["max_versions"] == 7 and metadata["cas_required"] is True
    assert metadata["custom_metadata"] == {"owner": "ops", "team": "blue"}
    kv.merge_patch_metadata("svc", custom_metadata={"owner": None}, delete_version_after="1h", mount_point=kv_mount)
    metadata = kv.read_secret_metadata("svc", mount_point=kv_mount)["data"]
    assert metadata["custom_metadata"] == {"team": "blue"} and metadata["delete_version_after"] == "1h0m0s"
    assert metadata["max_versions"] == 7

    current_metadata_version = metadata["current_metadata_version"]
    kv.merge_patch_metadata("svc", metadata_cas_required=True, mount_point=kv_mount)
    with pytest.raises(exceptions.InvalidRequest):
        kv.merge_patch_metadata("svc", max_versions=3, metadata_cas=current_metadata_version, mount_point=kv_mount)
    kv.merge_patch_metadata("svc", max_versions=3, metadata_cas=current_metadata_version + 1, mount_point=kv_mount)
    assert kv.read_secret_metadata("svc", mount_point=kv_mount)["data"]["max_versions"] == 3


# -- SSH -----------------------------------------------------------------------------------------


@pytest.fixture
def ssh_mount(mount_engine) -> str:
    return mount_engine("ssh")


def openssh_line(public_key: Any) -> str:
    return public_key.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()


def test_ssh_multi_issuer_ca(client, ssh_mount):
    ssh = client.secrets.ssh
    generated = ssh.import_issuer("generated", key_type="ed25519", mount_point=ssh_mount)["data"]
    assert generated["issuer_name"] == "generated" and generated["public_key"].startswith("ssh-ed25519 ")

    own_key = ed25519.Ed25519PrivateKey.generate()
    own_private = own_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
    ).decode()
    imported = ssh.import_issuer(
        private_key=own_private,
        public_key=openssh_line(own_key.public_key()),
        generate_signing_key=False,
        mount_point=ssh_mount,
    )["data"]
    assert imported["issuer_name"] == ""
    assert imported["public_key"].split()[:2] == openssh_line(own_key.public_key()).split()[:2]

    issuers = ssh.list_issuers(mount_point=ssh_mount)["data"]
    assert sorted(issuers["keys"]) == sorted([generated["issuer_id"], imported["issuer_id"]])
    assert issuers["key_info"][generated["issuer_id"]]["is_default"] is True
    assert ssh.read_issuers_configuration(mount_point=ssh_mount)["data"]["default"] == generated["issuer_id"]
    assert ssh.read_issuer("generated", mount_point=ssh_mount)["data"]["issuer_id"] == generated["issuer_id"]
    assert ssh.read_ca_public_key(mount_point=ssh_mount) == generated["public_key"]

    answer = ssh.set_issuers_configuration(imported["issuer_id"], mount_point=ssh_mount)
    assert answer["data"]["default"] == imported["issuer_id"]
    assert ssh.read_issuer("default", mount_point=ssh_mount)["data"]["issuer_id"] == imported["issuer_id"]
    assert ssh.read_ca_public_key(mount_point=ssh_mount) == imported["public_key"]
    assert ssh.read_public_key(mount_point=ssh_mount)["data"]["issuer_id"] == imported["issuer_id"]
    assert ssh.read_issuer_public_key("generated", mount_point=ssh_mount) == generated["public_key"]
    assert ssh.read_issuer_public_key(imported["issuer_id"], mount_point=ssh_mount) == imported["public_key"]

    # The public key lines are served without a token, for hosts to fetch.
    anonymous = hvac.Client(url=client.url, token=None)
    try:
        assert anonymous.secrets.ssh.read_ca_public_key(mount_point=ssh_mount) == imported["public_key"]
    finally:
        anonymous.adapter.close()

    ssh.create_role(
        "devs", key_type="ca", allow_user_certificates=True, allowed_users="*", default_user="dev", ttl="1h",
        allow_user_key_ids=True, mount_point=ssh_mount,
    )
    issued = ssh.issue_ssh_certificate(
        "devs", key_type="ed25519", valid_principals="dev,ops", key_id="laptop", mount_point=ssh_mount
    )["data"]
    assert issued["issuer_id"] == imported["issuer_id"]
    certificate: Any = serialization.load_ssh_public_identity(issued["signed_key"].encode())
    certificate.verify_cert_signature()
    assert openssh_line(certificate.signature_key()).split()[1] == openssh_line(own_key.public_key()).split()[1]
    assert certificate.valid_principals == [b"dev", b"ops"] and certificate.key_id == b"laptop"
    user_key: Any = serialization.load_ssh_private_key(issued["private_key"].encode(), password=None)
    assert openssh_line(certificate.public_key()) == openssh_line(user_key.public_key())
    assert issued["private_key_type"] == "ed25519"

    renamed = ssh.update_issuer("generated", issuer_name="spare", mount_point=ssh_mount)["data"]
    assert renamed["issuer_name"] == "spare" and renamed["issuer_id"] == generated["issuer_id"]
    assert ssh.delete_issuer("spare", mount_point=ssh_mount).status_code == 204
    assert ssh.list_issuers(mount_point=ssh_mount)["data"]["keys"] == [imported["issuer_id"]]
    with pytest.raises(exceptions.InvalidRequest, match="unable to find issuer"):
        ssh.read_issuer("spare", mount_point=ssh_mount)


def test_ssh_tidy_dynamic_keys(client, ssh_mount):
    answer = client.secrets.ssh.tidy_dynamic_keys(mount_point=ssh_mount)
    assert answer["data"]["message"] == "Removed 0 of 0 host keys."


# -- RabbitMQ ------------------------------------------------------------------------------------


def test_rabbitmq_lease_configuration_and_role_list(client, mount_engine):
    rabbitmq = client.secrets.rabbitmq
    path = mount_engine("rabbitmq")
    with pytest.raises(exceptions.InvalidPath):
        rabbitmq.read_lease_configuration(mount_point=path)
    rabbitmq.configure_lease(ttl="1h", max_ttl="2h", mount_point=path)
    assert rabbitmq.read_lease_configuration(mount_point=path)["data"] == {"ttl": 3600, "max_ttl": 7200}

    for role in ("writer", "reader"):
        rabbitmq.create_role(role, vhosts='{"/": {"read": ".*"}}', mount_point=path)
    assert rabbitmq.list_roles(mount_point=path)["data"]["keys"] == ["reader", "writer"]


# -- TOTP ----------------------------------------------------------------------------------------


def rfc6238(secret_base32: str, at: int, period: int = 30, digits: int = 6, digest: Any = hashlib.sha1) -> str:
    counter = struct.pack(">Q", at // period)
    mac = hmac.new(base64.b32decode(secret_base32), counter, digest).digest()
    offset = mac[-1] & 0x0F
    value = int.from_bytes(mac[offset : offset + 4], "big") & 0x7FFFFFFF
    return str(value % 10**digits).zfill(digits)


@pytest.fixture
def totp_mount(mount_engine) -> str:
    return mount_engine("totp")


def test_totp_generated_key_code_and_validation(client, totp_mount):
    totp = client.secrets.totp
    created = totp.create_key(
        "alice", generate=True, issuer="Acme", account_name="alice@acme.test", mount_point=totp_mount
    )
    assert base64.b64decode(created["data"]["barcode"]).startswith(b"\x89PNG")
    url = urlsplit(created["data"]["url"])
    assert (url.scheme, url.netloc, url.path) == ("otpauth", "totp", "/Acme:alice@acme.test")
    secret = parse_qs(url.query)["secret"][0]

    code = totp.generate_code("alice", mount_point=totp_mount)["data"]
    assert code["code"] == rfc6238(secret, code["generated"])
    assert totp.validate_code("alice", code["code"], mount_point=totp_mount)["data"]["valid"] is True
    with pytest.raises(exceptions.InvalidRequest, match="already used"):
        totp.validate_code("alice", code["code"], mount_point=totp_mount)
    wrong = str((int(code["code"]) + 1) % 10**6).zfill(6)
    assert totp.validate_code("alice", wrong, mount_point=totp_mount)["data"]["valid"] is False

    unexported = totp.create_key(
        "quiet", generate=True, issuer="Acme", account_name="q", exported=False, mount_point=totp_mount
    )
    assert isinstance(unexported, requests.Response) and unexported.status_code == 204


def test_totp_imported_keys_follow_rfc_6238(client, totp_mount):
    totp = client.secrets.totp
    secret = base64.b32encode(b"12345678901234567890").decode()  # RFC 6238's test secret
    imported = totp.create_key("rfc", key=secret, issuer="Acme", account_name="rfc", mount_point=totp_mount)
    assert imported.status_code == 204
    code = totp.generate_code("rfc", mount_point=totp_mount)["data"]
    assert code["code"] == rfc6238(secret, code["generated"])
    assert rfc6238(secret, 59) == "287082"  # the first vector of RFC 6238, cut to 6 digits

    url = f"otpauth://totp/Acme:bob?secret={secret}&issuer=Acme&algorithm=SHA256&digits=8&period=60"
    totp.create_key("bob", url=url, mount_point=totp_mount)
    settings = totp.read_key("bob", mount_point=totp_mount)["data"]
    assert settings == {"account_name": "bob", "algorithm": "SHA256", "digits": 8, "issuer": "Acme", "period": 60}
    code = totp.generate_code("bob", mount_point=totp_mount)["data"]
    local = rfc6238(secret, code["generated"], period=60, digits=8, digest=hashlib.sha256)
    assert code["code"] == local
    assert totp.validate_code("bob", local, mount_point=totp_mount)["data"]["valid"] is True

    assert totp.list_keys(mount_point=totp_mount)["data"]["keys"] == ["bob", "rfc"]
    totp.delete_key("bob", mount_point=totp_mount)
    assert totp.list_keys(mount_point=totp_mount)["data"]["keys"] == ["rfc"]
    with pytest.raises(exceptions.VaultError):
        totp.generate_code("bob", mount_point=totp_mount)


def test_totp_skew_accepts_the_previous_period_only_when_set(client, totp_mount):
    totp = client.secrets.totp
    secret = base64.b32encode(os.urandom(20)).decode()
    totp.create_key("strict", key=secret, skew=0, mount_point=totp_mount)
    totp.create_key("lenient", key=secret, skew=1, mount_point=totp_mount)

    generated = totp.generate_code("strict", mount_point=totp_mount)["data"]["generated"]
    previous = rfc6238(secret, generated - 30)
    assert totp.validate_code("strict", previous, mount_point=totp_mount)["data"]["valid"] is False
    # The previous period's code stays valid for one more period: retry in the rare case a period
    # boundary passes between reading the server's time and validating.
    for _ in range(3):
        generated = totp.generate_code("lenient", mount_point=totp_mount)["data"]["generated"]
        if totp.validate_code("lenient", rfc6238(secret, generated - 30), mount_point=totp_mount)["data"]["valid"]:
            break
    else:
        pytest.fail("the previous period's code was never accepted with skew=1")


# -- Kubernetes ----------------------------------------------------------------------------------


def test_kubernetes_config_and_roles_without_a_cluster(client, mount_engine):
    kubernetes = client.secrets.kubernetes
    path = mount_engine("kubernetes")
    with pytest.raises(exceptions.InvalidPath):
        kubernetes.read_config(mount_point=path)
    # A made-up loopback API server: nothing listens there, and OpenBao does not check at config time.
    host = "https://127.0.0.1:1"
    answer = kubernetes.configure(kubernetes_host=host, disable_local_ca_jwt=True, mount_point=path)
    assert answer.status_code == 204
    config = kubernetes.read_config(mount_point=path)["data"]
    assert config == {"kubernetes_host": host, "kubernetes_ca_cert": "", "disable_local_ca_jwt": True}

    # Outside a pod OpenBao lacks KUBERNETES_SERVICE_HOST/PORT, which check reports.
    with pytest.raises(exceptions.InvalidRequest, match="KUBERNETES_SERVICE_HOST"):
        kubernetes.check_configuration(mount_point=path)

    kubernetes.create_or_update_role(
        "deployer",
        allowed_kubernetes_namespaces=["apps", "jobs"],
        service_account_name="deployer",
        token_default_ttl="10m",
        token_max_ttl="1h",
        extra_labels={"team": "blue"},
        mount_point=path,
    )
    kubernetes.create_or_update_role(
        "viewer", allowed_kubernetes_namespaces=["*"], kubernetes_role_name="view",
        kubernetes_role_type="ClusterRole", mount_point=path,
    )
    role = kubernetes.read_role("deployer", mount_point=path)["data"]
    assert role["allowed_kubernetes_namespaces"] == ["apps", "jobs"]
    assert role["service_account_name"] == "deployer" and role["extra_labels"] == {"team": "blue"}
    assert (role["token_default_ttl"], role["token_max_ttl"]) == (600, 3600)
    assert kubernetes.read_role("viewer", mount_point=path)["data"]["kubernetes_role_type"] == "ClusterRole"
    assert kubernetes.list_roles(mount_point=path)["data"]["keys"] == ["deployer", "viewer"]

    with pytest.raises(exceptions.InvalidRequest, match="not present in role's allowed"):
        kubernetes.generate_credentials("deployer", "kube-system", mount_point=path)
    # Allowed, but creating the token needs the (absent) cluster.
    with pytest.raises(exceptions.InternalServerError, match="127.0.0.1:1"):
        kubernetes.generate_credentials("deployer", "apps", ttl="5m", mount_point=path)

    kubernetes.delete_role("viewer", mount_point=path)
    assert kubernetes.list_roles(mount_point=path)["data"]["keys"] == ["deployer"]
    assert kubernetes.delete_config(mount_point=path).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        kubernetes.read_config(mount_point=path)


# -- Cubbyhole -----------------------------------------------------------------------------------


def test_cubbyhole_is_private_to_its_token(client, unique):
    cubbyhole = client.secrets.cubbyhole
    folder = unique("cubby")
    cubbyhole.create_or_update_secret(f"{folder}/note", {"text": "mine"})
    cubbyhole.create_or_update_secret(f"{folder}/deeper/other", {"n": 1})
    try:
        assert cubbyhole.read_secret(f"{folder}/note")["data"] == {"text": "mine"}
        assert cubbyhole.list_secrets(f"{folder}/")["data"]["keys"] == ["deeper/", "note"]
        assert f"{folder}/" in cubbyhole.list_secrets("")["data"]["keys"]
        cubbyhole.create_or_update_secret(f"{folder}/note", {"text": "replaced"})
        assert cubbyhole.read_secret(f"{folder}/note")["data"] == {"text": "replaced"}

        token = client.auth.token.create(policies=["default"], ttl="5m")["auth"]["client_token"]
        other = hvac.Client(url=client.url, token=token)
        try:
            with pytest.raises(exceptions.InvalidPath):
                other.secrets.cubbyhole.read_secret(f"{folder}/note")
            other.secrets.cubbyhole.create_or_update_secret("own", {"v": 1})
            assert other.secrets.cubbyhole.list_secrets("")["data"]["keys"] == ["own"]
        finally:
            client.auth.token.revoke(token)
            other.adapter.close()
    finally:
        cubbyhole.delete_secret(f"{folder}/note")
        cubbyhole.delete_secret(f"{folder}/deeper/other")
    with pytest.raises(exceptions.InvalidPath):
        cubbyhole.read_secret(f"{folder}/note")
    with pytest.raises(exceptions.InvalidPath):
        cubbyhole.list_secrets(f"{folder}/")
