"""The named PKI fields against a real OpenBao dev server: what the typed ``extra_params`` keys and
the added keyword arguments send is what the server reads (read back, or seen in the certificate).

Every test mounts its own engine at a unique path and disables it afterwards.
"""
from typing import Any, Dict

import pytest

from hvac.api.secrets_engines.pki import (
    PkiAutoTidyParams,
    PkiCrlParams,
    PkiIssueParams,
    PkiIssuerParams,
    PkiRoleParams,
    PkiRootParams,
    PkiUrlsParams,
)
from tests.integration.test_pki import mount_pki  # noqa: F401 - the fixture mounting fresh PKI engines

x509 = pytest.importorskip("cryptography.x509")
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402


@pytest.fixture
def pki(client):
    return client.secrets.pki


def certificate_of(pem: str) -> Any:
    return x509.load_pem_x509_certificate(pem.encode())


def subject(certificate: Any, oid: Any) -> str:
    return str(certificate.subject.get_attributes_for_oid(oid)[0].value)


def test_root_fields_shape_the_ca_certificate(pki, mount_pki):
    path = mount_pki()
    fields: PkiRootParams = {
        "issuer_name": "root",
        "key_name": "root-key",
        "key_type": "ec",
        "key_bits": 384,
        "ttl": "8760h",
        "organization": "Example Org",
        "ou": ["Platform"],
        "country": "FR",
        "max_path_length": 1,
        "permitted_dns_domains": ["example.com"],
    }
    root = pki.generate_root_issuer("internal", "Fields Root", fields, mount_point=path)["data"]
    assert (root["issuer_name"], root["key_name"]) == ("root", "root-key")
    ca = certificate_of(root["certificate"])
    assert isinstance(ca.public_key(), ec.EllipticCurvePublicKey) and ca.public_key().curve.key_size == 384
    assert subject(ca, NameOID.ORGANIZATION_NAME) == "Example Org"
    assert subject(ca, NameOID.ORGANIZATIONAL_UNIT_NAME) == "Platform"
    assert subject(ca, NameOID.COUNTRY_NAME) == "FR"
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.path_length == 1
    constraints = ca.extensions.get_extension_for_class(x509.NameConstraints).value
    assert [name.value for name in constraints.permitted_subtrees] == ["example.com"]


def test_role_fields_round_trip_and_govern_issuing(pki, mount_pki):
    path = mount_pki()
    pki.generate_root_issuer("internal", "Root", {"issuer_name": "root", "ttl": "8760h"}, mount_point=path)
    fields: PkiRoleParams = {
        "allowed_domains": "example.com,example.org",
        "allow_subdomains": True,
        "allow_bare_domains": False,
        "enforce_hostnames": True,
        "max_ttl": 7200,
        "ttl": "1h",
        "key_type": "ec",
        "key_bits": 256,
        "organization": ["Role Org"],
        "server_flag": True,
        "client_flag": False,
        "no_store": False,
        "issuer_ref": "root",
        "allowed_ip_sans_cidr": ["127.0.0.0/8"],  # OpenBao only
        "not_before_bound": "duration",  # OpenBao only
    }
    pki.create_or_update_role("web", fields, mount_point=path)
    role = pki.read_role("web", mount_point=path)["data"]
    assert role["allowed_domains"] == ["example.com", "example.org"]
    assert (role["max_ttl"], role["ttl"], role["key_bits"], role["client_flag"]) == (7200, 3600, 256, False)
    assert (role["allowed_ip_sans_cidr"], role["not_before_bound"]) == (["127.0.0.0/8"], "duration")

    issue: PkiIssueParams = {
        "alt_names": "b.example.com",
        "ip_sans": ["127.0.0.1"],
        "ttl": "30m",
        "format": "pem_bundle",
        "private_key_format": "pkcs8",
        "exclude_cn_from_sans": True,
    }
    issued = pki.generate_certificate("web", "a.example.com", issue, mount_point=path)["data"]
    assert "-----BEGIN PRIVATE KEY-----" in issued["private_key"]  # pkcs8
    assert "PRIVATE KEY-----" in issued["certificate"]  # pem_bundle: the key travels with the certificate
    leaf = certificate_of(issued["certificate"])  # its first CERTIFICATE block
    names = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["b.example.com"]  # the CN left out
    assert [str(ip) for ip in names.get_values_for_type(x509.IPAddress)] == ["127.0.0.1"]
    assert subject(leaf, NameOID.ORGANIZATION_NAME) == "Role Org"
    assert (leaf.not_valid_after_utc - leaf.not_valid_before_utc).total_seconds() <= 30 * 60 + 60


def test_issuing_a_key_other_than_the_roles_is_openbao_only(pki, mount_pki):
    path = mount_pki()
    pki.generate_root_issuer("internal", "Root", {"ttl": "8760h"}, mount_point=path)
    pki.create_or_update_role("any", {"allow_any_name": True, "key_type": "any", "ttl": "1h"}, mount_point=path)
    issued = pki.generate_certificate("any", "x", {"key_type": "ec", "key_bits": 256}, mount_point=path)["data"]
    assert issued["private_key_type"] == "ec"


def test_issuer_urls_crl_and_auto_tidy_fields_round_trip(pki, mount_pki):
    path = mount_pki()
    pki.generate_root_issuer("internal", "Root", {"issuer_name": "root", "ttl": "8760h"}, mount_point=path)
    issuer: PkiIssuerParams = {
        "issuer_name": "renamed",
        "leaf_not_after_behavior": "truncate",
        "usage": "read-only,issuing-certificates,crl-signing",
        "ocsp_servers": ["http://127.0.0.1:8200/v1/ocsp"],
        "enable_aia_url_templating": False,
    }
    patched = pki.patch_issuer("root", issuer, mount_point=path)["data"]
    assert (patched["issuer_name"], patched["leaf_not_after_behavior"]) == ("renamed", "truncate")
    assert sorted(patched["usage"].split(",")) == ["crl-signing", "issuing-certificates", "read-only"]

    urls: PkiUrlsParams = {"issuing_certificates": "http://127.0.0.1:8200/v1/ca", "enable_templating": False}
    pki.set_urls(urls, mount_point=path)
    assert pki.read_urls(mount_point=path)["data"]["issuing_certificates"] == ["http://127.0.0.1:8200/v1/ca"]

    crl: PkiCrlParams = {"auto_rebuild": True, "enable_delta": True, "ocsp_expiry": "2h", "allow_expired_cert_revocation": True}
    pki.set_crl_configuration(expiry="48h", extra_params=crl, mount_point=path)
    read = pki.read_crl_configuration(mount_point=path)["data"]
    assert (read["expiry"], read["auto_rebuild"], read["enable_delta"], read["ocsp_expiry"]) == ("48h", True, True, "2h")
    assert read["allow_expired_cert_revocation"] is True

    tidy: PkiAutoTidyParams = {"tidy_cert_store": True, "safety_buffer": 7200, "pause_duration": "1s", "page_size": 50}
    answer = pki.set_auto_tidy_configuration(enabled=False, interval_duration="12h", extra_params=tidy, mount_point=path)
    settings: Dict[str, Any] = answer["data"]
    assert (settings["tidy_cert_store"], settings["safety_buffer"], settings["pause_duration"]) == (True, 7200, "1s")
    assert (settings["page_size"], settings["interval_duration"]) == (50, 43200)


def test_sign_verbatim_fields_and_the_role_named_in_the_body(pki, mount_pki):
    from tests.integration.test_pki_openbao import make_csr

    path = mount_pki()
    pki.generate_root_issuer("internal", "Root", {"ttl": "8760h"}, mount_point=path)
    pki.create_or_update_role("verbatim", {"allow_any_name": True, "max_ttl": "2h"}, mount_point=path)
    fields = {"ttl": "1h", "key_usage": ["DigitalSignature"], "ext_key_usage": ["ClientAuth"], "role": "verbatim"}
    signed = pki.sign_verbatim(make_csr("v.example.com"), extra_params=fields, mount_point=path)["data"]
    leaf = certificate_of(signed["certificate"])
    assert leaf.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature
    usages = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(usages) == [x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH]


def test_revoke_by_certificate_and_sign_self_issued_through_an_issuer(pki, mount_pki):
    path = mount_pki()
    pki.generate_root_issuer("internal", "Root", {"issuer_name": "root", "ttl": "8760h"}, mount_point=path)
    pki.create_or_update_role("web", {"allow_any_name": True, "ttl": "1h"}, mount_point=path)
    issued = pki.generate_certificate("web", "gone.example.com", mount_point=path)["data"]
    revoked = pki.revoke_certificate(None, certificate=issued["certificate"], mount_point=path)
    assert revoked["data"]["revocation_time"] > 0
    assert issued["serial_number"] in pki.list_revoked_certificates(mount_point=path)["data"]["keys"]

    other = mount_pki()
    self_issued = pki.generate_root_issuer("internal", "Other Root", mount_point=other)["data"]["certificate"]
    signed = pki.sign_self_issued(
        self_issued, mount_point=path, issuer_ref="root", require_matching_certificate_algorithms=True
    )["data"]
    assert certificate_of(signed["certificate"]).issuer.rfc4514_string() == "CN=Root"
