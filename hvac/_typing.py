"""The type parameter that runs through the client, for type checkers only (see docs/typing.rst).

Every request an adapter sends returns one kind of value: the decoded JSON body for
:class:`~hvac.adapters.JSONAdapter`, the ``requests.Response`` for
:class:`~hvac.adapters.RawAdapter`. ``VaultResponse`` is that kind, as a type parameter of the
adapters, of the API classes and of :class:`hvac.Client`, so that
``client.secrets.kv.v2.read_secret_version(...)`` has the type of what the client's adapter returns.

None of it exists at run time: type checkers see ``typing.Generic`` and a ``TypeVar`` with a
default (PEP 696: a plain ``hvac.Client`` annotation means the JSON client); the running code sees
a stand-in that leaves the classes, their MRO and their speed exactly as they were.
"""
from typing import TYPE_CHECKING, Any, Dict, Tuple

import requests

#: The decoded JSON body of an answer, as :class:`~hvac.adapters.JSONAdapter` returns it.
JsonResponse = Dict[str, Any]

if TYPE_CHECKING:
    from typing import Generic as Generic

    # typeshed ships typing_extensions to every type checker; run time never imports it.
    from typing_extensions import TypeVar

    VaultResponse = TypeVar("VaultResponse", default=JsonResponse)
    RawResponse = TypeVar("RawResponse", default=requests.Response)
else:
    from typing import TypeVar

    VaultResponse = TypeVar("VaultResponse")
    RawResponse = TypeVar("RawResponse")

    class _NoRunTimeGeneric:
        """``Generic[...]`` at run time: subscripting gives itself back, and as a base class it
        drops out (PEP 560), so the class is built exactly as if it had not been written."""

        def __getitem__(self, parameters: Any) -> "_NoRunTimeGeneric":
            return self

        def __mro_entries__(self, bases: Tuple[Any, ...]) -> Tuple[()]:
            return ()

    Generic = _NoRunTimeGeneric()


def same_class(cls: type, parameters: Any) -> type:
    """``__class_getitem__`` of the parameterised classes at run time: ``hvac.Client[X]`` (in an
    annotation evaluated at run time, say) is ``hvac.Client`` itself."""
    return cls
