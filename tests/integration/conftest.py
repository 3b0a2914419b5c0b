"""Integration tests run through the default adapters, or, with ``HVAC_TEST_ADAPTER=lean``,
through the lean urllib3 adapters: every Client a test builds then gets the lean counterpart of
the adapter it asked for (``make test`` runs the integration suite both ways)."""
import os
from typing import Any, Callable, Iterator, List

import pytest

import hvac
from hvac import adapters
from tests.openbao import wait_for_kv_v2

LEAN = os.environ.get("HVAC_TEST_ADAPTER") == "lean"


@pytest.fixture(autouse=True)
def _adapter_under_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if LEAN:
        lean_for = {adapters.JSONAdapter: adapters.Urllib3Adapter, adapters.RawAdapter: adapters.Urllib3RawAdapter}
        build = hvac.Client.__init__

        def build_with_the_lean_adapter(self: Any, *args: Any, **kwargs: Any) -> None:
            if kwargs.get("session") is None and len(args) < 9:
                wanted = kwargs.get("adapter", adapters.JSONAdapter)
                kwargs["adapter"] = lean_for.get(wanted, wanted)
            build(self, *args, **kwargs)

        monkeypatch.setattr(hvac.Client, "__init__", build_with_the_lean_adapter)
    yield



@pytest.fixture
def mount_engine(client: hvac.Client, unique: Callable[[str], str]) -> Iterator[Callable[..., str]]:
    """Enable secrets engines at unique paths for one test: ``mount_engine("transit")`` returns the
    path; the keyword arguments go to ``enable_secrets_engine``. A KV v2 mount is returned once it
    accepts writes. All are disabled afterwards."""
    mounted: List[str] = []

    def mount(backend_type: str, **kwargs: Any) -> str:
        path = unique(backend_type)
        client.sys.enable_secrets_engine(backend_type=backend_type, path=path, **kwargs)
        mounted.append(path)
        if backend_type == "kv" and str((kwargs.get("options") or {}).get("version")) == "2":
            wait_for_kv_v2(client, path)
        return path

    yield mount
    for path in reversed(mounted):
        client.sys.disable_secrets_engine(path=path)
