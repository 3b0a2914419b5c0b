"""System backend: server configuration: audited request headers, CORS, reload, sanitized state, UI headers (``/v1/sys/config/...``).

Beyond the reference: hvac has no method for these endpoints.
"""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Config(SystemBackendMixin):
    """Server configuration: audited request headers, CORS, reload, sanitized state, UI headers (``/v1/sys/config/...``)."""
