"""hvac: a Python client for HashiCorp Vault (and OpenBao)."""
from hvac import adapters, api, exceptions, utils  # noqa: F401
from hvac.v1 import Client

__all__ = ["Client"]

#: The version of this distribution (pyproject.toml reads it from here); hvac 2.4 has none.
__version__ = "2.4.0"
