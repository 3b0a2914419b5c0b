"""Every recorded reference case, replayed (see golden_replay.py).

Cases of backends not built yet are listed in golden/expected_failures.txt: the ONE list of
known gaps. It only shrinks: a listed case that passes fails the run (strict xfail).
"""
from pathlib import Path
from typing import Any, Dict, List

import pytest

from tests.golden_replay import difference, load_cases, run_case

EXPECTED_FAILURES = {
    line.split("#  ")[0].strip()
    for line in (Path(__file__).parent / "golden" / "expected_failures.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
}

# Legacy cases whose name the modern Client also defines: the modern behaviour wins (issue 7).
SUPERSEDED = {
    "legacy:legacy:write-kw": "Client.write is the modern one: wrap_ttl as a keyword warns that it is not written as data",
    "legacy:legacy:renew_token-self": "Client.renew_token is the modern one: the token argument is required",
}

CASES = list(load_cases())


def _marks(case_id: str) -> List[Any]:
    if case_id in SUPERSEDED:
        return [pytest.mark.skip(reason=f"superseded by the modern Client: {SUPERSEDED[case_id]}")]
    if case_id in EXPECTED_FAILURES:
        return [pytest.mark.xfail(strict=True, reason="listed in expected_failures.txt")]
    return []


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            id=f"{source}:{case['id']}",
            marks=_marks(f"{source}:{case['id']}"),
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
