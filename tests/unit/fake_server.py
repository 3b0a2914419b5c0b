"""What the unit tests share about the fake server they talk to through requests-mock."""
from typing import Any, Dict, List, Optional
from urllib.parse import parse_qs, urlsplit

import requests_mock

#: The address of the fake server; nothing listens there, every request goes to requests-mock.
URL = "https://vault.test:8200"


def sent(mock: requests_mock.Mocker) -> Any:
    """The one request the test made (fails when it made none or several)."""
    assert mock.call_count == 1
    return mock.last_request


def assert_sent(
    mock: requests_mock.Mocker, verb: str, path: str, query: Dict[str, List[str]], body: Optional[Any]
) -> None:
    """Check the one request the test made: verb, path, parsed query and JSON body (``None``: no body)."""
    request = sent(mock)
    parts = urlsplit(request.url)
    assert (request.method, parts.path) == (verb, path)
    assert parse_qs(parts.query) == query
    assert (request.json() if request.body else None) == body
