"""Hostile-input arguments for the sys plugin catalog methods: ``plugin_type`` takes one of a
fixed set of values (``hvac.api.system_backend.plugins.PLUGIN_TYPES``)."""
from typing import Any, Dict

from hvac.api.system_backend.plugins import PLUGIN_TYPES

OVERRIDES: Dict[str, Dict[str, Any]] = {
    f"sys.{method}": {"plugin_type": PLUGIN_TYPES[0]}
    for method in ("list_plugins", "register_plugin", "read_plugin", "deregister_plugin")
}
