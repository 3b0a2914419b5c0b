"""tox mirrors `make test` on every supported Python, with typecheck and docs environments."""
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYTHONS = ["py39", "py310", "py311", "py312", "py313"]


def tox(*args: str) -> str:
    if importlib.util.find_spec("tox") is None:
        pytest.skip("tox is not installed (the dev extra brings it)")
    result = subprocess.run([sys.executable, "-m", "tox", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_tox_lists_each_supported_python_then_typecheck_and_docs() -> None:
    assert tox("-l").split() == PYTHONS + ["typecheck", "docs"]


def test_each_python_runs_the_suite_as_make_test_does() -> None:
    config = tox("config", "-e", ",".join(PYTHONS), "-k", "commands")
    sections = config.split("[testenv:")[1:]
    assert len(sections) == len(PYTHONS)
    for section in sections:
        assert "pytest -q -p no:cacheprovider -rs tests --ignore=tests/faults" in section, section
        assert "HVAC_TEST_ADAPTER=lean pytest -q -p no:cacheprovider tests/integration" in section, section
