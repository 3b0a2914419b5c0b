"""The modern API: one class per auth method, secrets engine and system-backend category."""
from typing import TYPE_CHECKING

from hvac.api.vault_api_base import VaultApiBase
from hvac.api.vault_api_category import VaultApiCategory, lazy_module_attributes

if TYPE_CHECKING:
    from hvac.api.auth_methods import AuthMethods as AuthMethods
    from hvac.api.secrets_engines import SecretsEngines as SecretsEngines
    from hvac.api.system_backend import SystemBackend as SystemBackend

__all__ = ["AuthMethods", "SecretsEngines", "SystemBackend", "VaultApiBase", "VaultApiCategory"]

# The three categories load with their packages, on first use.
__getattr__ = lazy_module_attributes(
    __name__, {"AuthMethods": "auth_methods", "SecretsEngines": "secrets_engines", "SystemBackend": "system_backend"}
)
