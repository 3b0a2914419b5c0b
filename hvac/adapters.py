"""HTTP adapters: the single place where requests to Vault are built, sent and checked."""
from abc import ABCMeta, abstractmethod
from typing import Any, Dict, Optional, Union

import requests

from hvac import utils

DEFAULT_URL = "http://localhost:8200"


class Adapter(metaclass=ABCMeta):
    """Base class of the transports the :class:`hvac.Client` talks through.

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
    """

    def __init__(
        self,
        base_uri: str = DEFAULT_URL,
        token: Optional[str] = None,
        cert: Any = None,
        verify: Union[bool, str] = True,
        timeout: int = 30,
        proxies: Optional[Dict[str, str]] = None,
        allow_redirects: bool = True,
        session: Optional[requests.Session] = None,
        namespace: Optional[str] = None,
        ignore_exceptions: bool = False,
        strict_http: bool = False,
        request_header: bool = True,
    ) -> None:
        if not session:
            session = requests.Session()
            session.cert, session.verify, session.proxies = cert, verify, proxies  # type: ignore[assignment]

        self.base_uri = base_uri
        self.token = token
        self.namespace = namespace
        self.session = session
        self.allow_redirects = allow_redirects
        self.ignore_exceptions = ignore_exceptions
        self.strict_http = strict_http
        self.request_header = request_header
        self._kwargs: Dict[str, Any] = {"cert": cert, "verify": verify, "timeout": timeout, "proxies": proxies}

    @staticmethod
    def urljoin(*args: Any) -> str:
        """Join the parts with ``/``, stripping leading and trailing slashes from each."""
        return "/".join(str(part).strip("/") for part in args)

    @classmethod
    def from_adapter(cls, adapter: "Adapter") -> "Adapter":
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
        )

    def close(self) -> None:
        """Close the underlying session and its pooled connections."""
        self.session.close()

    def get(self, url: str, **kwargs: Any) -> Any:
        """Send a GET to ``url`` (a path below the base URI)."""
        return self.request("get", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> Any:
        """Send a POST to ``url``."""
        return self.request("post", url, **kwargs)

    def put(self, url: str, **kwargs: Any) -> Any:
        """Send a PUT to ``url``."""
        return self.request("put", url, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> Any:
        """Send a DELETE to ``url``."""
        return self.request("delete", url, **kwargs)

    def list(self, url: str, **kwargs: Any) -> Any:
        """Send a LIST to ``url`` (a GET with ``?list=true`` under ``strict_http``)."""
        return self.request("list", url, **kwargs)

    def head(self, url: str, **kwargs: Any) -> Any:
        """Send a HEAD to ``url``."""
        return self.request("head", url, **kwargs)

    def login(self, url: str, use_token: bool = True, **kwargs: Any) -> Any:
        """POST to a login endpoint; with ``use_token`` adopt the returned client token."""
        response = self.post(url, **kwargs)
        if use_token:
            self.token = self.get_login_token(response)
        return response

    @abstractmethod
    def get_login_token(self, response: Any) -> str:
        """Extract the client token from a login response."""

    @abstractmethod
    def request(
        self, method: str, url: str, headers: Optional[Dict[str, str]] = None, raise_exception: bool = True, **kwargs: Any
    ) -> Any:
        """Send one request to Vault."""


class RawAdapter(Adapter):
    """Adapter that returns every answer as the ``requests.Response``."""

    def _raise_for_error(self, method: str, url: str, response: requests.Response) -> None:
        text = response.text
        json_body = errors = None
        # Vault's error list is trusted only from an exactly-JSON response, as in the reference.
        if response.headers.get("Content-Type") == "application/json":
            try:
                json_body = response.json()
            except ValueError:
                pass
            else:
                if isinstance(json_body, dict):
                    errors = json_body.get("errors")
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
        return response.json()["auth"]["client_token"]

    def request(
        self, method: str, url: str, headers: Optional[Dict[str, str]] = None, raise_exception: bool = True, **kwargs: Any
    ) -> requests.Response:
        """Send ``method`` to ``url`` below the base URI, with Vault's headers.

        :param method: HTTP verb (``get``, ``post``, ``list`` …).
        :param url: path such as ``/v1/sys/health``.
        :param headers: extra headers.
        :param raise_exception: raise the mapped :class:`~hvac.exceptions.VaultError` for an error status.
        :param kwargs: passed to ``requests.Session.request``; ``wrap_ttl`` becomes ``X-Vault-Wrap-TTL``.
        :return: the response.
        """
        while "//" in url:
            url = url.replace("//", "/")
        url = self.urljoin(self.base_uri, url)

        headers = dict(headers) if headers else {}
        if self.request_header:
            headers["X-Vault-Request"] = "true"
        if self.token:
            headers["X-Vault-Token"] = self.token
        if self.namespace:
            headers["X-Vault-Namespace"] = self.namespace
        wrap_ttl = kwargs.pop("wrap_ttl", None)
        if wrap_ttl:
            headers["X-Vault-Wrap-TTL"] = str(wrap_ttl)

        request_kwargs = dict(self._kwargs)
        request_kwargs.update(kwargs)
        if self.strict_http and method.lower() == "list":
            method = "get"
            params = request_kwargs.get("params")
            request_kwargs["params"] = {**params, "list": "true"} if isinstance(params, dict) else {"list": "true"}

        response = self.session.request(
            method=method, url=url, headers=headers, allow_redirects=self.allow_redirects, **request_kwargs
        )
        if raise_exception and not self.ignore_exceptions and not response.ok:
            self._raise_for_error(method, url, response)
        return response


class JSONAdapter(RawAdapter):
    """The default adapter: a 200 with a JSON body is returned decoded, anything else as the response."""

    def get_login_token(self, response: Any) -> str:
        """Read ``auth.client_token`` from a decoded login response."""
        return response["auth"]["client_token"]

    def request(self, *args: Any, **kwargs: Any) -> Any:
        """Send the request like :meth:`RawAdapter.request`; decode a 200's JSON body."""
        response = super().request(*args, **kwargs)
        if response.status_code == 200:
            try:
                return response.json()
            except ValueError:
                pass
        return response


# The pre-1.0 name of the raw adapter.
Request = RawAdapter
