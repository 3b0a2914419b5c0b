"""The Sphinx documentation builds with warnings treated as errors (as `make docs` does)."""
from tests.docs_build import built_docs


def test_documentation_builds_without_warnings() -> None:
    assert (built_docs() / "index.html").exists()
