"""Every field of the PKI engine's request bodies has a name: the keys of the typed dicts that annotate
the ``extra_params`` arguments, and the keyword arguments added beside hvac's.

Per typed dict: its keys (the fields the servers declare for that family of operations, less those
the methods send from arguments of their own), and, per method that takes it, the exact request when
every key is given: each key lands in the body as itself, next to the method's own fields.
"""
import typing
from typing import Any, Dict, List, Tuple, Union
from urllib.parse import urlsplit

import pytest
import requests_mock

from hvac.api.secrets_engines import pki as pki_module
from tests.unit.fake_server import sent

CSR = "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n"
PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"

NAMES = {"alt_names", "ip_sans", "uri_sans", "other_sans", "serial_number", "exclude_cn_from_sans", "format"}
NAMES |= {"private_key_format", "ttl", "not_after", "not_before"}
LEAF = NAMES | {"remove_roots_from_chain", "user_ids"}
SUBJECT = {"country", "locality", "organization", "ou", "postal_code", "province", "street_address"}
SIGNATURE = {"signature_bits", "use_pss", "not_before_duration"}
NEW_KEY = {"key_type", "key_bits", "key_name", "key_ref", "external_key_ref", "managed_key_id", "managed_key_name"}
KEY_USAGE = {"key_usage", "ext_key_usage", "ext_key_usage_oids"}
CA = KEY_USAGE | {"issuer_name", "max_path_length", "permitted_dns_domains"}
VERBATIM = LEAF | KEY_USAGE | {"signature_bits", "use_pss", "common_name", "basic_constraints_valid_for_non_ca", "role"}
AIA = {"issuing_certificates", "crl_distribution_points", "ocsp_servers", "delta_crl_distribution_points"}
TIDY = {
    "tidy_cert_store", "tidy_revoked_certs", "tidy_revocation_list", "tidy_revoked_cert_issuer_associations",
    "tidy_expired_issuers", "tidy_move_legacy_ca_bundle", "tidy_acme", "tidy_invalid_certs",
    "tidy_cross_cluster_revoked_certs", "tidy_revocation_queue", "safety_buffer", "issuer_safety_buffer",
    "acme_account_safety_buffer", "revoked_safety_buffer", "revocation_queue_safety_buffer", "pause_duration",
    "page_size",
}
ROLE = {"ttl", "not_after", "not_before", "max_ttl", "issuer_ref", "key_type", "key_bits"} | SUBJECT | SIGNATURE
ROLE |= KEY_USAGE | {
    "allowed_domains", "allowed_domains_template", "allow_localhost", "allow_bare_domains", "allow_subdomains",
    "allow_glob_domains", "allow_wildcard_certificates", "allow_any_name", "enforce_hostnames", "cn_validations",
    "allow_ip_sans", "allowed_ip_sans_cidr", "allowed_uri_sans", "allowed_uri_sans_template",
    "allow_globs_in_identity_templates", "allowed_other_sans", "allowed_serial_numbers", "allowed_user_ids",
    "server_flag", "client_flag", "code_signing_flag", "email_protection_flag", "basic_constraints_valid_for_non_ca",
    "use_csr_common_name", "use_csr_sans", "require_cn", "policy_identifiers", "generate_lease", "no_store",
    "not_after_bound", "not_before_bound",
}
CRL = {"expiry", "disable", "ocsp_disable", "ocsp_expiry", "auto_rebuild", "auto_rebuild_grace_period"}
CRL |= {"enable_delta", "delta_rebuild_interval", "allow_expired_cert_revocation", "cross_cluster_revocation"}
CRL |= {"unified_crl", "unified_crl_on_existing_paths"}
CEL_SIGN = {"ttl", "not_after", "not_before", "not_before_duration", "signature_bits", "use_pss"}
CEL_SIGN |= {"remove_roots_from_chain"}

#: typed dict -> its keys
KEYS = {
    "PkiIssueWithIssuerParams": LEAF | {"key_type", "key_bits"},
    "PkiIssueParams": LEAF | {"key_type", "key_bits", "issuer_ref"},
    "PkiSignWithIssuerParams": LEAF,
    "PkiSignParams": LEAF | {"issuer_ref"},
    "PkiSignVerbatimWithIssuerParams": VERBATIM,
    "PkiSignVerbatimParams": VERBATIM | {"issuer_ref"},
    "PkiCelSignParams": CEL_SIGN,
    "PkiCelIssueParams": CEL_SIGN | {"key_type", "key_bits"},
    "PkiRootParams": NAMES | SUBJECT | SIGNATURE | NEW_KEY | CA,
    "PkiIntermediateParams": NAMES | SUBJECT | SIGNATURE | NEW_KEY | {"add_basic_constraints"},
    "PkiSignIntermediateWithIssuerParams": NAMES | SUBJECT | SIGNATURE | CA | {"skid", "use_csr_values"},
    "PkiSignIntermediateParams": NAMES | SUBJECT | SIGNATURE | CA | {"skid", "use_csr_values", "issuer_ref"},
    "PkiIssuerParams": AIA | {"issuer_name", "usage", "leaf_not_after_behavior", "manual_chain"}
    | {"revocation_signature_algorithm", "enable_aia_url_templating"},
    "PkiUrlsParams": AIA | {"enable_templating"},
    "PkiCrlParams": CRL,
    "PkiRoleParams": ROLE,
    "PkiTidyParams": TIDY,
    "PkiAutoTidyParams": TIDY | {"enabled", "interval_duration", "maintain_stored_certificate_counts"}
    | {"publish_stored_certificate_count_metrics"},
    "FlattenedJws": {"protected", "payload", "signature"},
}


def sample(annotation: Any) -> Any:
    """A value of the key's type: the first of a Union (a list before its comma-separated form)."""
    if typing.get_origin(annotation) is Union:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is list:
        return ["v1", "v2"]
    return {bool: True, int: 7, str: "v"}[annotation]


def every_field(typed_dict: str) -> Dict[str, Any]:
    hints = typing.get_type_hints(getattr(pki_module, typed_dict))
    return {key: sample(annotation) for key, annotation in hints.items()}


@pytest.mark.parametrize("typed_dict", sorted(KEYS))
def test_the_keys_of_each_typed_dict(typed_dict):
    cls = getattr(pki_module, typed_dict)
    assert set(typing.get_type_hints(cls)) == KEYS[typed_dict]
    assert cls.__total__ is (typed_dict == "FlattenedJws")  # a JWS has all three members


@pytest.mark.parametrize("typed_dict", sorted(KEYS))
def test_every_key_has_a_value_type_a_server_reads(typed_dict):
    for key, annotation in typing.get_type_hints(getattr(pki_module, typed_dict)).items():
        assert annotation is not Any, key
        sample(annotation)  # bool, int, str, a list of str or a union of those


@pytest.fixture
def mock(mock):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json={"data": {}})
    return mock


# (typed dict, method, its own arguments, path under /v1/pki/, the body fields the method adds)
CASES: List[Tuple[str, str, Tuple[Any, ...], str, Dict[str, Any]]] = [
    ("PkiIssueParams", "generate_certificate", ("web", "a"), "issue/web", {"common_name": "a"}),
    ("PkiIssueWithIssuerParams", "generate_certificate_with_issuer", ("i", "web", "a"), "issuer/i/issue/web", {"common_name": "a"}),
    ("PkiSignParams", "sign_certificate", ("web", CSR, "a"), "sign/web", {"csr": CSR, "common_name": "a"}),
    ("PkiSignWithIssuerParams", "sign_certificate_with_issuer", ("i", "web", CSR, "a"), "issuer/i/sign/web", {"csr": CSR, "common_name": "a"}),
    ("PkiSignVerbatimParams", "sign_verbatim", (CSR,), "sign-verbatim", {"csr": CSR}),
    ("PkiSignVerbatimParams", "sign_verbatim", (CSR, "web"), "sign-verbatim/web", {"csr": CSR}),
    ("PkiSignVerbatimWithIssuerParams", "sign_verbatim_with_issuer", ("i", CSR), "issuer/i/sign-verbatim", {"csr": CSR}),
    ("PkiSignVerbatimWithIssuerParams", "sign_verbatim_with_issuer", ("i", CSR, "web"), "issuer/i/sign-verbatim/web", {"csr": CSR}),
    ("PkiCelIssueParams", "generate_certificate_with_cel_role", ("c",), "cel/issue/c", {}),
    ("PkiCelSignParams", "sign_certificate_with_cel_role", ("c", CSR), "cel/sign/c", {"csr": CSR}),
    ("PkiRootParams", "generate_root", ("internal", "R"), "root/generate/internal", {"common_name": "R"}),
    ("PkiRootParams", "generate_root_issuer", ("kms", "R"), "issuers/generate/root/kms", {"common_name": "R"}),
    ("PkiRootParams", "rotate_root", ("existing", "R"), "root/rotate/existing", {"common_name": "R"}),
    ("PkiIntermediateParams", "generate_intermediate", ("exported", "I"), "intermediate/generate/exported", {"common_name": "I"}),
    ("PkiIntermediateParams", "generate_intermediate_issuer", ("internal", "I"), "issuers/generate/intermediate/internal", {"common_name": "I"}),
    ("PkiIntermediateParams", "cross_sign_intermediate", ("I",), "intermediate/cross-sign", {"common_name": "I"}),
    ("PkiSignIntermediateParams", "sign_intermediate", (CSR, "I"), "root/sign-intermediate", {"csr": CSR, "common_name": "I"}),
    ("PkiSignIntermediateWithIssuerParams", "sign_intermediate_with_issuer", ("i", CSR, "I"), "issuer/i/sign-intermediate", {"csr": CSR, "common_name": "I"}),
    ("PkiIssuerParams", "update_issuer", ("i",), "issuer/i", {}),
    ("PkiIssuerParams", "patch_issuer", ("i",), "issuer/i", {}),
    ("PkiUrlsParams", "set_urls", (), "config/urls", {}),
    ("PkiCrlParams", "set_crl_configuration", (), "config/crl", {}),
    ("PkiRoleParams", "create_or_update_role", ("web",), "roles/web", {"name": "web"}),
    ("PkiRoleParams", "patch_role", ("web",), "roles/web", {}),
    ("PkiTidyParams", "tidy", (), "tidy", {}),
    ("PkiAutoTidyParams", "set_auto_tidy_configuration", (), "config/auto-tidy", {}),
]
IDS = [f"{c[1]}:{c[3]}" for c in CASES]


def dict_argument(method: str) -> str:
    return "params" if method == "set_urls" else "extra_params"


@pytest.mark.parametrize("typed_dict, method, args, path, own", CASES, ids=IDS)
def test_every_key_lands_in_the_body_as_itself(mock, client, typed_dict, method, args, path, own):
    fields = every_field(typed_dict)
    getattr(client.secrets.pki, method)(*args, **{dict_argument(method): fields})
    request = sent(mock)
    verb = "PATCH" if method.startswith("patch_") else "POST"
    assert (request.method, urlsplit(request.url).path, urlsplit(request.url).query) == (verb, f"/v1/pki/{path}", "")
    assert request.json() == {**fields, **own}


@pytest.mark.parametrize("typed_dict, method", [c[:2] for c in CASES], ids=IDS)
def test_the_method_is_annotated_with_its_typed_dict(typed_dict, method):
    """The typed dict a case sends is the one the method's signature names (a type checker checks it)."""
    hints = typing.get_type_hints(getattr(pki_module.Pki, method))
    assert getattr(pki_module, typed_dict) in typing.get_args(hints[dict_argument(method)])


def test_a_plain_dict_with_any_keys_is_still_sent_as_it_is(mock, client):
    extra = {"ttl": "1h", "a_field_of_a_later_server": [1]}
    client.secrets.pki.create_or_update_role("web", extra)
    assert sent(mock).json() == {"ttl": "1h", "a_field_of_a_later_server": [1], "name": "web"}
    assert extra == {"ttl": "1h", "a_field_of_a_later_server": [1]}


def test_a_jws_dict_is_posted_as_jose_json(mock, client):
    jws = every_field("FlattenedJws")
    client.secrets.pki.create_acme_account(jws)
    request = sent(mock)
    assert request.headers["Content-Type"] == "application/jose+json"
    assert request.json() == jws


# Keyword arguments added after hvac's (keyword-only): argument -> body key, and the body without them.
def test_revoke_certificate_by_certificate(mock, client):
    client.secrets.pki.revoke_certificate(None, certificate=PEM)
    assert sent(mock).json() == {"certificate": PEM}


def test_revoke_certificate_by_serial_number_is_unchanged(mock, client):
    client.secrets.pki.revoke_certificate("01:02")
    assert sent(mock).json() == {"serial_number": "01:02"}


@pytest.mark.parametrize(
    "kwargs, body",
    [
        ({}, {"certificate": PEM}),
        ({"issuer_ref": "root"}, {"certificate": PEM, "issuer_ref": "root"}),
        ({"require_matching_certificate_algorithms": False}, {"certificate": PEM, "require_matching_certificate_algorithms": False}),
    ],
    ids=["hvac", "issuer_ref", "require_matching_certificate_algorithms"],
)
def test_sign_self_issued(mock, client, kwargs, body):
    client.secrets.pki.sign_self_issued(PEM, mount_point="m", **kwargs)
    assert urlsplit(sent(mock).url).path == "/v1/m/root/sign-self-issued"
    assert sent(mock).json() == body


@pytest.mark.parametrize(
    "kwargs, body",
    [
        ({"external_key_ref": "cfg:key"}, {"external_key_ref": "cfg:key"}),
        ({"managed_key_id": "id"}, {"managed_key_id": "id"}),
        ({"managed_key_name": "hsm", "key_name": "k"}, {"managed_key_name": "hsm", "key_name": "k"}),
    ],
    ids=["openbao", "vault_managed_key_id", "vault_managed_key_name"],
)
def test_generate_kms_key(mock, client, kwargs, body):
    client.secrets.pki.generate_kms_key(**kwargs)
    assert urlsplit(sent(mock).url).path == "/v1/pki/keys/generate/kms"
    assert sent(mock).json() == body


def test_generate_kms_key_keeps_its_positional_arguments(mock, client):
    client.secrets.pki.generate_kms_key("cfg:key", "ec", 256, "k", "m")
    assert urlsplit(sent(mock).url).path == "/v1/m/keys/generate/kms"
    assert sent(mock).json() == {"external_key_ref": "cfg:key", "key_type": "ec", "key_bits": 256, "key_name": "k"}
