"""Fields sendable by named arguments, without passthrough credit, outside PKI's caller-built ACME
bodies (the measure of issue 29), from a ``fields.py --json`` report.

    python ../shared/tools/fields.py . [--vault] --json /tmp/fields.json
    .venv/bin/python tools/fields_summary.py /tmp/fields.json

A second line adds what fields.py cannot see: it sets a TypedDict's keys with the other arguments
at their defaults only, so the keys of ``sign_verbatim``'s and ``sign_verbatim_with_issuer``'s
``extra_params`` never reach the ``…/sign-verbatim/{role}`` paths, which a role (an optional
argument) selects. This tool makes those two calls with a role and every key, and counts the
declared fields their bodies carry.

With ``--misses`` it lists every declared field still unsendable, each with the reason it is left
out (``REASONS``, checked against OpenBao 2.7.2 where it runs here); a miss with no reason is
marked ``UNEXPLAINED`` and makes the tool exit 1.
"""
import json
import re
import sys
import typing
from typing import Any, Dict, List, Set, Tuple

import requests_mock

#: operation template -> (method name, arguments that select it)
ROLE_PATHS = {
    "/{pki_mount_path}/sign-verbatim/{role}": ("sign_verbatim", {"csr": "CSR", "name": "role"}),
    "/{pki_mount_path}/issuer/{issuer_ref}/sign-verbatim/{role}": (
        "sign_verbatim_with_issuer", {"issuer_ref": "default", "csr": "CSR", "name": "role"}),
}

#: Why a declared field has no argument: reason -> [(operation template regex, fields)]. The
#: templates are matched whole, against the path after the mount or from ``/sys``/``/auth``.
REASONS = {
    "the path carries the value: the server fills a path parameter from the URL (empty when the"
    " URL has none), replacing the body's; a body field of another name would repeat the value"
    " the method puts in the URL": [
        (r"/sys/tools/random(/\{source\})?(/\{urlbytes\})?", {"source", "urlbytes", "bytes"}),
        (r"/sys/tools/hash(/\{urlalgorithm\})?", {"urlalgorithm", "algorithm"}),
        (r"/sys/(leases/)?(renew|revoke)(/\{url_lease_id\})?", {"url_lease_id", "lease_id"}),
        (r"/sys/namespaces/api-lock/(lock|unlock)", {"path"}),
        (r"/sys/raw", {"path"}),
        (r"/\{transit_mount_path\}/random(/\{source\})?(/\{urlbytes\})?", {"source", "urlbytes", "bytes"}),
        (r"/\{transit_mount_path\}/(hash|hmac/\{name\}|sign/\{name\}|verify/\{name\})(/\{urlalgorithm\})?",
         {"urlalgorithm", "algorithm", "hash_algorithm"}),
        (r"/\{transit_mount_path\}/restore", {"name"}),
        (r"/\{ssh_mount_path\}/issuers/import", {"issuer_name"}),
        (r"/auth/\{radius_mount_path\}/login/\{urlusername\}", {"username"}),
    ],
    "a listing field the document also puts on a write (or on LIST: OpenBao ignores `scan` there;"
    " the methods' `scan` argument sends GET ?scan=true, which it serves)": [
        (r"/sys/workflows/manage(/\{path\})?", {"after", "limit", "scan"}),
        (r"/sys/namespaces", {"scan"}),
        (r"/sys/raw(/\{path\})?", {"after", "limit"}),
        (r"/auth/\{approle_mount_path\}/role/\{role_name\}/secret-id", {"after", "limit"}),
        (r"/\{kv1_mount_path\}/\{path\}", {"scan"}),
        (r"/\{secret_mount_path\}/(detailed-)?metadata/\{path\}", {"after", "limit", "scan"}),
    ],
    "the handler does not read it on this operation (the document lists it with the path's other"
    " fields, or as a response field)": [
        (r"/sys/capabilities-self", {"token"}),
        (r"/auth/token/(lookup-self|renew-self)", {"token"}),
        (r"/auth/token/create-orphan", {"no_parent"}),
        (r"/identity/group/name/\{name\}", {"id"}),
        (r"/\{secret_mount_path\}/data/\{path\}", {"version"}),
        (r"/\{pki_mount_path\}/roles/\{name\}", {"backend"}),
        (r"/\{pki_mount_path\}/intermediate/cross-sign", {"exported"}),
        (r"/\{transit_mount_path\}/keys/\{name\}", {"context"}),
        (r"/\{ssh_mount_path\}/config/ca", {"issuer_name"}),
        (r"/\{totp_mount_path\}/code/\{name\}", {"expire_time", "generated", "period"}),
        (r"/sys/namespaces/\{path\}", {"pgp_keys", "seal"}),
        (r"/sys/raw(/\{path\})?", {"compressed"}),
    ],
    "refused outside KMS key generation (400), and sent by the methods to keys/generate/kms": [
        (r"/\{pki_mount_path\}/keys/generate/(internal|exported)",
         {"external_key_ref", "managed_key_id", "managed_key_name"}),
    ],
    "a deprecated alias, read only when the current field, which the method sends, is empty": [
        (r"/sys/policy/\{name\}", {"rules"}),
        (r"/sys/capabilities(-self|-accessor)?", {"path"}),
        (r"/auth/\{approle_mount_path\}/role/\{role_name\}/(period|policies)", {"period", "policies"}),
    ],
    "hvac's GET sends no key options (a golden case holds it); POST sends them": [
        (r"/\{gcp_mount_path\}/(key/\{roleset\}|static-account/\{name\}/key)", {"key_algorithm", "key_type"}),
    ],
    "a token in a URL ends up in proxy and server logs; the POST form sends it in the body": [
        (r"/sys/wrapping/lookup", {"token"}),
    ],
}


def reason_for(template: str, field: str) -> str:
    for reason, cases in REASONS.items():
        if any(re.fullmatch(pattern, template) and field in fields for pattern, fields in cases):
            return reason
    return ""


def keys_sent_with_role(method_name: str, arguments: Dict[str, Any]) -> Set[str]:
    """The body keys of one call made with a role and every key of the method's ``extra_params`` TypedDict."""
    import hvac

    client = hvac.Client(url="https://vault.test:8200", token="s.example")
    method = getattr(client.secrets.pki, method_name)
    annotation = typing.get_type_hints(method)["extra_params"]
    typed_dict = next(t for t in typing.get_args(annotation) if hasattr(t, "__total__"))
    extra = {key: "v" for key in typing.get_type_hints(typed_dict)}
    with requests_mock.Mocker() as mock:
        mock.register_uri(requests_mock.ANY, requests_mock.ANY, json={"data": {}})
        method(**arguments, extra_params=extra)
        assert mock.last_request.path.endswith("/sign-verbatim/role")
        return set(mock.last_request.json())


def shared_schema_operations(report: Dict[str, Any]) -> Set[Tuple[str, str, str]]:
    """The operations fields.py leaves out of its total: one operationId on several paths of an area
    (OpenBao's jwt ``role/{name}`` and ``cel/role/{name}``), whose schema holds both paths' fields."""
    paths = json.loads(open(report["openapi"]).read())["paths"]
    by_id: Dict[Tuple[str, str, str], List[Tuple[str, str, str]]] = {}
    for operation in report["operations"]:
        area, verb, template = key = tuple(operation["op"])
        document_verb = paths[template].get("get" if verb == "LIST" else verb.lower(), {})
        if "requestBody" in document_verb:
            by_id.setdefault((area, verb, document_verb.get("operationId", "")), []).append(key)
    return {key for keys in by_id.values() if len(keys) > 1 for key in keys}


def main(path: str, list_misses: bool = False) -> int:
    report = json.loads(open(path).read())
    acme_declared = acme_named = role_added = 0
    misses: Dict[str, List[str]] = {}
    not_in_total = shared_schema_operations(report)
    for operation in report["operations"]:
        fields: Set[str] = set(operation["declared"])
        area, verb, template = operation["op"]
        if area == "auth/oidc" or tuple(operation["op"]) in not_in_total:
            continue        # shown by fields.py, but not in its total
        unseen = fields - set(operation["sent"])
        if "/acme/" in template:
            acme_declared += len(fields)
            acme_named += len(fields - unseen)
            continue
        if template in ROLE_PATHS:
            reached = unseen & keys_sent_with_role(*ROLE_PATHS[template])
            role_added, unseen = role_added + len(reached), unseen - reached
        for field in sorted(unseen):
            misses.setdefault(reason_for(template, field) or "UNEXPLAINED", []).append(f"{verb} {template} {field}")
    totals = report["totals"]
    named, declared = totals["C0"] - acme_named, totals["T"] - acme_declared
    print(f"without passthrough: {totals['C0']}/{totals['T']} ({totals['C0'] / totals['T']:.1%}); "
          f"outside the ACME bodies: {named}/{declared} ({named / declared:.1%}) "
          f"[ACME bodies: {acme_named}/{acme_declared}]")
    print(f"with sign-verbatim's TypedDict sent to its role paths (+{role_added}): "
          f"{named + role_added}/{declared} ({(named + role_added) / declared:.1%}); "
          f"left out: {sum(map(len, misses.values()))}, unexplained: {len(misses.get('UNEXPLAINED', []))}")
    if list_misses:
        for reason, where in misses.items():
            print(f"\n{len(where)}: {reason}")
            print("".join(f"    {line}\n" for line in where), end="")
    return 1 if "UNEXPLAINED" in misses else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], "--misses" in sys.argv[2:]))
