"""Base class of every API class (one per auth method, secrets engine or sys category)."""
import logging
from abc import ABCMeta
from typing import Any, Dict, Union

import requests

logger = logging.getLogger(__name__)

#: What an endpoint method returns: the decoded JSON (JSONAdapter, status 200 with a JSON body)
#: or the ``requests.Response`` (RawAdapter, or any other status such as 204).
VaultResponse = Union[Dict[str, Any], requests.Response]


class VaultApiBase(metaclass=ABCMeta):
    """Holds the adapter that an API class sends its requests through.

    :param adapter: the :class:`hvac.adapters.Adapter` shared with the Client.
    """

    def __init__(self, adapter: Any) -> None:
        self._adapter = adapter

    @property
    def adapter(self) -> Any:
        """The adapter requests are sent through; replaceable."""
        return self._adapter

    @adapter.setter
    def adapter(self, adapter: Any) -> None:
        self._adapter = adapter
