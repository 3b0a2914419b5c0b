"""hvac: a Python client for HashiCorp Vault (and OpenBao)."""
from hvac import adapters, api, exceptions, utils  # noqa: F401
from hvac.v1 import Client

__all__ = ["Client"]
