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
exclude_patterns = ["_build"]
html_theme = "alabaster"
nitpicky = False
