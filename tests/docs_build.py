"""One build of the HTML documentation per test session, shared by the docs tests."""
import atexit
import functools
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@functools.lru_cache(maxsize=None)
def built_docs() -> Path:
    """Build the documentation once, with warnings as errors (as ``make docs`` does); return its directory."""
    pytest.importorskip("sphinx")
    out = Path(tempfile.mkdtemp(prefix="hvac-docs-"))
    atexit.register(shutil.rmtree, out, True)
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", str(ROOT / "docs"), str(out)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return out
