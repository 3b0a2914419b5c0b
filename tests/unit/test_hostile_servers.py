"""Hostile servers and careless callers (issue 28), against real sockets on 127.0.0.1.

Every test runs through the default adapter and the lean one: they must behave the same.
"""
from typing import Any, Iterator

import pytest

import hvac
from hvac import adapters, exceptions
from tests.fakeserver import FakeServer

#: Long enough to be redacted (real Vault/OpenBao tokens are 24+ characters).
TOKEN = "hvs.CAESIJ0123456789abcdefghijklmn"
OK = {"status": 200, "json": {"data": {"ok": True}}}


@pytest.fixture(params=[adapters.JSONAdapter, adapters.Urllib3Adapter], ids=["default", "lean"])
def adapter(request: pytest.FixtureRequest) -> Any:
    return request.param


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer([OK]) as fake:
        yield fake


# --- 1. secrets stay in the process ------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_token, problem",
    [
        (TOKEN + "\n", f"token contains a newline at position {len(TOKEN)}"),
        (TOKEN + "\r\n", f"token contains a carriage return at position {len(TOKEN)}"),
        (TOKEN[:5] + "\x00" + TOKEN[5:], "token contains a NUL character at position 5"),
        (TOKEN[:3] + "\t" + TOKEN[3:], "token contains a tab at position 3"),
        (TOKEN[:7] + "é" + TOKEN[7:], "token contains a non-ASCII character at position 7"),
        (TOKEN[:7] + "\x7f" + TOKEN[7:], "token contains a control character at position 7"),
        (" " + TOKEN, "token contains a space at position 0"),
        (TOKEN + " ", f"token contains a space at position {len(TOKEN)}"),
    ],
)
def test_a_malformed_token_is_refused_by_position_never_echoed(adapter, server, bad_token, problem):
    client = hvac.Client(url=server.url, token=bad_token, adapter=adapter)
    with pytest.raises(exceptions.ParamValidationError) as raised:
        client.secrets.kv.v2.read_secret_version(path="app", raise_on_deleted_version=True)
    assert str(raised.value).startswith(problem)
    assert TOKEN not in str(raised.value) and TOKEN not in repr(raised.value)
    assert server.received == []


@pytest.mark.parametrize("good_token", [TOKEN, "root", "s.abc def", "~!@#$%^&*()_+{}|:<>?"])
def test_a_valid_token_is_sent_exactly_as_given(adapter, server, good_token):
    hvac.Client(url=server.url, token=good_token, adapter=adapter).read("secret/x")
    assert server.received[0].header("X-Vault-Token") == good_token
