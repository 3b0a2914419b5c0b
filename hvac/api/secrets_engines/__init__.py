"""Secrets engines, reached from a client as ``client.secrets.<lower-cased class name>``."""
from typing import Any

from hvac.api.vault_api_category import LazyClassList, VaultApiCategory, lazy_module_attributes

__all__ = [
    "Aws",
    "Azure",
    "Gcp",
    "ActiveDirectory",
    "Identity",
    "Kv",
    "KvV1",
    "KvV2",
    "Ldap",
    "Pki",
    "Transform",
    "Transit",
    "SecretsEngines",
    "Database",
    "RabbitMQ",
    "Ssh",
]

# Registry order as in the reference; KvV1/KvV2 are exported but reached through ``kv``.
_REGISTERED = {
    "Aws": "aws",
    "Azure": "azure",
    "Gcp": "gcp",
    "ActiveDirectory": "active_directory",
    "Identity": "identity",
    "Kv": "kv",
    "Ldap": "ldap",
    "Pki": "pki",
    "Transform": "transform",
    "Transit": "transit",
    "Database": "database",
    "Consul": "consul",
    "RabbitMQ": "rabbitmq",
    "Ssh": "ssh",
    # Engines beyond the reference (not in __all__, which matches the reference's).
    "Totp": "totp",
    "Kubernetes": "kubernetes",
    "Cubbyhole": "cubbyhole",
}

__getattr__ = lazy_module_attributes(__name__, {**_REGISTERED, "KvV1": "kv_v1", "KvV2": "kv_v2"})


class SecretsEngines(VaultApiCategory):
    """Secrets Engines."""

    implemented_classes = LazyClassList(f"{__name__}.{module}.{name}" for name, module in _REGISTERED.items())

    unimplemented_classes = [
        "AliCloud",
        "Azure",
        "GcpKms",
        "Nomad",
        "Ssh",
        "TOTP",
        "Cassandra",
        "MongoDb",
        "Mssql",
        "MySql",
        "PostgreSql",
    ]

    # Names used by hvac's own documentation; each is the very object of the spec'd name.
    @property
    def kv_v1(self) -> Any:
        """Same object as ``client.secrets.kv.v1``."""
        return self.kv.v1

    @property
    def kv_v2(self) -> Any:
        """Same object as ``client.secrets.kv.v2``."""
        return self.kv.v2

    @property
    def active_directory(self) -> Any:
        """Same object as ``client.secrets.activedirectory``."""
        return self.activedirectory
