"""HTTP adapters: the single place where requests to Vault are built, sent and checked.

:meth:`RawAdapter.request` runs the steps in order; each concern beyond the plain exchange lives
in a module of its own, loaded when first needed: the retry policy (:mod:`hvac.retry`),
read-your-writes (:mod:`hvac.consistency`), routing over a cluster's nodes (:mod:`hvac.cluster`),
hooks (:mod:`hvac.debugging`), redirects (``hvac._redirects``), the process environment
(``hvac._environment``), inline TLS material (``hvac._tls``), and the status-to-exception
mapping (:func:`hvac.utils.raise_for_error`).
"""
from __future__ import annotations

import itertools
import time
from abc import ABCMeta, abstractmethod
from typing import TYPE_CHECKING, Any, ContextManager, Dict, FrozenSet, Iterable, Iterator, List, Optional, Sequence, Tuple, Union
from urllib.parse import unquote, urlsplit

import requests
import requests.models

from hvac import _typing, exceptions, utils
from hvac._typing import Generic, JsonResponse as JsonResponse, RawResponse as _RawResponse, VaultResponse as VaultResponse

if TYPE_CHECKING:
    from typing_extensions import Self

    # Each transport step is a module of its own, loaded by the first adapter made.
    from hvac._environment import EnvironmentSnapshot as EnvironmentSnapshot
    from hvac._tls import (
        InlineTLSHTTPAdapter as InlineTLSHTTPAdapter,
        ca_bundle_file as ca_bundle_file,
        usable_client_cert as usable_client_cert,
    )

    # Loaded when first needed (a cluster, read-your-writes), keeping "import hvac" light.
    from hvac.cluster import Cluster, ReadFrom
    from hvac.consistency import ConsistencyState

    from hvac.lifecycle.session import Session
    from hvac.retry import RetryPolicy

DEFAULT_URL = "http://localhost:8200"

#: What decoding a body may raise besides invalid JSON: nesting deeper than the interpreter's
#: recursion limit. Such a body is treated as not JSON.
_UNDECODABLE = (ValueError, RecursionError)

#: Seconds, or ``(connect, read)`` seconds, as requests takes them.
Timeout = Union[float, Tuple[Optional[float], Optional[float]], None]


class Adapter(Generic[VaultResponse], metaclass=ABCMeta):
    """Base class of the transports the :class:`hvac.Client` talks through.

    Its type parameter is what :meth:`request` returns (for type checkers only).

    :param base_uri: Vault's address, e.g. ``https://vault.example.com:8200``.
    :param token: token sent as ``X-Vault-Token``.
    :param cert: client certificate, a path or a ``(cert, key)`` tuple.
    :param verify: ``True``/``False`` or a CA bundle path.
    :param timeout: seconds before a request gives up.
    :param proxies: proxies mapping handed to requests.
    :param allow_redirects: follow redirects.
    :param session: a ``requests.Session`` to reuse; one is made when omitted.
    :param namespace: Vault Enterprise namespace, sent as ``X-Vault-Namespace``.
    :param ignore_exceptions: return error responses instead of raising.
    :param strict_http: send ``GET ...?list=true`` instead of the ``LIST`` verb.
    :param request_header: send ``X-Vault-Request: true`` (Vault's CSRF guard).
    :param read_environment_once: beyond the reference. requests reads the process environment
        (proxy variables, ``REQUESTS_CA_BUNDLE``/``CURL_CA_BUNDLE``, ``~/.netrc``) on every call; with
        this set, the adapter reads them once per origin, at its first request there, and hands
        the result to requests explicitly (see :meth:`refresh_environment`). ``None`` (default):
        on for the session the adapter creates, off for a ``session`` you pass; ``True``: also for
        yours (its ``trust_env`` is then turned off); ``False``: never.
    :param nodes: beyond the reference. The address of every node of an HA cluster; requests are
        then routed over them by :class:`hvac.cluster.Cluster` (writes to the active node, node
        failures skipped, not-applied requests sent on), and ``base_uri`` must be one of them.
        See :doc:`/cluster`.
    :param read_from: beyond the reference, with ``nodes``: ``"active"`` (default) sends reads to
        the active node; ``"any"`` spreads them over the healthy nodes, with the read-your-writes
        state kept and sent whatever ``read_your_writes`` says.
    """

    if not TYPE_CHECKING:
        __class_getitem__ = _typing.same_class

    #: Whether the adapter sends through a ``requests.Session`` (the lean adapters do not).
    _uses_requests_session = True

    def __init__(
        self,
        base_uri: str = DEFAULT_URL,
        token: Optional[str] = None,
        cert: Any = None,
        verify: Union[bool, str] = True,
        timeout: Timeout = 30,
        proxies: Optional[Dict[str, str]] = None,
        allow_redirects: bool = True,
        session: Optional[requests.Session] = None,
        namespace: Optional[str] = None,
        ignore_exceptions: bool = False,
        strict_http: bool = False,
        request_header: bool = True,
        *,
        retries: Any = None,
        trusted_redirect_origins: Optional[Iterable[str]] = None,
        read_your_writes: bool = False,
        hooks: Optional[Dict[str, List[Any]]] = None,
        read_environment_once: Optional[bool] = None,
        nodes: Optional[Sequence[str]] = None,
        read_from: ReadFrom = "active",
    ) -> None:
        if session and not self._uses_requests_session:
            raise ValueError(f"{type(self).__name__} sends without requests: it takes no session")
        own_session = not session and self._uses_requests_session
        from hvac._environment import EnvironmentSnapshot
        from hvac._tls import InlineTLSHTTPAdapter

        if own_session:
            session = requests.Session()
            session.cert, session.verify, session.proxies = cert, verify, proxies  # type: ignore[assignment]
            session.mount("https://", InlineTLSHTTPAdapter())

        self.base_uri = base_uri
        self.token = token
        self.namespace = namespace
        self.session = session  # type: ignore[assignment]
        if read_environment_once is None:
            read_environment_once = own_session or not self._uses_requests_session
        self._environment: Optional[EnvironmentSnapshot] = EnvironmentSnapshot() if read_environment_once else None
        if self._environment is not None and self.session is not None:
            self.session.trust_env = False  # requests would read it again on every call
        self.allow_redirects = allow_redirects
        self.ignore_exceptions = ignore_exceptions
        self.strict_http = strict_http
        self.request_header = request_header
        self._kwargs: Dict[str, Any] = {"cert": cert, "verify": verify, "timeout": timeout, "proxies": proxies}
        # Options beyond the reference; all off by default.
        self.retries = retries
        self.trusted_redirect_origins = trusted_redirect_origins
        self.read_your_writes = read_your_writes
        self.hooks: Dict[str, List[Any]] = {"request": [], "response": []}
        for event, callables in (hooks or {}).items():
            if event not in self.hooks:
                raise ValueError(f'unknown hook event "{event}"; "request" or "response" allowed')
            self.hooks[event].extend(callables)
        # The read-your-writes state, made when first needed (see the consistency property).
        self._consistency: Optional[ConsistencyState] = None
        #: The nodes requests are routed over, when ``nodes`` was given.
        self.cluster: Optional[Cluster] = None
        if nodes is not None:
            from hvac.cluster import Cluster

            self.cluster = Cluster(nodes, read_from)
            if _origin(base_uri) not in self.cluster.origins:
                raise ValueError(f"the address {base_uri!r} is not one of nodes: list every node in nodes")
        elif read_from != "active":
            raise ValueError("read_from applies to a client given the addresses of its nodes (nodes=...)")
        #: The :class:`hvac.lifecycle.Session` keeping this adapter logged in, if one is installed.
        self.vault_session: Optional["Session"] = None

    @property
    def consistency(self) -> ConsistencyState:
        """The read-your-writes state: the highest ``X-Vault-Index`` seen (see :doc:`/cluster`)."""
        if self._consistency is None:
            from hvac.consistency import ConsistencyState

            self._consistency = ConsistencyState()
        return self._consistency

    @consistency.setter
    def consistency(self, state: ConsistencyState) -> None:
        self._consistency = state

    @property
    def last_index(self) -> Optional[str]:
        """The highest ``X-Vault-Index`` seen (``None``: none yet): the read-your-writes state.
        Setting it replaces the state."""
        return self._consistency.header if self._consistency is not None else None

    @last_index.setter
    def last_index(self, index: Optional[str]) -> None:
        self.consistency.replace(index)

    def _keeps_state(self) -> bool:
        """Whether requests carry the read-your-writes state."""
        return self.read_your_writes or (self.cluster is not None and self.cluster.read_from == "any")

    def consistency_state(self) -> str:
        """The read-your-writes state after this adapter's requests so far, as a plain string to
        hand to :meth:`require_state` of another client, in this process or another (beyond the
        reference). ``""`` before any answer.

        :raises ValueError: when this adapter keeps no state (``read_your_writes`` is off and
            reads are not spread with ``read_from="any"``).
        """
        if not self._keeps_state():
            raise ValueError("this client keeps no consistency state: create it with read_your_writes=True")
        return self.consistency.export()

    def require_state(self, state: str) -> ContextManager[None]:
        """A ``with`` block whose requests (sent by this adapter from this thread) see at least
        the storage state ``state`` that :meth:`consistency_state` exported (beyond the reference).
        A node behind it forwards them to the active node; one that cannot answers "not yet",
        which is retried as ``Retry-After`` asks.

        :raises ValueError: when ``state`` is not such a string.
        """
        return self.consistency.require(state)

    @property
    def session(self) -> requests.Session:
        """The ``requests.Session`` requests are sent through (``None`` for the lean adapters).

        Setting another session returns to requests' own handling of the environment for it."""
        return self._session

    @session.setter
    def session(self, session: requests.Session) -> None:
        self._session = session
        self._environment = None

    def refresh_environment(self) -> None:
        """Read the environment again (proxies, CA bundle, netrc) at the next request to each origin."""
        if self._environment is not None:
            from hvac._environment import EnvironmentSnapshot

            self._environment = EnvironmentSnapshot()

    @property
    def retries(self) -> Optional["RetryPolicy"]:
        """The retry policy (``None``: no retries, as in the reference). Settable to an int, a
        :class:`hvac.retry.RetryPolicy` or a urllib3 ``Retry``."""
        return self._retry_policy

    @retries.setter
    def retries(self, setting: Any) -> None:
        if setting is None:
            self._retry_policy = None
            return
        from hvac.retry import RetryPolicy

        self._retry_policy = RetryPolicy.from_setting(setting)

    @property
    def trusted_redirect_origins(self) -> FrozenSet[Tuple[str, str, int]]:
        """Origins besides ``base_uri`` that may receive the token when Vault redirects there
        (e.g. the active node of an HA cluster). Set with URLs such as ``https://vault-2:8200``."""
        return self._trusted_origins

    @trusted_redirect_origins.setter
    def trusted_redirect_origins(self, urls: Optional[Iterable[str]]) -> None:
        self._trusted_origins = frozenset(_origin(url) for url in (urls or ()))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_uri={self.base_uri!r} namespace={self.namespace!r} token={'set' if self.token else 'unset'}>"

    @staticmethod
    def urljoin(*args: Any) -> str:
        """Join the parts with ``/``, stripping leading and trailing slashes from each."""
        return "/".join(str(part).strip("/") for part in args)

    @classmethod
    def from_adapter(cls, adapter: "Adapter[Any]") -> "Self":
        """Build an adapter of this class with the settings (and session) of ``adapter``."""
        return cls(
            base_uri=adapter.base_uri,
            token=adapter.token,
            cert=adapter._kwargs.get("cert"),
            verify=adapter._kwargs.get("verify", True),
            timeout=adapter._kwargs.get("timeout", 30),
            proxies=adapter._kwargs.get("proxies"),
            allow_redirects=adapter.allow_redirects,
            session=adapter.session,
            namespace=adapter.namespace,
            ignore_exceptions=adapter.ignore_exceptions,
            strict_http=adapter.strict_http,
            request_header=adapter.request_header,
            retries=getattr(adapter, "retries", None),
            trusted_redirect_origins=[f"{o[0]}://{o[1]}:{o[2]}" for o in getattr(adapter, "trusted_redirect_origins", ())],
            read_your_writes=getattr(adapter, "read_your_writes", False),
            hooks={k: list(v) for k, v in getattr(adapter, "hooks", {}).items()},
            read_environment_once=getattr(adapter, "_environment", None) is not None,
            **_cluster_settings(getattr(adapter, "cluster", None)),
        )

    def with_token(self, token: Optional[str]) -> "Self":
        """A sibling of this adapter that sends ``token`` instead (``None``: no token) (beyond the
        reference): same class, settings and connections, and no session installed on it. For
        requests that must go with another token, or with none, without touching this adapter.
        """
        sibling = type(self).from_adapter(self)
        sibling.token = token
        # The same view of the cluster: its state, its active node, its failing nodes.
        sibling.consistency, sibling.cluster = self.consistency, self.cluster
        return sibling

    def close(self) -> None:
        """Close the underlying session and its pooled connections."""
        if self.session is not None:
            self.session.close()

    def get(self, url: str, **kwargs: Any) -> VaultResponse:
        """Send a GET to ``url`` (a path below the base URI)."""
        return self.request("get", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> VaultResponse:
        """Send a POST to ``url``."""
        return self.request("post", url, **kwargs)

    def put(self, url: str, **kwargs: Any) -> VaultResponse:
        """Send a PUT to ``url``."""
        return self.request("put", url, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> VaultResponse:
        """Send a DELETE to ``url``."""
        return self.request("delete", url, **kwargs)

    def list(self, url: str, **kwargs: Any) -> VaultResponse:
        """Send a LIST to ``url`` (a GET with ``?list=true`` under ``strict_http``)."""
        return self.request("list", url, **kwargs)

    def head(self, url: str, **kwargs: Any) -> VaultResponse:
        """Send a HEAD to ``url``."""
        return self.request("head", url, **kwargs)

    def patch(self, url: str, **kwargs: Any) -> VaultResponse:
        """Send a PATCH to ``url`` as a JSON merge patch (beyond the reference).

        Vault and OpenBao take a PATCH only as ``application/merge-patch+json``, which is the
        ``Content-Type`` sent unless ``headers`` give another.
        """
        headers = {"Content-Type": "application/merge-patch+json", **(kwargs.pop("headers", None) or {})}
        return self.request("patch", url, headers=headers, **kwargs)

    def login(self, url: str, use_token: bool = True, **kwargs: Any) -> VaultResponse:
        """POST to a login endpoint; with ``use_token`` adopt the returned client token."""
        response = self.post(url, **kwargs)
        if use_token:
            self.token = self.get_login_token(response)
        return response

    @utils.deprecated_method(to_be_removed_in_version="0.9.0", new_method=login)
    def auth(self, url: str, use_token: bool = True, **kwargs: Any) -> VaultResponse:
        """hvac 0.x's name of :meth:`login`."""
        return self.login(url=url, use_token=use_token, **kwargs)

    @abstractmethod
    def get_login_token(self, response: Any) -> str:
        """Extract the client token from a login response."""

    @abstractmethod
    def request(
        self, method: str, url: str, headers: Optional[Dict[str, str]] = None, raise_exception: bool = True, **kwargs: Any
    ) -> VaultResponse:
        """Send one request to Vault."""

    def request_response(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Send one request like :meth:`request`, but always return the response object, never a
        decoded body (beyond the reference). For answers that are not JSON (PEM, DER, text
        metrics, streams) or whose headers matter (ACME's ``Replay-Nonce``, ``Location``).

        :raises TypeError: when this adapter's ``request`` does not return a response object.
        """
        response = self.request(method, url, **kwargs)
        if not isinstance(response, requests.Response):
            raise TypeError(f"{type(self).__name__}.request returned {type(response).__name__}, not a requests.Response")
        return response


class RawAdapter(Adapter[_RawResponse]):
    """Adapter that returns every answer as the ``requests.Response``.

    (Its type parameter exists for :class:`JSONAdapter`, which derives from it; a plain
    ``RawAdapter`` is a ``RawAdapter[requests.Response]``.)
    """

    def _raise_for_error(self, method: str, url: str, response: requests.Response) -> None:
        """Raise the exception for an error ``response`` through :func:`hvac.utils.raise_for_error`.

        A server (or proxy) echoing the token must not put it into the exception: it is
        redacted from the text, the errors and every string of the decoded body."""
        from hvac.debugging import redact_token, redact_token_in

        try:
            text: Optional[str] = redact_token(response.text, self.token)
        except Exception:  # noqa: BLE001 - an undecodable body leaves only the status to go by
            text = None
        json_body = errors = None
        # Vault's error list is trusted only from an exactly-JSON response, as in the reference.
        if response.headers.get("Content-Type") == "application/json":
            try:
                json_body = redact_token_in(response.json(), self.token)
            except Exception:  # noqa: BLE001 - a broken JSON body is reported by its text
                json_body = None
            if isinstance(json_body, dict):
                errors = _error_messages(json_body.get("errors"))
        utils.raise_for_error(
            method,
            url,
            response.status_code,
            text if errors is None else None,
            errors=errors,
            text=text,
            json=json_body,
        )

    def get_login_token(self, response: requests.Response) -> str:
        """Read ``auth.client_token`` from a login response."""
        token: str = response.json()["auth"]["client_token"]
        return token

    def request(
        self, method: str, url: str, headers: Optional[Dict[str, str]] = None, raise_exception: bool = True, **kwargs: Any
    ) -> _RawResponse:
        """Send ``method`` to ``url`` below the base URI, with Vault's headers.

        :param method: HTTP verb (``get``, ``post``, ``list`` …).
        :param url: path such as ``/v1/sys/health``.
        :param headers: extra headers.
        :param raise_exception: raise the mapped :class:`~hvac.exceptions.VaultError` for an error status.
        :param kwargs: passed to ``requests.Session.request``; ``wrap_ttl`` becomes ``X-Vault-Wrap-TTL``.
        :return: the response.
        """
        if self.vault_session is not None:
            response: _RawResponse = self.vault_session.send(
                lambda: self._request_once(method, url, headers, raise_exception, dict(kwargs))
            )
            return response
        # The response object is what this class's requests return; JSONAdapter decodes it.
        return self._request_once(method, url, headers, raise_exception, kwargs)  # type: ignore[return-value]

    def _request_once(
        self, method: str, url: str, headers: Optional[Dict[str, str]], raise_exception: bool, kwargs: Dict[str, Any]
    ) -> requests.Response:
        method, url, headers, request_kwargs = self._prepare(method, url, headers, kwargs)
        if self._sends_plainly():
            response = self._send(method, url, headers, request_kwargs)
        else:
            response = self._send_with_policy(method, url, headers, request_kwargs)
        if raise_exception and not self.ignore_exceptions and not response.ok:
            self._raise_for_error(method, url, response)
        return response

    def _sends_plainly(self) -> bool:
        """Whether a request is one exchange: no retry policy, hooks, read-your-writes bookkeeping
        or cluster to route over."""
        return (
            self._retry_policy is None
            and not self.read_your_writes
            and not (self.hooks["request"] or self.hooks["response"])
            and self.cluster is None
            and (self._consistency is None or self._consistency.required() is None)
        )

    def _prepare(
        self, method: str, url: str, headers: Optional[Dict[str, str]], kwargs: Dict[str, Any]
    ) -> Tuple[str, str, Dict[str, str], Dict[str, Any]]:
        """The full URL, Vault's headers and the send settings of one request."""
        while "//" in url:
            url = url.replace("//", "/")
        url = self.urljoin(self.base_uri, url)
        _refuse_dot_segments(url)

        headers = dict(headers) if headers else {}
        if self.request_header:
            headers["X-Vault-Request"] = "true"
        if self.token:
            utils.validate_token(self.token)
            headers["X-Vault-Token"] = self.token
        if self.namespace:
            headers["X-Vault-Namespace"] = self.namespace
        wrap_ttl = kwargs.pop("wrap_ttl", None)
        if wrap_ttl:
            headers["X-Vault-Wrap-TTL"] = str(wrap_ttl)
        if self._consistency is not None or self.read_your_writes or self.cluster is not None:
            headers.update(self.consistency.request_headers(keep=self._keeps_state()))

        request_kwargs = dict(self._kwargs)
        request_kwargs.update(kwargs)
        if self.strict_http and method.lower() == "list":
            method = "get"
            params = request_kwargs.get("params")
            request_kwargs["params"] = {**params, "list": "true"} if isinstance(params, dict) else {"list": "true"}
        return method, url, headers, request_kwargs

    def _send_with_policy(self, method: str, url: str, headers: Dict[str, str], kwargs: Dict[str, Any]) -> requests.Response:
        """Send with hooks, the read-your-writes state, routing over the nodes and the retry policy."""
        from hvac.consistency import INDEX_HEADER, NotYetWaits

        budget = self._retry_policy.budget() if self._retry_policy is not None else None
        not_yet = NotYetWaits() if INDEX_HEADER in headers else None
        attempts = itertools.count(1)
        while True:
            try:
                response = self._deliver(method, url, headers, kwargs, attempts)
            except requests.exceptions.RequestException as error:
                wait = budget.wait_before_retry(method, error=error) if budget is not None else None
                if wait is None:
                    raise
                time.sleep(wait)
                continue
            self.consistency.observe(response.headers.get(INDEX_HEADER))
            wait = not_yet.wait_before_retry(response) if not_yet is not None else None
            if wait is None and budget is not None:
                wait = budget.wait_before_retry(method, status=response.status_code, retry_after=response.headers.get("Retry-After"))
            if wait is None:
                return response
            response.close()
            time.sleep(wait)

    def _deliver(self, method: str, url: str, headers: Dict[str, str], kwargs: Dict[str, Any], attempts: Iterator[int]) -> requests.Response:
        """One attempt: to the base URI, or to the nodes the cluster picks."""
        cluster = self.cluster
        if cluster is None:
            return self._exchange(method, url, headers, kwargs, next(attempts))
        path = url[len(self.base_uri.strip("/")):]
        return cluster.send(
            method,
            path,
            lambda node_url: self._exchange(method, node_url, headers, kwargs, next(attempts)),
            self._ask_leader,
        )

    def _exchange(self, method: str, url: str, headers: Dict[str, str], kwargs: Dict[str, Any], attempt: int) -> requests.Response:
        """One request and its redirects, seen by the hooks."""
        from hvac.debugging import RequestRecord

        # A record (its body walked for credentials) only when a hook will see it.
        record = None
        if self.hooks["request"] or self.hooks["response"]:
            record = RequestRecord.build(method, url, headers, kwargs, token=self.token)
            record.attempt = attempt
        for hook in self.hooks["request"]:
            hook(record)
        response = self._send(method, url, headers, kwargs)
        for hook in self.hooks["response"]:
            hook(record, response)
        return response

    def _ask_leader(self, node_url: str) -> Dict[str, Any]:
        """What ``GET /v1/sys/leader`` of one node says (``{}`` when it says nothing usable); an
        unauthenticated endpoint, asked without the token or the namespace."""
        headers = {"X-Vault-Request": "true"} if self.request_header else {}
        response = self._hop("get", self.urljoin(node_url, "/v1/sys/leader"), headers, dict(self._kwargs))
        try:
            answer = response.json() if response.status_code == 200 else {}
        except _UNDECODABLE:
            answer = {}
        finally:
            response.close()
        return answer if isinstance(answer, dict) else {}

    #: Redirects followed before giving up (requests' own limit).
    max_redirects = requests.models.DEFAULT_REDIRECT_LIMIT

    def _send(
        self,
        method: str,
        url: str,
        headers: Dict[str, str],
        kwargs: Dict[str, Any],
        response: Optional[requests.Response] = None,
    ) -> requests.Response:
        """One request, following redirects here rather than in the transport, so that the token
        only ever goes to the configured origin (or a trusted one), never over a downgrade to http.

        With a cluster, a redirect to another of its nodes is returned for the cluster to route.

        :param response: the first answer, when it has already been received.
        """
        if response is None:
            response = self._hop(method, url, headers, kwargs)
        if not (self.allow_redirects and response.is_redirect):
            return response
        from hvac._redirects import follow

        return follow(
            response,
            method,
            headers,
            kwargs,
            self._hop,
            home=_origin(self.base_uri),
            trusted=self._trusted_origins,
            routed=self.cluster.origins if self.cluster is not None else frozenset(),
            limit=self.session.max_redirects if self.session is not None else self.max_redirects,
        )

    def _hop(self, method: str, url: str, headers: Dict[str, str], kwargs: Dict[str, Any]) -> requests.Response:
        """Send exactly one HTTP request (no redirect followed) through the requests session."""
        session = self.session
        if self._environment is not None:
            kwargs = self._environment.apply(url, kwargs, session.auth)
        if utils.carries_inline_tls(kwargs):
            from hvac._tls import for_transport

            kwargs = for_transport(session, url, kwargs)
        return session.request(method=method, url=url, headers=headers, allow_redirects=False, **kwargs)


class JSONAdapter(RawAdapter[JsonResponse]):
    """The default adapter: a 200 with a JSON body is returned decoded, anything else as the response.

    For type checkers its requests return :data:`JsonResponse` (see docs/typing.rst: an answer
    without a JSON body, such as a 204, still comes back as the ``requests.Response``).
    """

    def request_response(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Send like :meth:`RawAdapter.request`: the response object, undecoded."""
        response: requests.Response = RawAdapter.request(self, method, url, **kwargs)  # type: ignore[assignment]
        return response

    def get_login_token(self, response: Any) -> str:
        """Read ``auth.client_token`` from a decoded login response."""
        token: str = response["auth"]["client_token"]
        return token

    def request(self, *args: Any, **kwargs: Any) -> JsonResponse:
        """Send the request like :meth:`RawAdapter.request`; decode a 200's JSON body."""
        response: requests.Response = super().request(*args, **kwargs)  # type: ignore[assignment]
        if response.status_code == 200:
            try:
                decoded: Dict[str, Any] = response.json()
                return decoded
            except _UNDECODABLE:
                pass
        return response  # type: ignore[return-value]  # documented: no JSON body, the response itself


# The pre-1.0 name of the raw adapter.
Request = RawAdapter

#: Names this module has always offered, each now living with its transport step.
_MOVED = {
    "InlineTLSHTTPAdapter": "hvac._tls",
    "ca_bundle_file": "hvac._tls",
    "usable_client_cert": "hvac._tls",
    "EnvironmentSnapshot": "hvac._environment",
    "Urllib3Adapter": "hvac._urllib3_adapters",  # the lean adapters load with their module, on first use
    "Urllib3RawAdapter": "hvac._urllib3_adapters",
}


def __getattr__(name: str) -> Any:
    if name in _MOVED:
        import importlib

        return getattr(importlib.import_module(_MOVED[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_origin = utils.url_origin


def _cluster_settings(cluster: Optional[Cluster]) -> Dict[str, Any]:
    """The arguments that give an adapter the nodes of ``cluster`` (none without one)."""
    return {} if cluster is None else {"nodes": [node.url for node in cluster.nodes], "read_from": cluster.read_from}


def _error_messages(errors: Any) -> Optional[List[str]]:
    """Vault's ``errors`` as a list of strings, whatever a server put there: a list of strings as
    it is (the reference's message stays byte-identical), other items through ``str``, a lone
    string kept whole, anything else as its ``str``."""
    if errors is None or (isinstance(errors, list) and all(isinstance(e, str) for e in errors)):
        return errors
    if isinstance(errors, list):
        return [str(e) for e in errors]
    return [errors if isinstance(errors, str) else str(errors)]


def _refuse_dot_segments(url: str) -> None:
    """Refuse a path with a ``.`` or ``..`` segment (also percent-encoded): HTTP stacks resolve them,
    so ``read_secret_version(path="../../sys/seal")`` would otherwise reach another endpoint."""
    # A dot segment starts right after a "/", as "." or as a percent-escape: most paths have neither.
    if "/." not in url and "/%" not in url:
        return
    path = urlsplit(url).path
    for segment in path.split("/"):
        if segment and unquote(unquote(segment)) in (".", ".."):
            raise exceptions.ParamValidationError(
                f"path segment {segment!r} is not allowed in a Vault path: it would leave the endpoint ({path})"
            )
