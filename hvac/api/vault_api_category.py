"""A registry of API classes reachable as attributes (``client.auth.approle``, ``client.secrets.kv`` …)."""
from __future__ import annotations

import importlib
import logging
from abc import ABCMeta, abstractmethod  # noqa: F401
from typing import Any, Dict, Iterable, List, Type

from hvac.api.vault_api_base import VaultApiBase

logger = logging.getLogger(__name__)


class LazyClassList:
    """Class attribute that imports the named classes the first time it is read.

    Keeps ``import hvac`` cheap: a backend module loads when its class is first used.
    """

    def __init__(self, dotted_names: Iterable[str]) -> None:
        self.dotted_names = list(dotted_names)
        self._classes: Any = None

    def __get__(self, instance: Any, owner: Any) -> List[type]:
        if self._classes is None:
            self._classes = [import_dotted(name) for name in self.dotted_names]
        return list(self._classes)


def import_dotted(dotted_name: str) -> Any:
    """Import ``package.module.Name`` and return ``Name``."""
    module_name, _, attribute = dotted_name.rpartition(".")
    return getattr(importlib.import_module(module_name), attribute)


def lazy_module_attributes(module_name: str, names: Dict[str, str]) -> Any:
    """Build a module ``__getattr__`` that imports ``names[name]`` (a submodule) on first access."""

    def __getattr__(name: str) -> Any:
        if name in names:
            return getattr(importlib.import_module(f"{module_name}.{names[name]}"), name)
        raise AttributeError(f"module {module_name!r} has no attribute {name!r}")

    return __getattr__


class VaultApiCategory(VaultApiBase):
    """Base class of ``client.auth``, ``client.secrets`` and ``client.sys``.

    Each implemented class is reachable by its lower-cased name and built on first use;
    the lower-cased names of ``unimplemented_classes`` raise :class:`NotImplementedError`.
    """

    def __init__(self, adapter: Any) -> None:
        super().__init__(adapter)

    def __getattr__(self, item: str) -> Any:
        if item.startswith("__"):
            raise AttributeError(item)
        implemented = _implemented_by_lower_name(type(self))
        if item in implemented:
            instance = _resolve(implemented[item])(adapter=self._adapter)
            setattr(self, self.get_private_attr_name(item), instance)
            # Later lookups of the public name hit the instance dict directly.
            self.__dict__[item] = instance
            return instance
        if item in (name.lower() for name in self.unimplemented_classes):
            raise NotImplementedError(f'"{item}" auth method class not currently implemented.')
        raise AttributeError

    @property
    def adapter(self) -> Any:
        """The adapter shared by this category and every class it has built."""
        return self._adapter

    @adapter.setter
    def adapter(self, adapter: Any) -> None:
        self._adapter = adapter
        for name in _implemented_by_lower_name(type(self)):
            built = self.__dict__.get(self.get_private_attr_name(name))
            if built is not None:
                built.adapter = adapter

    @property
    @abstractmethod
    def implemented_classes(self) -> List[Type[VaultApiBase]]:
        """The API classes this category exposes."""
        raise NotImplementedError

    @property
    def unimplemented_classes(self) -> List[str]:
        """Names of backends the category knows of but does not implement."""
        raise NotImplementedError

    @staticmethod
    def get_private_attr_name(class_name: str) -> str:
        """Name of the attribute a built class is cached under."""
        return f"_{class_name}"


_REGISTRY_CACHE: Dict[type, Dict[str, Any]] = {}


def _implemented_by_lower_name(category: type) -> Dict[str, Any]:
    """Map each implemented class's lower-cased name to the class or its dotted name.

    Dotted names are imported only when that one class is first used.
    """
    registry = _REGISTRY_CACHE.get(category)
    if registry is None:
        declared = next((vars(k)["implemented_classes"] for k in category.__mro__ if "implemented_classes" in vars(k)), None)
        if isinstance(declared, LazyClassList):
            registry = {name.rpartition(".")[2].lower(): name for name in declared.dotted_names}
        else:
            registry = {cls.__name__.lower(): cls for cls in category.implemented_classes}  # type: ignore[attr-defined]
        _REGISTRY_CACHE[category] = registry
    return registry


def _resolve(class_or_name: Any) -> Any:
    return import_dotted(class_or_name) if isinstance(class_or_name, str) else class_or_name
