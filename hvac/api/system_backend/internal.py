"""System backend: internal endpoints: counters, inspection, the OpenAPI document, UI helpers (``/v1/sys/internal/...``).

Beyond the reference: hvac has no method for these endpoints.
"""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Internal(SystemBackendMixin):
    """Internal endpoints: counters, inspection, the OpenAPI document, UI helpers (``/v1/sys/internal/...``)."""
