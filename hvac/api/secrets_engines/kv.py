"""KV secrets engine: picks version 1 or 2 of the engine's API."""
import logging
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union, overload

from hvac.adapters import Adapter
from hvac.api.secrets_engines import kv_v1, kv_v2
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    # Type checkers see the default version's (2's) methods on ``kv`` itself; at run time they
    # are looked up on the version chosen by ``default_kv_version``.
    _DefaultVersion = kv_v2.KvV2
else:
    _DefaultVersion = VaultApiBase


class Kv(_DefaultVersion[VaultResponse]):
    """Front for the two KV APIs: ``.v1``, ``.v2``, and the default version's methods directly.

    :param adapter: the shared adapter.
    :param default_kv_version: ``"1"`` or ``"2"``; attribute lookups not found here go to that version.
    """

    allowed_kv_versions: List[str] = ["1", "2"]

    def __init__(self, adapter: Adapter[VaultResponse], default_kv_version: Union[str, int] = "2") -> None:
        self._kv_v1: kv_v1.KvV1[VaultResponse] = kv_v1.KvV1(adapter=adapter)
        self._kv_v2: kv_v2.KvV2[VaultResponse] = kv_v2.KvV2(adapter=adapter)
        # Kept as given, as in the reference: an unknown version only fails when a method is looked up.
        self._default_kv_version = default_kv_version
        super().__init__(adapter)

    @VaultApiBase.adapter.setter  # type: ignore[attr-defined,untyped-decorator]
    def adapter(self, adapter: Adapter[VaultResponse]) -> None:
        self._adapter = adapter
        self._kv_v1.adapter = adapter
        self._kv_v2.adapter = adapter

    @property
    def v1(self) -> kv_v1.KvV1[VaultResponse]:
        """The KV version 1 API."""
        return self._kv_v1

    @property
    def v2(self) -> kv_v2.KvV2[VaultResponse]:
        """The KV version 2 API."""
        return self._kv_v2

    @property
    def default_kv_version(self) -> Union[str, int]:
        """The version whose methods are reachable directly on this object."""
        return self._default_kv_version

    @default_kv_version.setter
    def default_kv_version(self, default_kv_version: Union[str, int]) -> None:
        if str(default_kv_version) not in self.allowed_kv_versions:
            raise ValueError(
                f'Invalid "default_kv_version"; "{",".join(self.allowed_kv_versions)}" allowed, '
                f'"{default_kv_version}" provided'
            )
        self._default_kv_version = str(default_kv_version)

    if TYPE_CHECKING:
        # Statically: version 2's methods (inherited above), version 1's only method, and version
        # 1's form of the one method whose arguments differ.
        def delete_secret(self, path: str, mount_point: str = kv_v1.DEFAULT_MOUNT_POINT) -> VaultResponse: ...

        @overload
        def create_or_update_secret(
            self, path: str, secret: Dict[str, Any], cas: Optional[int] = None, mount_point: str = kv_v2.DEFAULT_MOUNT_POINT
        ) -> VaultResponse: ...

        @overload
        def create_or_update_secret(
            self, path: str, secret: Dict[str, Any], method: Optional[str] = None, mount_point: str = kv_v2.DEFAULT_MOUNT_POINT
        ) -> VaultResponse: ...

        def create_or_update_secret(self, *args: Any, **kwargs: Any) -> VaultResponse: ...

    else:

        def __getattr__(self, item: str) -> Any:
            if item.startswith("_"):
                raise AttributeError(item)
            version = str(self._default_kv_version)
            if version == "1":
                return getattr(self._kv_v1, item)
            if version == "2":
                return getattr(self._kv_v2, item)
            raise AttributeError(f'no KV version "{self._default_kv_version}" to find "{item}" in; "1" or "2" allowed')

    def __dir__(self) -> List[str]:
        version = {"1": self._kv_v1, "2": self._kv_v2}.get(str(self._default_kv_version))
        names = set(super().__dir__())
        if version is not None:
            names.update(name for name in dir(version) if not name.startswith("_"))
        return sorted(names)
