"""Run the Python examples of the usage documentation against a real OpenBao dev server.

Every ``.. code-block:: python`` in docs/usage/**/*.rst and in the GUIDES (the front page, the
quickstart, namespaces, custom adapters, exceptions) runs, page by page, in one namespace per
page, with ``VAULT_ADDR``/``VAULT_TOKEN`` pointing at a dev server of its own (so
``hvac.Client()`` in an example connects to it) and ``client`` already bound. The guides' examples name the server
``http://127.0.0.1:8200``, the address of a dev server started by hand; that is replaced by the
test server's. A block preceded by the comment ``.. not-executed: <reason>`` is skipped (it needs
a remote service).
"""
import os
import re
import textwrap
from pathlib import Path
from typing import Iterator, List, Tuple

import pytest

import hvac
from tests.openbao import BaoServer

DOCS = Path(__file__).resolve().parents[2] / "docs" / "usage"
GUIDES = [
    DOCS.parent / name
    for name in ("index.rst", "quickstart.rst", "namespaces.rst", "custom_adapters.rst", "exceptions.rst")
]
GUIDE_ADDRESS = "http://127.0.0.1:8200"
_BLOCK = re.compile(r"^( *)\.\. code-block:: python\s*$")


def extract_examples(text: str) -> List[Tuple[int, str]]:
    """Return ``(line number, code)`` of each runnable python block of an rst text."""
    lines = text.splitlines()
    examples = []
    skip_next = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.strip().startswith(".. not-executed:"):
            skip_next = True
        match = _BLOCK.match(line)
        if match:
            start = index + 1
            index += 1
            # options (":caption:" …) and blank lines, then the indented body
            while index < len(lines) and (not lines[index].strip() or lines[index].strip().startswith(":")):
                index += 1
            body = []
            while index < len(lines) and (not lines[index].strip() or lines[index].startswith(match.group(1) + " ")):
                body.append(lines[index])
                index += 1
            if not skip_next:
                examples.append((start, textwrap.dedent("\n".join(body))))
            skip_next = False
            continue
        index += 1
    return examples


def pages() -> Iterator[Path]:
    return iter(sorted(DOCS.rglob("*.rst")) + GUIDES)


@pytest.fixture(scope="module")
def docs_server() -> Iterator[BaoServer]:
    server = BaoServer(dev=True).start()
    server.wait_until_active()
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.parametrize("page", [pytest.param(p, id=str(p.relative_to(DOCS.parent))) for p in pages()])
def test_documentation_page_examples_run(page: Path, docs_server: BaoServer, monkeypatch: pytest.MonkeyPatch) -> None:
    examples = extract_examples(page.read_text())
    if not examples:
        pytest.skip("no runnable example on this page")
    monkeypatch.setenv("VAULT_ADDR", docs_server.url)
    monkeypatch.setenv("VAULT_TOKEN", "root")
    namespace = {"hvac": hvac, "client": hvac.Client(), "__name__": "docs_example"}
    for line_number, code in examples:
        if page in GUIDES:
            code = code.replace(GUIDE_ADDRESS, docs_server.url)
        try:
            exec(compile(code, f"{page}:{line_number}", "exec"), namespace)  # noqa: S102 - our own docs
        except Exception as error:  # noqa: BLE001
            pytest.fail(f"{page.name} line {line_number}: {type(error).__name__}: {error}\n{code}")
