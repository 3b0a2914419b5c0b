"""Sphinx extension: the changelog page is ``CHANGELOG.md`` at the root of the repository.

``docs/changelog.rst`` is a placeholder: when Sphinx reads it, its text is replaced by
``CHANGELOG.md`` turned into reStructuredText, so that the file and the page cannot differ.
Only the Markdown that file uses is understood: ``#``/``##``/``###`` headings, paragraphs,
``- `` bullets (continued by indented lines), ```code``` and ``**bold**``.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, List

DOCNAME = "changelog"
SOURCE = Path(__file__).resolve().parents[2] / "CHANGELOG.md"
UNDERLINES = {1: "=", 2: "-", 3: "~"}
CODE = re.compile(r"`([^`]+)`")


def inline(text: str) -> str:
    """Markdown ```code``` becomes rst ````code````; ``**bold**`` is the same in both."""
    return CODE.sub(r"``\1``", text)


def markdown_to_rst(markdown: str) -> str:
    out: List[str] = []
    for line in markdown.splitlines():
        heading = re.match(r"^(#{1,3}) (.*)$", line)
        if heading:
            title = inline(heading.group(2).strip())
            out += ["", title, UNDERLINES[len(heading.group(1))] * len(title), ""]
        elif line.startswith("- "):
            out.append("* " + inline(line[2:]))
        else:
            out.append(inline(line))
    return "\n".join(out).lstrip("\n") + "\n"


def read_changelog(app: Any, docname: str, source: List[str]) -> None:
    if docname == DOCNAME:
        app.env.note_dependency(str(SOURCE))
        source[0] = markdown_to_rst(SOURCE.read_text(encoding="utf-8"))


def setup(app: Any) -> Dict[str, Any]:
    app.connect("source-read", read_changelog)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
