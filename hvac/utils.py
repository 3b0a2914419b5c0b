"""Shared mechanics for every endpoint method: URL building, parameter clean-up,
validation, deprecation warnings and error mapping."""
from __future__ import annotations

import functools
import os
import warnings
from textwrap import dedent
from typing import Any, Callable, Dict, Iterable, List, Mapping, NoReturn, Optional, Tuple, TypeVar, Union
from urllib.parse import quote, urlsplit

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


# Characters a URL path carries literally (RFC 3986 sub-delimiters, ":" and "@"): the transport
# leaves them as they are, so the reference sent them so for the values it did not quote itself.
_PATH_SAFE = "/!$&'()*+,;=:@"


def _quote_url_part(value: Any) -> str:
    # "/" stays literal so nested secret paths keep working, as in the reference.
    if isinstance(value, str):
        return quote(value, safe="/")
    # Any other value (a pathlib path, bytes, a number...) is quoted as its str(), so that nothing
    # a caller passes can end the path with "?" or "#"; what the transport would have left as it
    # is stays so, and the reference's requests for such values are unchanged.
    return quote(str(value), safe=_PATH_SAFE)


def format_url(format_str: str, *args: Any, **kwargs: Any) -> str:
    """Fill ``format_str`` with URL-quoted values.

    String values are percent-encoded (``/`` kept), as in the reference; any other value is
    percent-encoded as its ``str`` (``/``, ``:``, ``@`` and sub-delimiters such as ``,`` kept), so
    no value can add a query string or a fragment.

    :param format_str: a :meth:`str.format` template such as ``"/v1/{mount_point}/data/{path}"``.
    :return: the formatted URL path.
    """
    return format_str.format(
        *(_quote_url_part(v) for v in args), **{k: _quote_url_part(v) for k, v in kwargs.items()}
    )


_DEFAULT_PORTS = {"http": 80, "https": 443}


def url_origin(url: str) -> Tuple[str, str, int]:
    """``(scheme, host, port)`` of a URL, lower-cased, the port filled in from the scheme: what
    decides where a token may go."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or _DEFAULT_PORTS.get(scheme, 0)


def remove_nones(params: Dict[str, Any]) -> Dict[str, Any]:
    """Return a copy of ``params`` without the top-level keys whose value is ``None``."""
    return {key: value for key, value in params.items() if value is not None}


def given_fields(arguments: Dict[str, Any], *path_params: str) -> Dict[str, Any]:
    """The request body of a method whose arguments are named after its fields.

    :param arguments: the method's ``locals()``, taken before any other local is bound.
    :param path_params: arguments that go in the URL, not the body (``self`` and ``mount_point``
        are always left out).
    :return: the other arguments that are not ``None``.
    """
    skipped = {"self", "mount_point", *path_params}
    return {key: value for key, value in arguments.items() if key not in skipped and value is not None}


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
        param_argument = comma_delimited_to_list(list_param=param_argument)
    if not isinstance(param_argument, list) or not all(isinstance(p, str) for p in param_argument):
        raise exceptions.ParamValidationError(
            f'unsupported {param_name} argument provided "{param_argument}" '
            f"({type(param_argument)}), required type: List[str]"
        )


def validate_allowed(param_name: str, value: Any, allowed: Iterable[Any], noun: str = "types") -> None:
    """Refuse ``value`` (unless ``None``) when it is not one of ``allowed`` (not in the reference).

    The message is the reference's for its enum-like arguments:
    ``invalid <param> argument provided "<value>", supported <noun>: "<a, b, c>"``.

    :raises hvac.exceptions.ParamValidationError: for any other value.
    """
    allowed = list(allowed)
    if value is not None and value not in allowed:
        raise exceptions.ParamValidationError(
            f'invalid {param_name} argument provided "{value}", supported {noun}: '
            f'"{", ".join(str(a) for a in allowed)}"'
        )


def is_pem_text(value: Any) -> bool:
    """Whether ``value`` is PEM text given inline (rather than, say, the path of a PEM file)."""
    return isinstance(value, str) and "-----BEGIN" in value


def carries_inline_tls(kwargs: Dict[str, Any]) -> bool:
    """Whether send settings hold TLS material inline: CA certificates as PEM text, or a
    ``(cert_file, "")`` pair (the key in the certificate's file). Only then has the adapter's
    TLS step (``hvac._tls``) work to do."""
    cert = kwargs.get("cert")
    return is_pem_text(kwargs.get("verify")) or (isinstance(cert, (tuple, list)) and len(cert) == 2 and not cert[1])


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


_CHARACTER_NAMES = {"\n": "a newline", "\r": "a carriage return", "\t": "a tab", "\x00": "a NUL character", " ": "a space"}


def validate_token(token: Any) -> None:
    """Refuse a token that could not travel unchanged as the ``X-Vault-Token`` header (beyond the
    reference): only printable ASCII, as Vault's Go client takes, and no space at either end
    (header parsing would drop it). The message names the problem and its position, never the
    token: a token file read without stripping it must not put the token into a traceback.

    :raises hvac.exceptions.ParamValidationError: for a token that is not such a ``str`` or ``bytes``.
    """
    if isinstance(token, bytes):
        token = token.decode("latin-1")
    elif not isinstance(token, str):
        raise exceptions.ParamValidationError(f"token must be a str, not {type(token).__name__}")
    if token.isascii() and token.isprintable() and token[:1] != " " and token[-1:] != " ":
        return
    for position, character in enumerate(token):
        if character == " " and 0 < position < len(token) - 1:
            continue
        if character not in _CHARACTER_NAMES and character.isascii() and character.isprintable():
            continue
        problem = _CHARACTER_NAMES.get(character) or ("a control character" if character.isascii() else "a non-ASCII character")
        raise exceptions.ParamValidationError(
            f"token contains {problem} at position {position}: a token is printable ASCII without a space at either end"
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
    """Decorator: warn (``DeprecationWarning``) on each call, naming ``new_method`` when given.

    The wrapper's docstring is the deprecation message, followed by the replacement's own
    docstring when there is a replacement.
    """

    def decorator(method: F) -> F:
        message = generate_method_deprecation_message(
            to_be_removed_in_version=to_be_removed_in_version,
            old_method_name=method.__name__,
            method_name=new_method.__name__ if new_method is not None else None,
            module_name=_module_name_of(new_method) if new_method is not None else None,
        )

        @functools.wraps(method)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            warnings.warn(message=message, category=DeprecationWarning, stacklevel=2)
            return method(*args, **kwargs)

        if new_method is None:
            wrapper.__doc__ = message
        else:
            replacement_doc = dedent(new_method.__doc__) if new_method.__doc__ else "N/A"
            wrapper.__doc__ = (
                f"{message}\nDocstring content from this method's replacement copied below:\n{replacement_doc}"
            )
        return wrapper  # type: ignore[return-value]

    return decorator


def _module_name_of(function: Callable[..., Any]) -> Optional[str]:
    # The defining module's name (what inspect.getmodule would find, without importing inspect).
    return getattr(function, "__module__", None)


def aliased_parameter(
    name: str,
    *aliases: str,
    removed_in_version: Optional[str],
    position: Optional[int] = None,
    raise_on_multiple: bool = True,
) -> Callable[[F], F]:
    """Decorator: accept ``aliases`` as keyword spellings of the keyword ``name``.

    For each alias given, in the order declared: a deprecation warning when ``removed_in_version``
    is set, then its value becomes ``name`` unless ``name`` already has one (given as a keyword,
    or positionally at index ``position`` of ``args``, ``self`` included). The alias itself is
    never passed on.

    :raises ValueError: when an alias duplicates a value already given and ``raise_on_multiple`` is set.
    """
    return aliased_parameters({name: (aliases, position)}, removed_in_version, raise_on_multiple)


def aliased_parameters(
    spellings: Mapping[str, Tuple[Iterable[str], Optional[int]]],
    removed_in_version: Optional[str],
    raise_on_multiple: bool = True,
) -> Callable[[F], F]:
    """:func:`aliased_parameter` for several parameters at once (not in the reference).

    :param spellings: parameter name -> (its aliases, its index in ``args`` or ``None``).
    """

    def decorator(method: F) -> F:
        @functools.wraps(method)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for name, (aliases, position) in spellings.items():
                for alias in aliases:
                    if alias not in kwargs:
                        continue
                    if removed_in_version is not None:
                        warnings.warn(
                            message=generate_parameter_deprecation_message(
                                to_be_removed_in_version=removed_in_version,
                                old_parameter_name=alias,
                                new_parameter_name=name,
                            ),
                            category=DeprecationWarning,
                            stacklevel=2,
                        )
                    value = kwargs.pop(alias)
                    if not (name in kwargs or (position is not None and len(args) > position)):
                        kwargs[name] = value
                    elif raise_on_multiple:
                        raise ValueError(f"Parameter '{name}' was given a duplicate value via alias '{alias}'.")
            return method(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorator


def getattr_with_deprecated_properties(obj: Any, item: str, deprecated_properties: Dict[str, Dict[str, str]]) -> Any:
    """Resolve ``item`` through ``deprecated_properties`` (warning), else raise AttributeError."""
    if item in deprecated_properties:
        entry = deprecated_properties[item]
        new_name = entry.get("new_property", item)
        message = generate_property_deprecation_message(
            to_be_removed_in_version=entry["to_be_removed_in_version"],
            old_name=item,
            new_name=new_name,
            new_attribute=entry["client_property"],
        )
        warnings.warn(message=message, category=DeprecationWarning, stacklevel=2)
        return getattr(getattr(obj, entry["client_property"]), new_name)
    raise AttributeError(f"'{obj.__class__.__name__}' has no attribute '{item}'")
