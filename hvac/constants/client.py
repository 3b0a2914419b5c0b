"""Client defaults, and the TLS-related environment as it was when hvac was imported.

The Client itself reads these variables again each time one is built, so a change
to the environment after import is honoured.
"""
from os import getenv
from typing import Dict

DEFAULT_URL = "http://localhost:8200"
VAULT_CACERT = getenv("VAULT_CACERT")
VAULT_CAPATH = getenv("VAULT_CAPATH")
VAULT_CLIENT_CERT = getenv("VAULT_CLIENT_CERT")
VAULT_CLIENT_KEY = getenv("VAULT_CLIENT_KEY")

# Client properties kept for old code: name -> where it moved. None remain in 2.x.
DEPRECATED_PROPERTIES: Dict[str, Dict[str, str]] = {}
