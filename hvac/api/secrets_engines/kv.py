"""KV secrets engine: picks version 1 or 2 of the engine's API."""
import logging
from typing import Any, List

from hvac.api.secrets_engines import kv_v1, kv_v2
from hvac.api.vault_api_base import VaultApiBase

logger = logging.getLogger(__name__)


class Kv(VaultApiBase):
    """Front for the two KV APIs: ``.v1``, ``.v2``, and the default version's methods directly.

    :param adapter: the shared adapter.
    :param default_kv_version: ``"1"`` or ``"2"``; attribute lookups not found here go to that version.
    """

    allowed_kv_versions: List[str] = ["1", "2"]

    def __init__(self, adapter: Any, default_kv_version: str = "2") -> None:
        self._kv_v1 = kv_v1.KvV1(adapter=adapter)
        self._kv_v2 = kv_v2.KvV2(adapter=adapter)
        # Kept as given, as in the reference: an unknown version only fails when a method is looked up.
        self._default_kv_version = default_kv_version
        super().__init__(adapter)

    @VaultApiBase.adapter.setter  # type: ignore[attr-defined,untyped-decorator]
    def adapter(self, adapter: Any) -> None:
        self._adapter = adapter
        self._kv_v1.adapter = adapter
        self._kv_v2.adapter = adapter

    @property
    def v1(self) -> kv_v1.KvV1:
        """The KV version 1 API."""
        return self._kv_v1

    @property
    def v2(self) -> kv_v2.KvV2:
        """The KV version 2 API."""
        return self._kv_v2

    @property
    def default_kv_version(self) -> str:
        """The version whose methods are reachable directly on this object."""
        return self._default_kv_version

    @default_kv_version.setter
    def default_kv_version(self, default_kv_version: Any) -> None:
        if str(default_kv_version) not in self.allowed_kv_versions:
            raise ValueError(
                f'Invalid "default_kv_version"; "{",".join(self.allowed_kv_versions)}" allowed, '
                f'"{default_kv_version}" provided'
            )
        self._default_kv_version = str(default_kv_version)

    def __getattr__(self, item: str) -> Any:
        if item.startswith("_"):
            raise AttributeError(item)
        version = str(self._default_kv_version)
        if version == "1":
            return getattr(self._kv_v1, item)
        if version == "2":
            return getattr(self._kv_v2, item)
        raise AttributeError(f'no KV version "{self._default_kv_version}" to find "{item}" in; "1" or "2" allowed')
