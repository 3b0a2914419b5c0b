"""Every recorded reference case, replayed and compared strictly (see golden_replay.py):
requests with their URLs and transport settings, results, exception messages, warning texts
and log records.

Cases that do not pass yet would be listed in golden/expected_failures.txt: the ONE list of
known gaps. It only shrinks (it is empty): a listed case that passes fails the run (strict xfail).
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

# Cases where the two eras cannot both be honoured; the reason is shown in the skip.
SUPERSEDED = {
    "legacy:legacy:write-kw": "Client.write is the modern one: wrap_ttl as a keyword warns that it is not written as data",
    # The reference raised NotImplementedError for backends it had no class for; these are served now.
    "modern:core:category:client.secrets.gcpkms": "client.secrets.gcpkms is the Google Cloud KMS engine (GcpKms)",
    "modern:core:category:client.secrets.nomad": "client.secrets.nomad is the Nomad engine (Nomad)",
    "modern:core:category:client.auth.alicloud": "client.auth.alicloud is the AliCloud auth method (AliCloud)",
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


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, id=f"lean-{source}:{case['id']}", marks=_marks(f"{source}:{case['id']}"))
        for source, case in CASES
    ],
)
def test_golden_case_through_the_lean_adapter(case: Dict[str, Any]) -> None:
    """The same corpus through hvac.adapters.Urllib3Adapter/Urllib3RawAdapter (all but the
    transport settings, which urllib3 is not handed the way requests is)."""
    problem = difference(case, run_case(case, lean=True))
    assert problem is None, problem


def test_expected_failures_are_real_cases() -> None:
    known = {f"{source}:{case['id']}" for source, case in CASES}
    assert EXPECTED_FAILURES <= known, sorted(EXPECTED_FAILURES - known)[:10]
