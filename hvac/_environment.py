"""The process environment requests would read, read once per origin (one step of the adapter's ``_hop``)."""
from __future__ import annotations

import os
from typing import Any, Dict, Optional, Tuple

import requests.utils


class EnvironmentSnapshot:
    """What requests would read from the process environment for a URL, read once per origin:
    proxies (``HTTP(S)_PROXY``, ``ALL_PROXY``, ``NO_PROXY``), the CA bundle (``REQUESTS_CA_BUNDLE``,
    then ``CURL_CA_BUNDLE``) and ``~/.netrc`` credentials."""

    def __init__(self) -> None:
        self._by_origin: Dict[Tuple[str, Optional[str]], Tuple[Dict[str, str], Optional[str], Any]] = {}

    def settings(self, url: str, no_proxy: Optional[str] = None) -> Tuple[Dict[str, str], Optional[str], Any]:
        """``(proxies, ca_bundle, netrc_auth)`` for ``url``, read at the first call for its origin."""
        # "scheme://host:port" as written: cheaper than parsing the URL on every request; another
        # spelling of the same origin only costs one more read.
        end = url.find("/", url.find("//") + 2)
        key = (url if end == -1 else url[:end], no_proxy)
        found = self._by_origin.get(key)
        if found is None:
            proxies = requests.utils.get_environ_proxies(url, no_proxy=no_proxy)
            ca_bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or None
            found = self._by_origin[key] = (proxies, ca_bundle, requests.utils.get_netrc_auth(url))
        return found

    def apply(self, url: str, kwargs: Dict[str, Any], session_auth: Any = None) -> Dict[str, Any]:
        """``kwargs`` with the environment merged in the way requests merges it: explicit
        proxies win, the CA bundle replaces only ``verify=True``, netrc only fills a missing auth."""
        explicit = kwargs.get("proxies") or {}
        proxies, ca_bundle, netrc_auth = self.settings(url, explicit.get("no_proxy"))
        if not (proxies or (ca_bundle and kwargs.get("verify") in (True, None)) or (netrc_auth and not (kwargs.get("auth") or session_auth))):
            return kwargs
        merged = dict(kwargs)
        if proxies:
            merged["proxies"] = {**proxies, **explicit}
        if ca_bundle and merged.get("verify") in (True, None):
            merged["verify"] = ca_bundle
        if netrc_auth and not (merged.get("auth") or session_auth):
            merged["auth"] = netrc_auth
        return merged
