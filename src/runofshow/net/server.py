"""A small threaded HTTP server for the control API (stdlib only).

Chosen over QtHttpServer because PySide6 6.12 cannot return custom responses from Python
routes, and a server thread keeps a slow client from ever stalling the GUI.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

from runofshow.net.api import MAX_BODY_BYTES, Response, ShowPort, handle

READ_TIMEOUT_S = 10


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    port_impl: ShowPort
    token: str


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = READ_TIMEOUT_S
    protocol_version = "HTTP/1.1"
    server_version = "runofshow"
    sys_version = ""
    error_content_type = "application/json"
    error_message_format = '{"ok": false, "error": "%(message)s"}'
    quiet: ClassVar[bool] = True

    def _reply(self, response: Response, *, head: bool = False) -> None:
        payload = response.encoded()
        self.send_response(response.status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Cache-Control", "no-store")
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if not head:
            self.wfile.write(payload)

    def _body(self) -> bytes | Response:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            return Response(411, {"ok": False, "error": "send a Content-Length, not chunked data"})
        raw = self.headers.get("Content-Length", "0").strip() or "0"
        if not raw.isdigit():
            self.close_connection = True
            return Response(400, {"ok": False, "error": "bad Content-Length"})
        length = int(raw)
        if length > MAX_BODY_BYTES:
            # Do not read it: close the connection instead.
            self.close_connection = True
            return Response(413, {"ok": False, "error": f"the body is over {MAX_BODY_BYTES} bytes"})
        return self.rfile.read(length)

    def _serve(self, method: str) -> None:
        body = self._body() if method == "POST" else b""
        if isinstance(body, Response):
            self._reply(body)
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        response = handle(method, self.path, headers, body, self.server.port_impl, self.server.token)
        self._reply(response, head=method == "HEAD")

    def do_GET(self) -> None:
        self._serve("GET")

    def do_HEAD(self) -> None:
        self._serve("HEAD")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        if not self.quiet:
            super().log_message(format, *args)


def parse_listen(value: str) -> tuple[str, int]:
    """`PORT`, `HOST:PORT` or `[IPv6]:PORT`; host defaults to 127.0.0.1."""
    text = value.strip()
    host = "127.0.0.1"
    if text.startswith("["):
        end = text.find("]")
        if end < 0 or not text[end + 1 :].startswith(":"):
            raise ValueError(f"'{value}' is not [HOST]:PORT")
        host, text = text[1:end], text[end + 2 :]
    elif ":" in text:
        host, text = text.rsplit(":", 1)
        host = host or "127.0.0.1"
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise ValueError(f"'{value}' has no valid port (0-65535)")
    return host, int(text)


class ApiServer:
    """Serves the API on a background thread until `stop()`."""

    def __init__(self, host: str, port: int, port_impl: ShowPort, token: str, *, poll_interval: float = 0.5) -> None:
        family = socket.AF_INET
        with contextlib.suppress(ValueError):
            if ipaddress.ip_address(host).version == 6:
                family = socket.AF_INET6
        server_cls = type("_BoundServer", (_Server,), {"address_family": family})
        self._server: _Server = server_cls((host, port), _Handler)
        self._server.port_impl = port_impl
        self._server.token = token
        self._thread = threading.Thread(
            # The loop wakes every poll_interval only to notice stop(); requests wake it at once.
            target=self._server.serve_forever,
            kwargs={"poll_interval": poll_interval},
            name="runofshow-api",
            daemon=True,
        )

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    @property
    def url(self) -> str:
        host, port = self.address
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}/api/v1/"

    def set_port(self, port_impl: ShowPort) -> None:
        """Serve another show (after File → Open) without dropping the listening socket."""
        self._server.port_impl = port_impl

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
