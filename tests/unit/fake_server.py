"""What the unit tests share about the fake server they talk to through requests-mock."""
from typing import Any

import requests_mock

#: The address of the fake server; nothing listens there, every request goes to requests-mock.
URL = "https://vault.test:8200"


def sent(mock: requests_mock.Mocker) -> Any:
    """The one request the test made (fails when it made none or several)."""
    assert mock.call_count == 1
    return mock.last_request
