"""Sphinx configuration."""
import os
import sys

sys.path.insert(0, os.path.abspath(".."))

project = "hvac"
author = "hvac clone developers"
release = "2.4.0"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.viewcode"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
exclude_patterns = ["_build", "*.rst.inc"]
html_theme = "alabaster"
nitpicky = False


def _write_migration_table() -> None:
    """Generate the legacy-method table from the very table the shims are built from."""
    from hvac.v1.legacy import LEGACY_METHODS

    rows = [("0.x method", "removed in", "use instead")]
    for name in sorted(LEGACY_METHODS):
        entry = LEGACY_METHODS[name]
        rows.append((f"``client.{name}``", entry.removed_in, f"``{entry.call_path}``" if entry.call_path else "(none)"))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    rule = "  ".join("=" * w for w in widths)
    lines = [rule, "  ".join(c.ljust(w) for c, w in zip(rows[0], widths)), rule]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in rows[1:]]
    lines.append(rule)
    with open(os.path.join(os.path.dirname(__file__), "migration_table.rst.inc"), "w") as table:
        table.write("\n".join(lines) + "\n")


_write_migration_table()
