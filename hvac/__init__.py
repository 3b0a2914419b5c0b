"""hvac: a Python client for HashiCorp Vault (and OpenBao)."""
# The "as" forms mark the submodules as part of the package's interface for type checkers.
from hvac import adapters as adapters, api as api, exceptions as exceptions, utils as utils
from hvac.v1 import Client

__all__ = ["Client"]
