"""A scripted HTTP server on 127.0.0.1 for fault and safety tests (real sockets, no mocks)."""
import json
import socket
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional, Union

Reply = Dict[str, Any]  # {"status": 200, "headers": {...}, "json": ..., "text": ..., "delay": seconds, "close": True}
Script = Union[List[Reply], Callable[["Received"], Reply]]


class Received:
    """One request as the server saw it."""

    def __init__(self, method: str, path: str, headers: Dict[str, str], body: bytes, client_port: int = 0) -> None:
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
        self.client_port = client_port  # tells the connections a client used apart

    def header(self, name: str) -> Optional[str]:
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), None)

    def __repr__(self) -> str:
        return f"Received({self.method} {self.path})"


class FakeServer:
    """Answers each request with the next scripted reply (the last one repeats).

    :param script: a list of replies, or a function of the :class:`Received` request.
    :param tls: a ``(certfile, keyfile)`` pair to serve https.
    :param host: the loopback address to bind.
    """

    def __init__(self, script: Script, tls: Optional[tuple] = None, host: str = "127.0.0.1") -> None:
        self.script = script
        self.received: List[Received] = []
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = Received(self.command, self.path, dict(self.headers.items()), body, self.client_address[1])
                reply = outer._next_reply(request)
                if reply.get("hang"):
                    threading.Event().wait(reply["hang"])
                    return
                if reply.get("drop"):
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.connection.close()
                    return
                if reply.get("delay"):
                    threading.Event().wait(reply["delay"])
                payload = reply.get("raw")
                headers = dict(reply.get("headers") or {})
                if payload is None:
                    if "json" in reply:
                        payload = json.dumps(reply["json"]).encode()
                        headers.setdefault("Content-Type", "application/json")
                    else:
                        payload = str(reply.get("text", "")).encode()
                self.send_response(reply.get("status", 200))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(reply.get("content_length", len(payload))))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)
                if reply.get("close"):  # with a larger content_length: the body is cut short
                    self.close_connection = True

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_LIST = do_PATCH = _handle

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        scheme = "http"
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            scheme = "https"
        self.port = self.httpd.server_address[1]
        self.url = f"{scheme}://{host}:{self.port}"
        # A short poll interval: shutdown() waits for it, once per server a test starts.
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def _next_reply(self, request: Received) -> Reply:
        with self._lock:
            self.received.append(request)
            if callable(self.script):
                return self.script(request)
            index = min(len(self.received) - 1, len(self.script) - 1)
            return self.script[index]

    def __enter__(self) -> "FakeServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class SilentServer:
    """Accepts TCP connections and never answers (for timeout tests)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.accepted: List[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
                self.accepted.append(conn)
            except OSError:
                continue

    def __enter__(self) -> "SilentServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        for conn in self.accepted:
            conn.close()
        self.sock.close()


def closed_port_url() -> str:
    """A loopback URL where nothing listens (connection refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
