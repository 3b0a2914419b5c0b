"""Transit secrets engine: encryption, signing, hashing and HMAC as a service, with named keys
that Vault keeps and rotates.

The class is composed of one mixin per topic (the private modules of this package); import it from here.
"""
from hvac import exceptions as exceptions
from hvac import utils as utils
from hvac.api.secrets_engines.transit._base import DEFAULT_MOUNT_POINT as DEFAULT_MOUNT_POINT
from hvac.api.secrets_engines.transit._crypto import Crypto
from hvac.api.secrets_engines.transit._keys import Keys
from hvac.api.vault_api_base import VaultApiBase as VaultApiBase
from hvac.api.vault_api_base import VaultResponse
from hvac.constants import transit as transit_constants  # noqa: F401  (a name of the reference's module)


class Transit(Keys[VaultResponse], Crypto[VaultResponse]):
    """Transit secrets engine (encryption as a service)."""
