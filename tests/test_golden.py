"""Every recorded reference case, replayed (see golden_replay.py).

Cases of backends not built yet are listed in golden/expected_failures.txt: the ONE list of
known gaps. It only shrinks: a listed case that passes fails the run (strict xfail).
"""
from pathlib import Path
from typing import Any, Dict

import pytest

from tests.golden_replay import difference, load_cases, run_case

EXPECTED_FAILURES = {
    line.split("#  ")[0].strip()
    for line in (Path(__file__).parent / "golden" / "expected_failures.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
}

CASES = list(load_cases())


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            id=f"{source}:{case['id']}",
            marks=[pytest.mark.xfail(strict=True, reason="listed in expected_failures.txt")]
            if f"{source}:{case['id']}" in EXPECTED_FAILURES
            else [],
        )
        for source, case in CASES
    ],
)
def test_golden_case(case: Dict[str, Any]) -> None:
    problem = difference(case, run_case(case))
    assert problem is None, problem


def test_expected_failures_are_real_cases() -> None:
    known = {f"{source}:{case['id']}" for source, case in CASES}
    assert EXPECTED_FAILURES <= known, sorted(EXPECTED_FAILURES - known)[:10]
