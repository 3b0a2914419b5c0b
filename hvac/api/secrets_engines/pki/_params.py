"""The fields of the PKI engine's request bodies, as typed dicts for the ``extra_params`` arguments.

Each public ``TypedDict`` below is the body of one family of operations, less the fields the
methods take as arguments of their own (``common_name``, ``csr`` …). They are ``total=False``:
every key is optional, as on the server. Type checkers check the keys and value types of a dict
literal passed as ``extra_params``; at run time they are plain dicts, and any dict is still sent
as it is. A key marked *OpenBao only* or *Vault only* is declared by that server alone; the other
refuses or ignores it.
"""
from typing import Any, Dict, List, TypedDict, TypeVar, Union

#: A duration: a Go duration string such as ``"72h"`` or ``"30m"``, or a number of seconds.
Duration = Union[str, int]
#: A list of strings, or the same list as one comma-separated string.
StrList = Union[List[str], str]


class AnyValue:
    """No value has this type, and only ``Any`` is compatible with it.

    ``Dict[str, AnyValue]`` is therefore matched by a ``Dict[str, Any]`` variable (code that builds
    its fields beforehand keeps type-checking) and by nothing else: a dict literal whose keys or
    values do not fit the typed dict beside it is reported (see docs/typing.rst).
    """


_Fields = TypeVar("_Fields")
#: A typed dict of fields, or a ``Dict[str, Any]`` built beforehand.
FieldsOrAnyDict = Union[_Fields, Dict[str, AnyValue]]
#: A typed dict of fields, or any ``Dict[str, Any]``: for bodies whose keys the caller's own
#: program defines (CEL roles read any key of the request).
FieldsOrOpenDict = Union[_Fields, Dict[str, Any]]


# --------------------------------------------------------------------------------- building blocks


class _IssuerOverride(TypedDict, total=False):
    issuer_ref: str


class _Validity(TypedDict, total=False):
    ttl: Duration
    not_after: str
    not_before: str  # OpenBao only


class _Names(_Validity, total=False):
    alt_names: str
    ip_sans: StrList
    uri_sans: StrList
    other_sans: StrList
    serial_number: str
    exclude_cn_from_sans: bool
    format: str
    private_key_format: str


class _Chain(TypedDict, total=False):
    remove_roots_from_chain: bool


class _Leaf(_Names, _Chain, total=False):
    user_ids: StrList


class _Subject(TypedDict, total=False):
    country: StrList
    locality: StrList
    organization: StrList
    ou: StrList
    postal_code: StrList
    province: StrList
    street_address: StrList


class _Signature(TypedDict, total=False):
    signature_bits: int
    use_pss: bool


class _SignatureAndBackdate(_Signature, total=False):
    not_before_duration: Duration


class _KeyUsage(TypedDict, total=False):
    key_usage: StrList
    ext_key_usage: StrList
    ext_key_usage_oids: StrList


class _KeySpec(TypedDict, total=False):
    key_type: str
    key_bits: int


class _NewKey(_KeySpec, total=False):
    key_name: str
    key_ref: str
    external_key_ref: str  # OpenBao only
    managed_key_id: str  # Vault only
    managed_key_name: str  # Vault only


class _CaCertificate(_KeyUsage, total=False):
    issuer_name: str
    max_path_length: int
    permitted_dns_domains: StrList


class _AiaUrls(TypedDict, total=False):
    issuing_certificates: StrList
    crl_distribution_points: StrList
    ocsp_servers: StrList
    delta_crl_distribution_points: StrList  # OpenBao only


# ------------------------------------------------------------------------------ issuing and signing


class PkiIssueWithIssuerParams(_Leaf, _KeySpec, total=False):
    """Fields of ``issuer/{issuer_ref}/issue/{role}``: the names, validity and output format of the
    certificate (``alt_names``, ``ip_sans``, ``uri_sans``, ``other_sans``, ``user_ids``, ``serial_number``,
    ``ttl``, ``not_after``, ``format``, ``private_key_format`` …). OpenBao only: ``not_before``,
    ``key_type``, ``key_bits`` (a key other than the role's)."""


class PkiIssueParams(PkiIssueWithIssuerParams, _IssuerOverride, total=False):
    """Fields of ``issue/{role}``: those of :class:`PkiIssueWithIssuerParams`, and ``issuer_ref`` (an
    issuer other than the role's)."""


class PkiSignWithIssuerParams(_Leaf, total=False):
    """Fields of ``issuer/{issuer_ref}/sign/{role}``: the names, validity and output format of the
    certificate, as for issuing (``alt_names``, ``ip_sans``, ``ttl``, ``format`` …). OpenBao only:
    ``not_before``."""


class PkiSignParams(PkiSignWithIssuerParams, _IssuerOverride, total=False):
    """Fields of ``sign/{role}``: those of :class:`PkiSignWithIssuerParams`, and ``issuer_ref``."""


class PkiSignVerbatimWithIssuerParams(_Leaf, _KeyUsage, _Signature, total=False):
    """Fields of ``issuer/{issuer_ref}/sign-verbatim[/{role}]``: the certificate's names and validity,
    ``common_name``, ``key_usage``, ``ext_key_usage``, ``ext_key_usage_oids``, ``signature_bits``,
    ``use_pss`` …. OpenBao only: ``not_before``, ``basic_constraints_valid_for_non_ca``, and ``role``
    (the role whose settings apply, when the path names none)."""

    common_name: str
    basic_constraints_valid_for_non_ca: bool  # OpenBao only
    role: str  # OpenBao only


class PkiSignVerbatimParams(PkiSignVerbatimWithIssuerParams, _IssuerOverride, total=False):
    """Fields of ``sign-verbatim[/{role}]``: those of :class:`PkiSignVerbatimWithIssuerParams`, and
    ``issuer_ref``."""


class PkiCelSignParams(_Validity, _SignatureAndBackdate, _Chain, total=False):
    """Declared fields of ``cel/sign/{role}`` (OpenBao only): ``ttl``, ``not_after``, ``not_before``,
    ``not_before_duration``, ``signature_bits``, ``use_pss``, ``remove_roots_from_chain``. The role's
    program reads any other key of the request too."""


class PkiCelIssueParams(PkiCelSignParams, _KeySpec, total=False):
    """Declared fields of ``cel/issue/{role}`` (OpenBao only): those of :class:`PkiCelSignParams`, and
    ``key_type``, ``key_bits``. The role's program reads any other key of the request too."""


# ------------------------------------------------------------------------- certificate authorities


class PkiRootParams(_Names, _Subject, _SignatureAndBackdate, _NewKey, _CaCertificate, total=False):
    """Fields of ``root/generate/{type}``, ``issuers/generate/root/{type}`` and ``root/rotate/{type}``:
    the CA certificate's names, subject (``organization``, ``ou``, ``country`` …), validity, key
    (``key_type``, ``key_bits``, ``key_name``; ``key_ref`` for ``existing``), ``issuer_name``,
    ``max_path_length``, ``permitted_dns_domains`` …. OpenBao only: ``not_before``, ``key_usage``,
    ``ext_key_usage``, ``ext_key_usage_oids``, ``external_key_ref`` (for ``kms``). Vault only:
    ``managed_key_id``, ``managed_key_name`` (for ``kms``)."""


class PkiIntermediateParams(_Names, _Subject, _SignatureAndBackdate, _NewKey, total=False):
    """Fields of ``intermediate/generate/{type}``, ``issuers/generate/intermediate/{type}`` and
    ``intermediate/cross-sign``: the CSR's names, subject and key, and ``add_basic_constraints``.
    OpenBao only: ``not_before``, ``use_pss``, ``external_key_ref`` (for ``kms``). Vault only:
    ``managed_key_id``, ``managed_key_name`` (for ``kms``). (Cross-signing declares ``exported``
    too, but always uses the existing ``key_ref``: the servers ignore it, so it is left out.)"""

    add_basic_constraints: bool


class PkiSignIntermediateWithIssuerParams(_Names, _Subject, _SignatureAndBackdate, _CaCertificate, total=False):
    """Fields of ``issuer/{issuer_ref}/sign-intermediate``: the intermediate certificate's names,
    subject and validity, ``issuer_name``, ``max_path_length``, ``permitted_dns_domains``, ``skid``,
    ``use_csr_values`` …. OpenBao only: ``not_before``, ``key_usage``, ``ext_key_usage``,
    ``ext_key_usage_oids``."""

    skid: str
    use_csr_values: bool


class PkiSignIntermediateParams(PkiSignIntermediateWithIssuerParams, _IssuerOverride, total=False):
    """Fields of ``root/sign-intermediate``: those of :class:`PkiSignIntermediateWithIssuerParams`,
    and ``issuer_ref``."""


class PkiIssuerParams(_AiaUrls, total=False):
    """Fields of ``issuer/{issuer_ref}`` (POST and PATCH): ``issuer_name``, ``usage``,
    ``leaf_not_after_behavior``, ``manual_chain``, ``revocation_signature_algorithm``, the AIA URLs
    (``issuing_certificates``, ``crl_distribution_points``, ``ocsp_servers``) and
    ``enable_aia_url_templating``. OpenBao only: ``delta_crl_distribution_points``."""

    issuer_name: str
    usage: StrList
    leaf_not_after_behavior: str
    manual_chain: StrList
    revocation_signature_algorithm: str
    enable_aia_url_templating: bool


class PkiUrlsParams(_AiaUrls, total=False):
    """Fields of ``config/urls``: ``issuing_certificates``, ``crl_distribution_points``,
    ``ocsp_servers`` and ``enable_templating``. OpenBao only: ``delta_crl_distribution_points``."""

    enable_templating: bool


class PkiCrlParams(TypedDict, total=False):
    """Fields of ``config/crl``. OpenBao only: ``allow_expired_cert_revocation``. Vault only:
    ``cross_cluster_revocation``, ``unified_crl``, ``unified_crl_on_existing_paths``."""

    expiry: Duration
    disable: bool
    ocsp_disable: bool
    ocsp_expiry: Duration
    auto_rebuild: bool
    auto_rebuild_grace_period: Duration
    enable_delta: bool
    delta_rebuild_interval: Duration
    allow_expired_cert_revocation: bool  # OpenBao only
    cross_cluster_revocation: bool  # Vault only
    unified_crl: bool  # Vault only
    unified_crl_on_existing_paths: bool  # Vault only


# -------------------------------------------------------------------------------------------- roles


class PkiRoleParams(_Validity, _Subject, _SignatureAndBackdate, _KeyUsage, _KeySpec, _IssuerOverride, total=False):
    """Fields of ``roles/{name}`` (create and PATCH): what names a certificate may carry
    (``allowed_domains``, ``allow_subdomains``, ``allow_any_name``, ``allowed_uri_sans`` …), its
    key, usages, subject, validity (``ttl``, ``max_ttl``) and storage (``no_store``,
    ``generate_lease``). OpenBao only: ``not_before``, ``allowed_ip_sans_cidr``,
    ``allow_globs_in_identity_templates``, ``not_after_bound``, ``not_before_bound``. (The documents
    also declare ``backend``, which the servers neither keep nor read: it is left out.)"""

    max_ttl: Duration
    allowed_domains: StrList
    allowed_domains_template: bool
    allow_localhost: bool
    allow_bare_domains: bool
    allow_subdomains: bool
    allow_glob_domains: bool
    allow_wildcard_certificates: bool
    allow_any_name: bool
    enforce_hostnames: bool
    cn_validations: StrList
    allow_ip_sans: bool
    allowed_ip_sans_cidr: StrList  # OpenBao only
    allowed_uri_sans: StrList
    allowed_uri_sans_template: bool
    allow_globs_in_identity_templates: bool  # OpenBao only
    allowed_other_sans: StrList
    allowed_serial_numbers: StrList
    allowed_user_ids: StrList
    server_flag: bool
    client_flag: bool
    code_signing_flag: bool
    email_protection_flag: bool
    basic_constraints_valid_for_non_ca: bool
    use_csr_common_name: bool
    use_csr_sans: bool
    require_cn: bool
    policy_identifiers: StrList
    generate_lease: bool
    no_store: bool
    not_after_bound: str  # OpenBao only
    not_before_bound: str  # OpenBao only


# ------------------------------------------------------------------------------------------- tidy


class PkiTidyParams(TypedDict, total=False):
    """Fields of ``tidy``: what to tidy (``tidy_cert_store``, ``tidy_revoked_certs``,
    ``tidy_expired_issuers``, ``tidy_acme`` …) and the safety buffers. OpenBao only:
    ``tidy_invalid_certs``, ``revoked_safety_buffer``, ``page_size``. Vault only:
    ``tidy_cross_cluster_revoked_certs``, ``tidy_revocation_queue``, ``revocation_queue_safety_buffer``."""

    tidy_cert_store: bool
    tidy_revoked_certs: bool
    tidy_revocation_list: bool
    tidy_revoked_cert_issuer_associations: bool
    tidy_expired_issuers: bool
    tidy_move_legacy_ca_bundle: bool
    tidy_acme: bool
    tidy_invalid_certs: bool  # OpenBao only
    tidy_cross_cluster_revoked_certs: bool  # Vault only
    tidy_revocation_queue: bool  # Vault only
    safety_buffer: Duration
    issuer_safety_buffer: Duration
    acme_account_safety_buffer: Duration
    revoked_safety_buffer: Duration  # OpenBao only
    revocation_queue_safety_buffer: Duration  # Vault only
    pause_duration: Duration
    page_size: int  # OpenBao only


class PkiAutoTidyParams(PkiTidyParams, total=False):
    """Fields of ``config/auto-tidy``: those of :class:`PkiTidyParams`, and ``enabled``,
    ``interval_duration``, ``maintain_stored_certificate_counts``,
    ``publish_stored_certificate_count_metrics``."""

    enabled: bool
    interval_duration: Duration
    maintain_stored_certificate_counts: bool
    publish_stored_certificate_count_metrics: bool


# -------------------------------------------------------------------------------------------- ACME


class FlattenedJws(TypedDict):
    """A flattened JWS (RFC 7515 section 7.2.2) as ACME takes it: no unprotected header (RFC 8555
    section 6.2), every member base64url-encoded."""

    protected: str
    payload: str
    signature: str

