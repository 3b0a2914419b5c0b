"""The token settings that every auth method's roles and configs share, declared once.

Vault's and OpenBao's auth methods give the tokens a login issues the same settings, the
``token_*`` family (TTLs, policies, CIDR bounds, use count, period, type). The methods of
``client.auth`` take them in one of two ways:

- the methods that already took them one by one in hvac (AppRole, Cert, JWT/OIDC, LDAP) keep
  those keyword arguments;
- the others take one keyword argument, ``token_fields``: a :class:`TokenFields` dict, whose keys
  and value types a type checker knows (a misspelled key is reported), and which
  :func:`token_fields` builds from keyword arguments.

Some endpoints also read older names of these settings (``ttl``, ``policies``...), and OpenBao adds
``token_strictly_bind_ip``: those are keyword arguments of the methods whose endpoints declare them.
Their descriptions are written once, in :data:`FIELD_DOCS`, and :func:`shared_field_docs` adds them
to the docstring of each method that takes them.
"""
from __future__ import annotations

import inspect
import re
import textwrap
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple, TypedDict, TypeVar, Union, cast

from hvac import exceptions, utils

Duration = Union[str, int]
StrList = Union[str, List[str]]
_Method = TypeVar("_Method", bound=Callable[..., Any])


class TokenFields(TypedDict, total=False):
    """The settings of the tokens an auth method issues on login, as one dict.

    Every key is optional; each one given is sent as the field of the same name. Durations are
    seconds or strings such as ``"1h"``; lists may also be comma-delimited strings.

    - ``token_ttl``: initial TTL of the tokens.
    - ``token_max_ttl``: maximum lifetime of the tokens.
    - ``token_policies``: policies attached to the tokens.
    - ``token_bound_cidrs``: CIDR blocks the tokens may be used from.
    - ``token_explicit_max_ttl``: hard upper limit of the tokens' lifetime, renewals included.
    - ``token_no_default_policy``: leave the ``default`` policy out of the tokens.
    - ``token_num_uses``: uses of each token (0: unlimited).
    - ``token_period``: make the tokens periodic: each renewal extends them by this period.
    - ``token_type``: ``service``, ``batch``, ``default-service`` or ``default-batch``.
    """

    token_ttl: Duration
    token_max_ttl: Duration
    token_policies: StrList
    token_bound_cidrs: StrList
    token_explicit_max_ttl: Duration
    token_no_default_policy: bool
    token_num_uses: int
    token_period: Duration
    token_type: str


#: The keys of :class:`TokenFields`, in their order.
TOKEN_FIELD_NAMES: Tuple[str, ...] = tuple(TokenFields.__annotations__)


def token_fields(
    *,
    token_ttl: Optional[Duration] = None,
    token_max_ttl: Optional[Duration] = None,
    token_policies: Optional[StrList] = None,
    token_bound_cidrs: Optional[StrList] = None,
    token_explicit_max_ttl: Optional[Duration] = None,
    token_no_default_policy: Optional[bool] = None,
    token_num_uses: Optional[int] = None,
    token_period: Optional[Duration] = None,
    token_type: Optional[str] = None,
) -> TokenFields:
    """The body fields of the token settings given, the ``None`` ones left out.

    The result is a :class:`TokenFields`, for the ``token_fields`` argument of a role or config
    method, or to merge into a request body.
    """
    # Only the parameters are local names here, so locals() is exactly the settings given.
    return cast(TokenFields, utils.given_fields(locals()))


def checked_fields(argument: str, fields: Optional[Mapping[str, Any]], known: Iterable[str]) -> Dict[str, Any]:
    """The fields of a dict argument typed by a TypedDict, checked at run time too.

    :param argument: the argument's name, for the error message.
    :param fields: its value (``None``: no fields).
    :param known: the keys of its TypedDict.
    :return: its items whose value is not ``None``.
    :raises hvac.exceptions.ParamValidationError: when ``fields`` is not a dict or has another key.
    """
    if fields is None:
        return {}
    if not isinstance(fields, dict):
        raise exceptions.ParamValidationError(f"{argument} must be a dict, not {type(fields).__name__}")
    known = tuple(known)
    unknown = sorted(str(key) for key in fields if key not in known)
    if unknown:
        raise exceptions.ParamValidationError(
            f"{argument} has unknown keys: {', '.join(unknown)} (known: {', '.join(known)})"
        )
    return utils.remove_nones(dict(fields))


def with_token_fields(body: Dict[str, Any], fields: Optional[TokenFields]) -> Dict[str, Any]:
    """``body`` with the token settings of ``fields`` added (its ``None`` values left out).

    :param body: the request body built from the method's other arguments.
    :param fields: the method's ``token_fields`` argument.
    :return: a new dict; ``body`` is not changed.
    :raises hvac.exceptions.ParamValidationError: when ``fields`` is not a dict, names a key that is
        not a token setting, or sets a field that another argument of the method sets too.
    """
    given = checked_fields("token_fields", fields, TOKEN_FIELD_NAMES)
    twice = sorted(key for key in given if key in body)
    if twice:
        raise exceptions.ParamValidationError(
            f"{', '.join(twice)} given twice: as an argument and in token_fields; give it once"
        )
    return {**body, **given}


def _deprecated_name_of(current: str) -> str:
    return f"deprecated name of ``{current}``, which the server reads first when both are given"


def _alias_metadata_doc(kind: str) -> str:
    return (
        f"what {kind} logins add to the entity alias metadata and audit logs: ``\"default\"`` for the "
        "default fields, a list (or comma-delimited string) of field names, or ``\"\"`` for none"
    )


#: Descriptions of the shared fields, for the docstrings of the methods that take them.
FIELD_DOCS: Dict[str, str] = {
    "token_fields": (
        "settings of the tokens issued, a :class:`~hvac.api.auth_methods.TokenFields` dict "
        "(``{\"token_ttl\": \"1h\", \"token_policies\": [\"dev\"]}``, or built by "
        ":func:`~hvac.api.auth_methods.token_fields`); each key is sent as the field of that name"
    ),
    "token_ttl": "initial TTL of the tokens issued",
    "token_max_ttl": "maximum lifetime of the tokens issued",
    "token_policies": "policies attached to the tokens issued",
    "token_bound_cidrs": "CIDR blocks the tokens issued may be used from",
    "token_explicit_max_ttl": "hard upper limit of the tokens' lifetime, renewals included",
    "token_no_default_policy": "leave the ``default`` policy out of the tokens issued",
    "token_num_uses": "uses of each token issued (0: unlimited)",
    "token_period": "make the tokens issued periodic: each renewal extends them by this period",
    "token_type": "type of the tokens issued: ``service``, ``batch``, ``default-service`` or ``default-batch``",
    "token_strictly_bind_ip": (
        "bind the tokens issued to the source address of the login that got them, instead of to "
        "``token_bound_cidrs`` (OpenBao only; Vault does not read it)"
    ),
    "iam_metadata": _alias_metadata_doc("IAM"),
    "ec2_metadata": _alias_metadata_doc("EC2"),
    "gce_metadata": _alias_metadata_doc("GCE"),
    "ttl": _deprecated_name_of("token_ttl"),
    "max_ttl": _deprecated_name_of("token_max_ttl"),
    "period": _deprecated_name_of("token_period"),
    "policies": _deprecated_name_of("token_policies"),
    "num_uses": _deprecated_name_of("token_num_uses"),
    "bound_cidrs": _deprecated_name_of("token_bound_cidrs"),
    "explicit_max_ttl": _deprecated_name_of("token_explicit_max_ttl"),
}

def _param_line(lines: List[str], name: str) -> Optional[int]:
    return next((i for i, line in enumerate(lines) if line.lstrip().startswith(f":param {name}:")), None)


def _end_of_entry(lines: List[str], index: int) -> int:
    """The index just past the docstring entry that starts at ``index`` (its continuation lines are indented deeper)."""
    depth = len(lines[index]) - len(lines[index].lstrip())
    index += 1
    while index < len(lines) and lines[index].strip() and len(lines[index]) - len(lines[index].lstrip()) > depth:
        index += 1
    return index


def shared_field_docs(method: _Method) -> _Method:
    """Decorator: document each parameter of ``method`` that :data:`FIELD_DOCS` describes and its
    docstring does not, with a ``:param`` entry placed in the order of the signature."""
    lines = (method.__doc__ or "").split("\n")
    anchor = next((i for i, line in enumerate(lines) if line.lstrip().startswith(":return:")), None)
    if anchor is None:
        return method
    indent = lines[anchor][: len(lines[anchor]) - len(lines[anchor].lstrip())]
    previous: Optional[str] = None
    for name in inspect.signature(method).parameters:
        if name in FIELD_DOCS and _param_line(lines, name) is None:
            after = _param_line(lines, previous) if previous else None
            at = _end_of_entry(lines, after) if after is not None else _first_param_or(lines, anchor)
            entry = textwrap.fill(f":param {name}: {FIELD_DOCS[name]}.", width=110, initial_indent=indent,
                                  subsequent_indent=indent + "    ", break_on_hyphens=False)
            lines[at:at] = entry.split("\n")
        if _param_line(lines, name) is not None:
            previous = name
    method.__doc__ = "\n".join(lines)
    return method


def _first_param_or(lines: List[str], default: int) -> int:
    return next((i for i, line in enumerate(lines) if line.lstrip().startswith(":param ")), default)
