"""The name code of hvac 0.x imports the legacy MFA auth method under: ``Mfa``."""
from hvac.api.auth_methods.legacy_mfa import SUPPORTED_AUTH_METHODS, SUPPORTED_MFA_TYPES, LegacyMfa

#: The class the modern API calls :class:`~hvac.api.auth_methods.legacy_mfa.LegacyMfa`.
Mfa = LegacyMfa

__all__ = ["Mfa", "SUPPORTED_AUTH_METHODS", "SUPPORTED_MFA_TYPES"]
