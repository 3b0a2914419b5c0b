"""The ``token_*`` fields: the settings of the tokens an auth method issues.

The roles and configurations of most auth methods accept them under the same names (Vault's
``tokenutil``), and some still accept their older names (``ttl``, ``policies``...). They are
declared here once: :func:`token_fields` builds their part of a request body, and
:func:`documents_token_fields` describes them in the docstring of each method that takes them.
"""
import inspect
from typing import Any, Callable, Dict, List, Optional, TypeVar, Union

from hvac import utils

Duration = Union[str, int]
#: A list of strings, or the same list as one comma-delimited string (the server takes both).
StrList = Union[List[str], str]
_Method = TypeVar("_Method", bound=Callable[..., Any])

#: What each field sets, as the docstrings of the methods that take it say.
FIELD_DOCS: Dict[str, str] = {
    "token_ttl": "initial TTL of the tokens issued.",
    "token_max_ttl": "maximum lifetime of the tokens issued, renewals included.",
    "token_period": "make the tokens periodic: renewable for this period each time, with no maximum lifetime.",
    "token_explicit_max_ttl": "hard limit on the tokens' lifetime, checked before the system and mount maximums.",
    "token_policies": "policies of the tokens issued (a list, or one comma-delimited string).",
    "token_bound_cidrs": "CIDR blocks the tokens may be used from (a list, or one comma-delimited string).",
    "token_num_uses": "how many requests a token may make (0: no limit).",
    "token_no_default_policy": "do not add the ``default`` policy to the tokens.",
    "token_type": "``service``, ``batch``, ``default-service`` or ``default-batch``.",
    "ttl": "older name of ``token_ttl`` (deprecated; the server ignores it when both are given).",
    "max_ttl": "older name of ``token_max_ttl`` (deprecated; the server ignores it when both are given).",
    "period": "older name of ``token_period`` (deprecated; the server ignores it when both are given).",
    "policies": "older name of ``token_policies`` (deprecated; the server ignores it when both are given).",
    "bound_cidrs": "older name of ``token_bound_cidrs`` (deprecated; the server ignores it when both are given).",
}


def token_fields(
    token_ttl: Optional[Duration] = None,
    token_max_ttl: Optional[Duration] = None,
    token_period: Optional[Duration] = None,
    token_explicit_max_ttl: Optional[Duration] = None,
    token_policies: Optional[StrList] = None,
    token_bound_cidrs: Optional[StrList] = None,
    token_num_uses: Optional[int] = None,
    token_no_default_policy: Optional[bool] = None,
    token_type: Optional[str] = None,
    *,
    ttl: Optional[Duration] = None,
    max_ttl: Optional[Duration] = None,
    period: Optional[Duration] = None,
    policies: Optional[StrList] = None,
    bound_cidrs: Optional[StrList] = None,
) -> Dict[str, Any]:
    """The token fields given (those not ``None``), as request body entries, values unchanged.

    The keyword-only ones are the older names that some endpoints still accept.

    :raises hvac.exceptions.ParamValidationError: when a list field is neither a list of strings
        nor a string.
    """
    lists = {"token_policies": token_policies, "token_bound_cidrs": token_bound_cidrs}
    for name, value in {**lists, "policies": policies, "bound_cidrs": bound_cidrs}.items():
        utils.validate_list_of_strings_param(name, value)
    return utils.remove_nones(
        {
            "token_ttl": token_ttl,
            "token_max_ttl": token_max_ttl,
            "token_period": token_period,
            "token_explicit_max_ttl": token_explicit_max_ttl,
            "token_policies": token_policies,
            "token_bound_cidrs": token_bound_cidrs,
            "token_num_uses": token_num_uses,
            "token_no_default_policy": token_no_default_policy,
            "token_type": token_type,
            "ttl": ttl,
            "max_ttl": max_ttl,
            "period": period,
            "policies": policies,
            "bound_cidrs": bound_cidrs,
        }
    )


def documents_token_fields(method: _Method) -> _Method:
    """Describe in ``method``'s docstring each token field it takes and does not describe itself.

    The ``:param ...:`` lines go before the docstring's ``:param mount_point:`` line (or its
    ``:return:`` line), in the order of the method's signature.
    """
    doc = method.__doc__ or ""
    lines = doc.splitlines()
    anchors = (":param mount_point:", ":return:")
    anchor = next((i for i, line in enumerate(lines) if line.strip().startswith(anchors)), len(lines))
    indent = lines[anchor][: len(lines[anchor]) - len(lines[anchor].lstrip())] if anchor < len(lines) else ""
    added = [
        f"{indent}:param {name}: {FIELD_DOCS[name]}"
        for name in inspect.signature(method).parameters
        if name in FIELD_DOCS and f":param {name}:" not in doc
    ]
    method.__doc__ = "\n".join(lines[:anchor] + added + lines[anchor:]) + ("\n" if doc.endswith("\n") else "")
    return method
