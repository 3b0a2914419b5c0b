"""The machinery of the 0.x flat methods: the migration table, the decorator that registers a
shim and makes it warn, and the small helpers the shims share."""
from __future__ import annotations

import functools
import warnings
from dataclasses import dataclass
from typing import Any, Callable, Dict, Optional, TypeVar

from hvac import adapters, exceptions, utils

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class LegacyMethod:
    """One row of the migration table."""

    name: str
    removed_in: str
    replacement: Optional[str]
    """Qualified name of the replacement, e.g. ``hvac.api.system_backend.seal.Seal.seal``."""

    @property
    def call_path(self) -> Optional[str]:
        """How the replacement is reached from a client, e.g. ``client.sys.seal``."""
        if self.replacement is None:
            return None
        parts = self.replacement.split(".")
        if parts[1] == "adapters":
            return f"client.adapter.{parts[-1]}"
        category = {"system_backend": "sys", "auth_methods": "auth", "secrets_engines": "secrets"}[parts[2]]
        if category == "sys":
            return f"client.sys.{parts[-1]}"
        return f"client.{category}.{parts[-2].lower()}.{parts[-1]}"

    @property
    def docstring(self) -> str:
        """What ``help()`` shows of the shim: that it is deprecated, and what to call instead."""
        instead = f"use ``{self.call_path}``" if self.call_path else "it has no replacement (its endpoint is gone)"
        return f"Deprecated hvac 0.x flat method (due for removal in {self.removed_in}): {instead}."

    @property
    def warning_message(self) -> str:
        module, method = None, None
        if self.replacement is not None:
            module = self.replacement.rsplit(".", 2)[0]
            method = self.replacement.rsplit(".", 1)[1]
        return utils.generate_method_deprecation_message(self.removed_in, self.name, method, module)


LEGACY_METHODS: Dict[str, LegacyMethod] = {}


def _legacy(removed_in: str, replacement: Optional[str] = None) -> Callable[[F], F]:
    """Register the decorated function as a shim and make it warn on each call."""

    def decorator(function: F) -> F:
        qualified = None
        if replacement is not None:
            qualified = f"hvac.{replacement}" if replacement.startswith("adapters.") else f"hvac.api.{replacement}"
        entry = LegacyMethod(function.__name__, removed_in, qualified)
        LEGACY_METHODS[entry.name] = entry
        message = entry.warning_message

        @functools.wraps(function)
        def shim(*args: Any, **kwargs: Any) -> Any:
            warnings.warn(message=message, category=DeprecationWarning, stacklevel=2)
            return function(*args, **kwargs)

        shim.__doc__ = entry.docstring
        return shim  # type: ignore[return-value]

    return decorator


def _joined(value: Any) -> Any:
    return ",".join(value) if isinstance(value, list) else value


def _json(result: Any) -> Any:
    """The decoded body, as the 0.x code indexed it (a raw response is decoded here)."""
    return result.json() if hasattr(result, "json") and callable(result.json) else result


def _none_when_absent(send: Callable[[], Any]) -> Any:
    """The answer of ``send()``, or ``None`` when Vault answers 404 (0.x's "nothing to list")."""
    try:
        return send()
    except exceptions.InvalidPath:
        return None


def _status_is_204(result: Any) -> bool:
    return getattr(result, "status_code", None) == 204


def _url(*parts: Any) -> str:
    """``/v1/part/part…``, each part quoted (``/`` kept), ``None`` parts left out."""
    kept = [str(p) for p in parts if p is not None]
    return utils.format_url("/v1" + "/{}" * len(kept), *kept)


def _auth_url(mount_point: str, *parts: Any) -> str:
    return _url("auth", mount_point, *parts)


def _approle_url(mount_point: str, role_name: str, *parts: Any) -> str:
    return _auth_url(mount_point, "role", role_name, *parts)


def _userpass_url(mount_point: str, username: str, *parts: Any) -> str:
    return _auth_url(mount_point, "users", username, *parts)


class ShimBase:
    """What the shims use of the :class:`hvac.Client` they are installed on."""

    _adapter: adapters.Adapter[Any]
    sys: Any
    auth: Any
    secrets: Any
    login: Callable[..., Any]
