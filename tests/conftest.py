"""Shared fixtures: a clean environment for every test, and real OpenBao servers."""
import os
import tempfile
import uuid
from typing import Callable, Iterator, List

import pytest

# Unit tests and the golden replay assume no VAULT_* variables and a HOME without .vault-token,
# as the recorded reference did. Servers get their own HOME (see openbao.py).
for _name in [n for n in os.environ if n.startswith("VAULT_")]:
    del os.environ[_name]
os.environ["HOME"] = tempfile.mkdtemp(prefix="hvac-test-home-")

from tests.openbao import BaoServer  # noqa: E402


def pytest_collection_modifyitems(config: pytest.Config, items: List[pytest.Item]) -> None:
    for item in items:
        if "integration" in str(item.fspath):
            item.add_marker(pytest.mark.integration)


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
