"""System backend: completing a login that requires MFA (``/v1/sys/mfa/validate``).

Beyond the reference: hvac has no method for these endpoints.
"""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class LoginMfa(SystemBackendMixin):
    """Completing a login that requires MFA (``/v1/sys/mfa/validate``)."""
