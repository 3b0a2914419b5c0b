"""The system backend: ``client.sys`` exposes every method of every class below."""
import logging
from typing import List

from hvac.api.system_backend.audit import Audit as Audit
from hvac.api.system_backend.auth import Auth as Auth
from hvac.api.system_backend.capabilities import Capabilities as Capabilities
from hvac.api.system_backend.health import Health as Health
from hvac.api.system_backend.init import Init as Init
from hvac.api.system_backend.key import Key as Key
from hvac.api.system_backend.leader import Leader as Leader
from hvac.api.system_backend.lease import Lease as Lease
from hvac.api.system_backend.mount import Mount as Mount
from hvac.api.system_backend.namespace import Namespace as Namespace
from hvac.api.system_backend.policies import Policies as Policies
from hvac.api.system_backend.policy import Policy as Policy
from hvac.api.system_backend.quota import Quota as Quota
from hvac.api.system_backend.raft import Raft as Raft
from hvac.api.system_backend.seal import Seal as Seal
from hvac.api.system_backend.wrapping import Wrapping as Wrapping
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin as SystemBackendMixin
# Categories beyond the reference (OpenBao endpoints hvac has no method for).
from hvac.api.system_backend.rotation import Rotation as Rotation
from hvac.api.system_backend.config import Config as Config
from hvac.api.system_backend.plugins import Plugins as Plugins
from hvac.api.system_backend.internal import Internal as Internal
from hvac.api.system_backend.monitoring import Monitoring as Monitoring
from hvac.api.system_backend.tools import Tools as Tools
from hvac.api.system_backend.external_keys import ExternalKeys as ExternalKeys
from hvac.api.system_backend.raw import Raw as Raw
from hvac.api.system_backend.workflows import Workflows as Workflows
from hvac.api.system_backend.control_group import ControlGroup as ControlGroup
from hvac.api.system_backend.login_mfa import LoginMfa as LoginMfa
# Vault Enterprise categories (Vault Community and OpenBao answer their paths with an error,
# except the replication status).
from hvac.api.system_backend.replication import Replication as Replication
from hvac.api.system_backend.mfa import Mfa as Mfa
from hvac.api.system_backend.managed_keys import ManagedKeys as ManagedKeys
from hvac.api.vault_api_base import VaultResponse
from hvac.api.vault_api_category import VaultApiCategory

__all__ = ['Audit', 'Auth', 'Capabilities', 'Health', 'Init', 'Key', 'Leader', 'Lease', 'Mount', 'Namespace', 'Policies', 'Policy', 'Quota', 'Raft', 'Seal', 'SystemBackend', 'SystemBackendMixin', 'Wrapping']

logger = logging.getLogger(__name__)


class SystemBackend(
    VaultApiCategory[VaultResponse],
    Audit[VaultResponse], Auth[VaultResponse], Capabilities[VaultResponse], Health[VaultResponse],
    Init[VaultResponse], Key[VaultResponse], Leader[VaultResponse], Lease[VaultResponse], Mount[VaultResponse],
    Namespace[VaultResponse], Policies[VaultResponse], Policy[VaultResponse], Quota[VaultResponse],
    Raft[VaultResponse], Seal[VaultResponse], Wrapping[VaultResponse],
    Rotation[VaultResponse], Config[VaultResponse], Plugins[VaultResponse], Internal[VaultResponse],
    Monitoring[VaultResponse], Tools[VaultResponse], ExternalKeys[VaultResponse], Raw[VaultResponse],
    Workflows[VaultResponse], ControlGroup[VaultResponse], LoginMfa[VaultResponse],
    Replication[VaultResponse], Mfa[VaultResponse], ManagedKeys[VaultResponse],
):
    """Every sys category in one object: ``client.sys.read_seal_status()``, or ``client.sys.audit`` …

    (``client.sys.seal`` is the :meth:`seal` method, so the Seal category has no attribute.)
    """

    # Each category is also an attribute, built with the object (type checkers see these).
    audit: Audit[VaultResponse]
    auth: Auth[VaultResponse]
    capabilities: Capabilities[VaultResponse]
    health: Health[VaultResponse]
    init: Init[VaultResponse]
    key: Key[VaultResponse]
    leader: Leader[VaultResponse]
    lease: Lease[VaultResponse]
    mount: Mount[VaultResponse]
    namespace: Namespace[VaultResponse]
    policies: Policies[VaultResponse]
    policy: Policy[VaultResponse]
    quota: Quota[VaultResponse]
    raft: Raft[VaultResponse]
    wrapping: Wrapping[VaultResponse]
    rotation: Rotation[VaultResponse]
    config: Config[VaultResponse]
    plugins: Plugins[VaultResponse]
    internal: Internal[VaultResponse]
    monitoring: Monitoring[VaultResponse]
    tools: Tools[VaultResponse]
    externalkeys: ExternalKeys[VaultResponse]
    raw: Raw[VaultResponse]
    workflows: Workflows[VaultResponse]
    controlgroup: ControlGroup[VaultResponse]
    loginmfa: LoginMfa[VaultResponse]
    replication: Replication[VaultResponse]
    mfa: Mfa[VaultResponse]
    managedkeys: ManagedKeys[VaultResponse]

    implemented_classes = [
        Audit, Auth, Capabilities, Health, Init, Key, Leader, Lease, Mount, Namespace, Policies, Policy, Quota, Raft, Seal,
        Wrapping,
        Rotation, Config, Plugins, Internal, Monitoring, Tools, ExternalKeys, Raw, Workflows, ControlGroup, LoginMfa,
        Replication, Mfa, ManagedKeys,
    ]

    unimplemented_classes: List[str] = []
