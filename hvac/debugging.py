"""Request/response hooks and a curl rendering, for logging, metrics and debugging.

Not part of the reference API. Hooks are registered on the adapter, e.g.
``hvac.Client(hooks={"request": [log_request], "response": [record_latency]})``; a request
hook is called with a :class:`RequestRecord`, a response hook with the record and the
``requests.Response``. Records never carry the token: sensitive headers are redacted, and so
are the values of credential fields (:data:`SENSITIVE_FIELDS`) and the client's token wherever
it appears in the URL, the query or the body. What is sent is never changed.

The token redaction here also keeps a token that a server echoes out of exception messages.
"""
import json
import re
import shlex
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, FrozenSet, List, Mapping, Optional, Union

#: Headers whose value is replaced by :data:`REDACTED` in records and renderings.
SENSITIVE_HEADERS = frozenset({"x-vault-token", "authorization", "proxy-authorization", "cookie"})
#: Body and query fields whose values are credentials, replaced by :data:`REDACTED` in records
#: and renderings at any depth (names compared in lower case). The one list of them.
SENSITIVE_FIELDS = frozenset(
    {
        "token", "client_token", "secret_id", "password", "jwt", "id_token", "private_key", "pem_bundle",
        "key", "otp", "secret_key", "session_token", "client_secret", "oidc_client_secret", "bindpass",
        "credentials", "iam_request_headers", "pkcs7",
    }
)
REDACTED = "<redacted>"
#: Shorter tokens are not redacted: real Vault/OpenBao tokens have 24 characters or more, and
#: hiding a short one (a dev server's ``root``) would garble ordinary words and protect nothing.
MIN_REDACTED_TOKEN_LENGTH = 8

RequestHook = Callable[["RequestRecord"], None]
ResponseHook = Callable[["RequestRecord", Any], None]


def redact_headers(headers: Mapping[str, str]) -> Dict[str, str]:
    """A copy of ``headers`` with the values of sensitive ones replaced."""
    return {k: (REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def redact_token(text: str, token: Union[str, bytes, None]) -> str:
    """``text`` with each whole occurrence of ``token`` (not part of a longer word) replaced by
    :data:`REDACTED`; returned unchanged when it has none, or when the token is shorter than
    :data:`MIN_REDACTED_TOKEN_LENGTH`."""
    if isinstance(token, bytes):
        token = token.decode("latin-1")
    if not token or len(token) < MIN_REDACTED_TOKEN_LENGTH or token not in text:
        return text
    return re.sub(rf"(?<!\w){re.escape(token)}(?!\w)", REDACTED, text)


def redact_token_in(value: Any, token: Union[str, bytes, None]) -> Any:
    """A decoded JSON ``value`` with :func:`redact_token` applied to every string in it (keys
    excepted); ``value`` itself when nothing changes."""
    return _redacted(value, token, frozenset())


def redact_body(value: Any, token: Union[str, bytes, None]) -> Any:
    """A body or query ``value`` with the values of :data:`SENSITIVE_FIELDS` replaced at any
    depth and the token redacted from every string; ``value`` itself when nothing changes."""
    return _redacted(value, token, SENSITIVE_FIELDS)


def _redacted(value: Any, token: Union[str, bytes, None], fields: FrozenSet[str]) -> Any:
    if isinstance(value, str):
        return redact_token(value, token)
    if isinstance(value, bytes):  # latin-1 decodes and encodes back any bytes unchanged
        text = value.decode("latin-1")
        hidden = redact_token(text, token)
        return value if hidden is text else hidden.encode("latin-1")
    if isinstance(value, dict):
        redacted = {
            k: (REDACTED if isinstance(k, str) and k.lower() in fields else _redacted(v, token, fields))
            for k, v in value.items()
        }
        return value if all(redacted[k] is v for k, v in value.items()) else redacted
    if isinstance(value, (list, tuple)):
        items = [_redacted(item, token, fields) for item in value]
        return value if all(a is b for a, b in zip(items, value)) else type(value)(items)
    return value


@dataclass
class RequestRecord:
    """What is about to be sent (headers already redacted unless built with ``redact=False``)."""

    method: str
    url: str
    headers: Dict[str, str]
    json: Any = None
    data: Any = None
    params: Optional[Dict[str, Any]] = None
    attempt: int = 1
    extra: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def build(
        cls, method: str, url: str, headers: Mapping[str, str], kwargs: Mapping[str, Any], redact: bool = True, token: Optional[str] = None
    ) -> "RequestRecord":
        """The record of a request about to be sent; with ``redact``, without its credentials:
        sensitive headers and fields, and ``token`` wherever it appears."""
        if not redact:
            return cls(method.upper(), url, dict(headers), kwargs.get("json"), kwargs.get("data"), kwargs.get("params"))
        return cls(
            method=method.upper(),
            url=redact_token(url, token),
            headers=redact_headers(headers),
            json=redact_body(kwargs.get("json"), token),
            data=redact_body(kwargs.get("data"), token),
            params=redact_body(kwargs.get("params"), token),
        )

    def __repr__(self) -> str:
        return f"RequestRecord({self.method} {self.url}, attempt={self.attempt})"


def as_curl(record: RequestRecord, token: Optional[str] = None) -> str:
    """Render a request as a ``curl`` command line, without credentials: sensitive headers and
    fields are redacted (also in a record built with ``redact=False``), and so is the token the
    record's own ``X-Vault-Token`` header carries.

    :param token: put into the ``X-Vault-Token`` header, for a command to run as it is; the
        body and query stay redacted.
    """
    own_token = next((v for k, v in record.headers.items() if k.lower() == "x-vault-token" and v != REDACTED), None)
    url = redact_token(record.url, own_token)
    params = redact_body(record.params, own_token)
    if params:
        from urllib.parse import urlencode

        url += ("&" if "?" in url else "?") + urlencode(params)
    parts: List[str] = ["curl", "-X", record.method]
    for name, value in redact_headers(record.headers).items():
        if token is not None and name.lower() == "x-vault-token":
            value = token
        parts += ["-H", f"{name}: {value}"]
    body, data = redact_body(record.json, own_token), redact_body(record.data, own_token)
    if body is not None:
        parts += ["-H", "Content-Type: application/json", "-d", json.dumps(body, sort_keys=True)]
    elif data is not None:
        parts += ["-d", data if isinstance(data, str) else repr(data)]
    parts.append(url)
    return " ".join(shlex.quote(p) for p in parts)
