"""Auth methods, reached from a client as ``client.auth.<lower-cased class name>``."""
from typing import Any

from hvac.api.vault_api_category import LazyClassList, VaultApiCategory, lazy_module_attributes

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
}

# "Mfa" is the 0.x import name of LegacyMfa (hvac.api.auth_methods.mfa); it is not in __all__ and
# not a registry name, so client.auth.mfa still raises as recorded.
__getattr__ = lazy_module_attributes(__name__, {**_MODULE_OF, "Mfa": "mfa"})


class AuthMethods(VaultApiCategory):
    """Auth Methods."""

    implemented_classes = LazyClassList(f"{__name__}.{module}.{name}" for name, module in _MODULE_OF.items())

    unimplemented_classes = [
        "AppId",
        "AliCloud",
        "Mfa",
    ]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """hvac 0.x's ``client.auth(url, use_token=True, **kwargs)``: a login POST, through the
        deprecated :meth:`hvac.adapters.Adapter.auth` (which warns and calls ``login``)."""
        return self._adapter.auth(*args, **kwargs)

    @property
    def legacy_mfa(self) -> Any:
        """Same object as ``client.auth.legacymfa``."""
        return self.legacymfa
