"""Fields sendable by named arguments, without passthrough credit, outside PKI's caller-built ACME
bodies (the measure of issue 29), from a ``fields.py --json`` report.

    python ../shared/tools/fields.py . [--vault] --json /tmp/fields.json
    .venv/bin/python tools/fields_summary.py /tmp/fields.json
"""
import json
import sys
from typing import Set

def main(path: str) -> int:
    report = json.loads(open(path).read())
    acme_declared = acme_named = 0
    for operation in report["operations"]:
        if "/acme/" in operation["op"][2]:
            fields: Set[str] = set(operation["declared"])
            acme_declared += len(fields)
            acme_named += len(fields & set(operation["sent"]))
    totals = report["totals"]
    named, declared = totals["C0"] - acme_named, totals["T"] - acme_declared
    print(f"without passthrough: {totals['C0']}/{totals['T']} ({totals['C0'] / totals['T']:.1%}); "
          f"outside the ACME bodies: {named}/{declared} ({named / declared:.1%}) "
          f"[ACME bodies: {acme_named}/{acme_declared}]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
