"""Following redirects so that the token only goes where it may (one step of the adapter's ``_send``).

Loaded on the first redirect an adapter follows.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, FrozenSet, List, Tuple
from urllib.parse import urljoin, urlsplit

import requests

from hvac import exceptions, utils

Origin = Tuple[str, str, int]
Hop = Callable[[str, str, Dict[str, str], Dict[str, Any]], requests.Response]

_CREDENTIAL_HEADERS = frozenset({"x-vault-token", "authorization", "proxy-authorization"})
_BODY_SETTINGS = ("json", "data", "files")
#: Redirects that resend the body (requests drops it on the others).
_BODY_KEEPING_REDIRECTS = frozenset({307, 308})
_origin = utils.url_origin


def follow(
    response: requests.Response,
    method: str,
    headers: Dict[str, str],
    kwargs: Dict[str, Any],
    hop: Hop,
    *,
    home: Origin,
    trusted: FrozenSet[Origin],
    routed: FrozenSet[Origin],
    limit: int,
) -> requests.Response:
    """Follow the redirects that start with ``response``, sending each hop through ``hop``.

    The token and other credentials go only to ``home`` or a ``trusted`` origin, and never after
    a downgrade to http; a body that would go elsewhere is refused (:class:`~hvac.exceptions.UntrustedRedirect`).
    A redirect to another node of a cluster (an origin in ``routed``) is returned for the cluster to route.
    """
    downgraded = False
    history: List[requests.Response] = []
    kwargs = {k: v for k, v in kwargs.items() if k != "params"}  # the Location carries its own query
    while response.is_redirect:
        if len(history) >= limit:
            raise requests.TooManyRedirects(f"Exceeded {limit} redirects.", response=response)
        target = urljoin(response.url, _location(response))
        target_origin = _origin(target)
        if target_origin in routed and target_origin != _origin(response.url):
            break  # to another node: the cluster routes it
        method = _method_after_redirect(method, response.status_code)
        if response.status_code not in _BODY_KEEPING_REDIRECTS:  # as requests: the body is dropped
            kwargs = {k: v for k, v in kwargs.items() if k not in _BODY_SETTINGS}
            headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        downgraded = downgraded or (urlsplit(response.url).scheme == "https" and urlsplit(target).scheme == "http")
        if downgraded or (target_origin != home and target_origin not in trusted):
            if kwargs.get("json") is not None or kwargs.get("data") or kwargs.get("files"):
                response.close()
                raise _untrusted_redirect(method, response, target, downgraded)
            headers = {k: v for k, v in headers.items() if k.lower() not in _CREDENTIAL_HEADERS}
        response.close()
        history.append(response)
        response = hop(method, target, headers, kwargs)
    response.history = history
    return response


def _location(response: Any) -> str:
    """The ``Location`` of a redirect, decoded as requests decodes it (UTF-8 sent as latin-1)."""
    location = response.headers.get("location") or ""
    try:
        return location.encode("latin1").decode("utf8")
    except UnicodeError:
        return location


def _untrusted_redirect(method: str, response: requests.Response, target: str, downgraded: bool) -> exceptions.VaultError:
    """The error for a redirect that would take the request body where the token may not go."""
    source, destination = (f"{scheme}://{host}:{port}" for scheme, host, port in (_origin(response.url), _origin(target)))
    reason = "over plain http" if downgraded else "to an origin not in trusted_redirect_origins"
    error = exceptions.UntrustedRedirect(
        f"refused to follow the {response.status_code} redirect of {method.upper()} from {source} to {destination}: "
        f"it would resend the request body {reason}; nothing was sent there",
        method=method,
        url=response.url,
    )
    error.status_code = response.status_code
    return error


def _method_after_redirect(method: str, status: int) -> str:
    """The verb a redirect turns ``method`` into, by the rules requests itself follows."""
    upper = method.upper()
    if status in (302, 303) and upper != "HEAD":
        return "GET"
    if status == 301 and upper == "POST":
        return "GET"
    return method
