"""The package's types, as a user's type checker sees them.

``cases/correct_*.py`` are user-style scripts written against the documented API: they must
type-check with no error. ``cases/mistakes*.py`` mark each line holding a mistake with
``# error``: every marked line must be reported, and no other line. Both are checked with
``mypy --strict`` and with pyright in its default mode, against the package as the development
venv installs it (a plain path entry, as a user's venv would find an installed package).

pyright comes from PyPI as a wrapper that fetches its Node.js runtime and the checker from the
npm registry on first use; where that cannot run, its half skips with the reason.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List, Set, Tuple

import pytest

CASES = Path(__file__).parent / "cases"
CORRECT = sorted(CASES.glob("correct_*.py"))
MISTAKES = sorted(CASES.glob("mistakes*.py"))
MARK = re.compile(r"#\s*error\b")

Reported = Dict[str, Set[int]]


def marked_lines(path: Path) -> Set[int]:
    return {n for n, line in enumerate(path.read_text().splitlines(), 1) if MARK.search(line)}


@pytest.fixture(scope="module")
def outside_the_repository():
    """A working directory with no configuration of ours, as a user's project would be."""
    with tempfile.TemporaryDirectory(prefix="hvac-typing-") as directory:
        yield Path(directory)


def _run_mypy(files: List[Path], cwd: Path) -> Tuple[Reported, str]:
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes",
               "--no-incremental", "--cache-dir", os.devnull, *map(str, files)]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)
    reported: Reported = {}
    for line in result.stdout.splitlines():
        match = re.match(r"^(.+?):(\d+): error:", line)
        if match:
            reported.setdefault(Path(match.group(1)).name, set()).add(int(match.group(2)))
    return reported, result.stdout + result.stderr


def _pyright() -> List[str]:
    executable = shutil.which("pyright", path=str(Path(sys.executable).parent)) or shutil.which("pyright")
    if executable is None:
        pytest.skip("pyright is not installed (it comes with the dev extra)")
    try:
        subprocess.run([executable, "--version"], capture_output=True, text=True, timeout=600, check=True)
    except (subprocess.SubprocessError, OSError) as error:
        pytest.skip(f"pyright cannot run here (it fetches Node.js and itself from the npm registry): {error}")
    return [executable]


def _run_pyright(files: List[Path], cwd: Path) -> Tuple[Reported, str]:
    command = [*_pyright(), "--outputjson", "--pythonpath", sys.executable, *map(str, files)]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)
    try:
        diagnostics = json.loads(result.stdout)["generalDiagnostics"]
    except (ValueError, KeyError):
        pytest.fail(f"pyright gave no report: {result.stdout}{result.stderr}")
    reported: Reported = {}
    for diagnostic in diagnostics:
        if diagnostic["severity"] == "error":
            line = diagnostic["range"]["start"]["line"] + 1
            reported.setdefault(Path(diagnostic["file"]).name, set()).add(line)
    return reported, result.stdout


CHECKERS = {"mypy": _run_mypy, "pyright": _run_pyright}


@pytest.fixture(scope="module", params=sorted(CHECKERS))
def checked(request, outside_the_repository) -> Tuple[str, Reported, str]:
    """One run of a checker over every case file (a run costs seconds; one per checker)."""
    reported, output = CHECKERS[request.param](CORRECT + MISTAKES, outside_the_repository)
    return request.param, reported, output


def test_there_are_enough_marked_mistakes():
    assert sum(len(marked_lines(path)) for path in MISTAKES) >= 40


@pytest.mark.parametrize("case", CORRECT, ids=lambda p: p.name)
def test_correct_code_type_checks_cleanly(checked, case):
    checker, reported, output = checked
    assert not reported.get(case.name), f"{checker} rejected correct code in {case.name}:\n{output}"


@pytest.mark.parametrize("case", MISTAKES, ids=lambda p: p.name)
def test_every_marked_mistake_is_reported_and_nothing_else(checked, case):
    checker, reported, output = checked
    expected = marked_lines(case)
    got = reported.get(case.name, set())
    assert not expected - got, f"{checker} missed the mistakes on lines {sorted(expected - got)}:\n{output}"
    assert not got - expected, f"{checker} reported unmarked lines {sorted(got - expected)}:\n{output}"
