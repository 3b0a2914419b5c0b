"""Print the README's coverage table: OpenBao operations this package reaches, per area, next to hvac 2.4.

Needs the shared reference material beside the checkout (../shared): it runs
``../shared/tools/coverage.py`` on this tree and reads hvac's figures from
``../shared/spec/openbao/coverage-hvac-2.4.md``.

    .venv/bin/python tools/coverage_table.py
"""
import re
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
_ROW = re.compile(r"^\|\s*(?P<area>[^|]+?)\s*\|\s*(?P<served>\d+)\s*\|\s*(?P<covered>\d+)\s*\|")
_BOLD_ROW = re.compile(r"^\|\s*\*\*(?P<area>[^*]+)\*\*\s*\|\s*\*\*(?P<served>\d+)\*\*\s*\|\s*\*\*(?P<covered>\d+)\*\*")


def rows(text: str) -> Dict[str, Tuple[int, int]]:
    """``area -> (served, covered)`` from the markdown tables in ``text``."""
    found: Dict[str, Tuple[int, int]] = {}
    for line in text.splitlines():
        match = _ROW.match(line) or _BOLD_ROW.match(line)
        if match:
            found.setdefault(match["area"].strip(), (int(match["served"]), int(match["covered"])))
    return found


def share(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a whole percentage; one decimal where rounding would claim 100%."""
    return f"{part / whole:.1%}" if part < whole and round(100 * part / whole) == 100 else f"{part / whole:.0%}"


def main() -> int:
    tool = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "coverage.py"), str(ROOT)], capture_output=True, text=True, check=True
    )
    ours = rows(tool.stdout)
    hvac = rows((SHARED / "spec" / "openbao" / "coverage-hvac-2.4.md").read_text())
    lines: List[str] = ["| area | OpenBao operations | hvac 2.4 | this package |", "|---|---:|---:|---:|"]
    for area, (served, covered) in ours.items():
        name = "**total**" if area == "total" else area
        reference = hvac.get(area, (served, 0))[1]
        ours_cell, hvac_cell = f"{covered} ({share(covered, served)})", f"{reference} ({share(reference, served)})"
        lines.append(f"| {name} | {served} | {hvac_cell} | {ours_cell} |")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
