"""System backend: workflows (``/v1/sys/workflows/...``).

Beyond the reference: hvac has no method for these endpoints.
"""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Workflows(SystemBackendMixin):
    """Workflows (``/v1/sys/workflows/...``)."""
