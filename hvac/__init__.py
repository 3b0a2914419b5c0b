"""hvac: a Python client for HashiCorp Vault (and OpenBao)."""
# The "as" forms mark the submodules as part of the package's interface for type checkers.
from hvac import adapters as adapters, api as api, exceptions as exceptions, utils as utils
from hvac.v1 import Client

__all__ = ["Client"]

#: The version of this distribution (pyproject.toml reads it from here); hvac 2.4 has none.
__version__ = "2.4.0"
