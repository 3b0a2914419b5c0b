"""Secrets engines, reached from a client as ``client.secrets.<lower-cased class name>``."""
from __future__ import annotations

from typing import TYPE_CHECKING

from hvac.api.vault_api_base import VaultResponse
from hvac.api.vault_api_category import LazyClassList, VaultApiCategory, lazy_module_attributes

if TYPE_CHECKING:
    from hvac.api.secrets_engines.active_directory import ActiveDirectory as ActiveDirectory
    from hvac.api.secrets_engines.alicloud import AliCloud as AliCloud
    from hvac.api.secrets_engines.aws import Aws as Aws
    from hvac.api.secrets_engines.azure import Azure as Azure
    from hvac.api.secrets_engines.consul import Consul as Consul
    from hvac.api.secrets_engines.cubbyhole import Cubbyhole as Cubbyhole
    from hvac.api.secrets_engines.database import Database as Database
    from hvac.api.secrets_engines.gcp import Gcp as Gcp
    from hvac.api.secrets_engines.gcpkms import GcpKms as GcpKms
    from hvac.api.secrets_engines.identity import Identity as Identity
    from hvac.api.secrets_engines.kubernetes import Kubernetes as Kubernetes
    from hvac.api.secrets_engines.kv import Kv as Kv
    from hvac.api.secrets_engines.kv_v1 import KvV1 as KvV1
    from hvac.api.secrets_engines.kv_v2 import KvV2 as KvV2
    from hvac.api.secrets_engines.ldap import Ldap as Ldap
    from hvac.api.secrets_engines.mongodbatlas import MongoDbAtlas as MongoDbAtlas
    from hvac.api.secrets_engines.nomad import Nomad as Nomad
    from hvac.api.secrets_engines.pki import Pki as Pki
    from hvac.api.secrets_engines.rabbitmq import RabbitMQ as RabbitMQ
    from hvac.api.secrets_engines.ssh import Ssh as Ssh
    from hvac.api.secrets_engines.terraform import Terraform as Terraform
    from hvac.api.secrets_engines.totp import Totp as Totp
    from hvac.api.secrets_engines.transform import Transform as Transform
    from hvac.api.secrets_engines.transit import Transit as Transit

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
    # Vault-only engines (OpenBao does not ship them).
    "GcpKms": "gcpkms",
    "Nomad": "nomad",
    "Terraform": "terraform",
    "AliCloud": "alicloud",
    "MongoDbAtlas": "mongodbatlas",
}

__getattr__ = lazy_module_attributes(__name__, {**_REGISTERED, "KvV1": "kv_v1", "KvV2": "kv_v2"})


class SecretsEngines(VaultApiCategory[VaultResponse]):
    """Secrets Engines."""

    # What type checkers see of the registry (built lazily at run time from _REGISTERED; a unit
    # test keeps the two the same).
    aws: Aws[VaultResponse]
    azure: Azure[VaultResponse]
    gcp: Gcp[VaultResponse]
    activedirectory: ActiveDirectory[VaultResponse]
    identity: Identity[VaultResponse]
    kv: Kv[VaultResponse]
    ldap: Ldap[VaultResponse]
    pki: Pki[VaultResponse]
    transform: Transform[VaultResponse]
    transit: Transit[VaultResponse]
    database: Database[VaultResponse]
    consul: Consul[VaultResponse]
    rabbitmq: RabbitMQ[VaultResponse]
    ssh: Ssh[VaultResponse]
    totp: Totp[VaultResponse]
    kubernetes: Kubernetes[VaultResponse]
    cubbyhole: Cubbyhole[VaultResponse]
    gcpkms: GcpKms[VaultResponse]
    nomad: Nomad[VaultResponse]
    terraform: Terraform[VaultResponse]
    alicloud: AliCloud[VaultResponse]
    mongodbatlas: MongoDbAtlas[VaultResponse]

    implemented_classes = LazyClassList(f"{__name__}.{module}.{name}" for name, module in _REGISTERED.items())

    # The reference's list, less the engines implemented since (registered names win anyway).
    unimplemented_classes = [
        "Azure",
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
    def kv_v1(self) -> KvV1[VaultResponse]:
        """Same object as ``client.secrets.kv.v1``."""
        return self.kv.v1

    @property
    def kv_v2(self) -> KvV2[VaultResponse]:
        """Same object as ``client.secrets.kv.v2``."""
        return self.kv.v2

    @property
    def active_directory(self) -> ActiveDirectory[VaultResponse]:
        """Same object as ``client.secrets.activedirectory``."""
        return self.activedirectory
