"""System backend: the plugin catalog and plugin reloads (``/v1/sys/plugins/...``).

Beyond the reference: hvac has no method for these endpoints.
"""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Plugins(SystemBackendMixin):
    """The plugin catalog and plugin reloads (``/v1/sys/plugins/...``)."""
