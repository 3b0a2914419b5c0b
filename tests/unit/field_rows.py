"""Tables for the unit tests of issue 29's fields: one row per argument beyond the reference's,
giving the body (or query) key it fills, and one row per exact request of a new path or verb."""
from typing import Any, Callable, Dict, List, NamedTuple, Optional

import pytest
import requests_mock

from tests.unit.fake_server import assert_sent

#: What the catch-all mock answers every request with.
REPLY = {"data": {"ok": True}}


class Field(NamedTuple):
    call: Callable[..., Any]  # called with client.secrets and the argument as keyword
    argument: str
    key: str  # the body (or query) key it is sent as
    value: Any = "v"


def fields(call: Callable[..., Any], *arguments: str, **renamed: str) -> List[Field]:
    """Rows of arguments sent under their own name, then those sent under another key."""
    return [Field(call, a, a) for a in arguments] + [Field(call, a, k) for a, k in renamed.items()]


def field_params(rows: List[Field]) -> List[Any]:
    return [pytest.param(row, id=f"{i}-{row.argument}") for i, row in enumerate(rows)]


def check_field(mock: requests_mock.Mocker, secrets: Any, row: Field, value: Any) -> None:
    """Call the row's method with its argument set to ``value``; the request must carry it."""
    row.call(secrets, **{row.argument: value})
    request = mock.last_request
    sent = request.json() if request.body else {k: v[0] for k, v in request.qs.items()}
    assert sent[row.key] == value


class Case(NamedTuple):
    call: Callable[[Any], Any]  # called with client.secrets
    verb: str
    path: str
    body: Optional[Any] = None
    query: Dict[str, List[str]] = {}


def check_case(mock: requests_mock.Mocker, secrets: Any, case: Case) -> None:
    case.call(secrets)
    assert_sent(mock, case.verb, case.path, case.query, case.body)
