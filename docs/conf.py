"""Sphinx configuration."""
import os
import sys

sys.path.insert(0, os.path.abspath(".."))
sys.path.insert(0, os.path.abspath("_ext"))

import hvac  # noqa: E402

project = "hvac"
author = "hvac clone developers"
copyright = f"2026, {author}"
release = hvac.__version__
# hvac_reference (docs/_ext) writes the API reference and the migration table from the registries;
# hvac_changelog makes the changelog page of CHANGELOG.md.
extensions = ["sphinx.ext.autodoc", "sphinx.ext.viewcode", "hvac_reference", "hvac_changelog"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
# Signatures show defaults as the source writes them (``renew_fraction=2 / 3``, not 0.666...).
autodoc_preserve_defaults = True
# The method table of each reference page is its index; method entries in every page's toctree
# would make the sidebar of every page ten times as slow to build.
toc_object_entries = False
exclude_patterns = ["_build", "*.rst.inc"]
nitpicky = False

html_theme = "furo"
html_title = f"hvac {release}"
html_static_path = ["_static"]
html_css_files = ["hvac.css"]
