"""client.secrets.pki against a real OpenBao dev server: the multi-issuer and key APIs, CRL and
certificate forms, tidy, OCSP, ACME (with JWS the test signs itself) and CEL roles.

Every test mounts its own engine at a unique path and disables it afterwards. Asynchronous states
(tidy, ACME challenge validation, order finalisation) are polled, never timed.
"""
import base64
import hashlib
import json
import socket
import struct
import threading
import time
from typing import Any, Callable, Dict, Optional

import pytest

from hvac import exceptions
from tests.integration.test_pki import mount_pki  # noqa: F401 - the fixture mounting fresh PKI engines

x509 = pytest.importorskip("cryptography.x509")
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec, rsa  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature  # noqa: E402
from cryptography.x509 import ocsp  # noqa: E402

ACME_HEADERS = ["Replay-Nonce", "Location", "Link", "Last-Modified"]


@pytest.fixture
def pki(client):
    return client.secrets.pki


@pytest.fixture
def root(pki, mount_pki) -> str:
    """A mount with a root issuer named ``root`` and a role ``web`` for any name."""
    path = mount_pki()
    pki.generate_root_issuer("internal", "Test Root", {"issuer_name": "root", "ttl": "8760h"}, mount_point=path)
    pki.create_or_update_role("web", {"allow_any_name": True, "max_ttl": "72h"}, mount_point=path)
    return path


def wait_for(predicate: Callable[[], Any], timeout: float = 30.0, interval: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(interval)


def serial_int(serial: str) -> int:
    return int(serial.replace(":", "").replace("-", ""), 16)


def make_csr(common_name: str, key: Optional[Any] = None) -> str:
    key = key or ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, common_name)])
    request = x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, hashes.SHA256())
    return request.public_bytes(serialization.Encoding.PEM).decode()


# ---------------------------------------------------------------- issuers, CRLs and tidy


def test_root_intermediate_issue_revoke_delta_crl_and_tidy(pki, root):
    # an intermediate in the same mount, through the issuers API
    generated = pki.generate_intermediate_issuer("internal", "Test Int", {"key_name": "int-key"}, mount_point=root)
    csr = generated["data"]["csr"]
    signed = pki.sign_intermediate_with_issuer("root", csr, "Test Int", {"ttl": "4380h"}, mount_point=root)
    imported = pki.import_issuer_certificates(signed["data"]["certificate"], mount_point=root)["data"]
    (int_id,) = imported["imported_issuers"]
    assert imported["mapping"][int_id] == generated["data"]["key_id"]  # joined with its key
    pki.update_issuer(int_id, {"issuer_name": "int"}, mount_point=root)
    assert pki.read_issuer("int", mount_point=root)["data"]["key_id"] == generated["data"]["key_id"]

    # issue through the named issuer
    issued = pki.generate_certificate_with_issuer("int", "web", "leaf.example.com", {"ttl": "1h"}, mount_point=root)["data"]
    leaf = x509.load_pem_x509_certificate(issued["certificate"].encode())
    int_cert = x509.load_pem_x509_certificate(pki.read_issuer_pem("int", mount_point=root).encode())
    assert leaf.issuer == int_cert.subject
    assert issued["issuing_ca"].strip() == pki.read_issuer_pem("int", mount_point=root).strip()

    # delta CRLs need auto-rebuild; then revoke and rebuild the delta
    pki.set_crl_configuration(extra_params={"auto_rebuild": True, "enable_delta": True}, mount_point=root)
    pki.revoke_certificate(issued["serial_number"], mount_point=root)
    assert pki.rotate_delta_crl(mount_point=root)["data"]["success"] is True
    assert issued["serial_number"] in pki.list_revoked_certificates(mount_point=root)["data"]["keys"]

    def delta_has_serial() -> bool:
        delta = x509.load_der_x509_crl(pki.read_issuer_delta_crl_der("int", mount_point=root))
        return delta.get_revoked_certificate_by_serial_number(serial_int(issued["serial_number"])) is not None

    assert wait_for(delta_has_serial)
    delta = x509.load_der_x509_crl(pki.read_issuer_delta_crl_der("int", mount_point=root))
    assert delta.issuer == int_cert.subject
    assert delta.extensions.get_extension_for_class(x509.DeltaCRLIndicator)
    assert delta.is_signature_valid(int_cert.public_key())
    # the same delta CRL in its PEM and JSON forms
    assert pki.read_issuer_delta_crl_pem("int", mount_point=root).startswith("-----BEGIN X509 CRL-----")
    assert pki.read_issuer_delta_crl("int", mount_point=root)["data"]["crl"].startswith("-----BEGIN X509 CRL-----")

    # with auto-rebuild the complete CRL waits for its grace period: force it, then it lists the serial too
    pki.rotate_crl(mount_point=root)
    full = x509.load_der_x509_crl(pki.read_issuer_crl_der("int", mount_point=root))
    assert full.get_revoked_certificate_by_serial_number(serial_int(issued["serial_number"])) is not None
    pem_crl = x509.load_pem_x509_crl(pki.read_issuer_crl_pem("int", mount_point=root).encode())
    json_crl = x509.load_pem_x509_crl(pki.read_issuer_crl("int", mount_point=root)["data"]["crl"].encode())
    assert pem_crl.public_bytes(serialization.Encoding.DER) == full.public_bytes(serialization.Encoding.DER)
    assert json_crl.public_bytes(serialization.Encoding.DER) == full.public_bytes(serialization.Encoding.DER)

    # tidy, then its status
    pki.tidy({"tidy_cert_store": True, "tidy_revoked_certs": True, "safety_buffer": "1s"}, mount_point=root)
    status = wait_for(
        lambda: (lambda s: s if s["state"] in ("Finished", "Error", "Cancelled") else None)(
            pki.read_tidy_status(mount_point=root)["data"]
        )
    )
    assert status and status["state"] == "Finished", status
    assert status["tidy_cert_store"] is True
    idle = pki.cancel_tidy(mount_point=root)
    assert "cannot be cancelled" in " ".join(idle["warnings"])


def test_default_issuer_crl_and_certificate_forms(pki, root):
    issued = pki.generate_certificate("web", "forms.example.com", mount_point=root)["data"]
    serial = issued["serial_number"]
    pki.revoke_certificate(serial, mount_point=root)
    pki.set_crl_configuration(extra_params={"auto_rebuild": True, "enable_delta": True}, mount_point=root)
    pki.rotate_delta_crl(mount_point=root)

    ca_der = pki.read_ca_certificate_der(mount_point=root)
    ca = x509.load_der_x509_certificate(ca_der)
    assert ca.public_bytes(serialization.Encoding.PEM).decode().strip() == pki.read_ca_certificate(mount_point=root).strip()
    assert pki.read_issuer_der("root", mount_point=root) == ca_der
    as_json = pki.read_issuer_json("root", mount_point=root)["data"]
    assert as_json["certificate"].strip() == pki.read_issuer_pem("root", mount_point=root).strip()
    assert "usage" not in as_json  # the JSON form carries the certificate, not the settings

    leaf = x509.load_der_x509_certificate(pki.read_certificate_der(serial, mount_point=root))
    assert leaf.serial_number == serial_int(serial)
    assert pki.read_certificate_pem(serial, mount_point=root).strip() == issued["certificate"].strip()
    chain = pki.read_certificate_ca_chain(mount_point=root)["data"]["ca_chain"]
    assert chain.strip() == pki.read_ca_certificate(mount_point=root).strip()

    crl = x509.load_der_x509_crl(pki.read_crl_der(mount_point=root))
    assert crl.get_revoked_certificate_by_serial_number(serial_int(serial)) is not None
    assert crl.is_signature_valid(ca.public_key())
    json_crl = pki.read_certificate_crl(mount_point=root)["data"]["certificate"]
    assert x509.load_pem_x509_crl(json_crl.encode()).public_bytes(serialization.Encoding.DER) == crl.public_bytes(
        serialization.Encoding.DER
    )
    delta_der = pki.read_delta_crl_der(mount_point=root)
    delta = x509.load_der_x509_crl(delta_der)
    assert delta.extensions.get_extension_for_class(x509.DeltaCRLIndicator)
    assert x509.load_pem_x509_crl(pki.read_delta_crl(mount_point=root).encode()).public_bytes(
        serialization.Encoding.DER
    ) == delta_der
    assert pki.read_certificate_delta_crl(mount_point=root)["data"]["certificate"].startswith("-----BEGIN X509 CRL")

    detailed = pki.list_certificates_detailed(mount_point=root)["data"]
    assert serial in detailed["keys"]
    assert detailed["key_info"][serial]["common_name"] == "forms.example.com"


def test_signing_through_an_issuer(pki, root):
    csr = make_csr("signed.example.com")  # an EC key: "web" wants RSA, "csr" takes any
    pki.create_or_update_role("csr", {"allow_any_name": True, "key_type": "any"}, mount_point=root)
    signed = pki.sign_certificate_with_issuer("root", "csr", csr, "signed.example.com", mount_point=root)["data"]
    cert = x509.load_pem_x509_certificate(signed["certificate"].encode())
    assert cert.subject.rfc4514_string() == "CN=signed.example.com"

    verbatim = pki.sign_verbatim_with_issuer("root", csr, extra_params={"ttl": "1h"}, mount_point=root)["data"]
    with_role = pki.sign_verbatim_with_issuer("root", csr, name="csr", extra_params={"ttl": "1h"}, mount_point=root)["data"]
    for answer in (verbatim, with_role):
        assert x509.load_pem_x509_certificate(answer["certificate"].encode()).subject == cert.subject

    other = pki.generate_root_issuer("exported", "Other Root", {"issuer_name": "other"}, mount_point=root)["data"]
    assert other["private_key"]  # exported: returned this once
    cross = pki.sign_self_issued_with_issuer(
        "root", other["certificate"], require_matching_certificate_algorithms=False, mount_point=root
    )["data"]
    cross_cert = x509.load_pem_x509_certificate(cross["certificate"].encode())
    assert cross_cert.subject.rfc4514_string() == "CN=Other Root"
    assert cross_cert.issuer.rfc4514_string() == "CN=Test Root"


def test_signed_and_combined_revocation_lists(pki, root):
    root_cert = x509.load_pem_x509_certificate(pki.read_issuer_pem("root", mount_point=root).encode())
    first = pki.sign_revocation_list(
        "root",
        revoked_certs=[{"serial_number": "01:02:03", "revocation_time": "1700000000"}],
        crl_number=5,
        next_update="1h",
        mount_point=root,
    )["data"]["crl"]
    crl = x509.load_pem_x509_crl(first.encode())
    assert crl.get_revoked_certificate_by_serial_number(0x010203) is not None
    assert crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number == 5
    assert crl.is_signature_valid(root_cert.public_key())

    second = pki.sign_revocation_list(
        "root", revoked_certs=[{"serial_number": "0a", "revocation_time": "1700000001"}], crl_number=6, mount_point=root
    )["data"]["crl"]
    combined = pki.resign_crls("root", [first, second], crl_number=9, next_update="2h", format="der", mount_point=root)
    merged = x509.load_der_x509_crl(base64.b64decode(combined["data"]["crl"]))
    assert {entry.serial_number for entry in merged} == {0x010203, 0x0A}
    assert merged.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number == 9


def test_root_rotation_default_issuer_and_cross_sign(pki, root):
    first_id = pki.read_issuers_configuration(mount_point=root)["data"]["default"]
    rotated = pki.rotate_root("internal", "Test Root G2", {"issuer_name": "next"}, mount_point=root)["data"]
    assert pki.read_issuers_configuration(mount_point=root)["data"]["default"] == first_id  # not yet switched
    pki.replace_root(mount_point=root)  # OpenBao's default target: the issuer named "next"
    assert pki.read_issuers_configuration(mount_point=root)["data"]["default"] == rotated["issuer_id"]

    pki.set_issuers_configuration(default=first_id, default_follows_latest_issuer=True, mount_point=root)
    config = pki.read_issuers_configuration(mount_point=root)["data"]
    assert config == {**config, "default": first_id, "default_follows_latest_issuer": True}

    # a CSR for the new root's key, signed by the old root: the cross-signed certificate
    csr = pki.cross_sign_intermediate("Test Root G2", key_ref=rotated["key_id"], mount_point=root)["data"]["csr"]
    request = x509.load_pem_x509_csr(csr.encode())
    assert request.subject.rfc4514_string() == "CN=Test Root G2"
    rotated_cert = x509.load_pem_x509_certificate(rotated["certificate"].encode())
    assert request.public_key() == rotated_cert.public_key()

    patched = pki.patch_issuer("next", {"leaf_not_after_behavior": "truncate"}, mount_point=root)["data"]
    assert patched["leaf_not_after_behavior"] == "truncate"
    assert patched["issuer_name"] == "next"  # untouched by the patch
    pki.delete_issuer("next", mount_point=root)
    with pytest.raises(exceptions.VaultError, match="unable to find PKI issuer"):
        pki.read_issuer("next", mount_point=root)


def test_import_bundle_brings_issuer_and_key(pki, root, mount_pki):
    exported = pki.generate_root_issuer("exported", "Bundled Root", mount_point=root)["data"]
    target = mount_pki()
    answer = pki.import_issuer_bundle(exported["private_key"] + "\n" + exported["certificate"], mount_point=target)["data"]
    assert len(answer["imported_issuers"]) == 1 and len(answer["imported_keys"]) == 1
    (issuer_id,) = answer["imported_issuers"]
    assert pki.read_issuer(issuer_id, mount_point=target)["data"]["key_id"] == answer["imported_keys"][0]


# ----------------------------------------------------------------------------- keys


def test_key_lifecycle(pki, mount_pki):
    path = mount_pki()
    internal = pki.generate_internal_key("ec", 256, "signing", mount_point=path)["data"]
    assert internal["key_type"] == "ec" and "private_key" not in internal
    exported = pki.generate_exported_key(key_type="ed25519", key_name="exported", mount_point=path)["data"]
    assert exported["private_key"].startswith("-----BEGIN")

    imported_key = ec.generate_private_key(ec.SECP384R1())
    pem = imported_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    imported = pki.import_key(pem, key_name="imported", mount_point=path)["data"]
    assert pki.read_key("imported", mount_point=path)["data"]["key_id"] == imported["key_id"]

    listed = pki.list_keys(mount_point=path)["data"]
    assert set(listed["keys"]) == {internal["key_id"], exported["key_id"], imported["key_id"]}
    assert listed["key_info"][internal["key_id"]]["key_name"] == "signing"

    pki.update_key("signing", "renamed", mount_point=path)
    assert pki.read_key(internal["key_id"], mount_point=path)["data"]["key_name"] == "renamed"

    pki.set_keys_configuration("imported", mount_point=path)
    assert pki.read_keys_configuration(mount_point=path)["data"]["default"] == imported["key_id"]

    pki.delete_key("exported", mount_point=path)
    assert exported["key_id"] not in pki.list_keys(mount_point=path)["data"]["keys"]

    with pytest.raises(exceptions.VaultError, match='key "missing:key" does not exist'):
        # no external key store configured on a dev server: OpenBao looks the reference up and refuses it
        pki.generate_kms_key("missing:key", mount_point=path)


def test_revoke_with_key_proves_possession(pki, root):
    issued = pki.generate_certificate("web", "possession.example.com", mount_point=root)["data"]
    other = pki.generate_certificate("web", "other.example.com", mount_point=root)["data"]
    with pytest.raises(exceptions.VaultError, match="does not match"):
        pki.revoke_certificate_with_key(other["private_key"], serial_number=issued["serial_number"], mount_point=root)
    answer = pki.revoke_certificate_with_key(issued["private_key"], certificate=issued["certificate"], mount_point=root)
    assert answer["data"]["revocation_time"] > 0
    assert issued["serial_number"] in pki.list_revoked_certificates(mount_point=root)["data"]["keys"]


# ----------------------------------------------------------------- settings and roles


def test_patch_role_changes_only_the_given_fields(pki, root):
    patched = pki.patch_role("web", {"max_ttl": "2h"}, mount_point=root)["data"]
    assert patched["max_ttl"] == 7200
    assert patched["allow_any_name"] is True  # kept from the role as written


def test_auto_tidy_and_cluster_configuration(pki, root, vault_dev):
    pki.set_auto_tidy_configuration(True, "12h", {"tidy_cert_store": True, "safety_buffer": "48h"}, mount_point=root)
    auto = pki.read_auto_tidy_configuration(mount_point=root)["data"]
    assert (auto["enabled"], auto["interval_duration"], auto["tidy_cert_store"], auto["safety_buffer"]) == (
        True,
        43200,
        True,
        172800,
    )
    pki.set_auto_tidy_configuration(enabled=False, mount_point=root)
    assert pki.read_auto_tidy_configuration(mount_point=root)["data"]["enabled"] is False

    url = f"{vault_dev.url}/v1/{root}"
    pki.set_cluster_configuration(path=url, aia_path=url, mount_point=root)
    assert pki.read_cluster_configuration(mount_point=root)["data"] == {"path": url, "aia_path": url}


# ----------------------------------------------------------------------------- OCSP


def test_ocsp_answers_good_then_revoked(pki, root):
    issued = pki.generate_certificate("web", "ocsp.example.com", mount_point=root)["data"]
    cert = x509.load_pem_x509_certificate(issued["certificate"].encode())
    issuer = x509.load_pem_x509_certificate(issued["issuing_ca"].encode())
    request = ocsp.OCSPRequestBuilder().add_certificate(cert, issuer, hashes.SHA1()).build()
    der = request.public_bytes(serialization.Encoding.DER)

    for query in (pki.query_ocsp, pki.query_ocsp_with_get):
        answer = ocsp.load_der_ocsp_response(query(der, mount_point=root))
        assert answer.response_status == ocsp.OCSPResponseStatus.SUCCESSFUL
        assert answer.serial_number == cert.serial_number
        assert answer.certificate_status == ocsp.OCSPCertStatus.GOOD

    pki.revoke_certificate(issued["serial_number"], mount_point=root)
    for query in (pki.query_ocsp, pki.query_ocsp_with_get):
        answer = ocsp.load_der_ocsp_response(query(der, mount_point=root))
        assert answer.certificate_status == ocsp.OCSPCertStatus.REVOKED


# ----------------------------------------------------------------------------- ACME


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class AcmeAccountKey:
    """An EC P-256 account key that signs flattened JWS objects (RFC 8555 section 6.2, ES256)."""

    def __init__(self) -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        numbers = self.key.public_key().public_numbers()
        self.jwk = {
            "crv": "P-256",
            "kty": "EC",
            "x": b64url(numbers.x.to_bytes(32, "big")),
            "y": b64url(numbers.y.to_bytes(32, "big")),
        }
        self.kid: Optional[str] = None

    @property
    def thumbprint(self) -> str:
        """RFC 7638: SHA-256 of the required members, sorted, without whitespace."""
        return b64url(hashlib.sha256(json.dumps(self.jwk, sort_keys=True, separators=(",", ":")).encode()).digest())

    def sign(self, url: str, payload: Optional[Dict[str, Any]], nonce: str) -> str:
        protected: Dict[str, Any] = {"alg": "ES256", "nonce": nonce, "url": url}
        if self.kid:
            protected["kid"] = self.kid
        else:
            protected["jwk"] = self.jwk
        header = b64url(json.dumps(protected).encode())
        body = "" if payload is None else b64url(json.dumps(payload).encode())  # "" = POST-as-GET
        r, s = decode_dss_signature(self.key.sign(f"{header}.{body}".encode(), ec.ECDSA(hashes.SHA256())))
        return json.dumps({"protected": header, "payload": body, "signature": b64url(r.to_bytes(32, "big") + s.to_bytes(32, "big"))})


class LoopbackDns:
    """A tiny UDP DNS server on 127.0.0.1 answering TXT queries from ``records`` (for dns-01)."""

    def __init__(self) -> None:
        self.records: Dict[str, str] = {}
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.address = "127.0.0.1:%d" % self.sock.getsockname()[1]
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> "LoopbackDns":
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stopped.set()
        self.thread.join(timeout=5)
        self.sock.close()

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                query, peer = self.sock.recvfrom(512)
            except socket.timeout:
                continue
            self.sock.sendto(self._answer(query), peer)

    def _answer(self, query: bytes) -> bytes:
        labels, offset = [], 12
        while query[offset]:
            labels.append(query[offset + 1 : offset + 1 + query[offset]].decode().lower())
            offset += 1 + query[offset]
        question = query[12 : offset + 5]
        (qtype,) = struct.unpack(">H", query[offset + 1 : offset + 3])
        value = self.records.get(".".join(labels))
        if value is None or qtype != 16:  # TXT only; anything else: no such name
            return query[:2] + struct.pack(">HHHHH", 0x8183, 1, 0, 0, 0) + question
        text = value.encode()
        record = b"\xc0\x0c" + struct.pack(">HHIH", 16, 1, 1, len(text) + 1) + bytes([len(text)]) + text
        return query[:2] + struct.pack(">HHHHH", 0x8180, 1, 1, 0, 0) + question + record


@pytest.fixture
def acme_mount(client, pki, root, vault_dev) -> str:
    """The root mount with ACME on: its URL in config/cluster and the ACME headers passed through."""
    client.sys.tune_mount_configuration(root, allowed_response_headers=ACME_HEADERS)
    url = f"{vault_dev.url}/v1/{root}"
    pki.set_cluster_configuration(path=url, aia_path=url, mount_point=root)
    pki.set_acme_configuration(enabled=True, eab_policy="not-required", mount_point=root)
    return root


class AcmeDirectory:
    """Calls the ACME methods of one directory: the mount's default one (``issuer_ref`` and ``role``
    left out) or an issuer's and role's (both given to the same methods)."""

    def __init__(self, pki: Any, mount: str, url: str, issuer_ref: Optional[str] = None, role: Optional[str] = None):
        self.pki, self.mount = pki, mount
        self.scope = {"issuer_ref": issuer_ref, "role": role} if issuer_ref else {}
        self.base = f"{url}/v1/{mount}/" + (f"issuer/{issuer_ref}/roles/{role}/" if issuer_ref else "") + "acme/"

    def __call__(self, method: str, *args: Any) -> Any:
        return getattr(self.pki, method)(*args, mount_point=self.mount, **self.scope)


@pytest.mark.parametrize("scope", [{}, {"issuer_ref": "root", "role": "web"}], ids=["default", "issuer_role"])
def test_acme_account_order_dns01_certificate_and_revocation(pki, acme_mount, vault_dev, scope):
    acme = AcmeDirectory(pki, acme_mount, vault_dev.url, **scope)
    base = acme.base
    account = AcmeAccountKey()

    def nonce() -> str:
        return acme("generate_acme_nonce")

    directory = acme("read_acme_directory")
    assert directory["newAccount"] == base + "new-account" and directory["newOrder"] == base + "new-order"
    assert acme("generate_eab_key")["data"]["acme_directory"] == base.split(f"/{acme_mount}/", 1)[1] + "directory"

    created = acme(
        "create_acme_account",
        account.sign(base + "new-account", {"termsOfServiceAgreed": True, "contact": ["mailto:ops@example.com"]}, nonce()),
    )
    assert created.status_code == 201 and created.json()["status"] == "valid"
    account.kid = created.headers["Location"]
    assert created.headers["Replay-Nonce"]
    kid = account.kid.rsplit("/", 1)[1]
    read_back = acme("update_acme_account", kid, account.sign(account.kid, None, nonce()))
    assert read_back.json()["status"] == "valid"
    updated = acme("update_acme_account", kid, account.sign(account.kid, {"contact": ["mailto:pki@example.com"]}, nonce()))
    assert updated.json()["contact"] == ["mailto:pki@example.com"]

    with LoopbackDns() as dns:
        pki.set_acme_configuration(dns_resolver=dns.address, mount_point=acme_mount)
        ordered = acme(
            "create_acme_order",
            account.sign(base + "new-order", {"identifiers": [{"type": "dns", "value": "acme.example.com"}]}, nonce()),
        )
        assert ordered.status_code == 201 and ordered.json()["status"] == "pending"
        order_url = ordered.headers["Location"]
        order_id = order_url.rsplit("/", 1)[1]
        listed = acme("list_acme_orders", account.sign(base + "orders", None, nonce()))
        assert order_url in listed.json()["orders"]

        auth_url = ordered.json()["authorizations"][0]
        auth_id = auth_url.rsplit("/", 1)[1]

        def authorization() -> Dict[str, Any]:
            return acme("read_acme_authorization", auth_id, account.sign(auth_url, None, nonce())).json()

        challenge = next(c for c in authorization()["challenges"] if c["type"] == "dns-01")
        key_authorization = f"{challenge['token']}.{account.thumbprint}"
        dns.records["_acme-challenge.acme.example.com"] = b64url(hashlib.sha256(key_authorization.encode()).digest())
        submitted = acme("submit_acme_challenge", auth_id, "dns-01", account.sign(challenge["url"], {}, nonce()))
        assert submitted.json()["status"] in ("processing", "valid")
        final = wait_for(lambda: (lambda a: a if a["status"] != "pending" else None)(authorization()))
        assert final and final["status"] == "valid", final

    leaf_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # the role "web" wants RSA
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "acme.example.com")]))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("acme.example.com")]), critical=False)
        .sign(leaf_key, hashes.SHA256())
    )
    finalize_url = ordered.json()["finalize"]
    acme(
        "finalize_acme_order",
        order_id,
        account.sign(finalize_url, {"csr": b64url(csr.public_bytes(serialization.Encoding.DER))}, nonce()),
    )
    order = wait_for(
        lambda: (lambda o: o if o["status"] in ("valid", "invalid") else None)(
            acme("read_acme_order", order_id, account.sign(order_url, None, nonce())).json()
        )
    )
    assert order and order["status"] == "valid", order

    downloaded = acme("read_acme_order_certificate", order_id, account.sign(order["certificate"], None, nonce()))
    assert downloaded.headers["Content-Type"] == "application/pem-certificate-chain"
    leaf = x509.load_pem_x509_certificates(downloaded.content)[0]
    assert leaf.public_key() == leaf_key.public_key()
    assert leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(x509.DNSName) == [
        "acme.example.com"
    ]

    revoked = acme(
        "revoke_acme_certificate",
        account.sign(base + "revoke-cert", {"certificate": b64url(leaf.public_bytes(serialization.Encoding.DER))}, nonce()),
    )
    assert revoked.status_code == 200
    serial = format(leaf.serial_number, "x")
    revoked_serials = {s.replace(":", "").lstrip("0") for s in pki.list_revoked_certificates(mount_point=acme_mount)["data"]["keys"]}
    assert serial.lstrip("0") in revoked_serials


def test_acme_refuses_a_replayed_nonce(pki, acme_mount, vault_dev):
    url = f"{vault_dev.url}/v1/{acme_mount}/acme/new-account"
    account = AcmeAccountKey()
    used = pki.generate_acme_nonce(mount_point=acme_mount)
    pki.create_acme_account(account.sign(url, {"termsOfServiceAgreed": True}, used), mount_point=acme_mount)
    with pytest.raises(exceptions.InvalidRequest, match="badNonce"):
        pki.create_acme_account(account.sign(url, {"termsOfServiceAgreed": True}, used), mount_point=acme_mount)


@pytest.mark.parametrize(
    "scope, prefix",
    [
        ({"issuer_ref": "root"}, "issuer/root/"),
        ({"role": "web"}, "roles/web/"),
        ({"issuer_ref": "root", "role": "web"}, "issuer/root/roles/web/"),
    ],
    ids=["issuer", "role", "issuer_role"],
)
def test_acme_directories_of_issuers_and_roles(pki, acme_mount, vault_dev, scope, prefix):
    base = f"{vault_dev.url}/v1/{acme_mount}/{prefix}acme/"
    directory = pki.read_acme_directory(mount_point=acme_mount, **scope)
    assert directory["newOrder"] == base + "new-order"
    eab = pki.generate_eab_key(mount_point=acme_mount, **scope)["data"]
    assert eab["acme_directory"] == f"{prefix}acme/directory"

    account = AcmeAccountKey()
    nonce = pki.generate_acme_nonce(mount_point=acme_mount, **scope)
    created = pki.create_acme_account(
        account.sign(base + "new-account", {"termsOfServiceAgreed": True}, nonce), mount_point=acme_mount, **scope
    )
    assert created.status_code == 201
    assert created.headers["Location"].startswith(base + "account/")


def test_eab_keys(pki, acme_mount):
    created = pki.generate_eab_key(mount_point=acme_mount)["data"]
    assert created["key_type"] == "hs" and created["key"]
    listed = pki.list_eab_keys(mount_point=acme_mount)["data"]
    assert created["id"] in listed["keys"]
    assert listed["key_info"][created["id"]]["acme_directory"] == "acme/directory"
    pki.delete_eab_key(created["id"], mount_point=acme_mount)
    with pytest.raises(exceptions.InvalidPath):
        pki.list_eab_keys(mount_point=acme_mount)


def test_acme_configuration_round_trip(pki, root, vault_dev):
    assert pki.read_acme_configuration(mount_point=root)["data"]["enabled"] is False
    with pytest.raises(exceptions.VaultError, match="'path' field"):
        pki.set_acme_configuration(enabled=True, mount_point=root)  # ACME needs the mount's own URL first
    pki.set_cluster_configuration(path=f"{vault_dev.url}/v1/{root}", mount_point=root)
    pki.set_acme_configuration(
        enabled=True, allowed_roles=["web"], default_directory_policy="role:web", eab_policy="always-required", mount_point=root
    )
    config = pki.read_acme_configuration(mount_point=root)["data"]
    assert (config["enabled"], config["allowed_roles"], config["default_directory_policy"], config["eab_policy"]) == (
        True,
        ["web"],
        "role:web",
        "always-required",
    )


# ------------------------------------------------------------------------- CEL roles

CEL_PROGRAM = {
    "variables": [{"name": "cn", "expression": "request.common_name"}],
    "expression": (
        'cn.endsWith(".example.com") ? ValidationOutput{template: CertTemplate{'
        'Subject: PKIX.Name{CommonName: cn}, DNSNames: [cn], NotBefore: now, NotAfter: now + duration("1h")}}'
        ' : "common_name must end in .example.com"'
    ),
}


def test_cel_role_lifecycle_and_issuing(pki, root):
    written = pki.create_or_update_cel_role("cel-web", CEL_PROGRAM, mount_point=root)["data"]
    assert written["cel_program"] == CEL_PROGRAM
    assert pki.read_cel_role("cel-web", mount_point=root)["data"]["cel_program"] == CEL_PROGRAM
    assert pki.list_cel_roles(mount_point=root)["data"]["keys"] == ["cel-web"]

    issued = pki.generate_certificate_with_cel_role("cel-web", {"common_name": "cel.example.com"}, mount_point=root)["data"]
    cert = x509.load_pem_x509_certificate(issued["certificate"].encode())
    assert cert.subject.rfc4514_string() == "CN=cel.example.com"
    assert issued["private_key"]
    with pytest.raises(exceptions.VaultError, match="must end in .example.com"):
        pki.generate_certificate_with_cel_role("cel-web", {"common_name": "evil.test"}, mount_point=root)

    key = ec.generate_private_key(ec.SECP256R1())
    signed = pki.sign_certificate_with_cel_role(
        "cel-web", make_csr("csr.example.com", key), {"common_name": "csr.example.com"}, mount_point=root
    )["data"]
    signed_cert = x509.load_pem_x509_certificate(signed["certificate"].encode())
    assert signed_cert.public_key() == key.public_key()
    assert signed_cert.subject.rfc4514_string() == "CN=csr.example.com"

    patched = pki.patch_cel_role("cel-web", {"expression": '"closed"'}, mount_point=root)["data"]
    assert patched["cel_program"] == {"variables": CEL_PROGRAM["variables"], "expression": '"closed"'}
    with pytest.raises(exceptions.VaultError, match="closed"):
        pki.generate_certificate_with_cel_role("cel-web", {"common_name": "cel.example.com"}, mount_point=root)

    pki.delete_cel_role("cel-web", mount_point=root)
    with pytest.raises(exceptions.InvalidPath):
        pki.list_cel_roles(mount_point=root)
