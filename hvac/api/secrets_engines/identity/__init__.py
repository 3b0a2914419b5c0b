"""Identity secrets engine: entities, entity aliases, groups, group aliases, lookups, the OIDC
identity-tokens backend (named keys, roles, signed ID tokens), login MFA, and the engine as an
OpenID Connect provider.

The class is composed of one mixin per topic (the private modules of this package); import it from here.
"""
from hvac import exceptions as exceptions
from hvac import utils as utils
from hvac.api.secrets_engines.identity._base import logger as logger
from hvac.api.secrets_engines.identity._entities import Entities
from hvac.api.secrets_engines.identity._groups import Groups
from hvac.api.secrets_engines.identity._mfa import Mfa
from hvac.api.secrets_engines.identity._oidc_provider import OidcProvider
from hvac.api.secrets_engines.identity._tokens import Tokens
from hvac.api.vault_api_base import VaultApiBase as VaultApiBase
from hvac.api.vault_api_base import VaultResponse
from hvac.constants.identity import ALLOWED_GROUP_TYPES as ALLOWED_GROUP_TYPES
from hvac.constants.identity import DEFAULT_MOUNT_POINT as DEFAULT_MOUNT_POINT


class Identity(
    Entities[VaultResponse], Groups[VaultResponse], Tokens[VaultResponse], Mfa[VaultResponse],
    OidcProvider[VaultResponse],
):
    """Identity secrets engine (always mounted at ``identity``)."""
