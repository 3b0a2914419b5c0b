"""What `pip install` gets: a wheel of hvac/ and its metadata only, typed, licensed, versioned.

The wheel is built (with pip, as a user would) from a copy of the working tree without the files
git ignores, so that the build leaves nothing in the tree.
"""
import email
import functools
import importlib.metadata
import shutil
import subprocess
import sys
import tempfile
import zipfile
from email.message import Message
from pathlib import Path
from typing import List, Tuple

import pytest

import hvac

ROOT = Path(__file__).resolve().parent.parent
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", ".tox", "build", "dist", "*.egg-info", "_build", "__pycache__", ".*_cache", ".hypothesis"
)


@functools.lru_cache(maxsize=None)
def built_wheel() -> Tuple[List[str], Message]:
    """The file names of the wheel and its METADATA."""
    work = Path(tempfile.mkdtemp(prefix="hvac-wheel-"))
    try:
        shutil.copytree(ROOT, work / "src", ignore=NOT_SOURCES)
        result = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work / "out"), str(work / "src")],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, result.stderr[-4000:]
        (wheel,) = (work / "out").glob("*.whl")
        with zipfile.ZipFile(wheel) as archive:
            names = archive.namelist()
            metadata = email.message_from_bytes(archive.read(f"hvac-{hvac.__version__}.dist-info/METADATA"))
        return names, metadata
    finally:
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def wheel() -> Tuple[List[str], Message]:
    return built_wheel()


def test_the_wheel_holds_the_package_and_its_metadata_only(wheel: Tuple[List[str], Message]) -> None:
    names, _ = wheel
    dist_info = f"hvac-{hvac.__version__}.dist-info/"
    assert [name for name in names if not name.startswith(("hvac/", dist_info))] == []
    sources = sorted(
        path.relative_to(ROOT).as_posix() for path in (ROOT / "hvac").rglob("*") if path.suffix in (".py", ".typed")
    )
    assert sorted(name for name in names if name.startswith("hvac/")) == sources
    assert "hvac/py.typed" in names
    assert f"{dist_info}licenses/LICENSE" in names


def test_the_metadata_names_the_version_license_and_supported_pythons(wheel: Tuple[List[str], Message]) -> None:
    _, metadata = wheel
    assert metadata["Version"] == hvac.__version__
    assert metadata["License-Expression"] == "Apache-2.0"
    classifiers = metadata.get_all("Classifier")
    for version in ("3.9", "3.10", "3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in classifiers
    assert "Typing :: Typed" in classifiers and "Operating System :: OS Independent" in classifiers


def test_version_is_the_installed_distributions() -> None:
    assert hvac.__version__ == importlib.metadata.version("hvac")
    assert (ROOT / "LICENSE").read_text().lstrip().startswith("Apache License")
