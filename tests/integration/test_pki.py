"""PKI secrets engine against the shared OpenBao dev server.

Every test mounts its own engine(s) at unique paths and disables them afterwards. The tests that
parse certificates, CRLs or build their own CSR need the ``cryptography`` package and are skipped
without it; the others check the same flows through the engine's own answers.
"""
from typing import Callable

import pytest
import requests

from hvac import exceptions

MAX_TTL = "87600h"
DOMAIN = "example.com"


@pytest.fixture
def pki(client):
    return client.secrets.pki


@pytest.fixture
def mount_pki(mount_engine) -> Callable[[], str]:
    """A factory mounting a fresh PKI engine (ten-year max TTL); all of them disabled afterwards."""
    return lambda: mount_engine("pki", config={"max_lease_ttl": MAX_TTL})


@pytest.fixture
def root_mount(pki, mount_pki) -> str:
    """A PKI mount holding an internal root CA and a role ``web`` for ``*.example.com``."""
    path = mount_pki()
    pki.generate_root("internal", "Test Root CA", extra_params={"ttl": "8760h"}, mount_point=path)
    pki.create_or_update_role(
        "web", {"allowed_domains": [DOMAIN], "allow_subdomains": True, "max_ttl": "72h"}, mount_point=path
    )
    return path


def _crypto():
    """Import what the parsing tests need, or skip them."""
    pytest.importorskip("cryptography", reason="cryptography is needed to parse certificates")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    return x509, hashes, serialization, ec


def _serial_int(serial: str) -> int:
    return int(serial.replace(":", "").replace("-", ""), 16)


# ---------------------------------------------------------------- root CA, URLs, CRL config


def test_generate_root_and_read_ca_in_every_format(pki, mount_pki):
    path = mount_pki()
    root = pki.generate_root("internal", "Test Root CA", extra_params={"ttl": "8760h"}, mount_point=path)["data"]
    assert root["certificate"].startswith("-----BEGIN CERTIFICATE-----")
    assert "private_key" not in root  # internal: the key never leaves the engine
    assert root["serial_number"]

    ca_pem = pki.read_ca_certificate(mount_point=path)
    assert isinstance(ca_pem, str) and ca_pem.strip() == root["certificate"].strip()
    chain = pki.read_ca_certificate_chain(mount_point=path)
    assert isinstance(chain, str) and root["certificate"].strip() in chain
    assert pki.read_certificate("ca", mount_point=path)["data"]["certificate"].strip() == root["certificate"].strip()
    assert root["serial_number"] in pki.list_certificates(mount_point=path)["data"]["keys"]


def test_generate_root_exported_returns_the_private_key(pki, mount_pki):
    path = mount_pki()
    root = pki.generate_root("exported", "Exported Root", extra_params={"key_type": "ec"}, mount_point=path)["data"]
    assert "PRIVATE KEY" in root["private_key"] and root["private_key_type"] == "ec"


def test_urls_and_crl_configuration(pki, root_mount):
    base = "http://127.0.0.1:8200/v1/" + root_mount
    urls = {"issuing_certificates": [base + "/ca"], "crl_distribution_points": [base + "/crl"]}
    pki.set_urls(urls, mount_point=root_mount)
    read = pki.read_urls(mount_point=root_mount)["data"]
    assert read["issuing_certificates"] == urls["issuing_certificates"]
    assert read["crl_distribution_points"] == urls["crl_distribution_points"]

    pki.set_crl_configuration(expiry="48h", disable=False, extra_params={"ocsp_disable": True}, mount_point=root_mount)
    config = pki.read_crl_configuration(mount_point=root_mount)["data"]
    assert (config["expiry"], config["disable"], config["ocsp_disable"]) == ("48h", False, True)
    # with nothing set the body is empty and the settings stay as they were
    pki.set_crl_configuration(mount_point=root_mount)
    assert pki.read_crl_configuration(mount_point=root_mount)["data"]["expiry"] == "48h"


# ---------------------------------------------------------------------------------- roles


def test_role_create_read_list_update_delete(pki, root_mount):
    assert pki.read_role("web", mount_point=root_mount)["data"]["allowed_domains"] == [DOMAIN]
    api_role = {"allowed_domains": ["api.test"], "allow_bare_domains": True}
    pki.create_or_update_role("api", api_role, mount_point=root_mount)
    assert sorted(pki.list_roles(mount_point=root_mount)["data"]["keys"]) == ["api", "web"]

    pki.create_or_update_role("api", {"allowed_domains": ["other.test"]}, mount_point=root_mount)
    assert pki.read_role("api", mount_point=root_mount)["data"]["allowed_domains"] == ["other.test"]

    pki.delete_role("api", mount_point=root_mount)
    assert pki.list_roles(mount_point=root_mount)["data"]["keys"] == ["web"]
    with pytest.raises(exceptions.InvalidPath):
        pki.read_role("api", mount_point=root_mount)


def test_extra_params_are_not_modified(pki, root_mount):
    extra = {"ttl": "1h"}
    pki.generate_certificate("web", "x." + DOMAIN, extra_params=extra, mount_point=root_mount)
    assert extra == {"ttl": "1h"}


# ------------------------------------------------------------- issuing, revoking, the CRL


def test_issue_revoke_and_rotate_crl(pki, root_mount):
    issued = pki.generate_certificate("web", "www." + DOMAIN, {"ttl": "1h"}, mount_point=root_mount)["data"]
    assert issued["certificate"].startswith("-----BEGIN CERTIFICATE-----")
    assert "PRIVATE KEY" in issued["private_key"]
    serial = issued["serial_number"]
    assert serial in pki.list_certificates(mount_point=root_mount)["data"]["keys"]
    assert pki.read_certificate(serial, mount_point=root_mount)["data"]["revocation_time"] == 0

    revoked = pki.revoke_certificate(serial, mount_point=root_mount)["data"]
    assert revoked["revocation_time"] > 0
    assert pki.read_certificate(serial, mount_point=root_mount)["data"]["revocation_time"] == revoked["revocation_time"]

    crl = pki.read_crl(mount_point=root_mount)
    assert isinstance(crl, str) and crl.startswith("-----BEGIN X509 CRL-----")
    assert pki.rotate_crl(mount_point=root_mount)["data"]["success"] is True

    # a name outside the role is refused
    with pytest.raises(exceptions.InvalidRequest):
        pki.generate_certificate("web", "www.elsewhere.test", mount_point=root_mount)


def test_issued_certificate_parses_and_revoked_serial_is_on_the_crl(pki, root_mount):
    x509, _, _, _ = _crypto()
    issued = pki.generate_certificate(
        "web", "www." + DOMAIN, extra_params={"alt_names": "api." + DOMAIN, "ttl": "1h"}, mount_point=root_mount
    )["data"]
    cert = x509.load_pem_x509_certificate(issued["certificate"].encode())
    ca = x509.load_pem_x509_certificate(pki.read_ca_certificate(mount_point=root_mount).encode())
    assert cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value == "www." + DOMAIN
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert set(san.get_values_for_type(x509.DNSName)) == {"www." + DOMAIN, "api." + DOMAIN}
    assert cert.issuer == ca.subject
    cert.verify_directly_issued_by(ca)
    assert cert.serial_number == _serial_int(issued["serial_number"])

    pki.revoke_certificate(issued["serial_number"], mount_point=root_mount)
    crl = x509.load_pem_x509_crl(pki.read_crl(mount_point=root_mount).encode())
    assert crl.get_revoked_certificate_by_serial_number(cert.serial_number) is not None
    assert crl.is_signature_valid(ca.public_key())
    # still listed after a rebuild
    pki.rotate_crl(mount_point=root_mount)
    crl = x509.load_pem_x509_crl(pki.read_crl(mount_point=root_mount).encode())
    assert crl.get_revoked_certificate_by_serial_number(cert.serial_number) is not None


def test_generate_certificate_with_wrap_ttl_answers_a_wrapping_token(client, pki, root_mount):
    wrapped = pki.generate_certificate("web", "w." + DOMAIN, mount_point=root_mount, wrap_ttl="60s")
    assert wrapped["data"] is None and wrapped["wrap_info"]["ttl"] == 60
    unwrapped = client.sys.unwrap(wrapped["wrap_info"]["token"])
    assert unwrapped["data"]["certificate"].startswith("-----BEGIN CERTIFICATE-----")


def test_sign_csr_generated_in_the_test(pki, root_mount):
    x509, hashes, serialization, ec = _crypto()
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "csr." + DOMAIN)]))
        .sign(key, hashes.SHA256())
    )
    csr_pem = csr.public_bytes(serialization.Encoding.PEM).decode()
    # "web" wants RSA keys; this role takes any
    any_key = {"allowed_domains": [DOMAIN], "allow_subdomains": True, "key_type": "any"}
    pki.create_or_update_role("any-key", any_key, mount_point=root_mount)

    signed = pki.sign_certificate("any-key", csr_pem, "csr." + DOMAIN, {"ttl": "1h"}, mount_point=root_mount)
    cert = x509.load_pem_x509_certificate(signed["data"]["certificate"].encode())
    assert cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value == "csr." + DOMAIN
    assert cert.public_key().public_numbers() == key.public_key().public_numbers()

    # verbatim: without and with a role
    for name in (False, "any-key"):
        verbatim = pki.sign_verbatim(csr_pem, name=name, extra_params={"ttl": "1h"}, mount_point=root_mount)
        cert = x509.load_pem_x509_certificate(verbatim["data"]["certificate"].encode())
        assert cert.public_key().public_numbers() == key.public_key().public_numbers()


# --------------------------------------------------- intermediate CA, imports, issuers


def test_intermediate_generate_sign_and_set_signed(pki, root_mount, mount_pki):
    int_mount = mount_pki()
    csr = pki.generate_intermediate("internal", "Test Intermediate", mount_point=int_mount)["data"]["csr"]
    assert csr.startswith("-----BEGIN CERTIFICATE REQUEST-----")

    signed = pki.sign_intermediate(csr, "Test Intermediate", {"ttl": "48h"}, mount_point=root_mount)["data"]
    assert signed["issuing_ca"].strip() == pki.read_ca_certificate(mount_point=root_mount).strip()
    pki.set_signed_intermediate(signed["certificate"], mount_point=int_mount)
    assert pki.read_ca_certificate(mount_point=int_mount).strip() == signed["certificate"].strip()

    # the intermediate now issues certificates chained to the root
    pki.create_or_update_role("leaf", {"allow_any_name": True}, mount_point=int_mount)
    leaf = pki.generate_certificate("leaf", "leaf." + DOMAIN, extra_params={"ttl": "1h"}, mount_point=int_mount)["data"]
    assert leaf["issuing_ca"].strip() == signed["certificate"].strip()

    # an engine-generated CSR can be signed under a role, or verbatim
    exported = pki.generate_intermediate("exported", "other." + DOMAIN, mount_point=mount_pki())["data"]
    assert "PRIVATE KEY" in exported["private_key"]
    signed_leaf = pki.sign_certificate("web", exported["csr"], "other." + DOMAIN, mount_point=root_mount)
    assert signed_leaf["data"]["certificate"]
    assert pki.sign_verbatim(exported["csr"], extra_params={"ttl": "1h"}, mount_point=root_mount)["data"]["certificate"]


def test_submit_ca_information_sign_self_issued_and_delete_root(pki, root_mount, mount_pki):
    source = mount_pki()
    other_root = pki.generate_root("exported", "Other Root", mount_point=source)["data"]

    imported = mount_pki()
    bundle = other_root["private_key"] + "\n" + other_root["certificate"]
    result = pki.submit_ca_information(bundle, mount_point=imported)["data"]
    assert len(result["imported_issuers"]) == 1 and len(result["imported_keys"]) == 1
    assert pki.read_ca_certificate(mount_point=imported).strip() == other_root["certificate"].strip()

    cross = pki.sign_self_issued(other_root["certificate"], mount_point=root_mount)["data"]
    assert cross["certificate"].startswith("-----BEGIN CERTIFICATE-----")
    assert cross["issuing_ca"].strip() == pki.read_ca_certificate(mount_point=root_mount).strip()

    pki.delete_root(mount_point=imported)
    assert pki.read_ca_certificate(mount_point=imported) == ""


def test_issuers_list_read_update_revoke_delete(pki, root_mount):
    default_id = pki.read_issuer("default", mount_point=root_mount)["data"]["issuer_id"]
    pki.generate_root("internal", "Second Root", extra_params={"issuer_name": "second"}, mount_point=root_mount)
    issuers = pki.list_issuers(mount_point=root_mount)["data"]
    assert default_id in issuers["keys"] and len(issuers["keys"]) == 2
    second_id = next(k for k, v in issuers["key_info"].items() if v["issuer_name"] == "second")

    updated = pki.update_issuer(second_id, extra_params={"issuer_name": "renamed"}, mount_point=root_mount)
    assert updated["data"]["issuer_name"] == "renamed"
    assert pki.read_issuer("renamed", mount_point=root_mount)["data"]["issuer_id"] == second_id

    revoked = pki.revoke_issuer("renamed", mount_point=root_mount)["data"]
    assert revoked["revoked"] is True
    pki.delete_issuer(second_id, mount_point=root_mount)
    assert pki.list_issuers(mount_point=root_mount)["data"]["keys"] == [default_id]
    with pytest.raises(exceptions.VaultError):
        pki.read_issuer(second_id, mount_point=root_mount)


def test_tidy_starts_in_the_background(pki, root_mount):
    response = pki.tidy(
        {"tidy_cert_store": True, "tidy_revoked_certs": True, "safety_buffer": "1s"}, mount_point=root_mount
    )
    assert isinstance(response, requests.Response) and response.status_code == 202
    assert "Tidy operation successfully started" in response.json()["warnings"][0]
