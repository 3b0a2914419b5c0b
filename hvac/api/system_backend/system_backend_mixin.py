"""Common base of the system-backend classes."""
import logging
from abc import ABCMeta  # noqa: F401

from hvac.api.vault_api_base import VaultApiBase

logger = logging.getLogger(__name__)


class SystemBackendMixin(VaultApiBase):
    """Base class of every ``/v1/sys`` category class."""
