"""Common base of the system-backend classes."""
import logging
from abc import ABCMeta  # noqa: F401
from typing import Any, Callable, Iterable, Mapping, Optional

import requests

from hvac.api.vault_api_base import VaultApiBase, VaultResponse

logger = logging.getLogger(__name__)


class SystemBackendMixin(VaultApiBase[VaultResponse]):
    """Base class of every ``/v1/sys`` category class."""


def submit_shares_until(
    keys: Iterable[str], submit: Callable[[str], VaultResponse], done: Callable[[Mapping[str, Any]], Any]
) -> Optional[VaultResponse]:
    """Submit key shares one after the other until ``done`` says so of an answer's body.

    :return: the answer to the last share submitted (``None`` for no keys).
    """
    result: Optional[VaultResponse] = None
    for key in keys:
        result = submit(key)
        body: Any = result.json() if isinstance(result, requests.Response) else result
        if done(body):
            break
    return result
