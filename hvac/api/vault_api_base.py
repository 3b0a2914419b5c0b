"""Base class of every API class (one per auth method, secrets engine or sys category)."""
from __future__ import annotations

import logging
from abc import ABCMeta
from typing import TYPE_CHECKING, Any

from hvac import _typing
from hvac._typing import Generic

from hvac.adapters import Adapter
from hvac.adapters import VaultResponse as VaultResponse  # re-exported for the API modules

logger = logging.getLogger(__name__)



class VaultApiBase(Generic[VaultResponse], metaclass=ABCMeta):
    """Holds the adapter that an API class sends its requests through.

    The type parameter is what the adapter's requests return, and so what the endpoint methods
    return: ``Dict[str, Any]`` for the default JSONAdapter (see docs/typing.rst).

    :param adapter: the :class:`hvac.adapters.Adapter` shared with the Client.
    """

    if not TYPE_CHECKING:
        __class_getitem__ = _typing.same_class

    def __init__(self, adapter: Adapter[VaultResponse]) -> None:
        self._adapter: Adapter[VaultResponse] = adapter

    @property
    def adapter(self) -> Adapter[VaultResponse]:
        """The adapter requests are sent through; replaceable."""
        return self._adapter

    @adapter.setter
    def adapter(self, adapter: Adapter[VaultResponse]) -> None:
        self._adapter = adapter
