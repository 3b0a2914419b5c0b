"""PKI secrets engine: certificate authorities, roles, issued certificates, revocation and CRLs.

:class:`Pki` is assembled from one part per topic (certificates, CRLs, CAs, issuers, issuance, roles,
keys, maintenance, ACME), each in a private module of this package. The typed dicts that name the
fields of its ``extra_params`` arguments (:class:`PkiRoleParams`, :class:`PkiIssueParams` …) are
importable from here.
"""
from hvac import exceptions as exceptions
from hvac import utils as utils
from hvac.api.secrets_engines.pki._acme import JwsBody as JwsBody
from hvac.api.secrets_engines.pki._acme import PkiAcme
from hvac.api.secrets_engines.pki._base import DEFAULT_MOUNT_POINT as DEFAULT_MOUNT_POINT
from hvac.api.secrets_engines.pki._base import EAB_POLICIES as EAB_POLICIES
from hvac.api.secrets_engines.pki._base import GENERATION_TYPES as GENERATION_TYPES
from hvac.api.secrets_engines.pki._ca import PkiCa
from hvac.api.secrets_engines.pki._certificates import PkiCertificates
from hvac.api.secrets_engines.pki._crls import PkiCrls
from hvac.api.secrets_engines.pki._issuance import PkiIssuance
from hvac.api.secrets_engines.pki._issuers import PkiIssuers
from hvac.api.secrets_engines.pki._keys import PkiKeys
from hvac.api.secrets_engines.pki._maintenance import PkiMaintenance
from hvac.api.secrets_engines.pki._params import (  # the typed fields of the extra_params arguments
    Duration as Duration,
    FlattenedJws as FlattenedJws,
    PkiAutoTidyParams as PkiAutoTidyParams,
    PkiCelIssueParams as PkiCelIssueParams,
    PkiCelSignParams as PkiCelSignParams,
    PkiCrlParams as PkiCrlParams,
    PkiIntermediateParams as PkiIntermediateParams,
    PkiIssueParams as PkiIssueParams,
    PkiIssueWithIssuerParams as PkiIssueWithIssuerParams,
    PkiIssuerParams as PkiIssuerParams,
    PkiRoleParams as PkiRoleParams,
    PkiRootParams as PkiRootParams,
    PkiSignIntermediateParams as PkiSignIntermediateParams,
    PkiSignIntermediateWithIssuerParams as PkiSignIntermediateWithIssuerParams,
    PkiSignParams as PkiSignParams,
    PkiSignVerbatimParams as PkiSignVerbatimParams,
    PkiSignVerbatimWithIssuerParams as PkiSignVerbatimWithIssuerParams,
    PkiSignWithIssuerParams as PkiSignWithIssuerParams,
    PkiTidyParams as PkiTidyParams,
    PkiUrlsParams as PkiUrlsParams,
    StrList as StrList,
)
from hvac.api.secrets_engines.pki._roles import PkiRoles
from hvac.api.vault_api_base import VaultApiBase as VaultApiBase
from hvac.api.vault_api_base import VaultResponse


class Pki(
    PkiCertificates[VaultResponse],
    PkiCrls[VaultResponse],
    PkiCa[VaultResponse],
    PkiIssuers[VaultResponse],
    PkiIssuance[VaultResponse],
    PkiRoles[VaultResponse],
    PkiKeys[VaultResponse],
    PkiMaintenance[VaultResponse],
    PkiAcme[VaultResponse],
):
    """PKI secrets engine (X.509 certificate authority)."""
