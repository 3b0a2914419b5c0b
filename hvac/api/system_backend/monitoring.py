"""System backend: metrics, host and HA information, in-flight requests, version history, locked users, loggers, pprof and the log monitor.

Beyond the reference: hvac has no method for these endpoints.
"""
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin


class Monitoring(SystemBackendMixin):
    """Metrics, host and HA information, in-flight requests, version history, locked users, loggers, pprof and the log monitor."""
