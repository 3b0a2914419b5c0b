"""Auth methods, reached from a client as ``client.auth.<lower-cased class name>``."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hvac.api.vault_api_base import VaultResponse
from hvac.api.vault_api_category import LazyClassList, VaultApiCategory, lazy_module_attributes

if TYPE_CHECKING:
    from hvac.api.auth_methods._token_fields import TokenFields as TokenFields, token_fields as token_fields
    from hvac.api.auth_methods.approle import AppRole as AppRole
    from hvac.api.auth_methods.aws import Aws as Aws
    from hvac.api.auth_methods.azure import Azure as Azure
    from hvac.api.auth_methods.cert import Cert as Cert
    from hvac.api.auth_methods.gcp import Gcp as Gcp
    from hvac.api.auth_methods.github import Github as Github
    from hvac.api.auth_methods.jwt import JWT as JWT
    from hvac.api.auth_methods.kubernetes import Kubernetes as Kubernetes
    from hvac.api.auth_methods.ldap import Ldap as Ldap
    from hvac.api.auth_methods.legacy_mfa import LegacyMfa as LegacyMfa
    from hvac.api.auth_methods.oidc import OIDC as OIDC
    from hvac.api.auth_methods.okta import Okta as Okta
    from hvac.api.auth_methods.radius import Radius as Radius
    from hvac.api.auth_methods.token import Token as Token
    from hvac.api.auth_methods.userpass import Userpass as Userpass
    from hvac.api.auth_methods.kerberos import Kerberos as Kerberos
    from hvac.api.auth_methods.cf import Cf as Cf
    from hvac.api.auth_methods.oci import Oci as Oci
    from hvac.api.auth_methods.alicloud import AliCloud as AliCloud
    from hvac.api.auth_methods.centrify import Centrify as Centrify

__all__ = [
    "AuthMethods",
    "AppRole",
    "Azure",
    "Gcp",
    "Github",
    "JWT",
    "Kubernetes",
    "Ldap",
    "Userpass",
    "LegacyMfa",
    "OIDC",
    "Okta",
    "Radius",
    "Token",
    "Aws",
    "Cert",
]

_MODULE_OF = {
    "AppRole": "approle",
    "Azure": "azure",
    "Github": "github",
    "Gcp": "gcp",
    "JWT": "jwt",
    "Kubernetes": "kubernetes",
    "Ldap": "ldap",
    "Userpass": "userpass",
    "LegacyMfa": "legacy_mfa",
    "OIDC": "oidc",
    "Okta": "okta",
    "Radius": "radius",
    "Token": "token",
    "Aws": "aws",
    "Cert": "cert",
    # Vault only (OpenBao does not ship them); not in hvac 2.4, so not in __all__.
    "Kerberos": "kerberos",
    "Cf": "cf",
    "Oci": "oci",
    "AliCloud": "alicloud",
    "Centrify": "centrify",
}

# "Mfa" is the 0.x import name of LegacyMfa (hvac.api.auth_methods.mfa); it is not in __all__ and
# not a registry name, so client.auth.mfa still raises as recorded.
# TokenFields and token_fields (the token settings every auth method shares) are public here.
__getattr__ = lazy_module_attributes(
    __name__, {**_MODULE_OF, "Mfa": "mfa", "TokenFields": "_token_fields", "token_fields": "_token_fields"}
)


class AuthMethods(VaultApiCategory[VaultResponse]):
    """Auth Methods."""

    # What type checkers see of the registry (built lazily at run time from _MODULE_OF; a unit
    # test keeps the two the same).
    approle: AppRole[VaultResponse]
    azure: Azure[VaultResponse]
    github: Github[VaultResponse]
    gcp: Gcp[VaultResponse]
    jwt: JWT[VaultResponse]
    kubernetes: Kubernetes[VaultResponse]
    ldap: Ldap[VaultResponse]
    userpass: Userpass[VaultResponse]
    legacymfa: LegacyMfa[VaultResponse]
    oidc: OIDC[VaultResponse]
    okta: Okta[VaultResponse]
    radius: Radius[VaultResponse]
    token: Token[VaultResponse]
    aws: Aws[VaultResponse]
    cert: Cert[VaultResponse]
    kerberos: Kerberos[VaultResponse]
    cf: Cf[VaultResponse]
    oci: Oci[VaultResponse]
    alicloud: AliCloud[VaultResponse]
    centrify: Centrify[VaultResponse]

    implemented_classes = LazyClassList(f"{__name__}.{module}.{name}" for name, module in _MODULE_OF.items())

    unimplemented_classes = [
        "AppId",
        "Mfa",
    ]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """hvac 0.x's ``client.auth(url, use_token=True, **kwargs)``: a login POST, through the
        deprecated :meth:`hvac.adapters.Adapter.auth` (which warns and calls ``login``)."""
        return self._adapter.auth(*args, **kwargs)

    @property
    def legacy_mfa(self) -> LegacyMfa[VaultResponse]:
        """Same object as ``client.auth.legacymfa``."""
        return self.legacymfa
