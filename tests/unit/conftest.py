"""Fixtures of the unit tests: ``mock`` catches every HTTP request, ``client`` talks to the fake server."""
from typing import Iterator

import pytest
import requests_mock

import hvac
from tests.unit.fake_server import URL


@pytest.fixture
def mock() -> Iterator[requests_mock.Mocker]:
    """requests-mock for the test: a request to an address nobody registered raises NoMockAddress.

    A module whose tests want every request answered overrides it, taking this one as ``mock``.
    """
    with requests_mock.Mocker() as m:
        yield m


@pytest.fixture
def client() -> Iterator[hvac.Client]:
    """A Client of the fake server with the token ``s.tok``; its adapter is closed afterwards."""
    c = hvac.Client(url=URL, token="s.tok")
    yield c
    c.adapter.close()
