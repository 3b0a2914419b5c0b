"""Base class of every API class (one per auth method, secrets engine or sys category)."""
from __future__ import annotations

import logging
from abc import ABCMeta
from typing import Any

from hvac.adapters import Adapter
from hvac.adapters import VaultResponse as VaultResponse  # re-exported for the API modules

logger = logging.getLogger(__name__)



class VaultApiBase(metaclass=ABCMeta):
    """Holds the adapter that an API class sends its requests through.

    :param adapter: the :class:`hvac.adapters.Adapter` shared with the Client.
    """

    def __init__(self, adapter: Adapter) -> None:
        self._adapter: Adapter = adapter

    @property
    def adapter(self) -> Adapter:
        """The adapter requests are sent through; replaceable."""
        return self._adapter

    @adapter.setter
    def adapter(self, adapter: Adapter) -> None:
        self._adapter = adapter
