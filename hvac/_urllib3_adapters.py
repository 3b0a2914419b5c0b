"""The lean adapters: the same requests to Vault, sent with urllib3 directly (beyond the reference).

:class:`Urllib3Adapter` (decoded JSON, like :class:`~hvac.adapters.JSONAdapter`) and
:class:`Urllib3RawAdapter` (the response object, like :class:`~hvac.adapters.RawAdapter`) build
each request exactly as the requests-based adapters do (URL, query, headers, body), keep the
redirect policy, retries, hooks and read-your-writes of :class:`~hvac.adapters.RawAdapter`, raise
the same exceptions (network errors as requests' own exception classes), and return the same
results, ``requests.Response`` objects included. What they leave out is requests' per-call
machinery: session merging, cookie jars, the per-call environment look-ups, transport adapters
mounted on a session, and ``requests`` auth objects (a ``(user, password)`` tuple is supported).

Imported on first use through ``hvac.adapters.Urllib3Adapter``.
"""
from __future__ import annotations

import json as jsonlib
import os
from typing import TYPE_CHECKING, Any, Dict, Iterable, Optional, Tuple, cast
from urllib.parse import urlsplit

import requests
import requests.auth
import requests.exceptions
import requests.models
import requests.structures
import requests.utils
import urllib3
import urllib3.exceptions
from urllib3.util import Timeout

from hvac._typing import JsonResponse, RawResponse as _RawResponse
from hvac.utils import is_pem_text as _is_pem_text
from hvac.adapters import _UNDECODABLE, RawAdapter

if TYPE_CHECKING:
    from typing_extensions import Self

# The headers requests adds to every request, sent as they are so that Vault sees the same request.
_DEFAULT_HEADERS = dict(requests.utils.default_headers())
_SUPPORTED_SEND_SETTINGS = frozenset(
    {"json", "data", "params", "timeout", "verify", "cert", "proxies", "stream", "auth", "allow_redirects"}
)
_BODYLESS_METHODS = frozenset({"GET", "HEAD"})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_TlsKey = Tuple[Any, ...]


class Urllib3RawAdapter(RawAdapter[_RawResponse]):
    """Sends with urllib3, keeps-alive per origin (thread-safe), returns ``requests.Response`` objects.

    Takes the arguments of :class:`~hvac.adapters.Adapter` except ``session`` (there is none).

    :param pool_maxsize: connections kept alive per origin (requests' default is 10 too).
    """

    _uses_requests_session = False

    def __init__(self, *args: Any, pool_maxsize: int = 10, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pool_maxsize = pool_maxsize
        self._managers: Dict[Tuple[_TlsKey, Optional[str]], urllib3.PoolManager] = {}
        self._pools: Dict[Tuple[str, str, int, _TlsKey], Any] = {}
        self._tls: Dict[Tuple[bool, Any, Any], _TlsKey] = {}

    def with_token(self, token: Optional[str]) -> "Self":
        """A sibling sending ``token`` instead (see :meth:`hvac.adapters.Adapter.with_token`),
        sharing this adapter's connection pools."""
        sibling = super().with_token(token)
        assert isinstance(sibling, Urllib3RawAdapter)
        sibling._managers, sibling._pools, sibling._tls = self._managers, self._pools, self._tls
        return sibling

    def close(self) -> None:
        """Close every pooled connection."""
        managers, self._managers, self._pools = self._managers, {}, {}
        for manager in managers.values():
            manager.clear()

    def _hop(self, method: str, url: str, headers: Dict[str, str], kwargs: Dict[str, Any]) -> requests.Response:
        return _as_response(*self._open(method, url, headers, kwargs), stream=bool(kwargs.get("stream")))

    # -- building and sending one request ------------------------------------------------

    def _open(
        self, method: str, url: str, headers: Dict[str, str], kwargs: Dict[str, Any]
    ) -> Tuple[urllib3.BaseHTTPResponse, "_Sent"]:
        """Send one request (no redirect followed); return the answer and what was sent.
        Network errors become requests' exceptions."""
        if not _SUPPORTED_SEND_SETTINGS.issuperset(kwargs):
            unsupported = ", ".join(sorted(set(kwargs) - _SUPPORTED_SEND_SETTINGS))
            raise TypeError(f"{type(self).__name__} does not support {unsupported}")
        if self._environment is not None:
            kwargs = self._environment.apply(url, kwargs)
        method = method.upper()
        full_url, body, send_headers = _encode(method, url, headers, kwargs)
        try:
            raw = self._transmit(
                method,
                full_url,
                body,
                send_headers,
                _timeout(kwargs.get("timeout")),
                bool(kwargs.get("stream")),
                kwargs.get("verify", True),
                kwargs.get("cert"),
                kwargs.get("proxies"),
            )
        except urllib3.exceptions.HTTPError as error:
            raise _as_requests_error(error) from error
        except OSError as error:
            raise requests.exceptions.ConnectionError(error) from error
        if not kwargs.get("stream"):
            _read_body(raw)
        return raw, (method, full_url, body, send_headers)

    def _transmit(
        self,
        method: str,
        url: str,
        body: Any,
        headers: Dict[str, str],
        timeout: Timeout,
        stream: bool,
        verify: Any,
        cert: Any,
        proxies: Optional[Dict[str, str]],
    ) -> urllib3.BaseHTTPResponse:
        """The one network call, TLS files and proxy choice included (tests replace it to answer
        without a server). The body is left unread (``stream`` is only information for a
        replacement): :meth:`_open` reads it unless the caller streams it."""
        tls = self._tls_for(url, verify, cert)
        proxy = requests.utils.select_proxy(url, proxies) if proxies else None
        # The body is read by the caller (_read_body), whose faults requests reports otherwise.
        options = dict(
            body=body, headers=headers, timeout=timeout, retries=False, redirect=False,
            preload_content=False, decode_content=True,
        )
        if proxy is not None:
            return self._manager(tls, proxy).urlopen(method, url, **options)
        parts = urlsplit(url)
        scheme, host = parts.scheme.lower(), parts.hostname or ""
        port = parts.port or (443 if scheme == "https" else 80)
        target = f"{parts.path or '/'}?{parts.query}" if parts.query else (parts.path or "/")
        key = (scheme, host, port, tls)
        pool = self._pools.get(key)
        if pool is None or pool.pool is None:  # not made yet, or closed by the manager
            pool = self._pools[key] = self._manager(tls, None).connection_from_host(host, port, scheme)
        return pool.urlopen(method, target, assert_same_host=False, **options)

    def _tls_for(self, url: str, verify: Any, cert: Any) -> _TlsKey:
        """The pool settings for ``verify``/``cert``, worked out (files checked) once per setting."""
        key = (url[:6].lower() == "https:", verify, tuple(cert) if isinstance(cert, list) else cert)
        settings = self._tls.get(key)
        if settings is None:
            settings = self._tls[key] = _tls_settings(url, verify, cert)
        return settings

    def _manager(self, tls: _TlsKey, proxy: Optional[str]) -> urllib3.PoolManager:
        manager = self._managers.get((tls, proxy))
        if manager is None:
            settings = dict(tls[1]) if tls else {}
            if proxy is None:
                manager = urllib3.PoolManager(num_pools=10, maxsize=self._pool_maxsize, **settings)
            elif proxy.lower().startswith("socks"):
                raise requests.exceptions.InvalidSchema(f"{type(self).__name__} does not support SOCKS proxies ({proxy})")
            else:
                username, password = requests.utils.get_auth_from_url(proxy)
                proxy_headers = {"Proxy-Authorization": requests.auth._basic_auth_str(username, password)} if username else None
                manager = urllib3.ProxyManager(proxy, num_pools=10, maxsize=self._pool_maxsize, proxy_headers=proxy_headers, **settings)
            self._managers[(tls, proxy)] = manager
        return manager


class Urllib3Adapter(Urllib3RawAdapter[JsonResponse]):
    """The lean counterpart of :class:`~hvac.adapters.JSONAdapter`: a 200 with a JSON body is
    returned decoded, anything else as the ``requests.Response``."""

    def get_login_token(self, response: Any) -> str:
        """Read ``auth.client_token`` from a decoded login response."""
        token: str = response["auth"]["client_token"]
        return token

    def request_response(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Send like :meth:`Urllib3RawAdapter.request`: the response object, undecoded."""
        response: requests.Response = Urllib3RawAdapter.request(self, method, url, **kwargs)  # type: ignore[assignment]
        return response

    def request(
        self, method: str, url: str, headers: Optional[Dict[str, str]] = None, raise_exception: bool = True, **kwargs: Any
    ) -> JsonResponse:
        """Send the request; decode a 200's JSON body, as :class:`~hvac.adapters.JSONAdapter` does."""
        if self.vault_session is None and self._sends_plainly():
            # The common case in few steps: one exchange, and no response object when the answer is JSON.
            method, url, headers, send_kwargs = self._prepare(method, url, headers, kwargs)
            raw, sent_to = self._open(method, url, headers, send_kwargs)
            stream = bool(send_kwargs.get("stream"))
            if raw.status == 200 and not stream:
                try:
                    return jsonlib.loads(raw.data)  # type: ignore[no-any-return]
                except _UNDECODABLE:
                    pass
            response = self._send(method, url, headers, send_kwargs, _as_response(raw, sent_to, stream))
            if raise_exception and not self.ignore_exceptions and not response.ok:
                self._raise_for_error(method, url, response)
        else:
            # RawAdapter.request gives the response object (this class's type parameter says JSON).
            response = cast(requests.Response, super().request(method, url, headers=headers, raise_exception=raise_exception, **kwargs))
        if response.status_code == 200:
            try:
                return response.json()  # type: ignore[no-any-return]
            except _UNDECODABLE:
                pass
        return response  # type: ignore[return-value]  # as JSONAdapter: no JSON body, the response itself


_PREPARED_URLS: Dict[Tuple[str, str], str] = {}
_PREPARED_URLS_KEPT = 4096


def _prepared_url(url: str, query: str) -> str:
    """The URL requests would send for ``url`` plus ``query``: its own preparation (normalised
    host, quoted path and query), remembered because it costs more than the rest of a request."""
    key = (url, query)
    prepared = _PREPARED_URLS.get(key)
    if prepared is None:
        request = requests.models.PreparedRequest()
        request.prepare_url(url, query)
        prepared = request.url or url
        if len(_PREPARED_URLS) >= _PREPARED_URLS_KEPT:
            _PREPARED_URLS.clear()
        _PREPARED_URLS[key] = prepared
    return prepared


def _encode(method: str, url: str, headers: Dict[str, str], kwargs: Dict[str, Any]) -> Tuple[str, Any, Dict[str, str]]:
    """The final URL, body and headers, as requests would prepare them."""
    params = kwargs.get("params")
    query = requests.models.RequestEncodingMixin._encode_params(params) if params else ""  # type: ignore[attr-defined]
    url = _prepared_url(url, query)

    send_headers = {**_DEFAULT_HEADERS, **headers}
    body: Any = None
    payload, data = kwargs.get("json"), kwargs.get("data")
    if data:
        if isinstance(data, (dict, list, tuple)):
            body = requests.models.RequestEncodingMixin._encode_params(data)  # type: ignore[attr-defined]
            send_headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        else:
            body = data
    elif payload is not None:
        body = jsonlib.dumps(payload, allow_nan=False).encode("utf-8")
        send_headers.setdefault("Content-Type", "application/json")
    if body is None and method not in _BODYLESS_METHODS:
        send_headers["Content-Length"] = "0"
    auth = kwargs.get("auth")
    if auth is not None:
        if not (isinstance(auth, tuple) and len(auth) == 2):
            raise TypeError("the lean adapters take auth as a (username, password) tuple only")
        send_headers["Authorization"] = requests.auth._basic_auth_str(*auth)
    return url, body, send_headers


_TIMEOUTS: Dict[Any, Timeout] = {}


def _timeout(setting: Any) -> Timeout:
    """requests' timeout setting (seconds, or a (connect, read) pair) as urllib3's, made once per value."""
    if isinstance(setting, Timeout):
        return setting
    timeout = _TIMEOUTS.get(setting)
    if timeout is None:
        connect, read = setting if isinstance(setting, tuple) else (setting, setting)
        timeout = _TIMEOUTS[setting] = Timeout(connect=connect, read=read)
    return timeout


def _tls_settings(url: str, verify: Any, cert: Any) -> _TlsKey:
    """Hashable pool settings for ``verify`` and ``cert``, checked as requests checks them."""
    if not url.lower().startswith("https"):
        return ()
    settings: Dict[str, Any] = {}
    if verify is False:
        settings["cert_reqs"] = "CERT_NONE"
    else:
        settings["cert_reqs"] = "CERT_REQUIRED"
        location = requests.utils.DEFAULT_CA_BUNDLE_PATH if verify in (True, None) else verify
        if _is_pem_text(location):
            settings["ca_cert_data"] = location
        elif not location or not os.path.exists(location):
            raise OSError(f"Could not find a suitable TLS CA certificate bundle, invalid path: {location}")
        elif os.path.isdir(location):
            settings["ca_cert_dir"] = location
        else:
            settings["ca_certs"] = location
    if cert:
        cert_file, key_file = (cert, None) if isinstance(cert, str) else (cert[0], cert[1] or None)
        for path in (cert_file, key_file):
            if path and not os.path.exists(path):
                raise OSError(f"Could not find the TLS certificate file, invalid path: {path}")
        settings["cert_file"], settings["key_file"] = cert_file, key_file
    return ("tls", tuple(sorted(settings.items())))


_Sent = Tuple[str, str, Any, Dict[str, str]]  # method, URL, body, headers


def _as_response(raw: urllib3.BaseHTTPResponse, sent: _Sent, stream: bool = False) -> requests.Response:
    """A ``requests.Response`` over a urllib3 response, as requests' own transport builds it
    (``response.request`` included)."""
    request = requests.PreparedRequest()
    request.method, request.url, request.body = sent[0], sent[1], sent[2]
    request.headers = requests.structures.CaseInsensitiveDict(sent[3])
    response = requests.Response()
    response.status_code = raw.status
    response.headers = requests.structures.CaseInsensitiveDict(raw.headers)
    response.encoding = requests.utils.get_encoding_from_headers(response.headers)
    response.raw = raw
    response.reason = raw.reason  # type: ignore[assignment]
    response.url = sent[1]
    response.request = request
    if not stream:
        response._content = raw.data
        response._content_consumed = True  # type: ignore[attr-defined]
    return response


def _read_body(raw: urllib3.BaseHTTPResponse) -> None:
    """Read the whole body now, a fault raising what requests raises while it reads a body: a
    connection broken half way is a ``ChunkedEncodingError``, a read timeout a ``ConnectionError``."""
    try:
        raw.data
    except urllib3.exceptions.ProtocolError as error:
        raise requests.exceptions.ChunkedEncodingError(error) from error
    except urllib3.exceptions.DecodeError as error:
        raise requests.exceptions.ContentDecodingError(error) from error
    except urllib3.exceptions.ReadTimeoutError as error:
        raise requests.exceptions.ConnectionError(error) from error
    except urllib3.exceptions.SSLError as error:
        raise requests.exceptions.SSLError(error) from error


def _as_requests_error(error: urllib3.exceptions.HTTPError) -> requests.exceptions.RequestException:
    """The requests exception its own transport raises for the same urllib3 error."""
    mapping: Iterable[Tuple[type, type]] = (
        (urllib3.exceptions.NewConnectionError, requests.exceptions.ConnectionError),
        (urllib3.exceptions.ConnectTimeoutError, requests.exceptions.ConnectTimeout),
        (urllib3.exceptions.ReadTimeoutError, requests.exceptions.ReadTimeout),
        (urllib3.exceptions.SSLError, requests.exceptions.SSLError),
        (urllib3.exceptions.ProxyError, requests.exceptions.ProxyError),
        (urllib3.exceptions.DecodeError, requests.exceptions.ContentDecodingError),
        (urllib3.exceptions.LocationValueError, requests.exceptions.InvalidURL),
    )
    for urllib3_class, requests_class in mapping:
        if isinstance(error, urllib3_class):
            return requests_class(error)  # type: ignore[no-any-return]
    return requests.exceptions.ConnectionError(error)
