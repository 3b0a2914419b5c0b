"""Request/response hooks and a curl rendering, for logging, metrics and debugging.

Not part of the reference API. Hooks are registered on the adapter, e.g.
``hvac.Client(hooks={"request": [log_request], "response": [record_latency]})``; a request
hook is called with a :class:`RequestRecord`, a response hook with the record and the
``requests.Response``. Records never carry the token: sensitive headers are redacted.
"""
import json
import shlex
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional

#: Headers whose value is replaced by :data:`REDACTED` in records and renderings.
SENSITIVE_HEADERS = frozenset({"x-vault-token", "authorization", "proxy-authorization", "cookie"})
REDACTED = "<redacted>"

RequestHook = Callable[["RequestRecord"], None]
ResponseHook = Callable[["RequestRecord", Any], None]


def redact_headers(headers: Mapping[str, str]) -> Dict[str, str]:
    """A copy of ``headers`` with the values of sensitive ones replaced."""
    return {k: (REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


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
    def build(cls, method: str, url: str, headers: Mapping[str, str], kwargs: Mapping[str, Any], redact: bool = True) -> "RequestRecord":
        return cls(
            method=method.upper(),
            url=url,
            headers=redact_headers(headers) if redact else dict(headers),
            json=kwargs.get("json"),
            data=kwargs.get("data"),
            params=kwargs.get("params"),
        )

    def __repr__(self) -> str:
        return f"RequestRecord({self.method} {self.url}, attempt={self.attempt})"


def as_curl(record: RequestRecord, token: Optional[str] = None) -> str:
    """Render a request as a ``curl`` command line.

    The token stays redacted unless the caller passes it explicitly as ``token``.
    """
    url = record.url
    if record.params:
        from urllib.parse import urlencode

        url += ("&" if "?" in url else "?") + urlencode(record.params)
    parts: List[str] = ["curl", "-X", record.method]
    for name, value in record.headers.items():
        if token is not None and name.lower() == "x-vault-token":
            value = token
        parts += ["-H", f"{name}: {value}"]
    if record.json is not None:
        parts += ["-H", "Content-Type: application/json", "-d", json.dumps(record.json, sort_keys=True)]
    elif record.data is not None:
        parts += ["-d", record.data if isinstance(record.data, str) else repr(record.data)]
    parts.append(url)
    return " ".join(shlex.quote(p) for p in parts)
