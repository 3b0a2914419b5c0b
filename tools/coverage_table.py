"""Print the README's coverage table: per area, the operations OpenBao 2.7.2 and Vault 1.15 serve,
how many hvac 2.4 reaches and how many this package reaches.

Needs the shared reference material beside the checkout (../shared): it runs
``../shared/tools/coverage.py`` on this tree against both documents.

- hvac 2.4 on OpenBao: the figures of ``../shared/spec/openbao/coverage-hvac-2.4.md``.
- hvac 2.4 on Vault: :data:`HVAC_ON_VAULT`, the operations reached by the methods hvac 2.4 has
  (names from ``../shared/spec/api-modern.json``), measured on this package at commit 2ddac5f,
  when those methods took hvac's arguments and sent exactly hvac's requests (the golden traffic
  holds them to it) — before later work gave some of them arguments that reach more. Its total is
  the 431 the reference material gives for hvac 2.4. ``--hvac-on-vault`` measures it again on this
  tree (equal to it only while hvac's methods send only hvac's requests).

    .venv/bin/python tools/coverage_table.py [--hvac-on-vault]
"""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
VAULT = [
    "--openapi", str(SHARED / "spec" / "vault" / "vault-1.15-openapi.json"),
    "--mounts", str(SHARED / "spec" / "vault" / "vault-1.15-openapi.mounts.json"),
]
_ROW = re.compile(r"^\|\s*(?:\*\*)?(?P<area>[^|*]+?)(?:\*\*)?\s*\|\s*(?:\*\*)?(?P<served>\d+)(?:\*\*)?\s*\|\s*(?:\*\*)?(?P<covered>\d+)")

Figures = Dict[str, Tuple[int, int]]  # area -> (served, covered)

#: hvac 2.4's operations on Vault 1.15, per area (see the module docstring).
HVAC_ON_VAULT: Dict[str, int] = {
    "alicloud": 0, "auth/alicloud": 0, "auth/approle": 14, "auth/aws": 34, "auth/azure": 8, "auth/centrify": 0,
    "auth/cert": 6, "auth/cf": 0, "auth/gcp": 9, "auth/github": 7, "auth/jwt": 9, "auth/kerberos": 0,
    "auth/kubernetes": 7, "auth/ldap": 11, "auth/oci": 0, "auth/okta": 11, "auth/radius": 7, "auth/token": 19,
    "auth/userpass": 6, "aws": 9, "azure": 6, "consul": 6, "cubbyhole": 0, "database": 17, "gcp": 25, "gcpkms": 0,
    "identity": 45, "kubernetes": 0, "kv v1": 4, "kv v2": 12, "ldap": 9, "mongodbatlas": 0, "nomad": 0, "pki": 32,
    "rabbitmq": 6, "ssh": 14, "sys": 77, "terraform": 0, "totp": 0, "transit": 21,
}


def rows(text: str) -> Figures:
    """``area -> (served, covered)`` from the first markdown table rows in ``text``."""
    found: Figures = {}
    for line in text.splitlines():
        match = _ROW.match(line)
        if match:
            found.setdefault(match["area"].strip(), (int(match["served"]), int(match["covered"])))
    return found


def share(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a whole percentage; one decimal where rounding would claim 100%."""
    return f"{part / whole:.1%}" if part < whole and round(100 * part / whole) == 100 else f"{part / whole:.0%}"


def measured(extra: List[str]) -> Tuple[Figures, List[dict]]:
    """The tool's per-area table for one document, and its operations with the methods reaching each."""
    with tempfile.TemporaryDirectory() as directory:
        out = Path(directory) / "coverage.json"
        tool = subprocess.run(
            [sys.executable, str(SHARED / "tools" / "coverage.py"), str(ROOT), *extra, "--json", str(out)],
            capture_output=True, text=True, check=True,
        )
        operations: List[dict] = json.loads(out.read_text())["operations"]
        return rows(tool.stdout), operations


def hvac_method_targets() -> Set[str]:
    """hvac 2.4's API methods, as the coverage tool names its targets (``client.auth.approle.login``)."""
    modules = json.loads((SHARED / "spec" / "api-modern.json").read_text())["modules"]
    targets: Set[str] = set()
    for module, spec in modules.items():
        for class_name, cls in spec.get("classes", {}).items():
            for member in cls.get("members", {}):
                if module.startswith("hvac.api.system_backend"):
                    targets.add(f"client.sys.{member}")
                elif module.startswith("hvac.api.auth_methods"):
                    targets.add(f"client.auth.{class_name.lower()}.{member}")
                elif class_name in ("KvV1", "KvV2"):
                    targets.add(f"client.secrets.kv.v{class_name[-1]}.{member}")
                elif module.startswith("hvac.api.secrets_engines"):
                    targets.add(f"client.secrets.{class_name.lower()}.{member}")
    return targets


def hvac_on(operations: Iterable[dict]) -> Figures:
    """Per area, the operations a method of hvac 2.4 reaches."""
    methods = hvac_method_targets()
    figures: Dict[str, Tuple[int, int]] = {}
    for operation in operations:
        served, covered = figures.get(operation["area"], (0, 0))
        figures[operation["area"]] = (served + 1, covered + any(m in methods for m in operation["covered_by"]))
    return figures


def cell(figures: Figures, area: str, served: Optional[int] = None) -> str:
    if area not in figures:
        return ""
    total, covered = figures[area]
    return f"{covered} ({share(covered, served or total)})"


def main() -> int:
    if "--hvac-on-vault" in sys.argv[1:]:
        print(json.dumps({area: covered for area, (_, covered) in sorted(hvac_on(measured(VAULT)[1]).items())}))
        return 0
    openbao, _ = measured([])
    vault, _ = measured(VAULT)
    hvac_openbao = rows((SHARED / "spec" / "openbao" / "coverage-hvac-2.4.md").read_text())
    hvac_vault = {area: (vault[area][0], HVAC_ON_VAULT.get(area, 0)) for area in vault if area != "total"}
    hvac_vault["total"] = (vault["total"][0], sum(HVAC_ON_VAULT.values()))
    lines = [
        "| area | OpenBao 2.7.2 operations | hvac 2.4 | this package | Vault 1.15 operations | hvac 2.4 | this package |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    areas = [area for area in openbao if area != "total"] + [area for area in vault if area not in openbao]
    for area in areas + ["total"]:
        served_o = str(openbao[area][0]) if area in openbao else ""
        served_v = str(vault[area][0]) if area in vault else ""
        hvac_o = cell(hvac_openbao, area, openbao[area][0]) if area in openbao else ""
        name = "**total**" if area == "total" else area
        lines.append(
            f"| {name} | {served_o} | {hvac_o} | {cell(openbao, area)} "
            f"| {served_v} | {cell(hvac_vault, area) if area in vault else ''} | {cell(vault, area)} |"
        )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
