"""The modern API: one class per auth method, secrets engine and system-backend category."""
from hvac.api.vault_api_base import VaultApiBase
from hvac.api.vault_api_category import VaultApiCategory, lazy_module_attributes

__all__ = ["AuthMethods", "SecretsEngines", "SystemBackend", "VaultApiBase", "VaultApiCategory"]

# The three categories load with their packages, on first use.
__getattr__ = lazy_module_attributes(
    __name__, {"AuthMethods": "auth_methods", "SecretsEngines": "secrets_engines", "SystemBackend": "system_backend"}
)
