"""System backend: control-group requests and authorizations (``/v1/sys/control-group/...``).

Beyond the reference: hvac has no method for these endpoints.
"""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class ControlGroup(SystemBackendMixin):
    """Control-group requests and authorizations (``/v1/sys/control-group/...``)."""
