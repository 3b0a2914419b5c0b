"""Shared mechanics for every endpoint method: URL building, parameter clean-up,
validation, deprecation warnings and error mapping."""
from __future__ import annotations

import functools
import os
import warnings
from textwrap import dedent  # noqa: F401  (re-exported name, as in the reference)
from typing import Any, Callable, Dict, Iterable, List, NoReturn, Optional, TypeVar, Union
from urllib.parse import quote

from hvac import exceptions

F = TypeVar("F", bound=Callable[..., Any])


def raise_for_error(
    method: str,
    url: str,
    status_code: int,
    message: Optional[str] = None,
    errors: Optional[List[str]] = None,
    text: Optional[str] = None,
    json: Optional[Any] = None,
) -> NoReturn:
    """Raise the :class:`~hvac.exceptions.VaultError` subclass that ``status_code`` maps to.

    :param method: HTTP verb of the failed request.
    :param url: full URL of the failed request.
    :param status_code: HTTP status Vault answered.
    :param message: message used when ``errors`` is empty.
    :param errors: Vault's ``errors`` list.
    :param text: raw response body.
    :param json: decoded response body.
    """
    raise exceptions.VaultError.from_status(
        status_code, message, errors=errors, method=method, url=url, text=text, json=json
    )


def _quote_url_part(value: Any) -> Any:
    # "/" stays literal so nested secret paths keep working, as in the reference.
    return quote(value, safe="/") if isinstance(value, str) else value


def format_url(format_str: str, *args: Any, **kwargs: Any) -> str:
    """Fill ``format_str`` with URL-quoted values.

    String arguments are percent-encoded (``/`` kept); other values are formatted as they are.

    :param format_str: a :meth:`str.format` template such as ``"/v1/{mount_point}/data/{path}"``.
    :return: the formatted URL path.
    """
    return format_str.format(
        *(_quote_url_part(v) for v in args), **{k: _quote_url_part(v) for k, v in kwargs.items()}
    )


def remove_nones(params: Dict[str, Any]) -> Dict[str, Any]:
    """Return a copy of ``params`` without the top-level keys whose value is ``None``."""
    return {key: value for key, value in params.items() if value is not None}


def list_to_comma_delimited(list_param: Optional[Iterable[str]]) -> str:
    """Join ``list_param`` with commas; ``None`` gives an empty string.

    A string is treated as the iterable of its characters, as in the reference.
    """
    if list_param is None:
        list_param = []
    return ",".join(list_param)


def comma_delimited_to_list(list_param: Any) -> List[Any]:
    """Split a comma-delimited string into a list; a list is returned unchanged, anything else gives ``[]``."""
    if isinstance(list_param, list):
        return list_param
    if isinstance(list_param, str):
        return list_param.split(",")
    return []


def validate_list_of_strings_param(param_name: str, param_argument: Any) -> None:
    """Check that ``param_argument`` is a list of strings, a comma-delimited string or ``None``.

    :raises hvac.exceptions.ParamValidationError: for any other value.
    """
    if param_argument is None:
        param_argument = []
    if isinstance(param_argument, str):
        param_argument = param_argument.split(",")
    if not isinstance(param_argument, list) or not all(isinstance(p, str) for p in param_argument):
        raise exceptions.ParamValidationError(
            f'unsupported {param_name} argument provided "{param_argument}" '
            f"({type(param_argument)}), required type: List[str]"
        )


def _looks_like_pem(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    text: str = value.strip()
    return text.startswith("-----BEGIN CERTIFICATE-----") and text.endswith("-----END CERTIFICATE-----")


def validate_pem_format(param_name: str, param_argument: Union[str, List[str]]) -> None:
    """Check that ``param_argument`` is one PEM certificate or a list of them.

    :raises hvac.exceptions.ParamValidationError: when any value is not PEM.
    """
    values = [param_argument] if isinstance(param_argument, str) else param_argument
    if not isinstance(values, list) or not all(_looks_like_pem(v) for v in values):
        raise exceptions.ParamValidationError(
            f"unsupported {param_name} public key / certificate format, required type: PEM"
        )


def validate_choice(param_name: str, value: Any, allowed: Iterable[Any], allow_none: bool = False) -> None:
    """Refuse ``value`` unless it is one of ``allowed`` (or ``None`` when ``allow_none``).

    Not part of the reference API: the one place endpoint methods check enum-like arguments.

    :raises hvac.exceptions.ParamValidationError: naming the parameter and the allowed values.
    """
    if value is None and allow_none:
        return
    allowed = list(allowed)
    if value not in allowed:
        raise exceptions.ParamValidationError(
            f'invalid {param_name} argument provided "{value}", supported values: '
            f'"{", ".join(str(a) for a in allowed)}"'
        )


def get_token_from_env() -> Optional[str]:
    """Return ``VAULT_TOKEN``, else the stripped contents of ``~/.vault-token``, else ``None``."""
    token = os.getenv("VAULT_TOKEN")
    if not token:
        token_file_path = os.path.expanduser("~/.vault-token")
        if os.path.exists(token_file_path):
            with open(token_file_path) as token_file:
                token = token_file.read().strip()
    return token or None


def generate_method_deprecation_message(
    to_be_removed_in_version: str,
    old_method_name: str,
    method_name: Optional[str] = None,
    module_name: Optional[str] = None,
) -> str:
    """Text of the warning emitted when a deprecated method is called."""
    message = (
        f"Call to deprecated function '{old_method_name}'. "
        f"This method will be removed in version '{to_be_removed_in_version}'"
    )
    if method_name is not None and module_name is not None:
        message += f" Please use the '{method_name}' method on the '{module_name}' class moving forward."
    return message


def generate_property_deprecation_message(
    to_be_removed_in_version: str,
    old_name: str,
    new_name: str,
    new_attribute: str,
    module_name: str = "Client",
) -> str:
    """Text of the warning emitted when a deprecated property is read."""
    return (
        f"Call to deprecated property '{old_name}'. "
        f"This property will be removed in version '{to_be_removed_in_version}'"
        f" Please use the '{new_name}' property on the '{module_name}.{new_attribute}' attribute moving forward."
    )


def generate_parameter_deprecation_message(
    to_be_removed_in_version: str,
    old_parameter_name: str,
    new_parameter_name: Optional[str] = None,
    extra_notes: Optional[str] = None,
) -> str:
    """Text of the warning emitted when a deprecated parameter is given a value."""
    message = (
        f"Value supplied for deprecated parameter '{old_parameter_name}'. "
        f"This parameter will be removed in version '{to_be_removed_in_version}'."
    )
    if new_parameter_name is not None:
        message += f" Please use the '{new_parameter_name}' parameter moving forward."
    if extra_notes is not None:
        message += f" {extra_notes}"
    return message


def deprecated_method(to_be_removed_in_version: str, new_method: Optional[Callable[..., Any]] = None) -> Callable[[F], F]:
    """Decorator: warn (``DeprecationWarning``) on each call, naming ``new_method`` when given."""

    def decorator(method: F) -> F:
        import inspect  # only needed here; keeps "import hvac" light

        message = generate_method_deprecation_message(
            to_be_removed_in_version=to_be_removed_in_version,
            old_method_name=method.__name__,
            method_name=new_method.__name__ if new_method is not None else None,
            module_name=getattr(inspect.getmodule(new_method), "__name__", None) if new_method is not None else None,
        )

        @functools.wraps(method)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            warnings.warn(message, category=DeprecationWarning, stacklevel=2)
            return method(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorator


def aliased_parameter(
    name: str,
    *aliases: str,
    removed_in_version: Optional[str],
    position: Optional[int] = None,
    raise_on_multiple: bool = True,
) -> Callable[[F], F]:
    """Decorator: accept ``aliases`` as keyword spellings of the keyword ``name``.

    A value given through an alias is passed on as ``name`` (with a deprecation warning
    when ``removed_in_version`` is set). ``position`` is the index in ``args`` (``self``
    included) where the value may also arrive positionally.

    :raises TypeError: when more than one spelling is given and ``raise_on_multiple`` is set.
    """
    if position is not None and position < 0:
        raise ValueError("position must be a non-negative integer")

    def decorator(method: F) -> F:
        @functools.wraps(method)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            given_positionally = position is not None and len(args) > position
            supplied = [name] if (given_positionally or name in kwargs) else []
            for alias in aliases:
                if alias in kwargs:
                    supplied.append(alias)
                    if removed_in_version is not None:
                        warnings.warn(
                            generate_parameter_deprecation_message(removed_in_version, alias, name),
                            DeprecationWarning,
                            stacklevel=2,
                        )
            if raise_on_multiple and len(supplied) > 1:
                raise TypeError(f"{method.__name__}() got multiple values for '{name}' via {supplied}")
            if supplied and supplied[0] != name:
                kwargs[name] = kwargs.pop(supplied[0])
            return method(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorator


def getattr_with_deprecated_properties(obj: Any, item: str, deprecated_properties: Dict[str, Dict[str, str]]) -> Any:
    """Resolve ``item`` through ``deprecated_properties`` (warning), else raise AttributeError."""
    if item in deprecated_properties:
        entry = deprecated_properties[item]
        new_name = entry.get("new_property", item)
        warnings.warn(
            generate_property_deprecation_message(
                to_be_removed_in_version=entry["to_be_removed_in_version"],
                old_name=item,
                new_name=new_name,
                new_attribute=entry["client_property"],
            ),
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(getattr(obj, entry["client_property"]), new_name)
    raise AttributeError(f"'{obj.__class__.__name__}' has no attribute '{item}'")
