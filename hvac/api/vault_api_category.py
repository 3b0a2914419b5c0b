"""A registry of API classes reachable as attributes (``client.auth.approle``, ``client.secrets.kv`` …)."""
from __future__ import annotations

import importlib
import logging
from abc import ABCMeta, abstractmethod  # noqa: F401
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Type

from hvac.adapters import Adapter
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

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


class VaultApiCategory(VaultApiBase[VaultResponse]):
    """Base class of ``client.auth``, ``client.secrets`` and ``client.sys``.

    Each class of ``implemented_classes`` is built with the adapter, kept as
    ``_<lower-cased name>`` and reached as ``category.<lower-cased name>``; the lower-cased names
    of ``unimplemented_classes`` raise :class:`NotImplementedError`, any other name
    :class:`AttributeError`. A subclass may declare both as plain lists or as properties.

    The built-in categories declare a :class:`LazyClassList`: their classes are imported and
    built on first use instead of all at once, which keeps ``import hvac`` and ``Client()`` cheap.
    """

    def __init__(self, adapter: Adapter[VaultResponse]) -> None:
        declared = _declaration(type(self))
        if isinstance(declared, LazyClassList):
            self._lazy_classes: Dict[str, str] = {
                dotted.rpartition(".")[2].lower(): dotted for dotted in declared.dotted_names
            }
            self.implemented_class_names: List[str] = list(self._lazy_classes)
        else:
            self._lazy_classes = {}
            self.implemented_class_names = []
            for implemented_class in self.implemented_classes:
                class_name = implemented_class.__name__.lower()
                self.implemented_class_names.append(class_name)
                setattr(self, self.get_private_attr_name(class_name), implemented_class(adapter=adapter))
        super().__init__(adapter)

    # Hidden from type checkers, which see each category's registry as declared attributes, so
    # that a misspelled name is reported.
    if not TYPE_CHECKING:

        def __getattr__(self, item: str) -> Any:
            if item.startswith("__"):
                raise AttributeError(item)
            state = self.__dict__
            lazy = state.get("_lazy_classes") or {}
            if item in lazy:
                instance = import_dotted(lazy[item])(adapter=self._adapter)
                setattr(self, self.get_private_attr_name(item), instance)
                # Later lookups of the public name hit the instance dict directly.
                state[item] = instance
                return instance
            if item in (state.get("implemented_class_names") or ()):
                return getattr(self, self.get_private_attr_name(item))
            if item in [name.lower() for name in self.unimplemented_classes]:
                raise NotImplementedError(f'"{item}" auth method class not currently implemented.')
            raise AttributeError

    def __dir__(self) -> List[str]:
        """The usual names plus every registered class's (so REPLs and IDEs complete them)."""
        names = {name for name in super().__dir__() if not _is_private_registry_attr(self, name)}
        names.update(self.__dict__.get("implemented_class_names") or ())
        return sorted(names)

    @property
    def adapter(self) -> Adapter[VaultResponse]:
        """The adapter shared by this category and every class it has built."""
        return self._adapter

    @adapter.setter
    def adapter(self, adapter: Adapter[VaultResponse]) -> None:
        for class_name in self.implemented_class_names:
            built = self.__dict__.get(self.get_private_attr_name(class_name))
            if built is not None:  # a lazily registered class not used yet is built with the new adapter
                built.adapter = adapter
        self._adapter = adapter

    if TYPE_CHECKING:
        # Subclasses declare these as lists, lazy lists or properties, as the contract allows.
        implemented_classes: Any
        unimplemented_classes: Any
    else:

        @property
        @abstractmethod
        def implemented_classes(self) -> List[Type[VaultApiBase[Any]]]:
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


def _is_private_registry_attr(category: VaultApiCategory[Any], name: str) -> bool:
    """Whether ``name`` is where a built class is cached (``_approle``): not for listing."""
    return name.startswith("_") and name[1:] in (category.__dict__.get("implemented_class_names") or ())


def _declaration(category: type) -> Any:
    """The raw ``implemented_classes`` declaration nearest in the MRO (a list, property or lazy list)."""
    return next((vars(k)["implemented_classes"] for k in category.__mro__ if "implemented_classes" in vars(k)), None)
