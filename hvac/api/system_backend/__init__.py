"""The system backend: ``client.sys`` exposes every method of every class below."""
import logging
from typing import List

from hvac.api.system_backend.audit import Audit
from hvac.api.system_backend.auth import Auth
from hvac.api.system_backend.capabilities import Capabilities
from hvac.api.system_backend.health import Health
from hvac.api.system_backend.init import Init
from hvac.api.system_backend.key import Key
from hvac.api.system_backend.leader import Leader
from hvac.api.system_backend.lease import Lease
from hvac.api.system_backend.mount import Mount
from hvac.api.system_backend.namespace import Namespace
from hvac.api.system_backend.policies import Policies
from hvac.api.system_backend.policy import Policy
from hvac.api.system_backend.quota import Quota
from hvac.api.system_backend.raft import Raft
from hvac.api.system_backend.seal import Seal
from hvac.api.system_backend.wrapping import Wrapping
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
# Categories beyond the reference (OpenBao endpoints hvac has no method for).
from hvac.api.system_backend.rotation import Rotation
from hvac.api.system_backend.config import Config
from hvac.api.system_backend.plugins import Plugins
from hvac.api.system_backend.internal import Internal
from hvac.api.system_backend.monitoring import Monitoring
from hvac.api.system_backend.tools import Tools
from hvac.api.system_backend.external_keys import ExternalKeys
from hvac.api.system_backend.raw import Raw
from hvac.api.system_backend.workflows import Workflows
from hvac.api.system_backend.control_group import ControlGroup
from hvac.api.system_backend.login_mfa import LoginMfa
from hvac.api.vault_api_category import VaultApiCategory

__all__ = ['Audit', 'Auth', 'Capabilities', 'Health', 'Init', 'Key', 'Leader', 'Lease', 'Mount', 'Namespace', 'Policies', 'Policy', 'Quota', 'Raft', 'Seal', 'SystemBackend', 'SystemBackendMixin', 'Wrapping']

logger = logging.getLogger(__name__)


class SystemBackend(
    VaultApiCategory, Audit, Auth, Capabilities, Health, Init, Key, Leader, Lease, Mount, Namespace, Policies, Policy,
    Quota, Raft, Seal, Wrapping,
    Rotation, Config, Plugins, Internal, Monitoring, Tools, ExternalKeys, Raw, Workflows, ControlGroup, LoginMfa,
):
    """Every sys category in one object: ``client.sys.read_seal_status()``, or ``client.sys.seal`` …"""

    implemented_classes = [
        Audit, Auth, Capabilities, Health, Init, Key, Leader, Lease, Mount, Namespace, Policies, Policy, Quota, Raft, Seal,
        Wrapping,
        Rotation, Config, Plugins, Internal, Monitoring, Tools, ExternalKeys, Raw, Workflows, ControlGroup, LoginMfa,
    ]

    unimplemented_classes: List[str] = []
