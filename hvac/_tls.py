"""TLS material in the forms hvac takes it, turned into what requests loads (one step of the adapter's ``_hop``).

``verify`` may be CA certificates as PEM *text*, written once to a private temporary file, and
``cert`` may be ``(cert_file, "")`` for a client certificate whose key is in the same file.
"""
from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
import threading
from typing import Any, Dict, Optional

import requests
import requests.adapters

from hvac.utils import is_pem_text


class InlineTLSHTTPAdapter(requests.adapters.HTTPAdapter):
    """requests' transport, also taking TLS material in the forms hvac hands it.

    ``verify`` may be CA certificates as PEM *text* (they are written once to a private
    temporary file, which requests can load), and ``cert`` may be ``(cert_file, "")`` for a
    client certificate whose key is in the same file. Mounted for ``https://`` on the sessions
    the adapters create; with a session of your own the adapter does the same translation
    before handing the request to it.
    """

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Any = None,
    ) -> requests.Response:
        """Send ``request`` after turning inline TLS material into what requests loads."""
        return super().send(
            request, stream=stream, timeout=timeout, verify=ca_bundle_file(verify), cert=usable_client_cert(cert), proxies=proxies
        )


def for_transport(session: requests.Session, url: str, kwargs: Dict[str, Any]) -> Dict[str, Any]:
    """``kwargs``, which carry inline TLS material (:func:`hvac.utils.carries_inline_tls`), ready
    for the transport ``session`` picks for ``url``: translated unless that transport loads them
    itself (a session of the caller's own mounts requests' plain transport)."""
    if _transport_takes_inline_tls(session, url):
        return kwargs
    return {**kwargs, "verify": ca_bundle_file(kwargs.get("verify")), "cert": usable_client_cert(kwargs.get("cert"))}


def _transport_takes_inline_tls(session: requests.Session, url: str) -> bool:
    """Whether the transport ``session`` would pick for ``url`` is an :class:`InlineTLSHTTPAdapter`.

    Read from ``session.adapters`` (longest prefix first, as requests keeps them) rather than
    ``get_adapter``, which test doubles such as requests-mock replace."""
    lowered = url.lower()
    for prefix, transport in session.adapters.items():
        if lowered.startswith(prefix.lower()):
            return isinstance(transport, InlineTLSHTTPAdapter)
    return False


class _CaBundleFiles:
    """PEM texts written once each to a private temporary directory that is removed at exit."""

    def __init__(self) -> None:
        self._paths: Dict[str, str] = {}
        self._directory: Optional[str] = None
        self._lock = threading.Lock()

    def path_for(self, pem: str) -> str:
        with self._lock:
            path = self._paths.get(pem)
            if path is None or not os.path.exists(path):
                if self._directory is None or not os.path.isdir(self._directory):
                    self._directory = tempfile.mkdtemp(prefix="hvac-ca-")
                    atexit.register(shutil.rmtree, self._directory, True)
                path = os.path.join(self._directory, f"{hashlib.sha256(pem.encode()).hexdigest()[:32]}.pem")
                with open(path, "w") as ca_file:
                    ca_file.write(pem)
                self._paths[pem] = path
            return path


_CA_BUNDLE_FILES = _CaBundleFiles()


def ca_bundle_file(verify: Any) -> Any:
    """``verify`` as requests takes it: CA certificates as PEM text become the path of a file
    holding them (written once per distinct text); anything else is returned as it is."""
    return _CA_BUNDLE_FILES.path_for(verify) if is_pem_text(verify) else verify


def usable_client_cert(cert: Any) -> Any:
    """``cert`` as requests takes it: ``(cert_file, "")`` (no separate key) becomes ``cert_file``."""
    if isinstance(cert, (tuple, list)) and len(cert) == 2 and not cert[1]:
        return cert[0]
    return cert
