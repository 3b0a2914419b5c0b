"""The flat methods of hvac 0.x, kept so that old scripts run unchanged.

Each shim keeps the old signature, warns with a ``DeprecationWarning`` that names the
version it is due to go in and its replacement, then forwards to that replacement, or,
where the old request differs from what the replacement sends (or there is none), sends
the recorded request itself. :data:`LEGACY_METHODS` is the table the shims are built
from; the migration page of the documentation is generated from it too.

The shims are installed on :class:`hvac.Client` by :func:`install`, without replacing any
name the modern Client defines (the modern behaviour wins).
"""

from __future__ import annotations

from typing import Any

from hvac import adapters
from hvac.v1.legacy._shim import LEGACY_METHODS as LEGACY_METHODS, LegacyMethod as LegacyMethod, _legacy

# The topics register their shims in this order, which the migration table keeps.
from hvac.v1.legacy._system_backend import SystemBackendShims  # isort: skip
from hvac.v1.legacy._tokens import TokenShims  # isort: skip
from hvac.v1.legacy._auth_methods import AuthMethodShims  # isort: skip
from hvac.v1.legacy._transit import TransitShims  # isort: skip


class LegacyClientMethods(SystemBackendShims, TokenShims, AuthMethodShims, TransitShims):
    """The 0.x flat methods; :func:`install` copies them onto :class:`hvac.Client`."""

    @_legacy("0.8.0", "adapters.Adapter.close")
    def close(self) -> None:
        self._adapter.close()

    @staticmethod
    @_legacy("0.8.0", "adapters.Adapter.urljoin")
    def urljoin(*args: Any) -> str:
        return adapters.Adapter.urljoin(*args)


def install(client_class: type) -> None:
    """Copy every shim onto ``client_class``, replacing the lazy stand-ins but no name the
    class defines itself (the modern behaviour wins)."""
    from hvac.v1 import _LegacyMethodLoader

    for name in LEGACY_METHODS:
        current = vars(client_class).get(name)
        if current is None or isinstance(current, _LegacyMethodLoader):
            # As the topic class holds it (a staticmethod stays one), not as looked up.
            owner = next(klass for klass in LegacyClientMethods.__mro__ if name in vars(klass))
            setattr(client_class, name, vars(owner)[name])
