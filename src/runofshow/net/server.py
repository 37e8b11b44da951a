"""A small HTTP server for the control API, the live feed and the browser pages (stdlib).

Chosen over QtHttpServer because PySide6 6.12 cannot return custom responses from Python
routes, and because serving off the GUI thread keeps a slow or hostile client from ever stalling
the show: the GUI thread only ever computes snapshots and applies validated commands.

Python's http.server is not hardened, so the policy is ours: a bounded pool of handler threads
and a cap on connections (MAX_CONNECTIONS without a token, MAX_PUBLIC_FEEDS of them tokenless
WebSockets, and RESERVED_FOR_TOKENS more that only a right token keeps: a crowd of phones or a
flood of reconnecting strangers never locks the moderator's tools out); every
request must be whole within REQUEST_DEADLINE_S (a deadline for the whole request, not per read:
the serve loop cuts a connection that is past it, so a slowloris client holds nothing); the Host
header and a browser's Origin are checked (net/access.py) before anything is read or served.
"""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import json
import math
import queue
import selectors
import socket
import sys
import threading
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

from runofshow.core.clock import Clock, SystemClock
from runofshow.net import page_language
from runofshow.net.access import Access, Role, bearer
from runofshow.net.api import MAX_BODY_BYTES, Response, ShowPort, handle
from runofshow.net.fallback import FallbackAddress, fallback_or_none, page_with_fallback
from runofshow.net.feed import Feed
from runofshow.net.websocket import Connection, accept_key, valid_key

READ_TIMEOUT_S = 10
REQUEST_DEADLINE_S = 10.0
MAX_CONNECTIONS = 200
MAX_PUBLIC_FEEDS = 100
#: Slots over MAX_CONNECTIONS for requests with a right token. Whether a connection has one is
#: known only once its headers are read: one accepted into these slots must show a token within
#: RESERVED_HEADER_S, else it is cut.
RESERVED_FOR_TOKENS = 40
RESERVED_HEADER_S = 2.0
#: Connections without a right token from one address at once (a phone's page shows its token
#: within a moment; a laptop opening hundreds of idle sockets fills only its own share).
MAX_UNTOKENED_PER_ADDRESS = 64
WS_PATH = "/api/v1/ws"
PAGES = {
    "/speaker": "speaker.html",
    "/agenda": "agenda.html",
    "/stage": "stage.html",
    "/floor": "floor.html",
    "/ask": "ask.html",
    "/booth": "booth.html",
    "/venue": "venue.html",
    "/lower-third": "lower-third.html",  # the stream's (public view, no token)
    "/lobby": "lobby.html",  # the corridors' (`runofshow venue --serve`: GET /api/v1/lobby)
    "/": "index.html",
}
_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 5\r\n"
    b'Connection: close\r\nContent-Length: 54\r\n\r\n{"ok": false, "error": "too many connections; retry"}\n'
)
STATIC_TYPES = {".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".svg": "image/svg+xml"}


class _WorkerPool:
    """At most `limit` daemon threads, started as work needs them and kept for the next request.

    Daemon threads: an open WebSocket must never keep the app from quitting (the standard
    library's ThreadPoolExecutor joins its threads at exit)."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads = 0
        self._idle = 0

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            start = self._idle == 0 and self._threads < self._limit
            if start:
                self._threads += 1
            else:
                self._idle -= 1
        self._jobs.put(job)
        if start:
            threading.Thread(target=self._work, name="runofshow-http", daemon=True).start()

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                job()
            finally:
                with self._lock:
                    self._idle += 1

    def shutdown(self) -> None:
        with self._lock:
            threads = self._threads
        for _ in range(threads):
            self._jobs.put(None)


class _Server(ThreadingHTTPServer):
    """Handler threads from a bounded pool; connections over the cap get a 503 and are closed."""

    max_connections = MAX_CONNECTIONS
    reserved_for_tokens = RESERVED_FOR_TOKENS
    max_untokened_per_address = MAX_UNTOKENED_PER_ADDRESS
    request_deadline_s = REQUEST_DEADLINE_S
    clock: Clock
    full_view_without_token: bool

    def __init__(self, address: tuple[str, int], handler: Callable[..., BaseHTTPRequestHandler]) -> None:
        # Before binding: a bind that fails (the port is in use) calls server_close, which needs
        # them (it used to fail on the missing lock, a second traceback over the real error).
        self.pool = _WorkerPool(self.max_connections + self.reserved_for_tokens)
        self.deadlines: dict[socket.socket, float | None] = {}
        self.authenticated: set[socket.socket] = set()  # connections that showed a right token
        self.addresses: dict[socket.socket, str] = {}
        self.untokened_from: Counter[str] = Counter()  # per address: one laptop cannot take every slot
        self.public_feeds = 0
        self.lock = threading.Lock()
        self._request_ended = threading.Condition(self.lock)  # a connection's handler is done
        # How long stop() lets a request being answered finish (the serve loop's poll_interval).
        self._grace_s = 0.5
        # The serve loop's own wake-up (stop, a new deadline): a socket pair, which select takes
        # on every system.
        self._wake_out, self._wake_in = socket.socketpair()
        self._wake_in.setblocking(False)
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        self._stopped.set()  # not serving: a stop before the loop ever ran returns at once
        super().__init__(address, handler)

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """socketserver's loop, but an idle server sleeps: it wakes for a connection, for stop()
        and for a new deadline, and every `poll_interval` only while a connection has a deadline
        to keep (service_actions). socketserver's wakes every `poll_interval` all show long,
        which was a tenth of what the moderator's window costs while counting."""
        self._stopped.clear()
        self._grace_s = poll_interval
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(self, selectors.EVENT_READ)
                selector.register(self._wake_out, selectors.EVENT_READ)
                while not self._stopping.is_set():
                    ready = selector.select(poll_interval if self._waiting_on_deadline() else None)
                    if self._stopping.is_set():
                        break
                    for key, _ in ready:
                        if key.fileobj is self:
                            self._accept_one()
                        else:
                            with contextlib.suppress(OSError):
                                self._wake_out.recv(64)
                    self.service_actions()
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        self._stopping.set()
        self._wake()
        self._stopped.wait()

    def _accept_one(self) -> None:
        """A connection waiting on the listening socket, handled as socketserver handles it."""
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if not self.verify_request(request, client_address):
            self.shutdown_request(request)
            return
        try:
            self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            self.shutdown_request(request)
        except BaseException:
            self.shutdown_request(request)
            raise

    def _wake(self) -> None:
        with contextlib.suppress(OSError):  # a full pipe is already a wake-up
            self._wake_in.send(b"!")

    def _waiting_on_deadline(self) -> bool:
        with self.lock:
            return self._answering()

    def _answering(self) -> bool:
        """Whether a connection has a request to finish in time (call with the lock held)."""
        return any(deadline is not None for deadline in self.deadlines.values())

    def untokened(self) -> int:
        """Connections holding a slot without a right token (yet); call with the lock held."""
        return len(self.deadlines) - len(self.authenticated)

    def process_request(self, request: Any, client_address: Any) -> None:
        address = str(client_address[0])
        with self.lock:
            full = (
                len(self.deadlines) >= self.max_connections + self.reserved_for_tokens
                or self.untokened_from[address] >= self.max_untokened_per_address
            )
            if not full:
                self.addresses[request] = address
                self.untokened_from[address] += 1
                # In the slots kept for tokens, a connection must show its token quickly.
                reserved = self.untokened() >= self.max_connections
                wait = RESERVED_HEADER_S if reserved else self.request_deadline_s
                self.deadlines[request] = self.clock.now().mono + wait
        if full:
            with contextlib.suppress(OSError):
                request.sendall(_BUSY)
            self.shutdown_request(request)
            return
        self.pool.submit(lambda: self.process_request_thread(request, client_address))

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self.lock:
                self.deadlines.pop(request, None)
                address = self.addresses.pop(request, "")
                if request in self.authenticated:
                    self.authenticated.discard(request)
                else:
                    self._release(address)
                self._request_ended.notify_all()

    def admit_role(self, sock: socket.socket, role: Role) -> bool:
        """Whether the connection may go on now that its token (or none) is known: a right one
        always may; without one, only while the untokened connections are within their share."""
        with self.lock:
            if role is not Role.PUBLIC:
                if sock not in self.authenticated:
                    self.authenticated.add(sock)
                    self._release(self.addresses.get(sock, ""))
                return True
            return self.untokened() <= self.max_connections

    def _release(self, address: str) -> None:
        """One untokened connection from `address` less (call with the lock held)."""
        self.untokened_from[address] -= 1
        if self.untokened_from[address] <= 0:
            del self.untokened_from[address]

    def service_actions(self) -> None:
        """Called by the serve loop between requests: cut connections past their deadline."""
        now = self.clock.now().mono
        with self.lock:
            late = [sock for sock, deadline in self.deadlines.items() if deadline is not None and now > deadline]
        for sock in late:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def set_deadline(self, sock: socket.socket, seconds: float | None) -> None:
        """A new deadline for the request on `sock` (None: none, e.g. an open WebSocket)."""
        with self.lock:
            if sock in self.deadlines:
                self.deadlines[sock] = None if seconds is None else self.clock.now().mono + seconds
        if seconds is not None:
            self._wake()  # the serve loop may be sleeping without a timeout: it keeps this one

    def server_close(self) -> None:
        super().server_close()
        self._wake_in.close()
        self._wake_out.close()
        # The connections being answered finish first (the API's `takeover` stops this server
        # while its answer is on its way), for as long as socketserver's poll used to give them
        # before stop() returned; WebSockets and slower requests are cut below.
        with self._request_ended:
            self._request_ended.wait_for(lambda: not self.deadlines, timeout=self._grace_s)
        with self.lock:
            open_now = list(self.deadlines)
        for sock in open_now:  # WebSockets and slow requests end their handlers now
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self.pool.shutdown()

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that goes away mid-request is no error of ours: say nothing. Anything else
        is reported on one line, never as a traceback in the moderator's terminal."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            return
        print(f"runofshow: a request from {client_address} failed: {error!r}", file=sys.stderr)

    # (ThreadingMixIn's thread per request is replaced by the pool above; its process_request_thread,
    # which handles a request and closes it, is still what each pool job runs.)
    allow_reuse_address = True
    request_queue_size = 64
    port_impl: ShowPort
    access: Access
    feed: Feed
    web_dir: Path | None
    handler: Callable[..., Response]  # api.handle, or another set of routes (the venue's)
    websocket: bool
    fallback: FallbackAddress  # where the pages go should this laptop die (net/fallback.py)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = READ_TIMEOUT_S  # a client that stops sending mid-request is dropped
    rbufsize = 0  # unbuffered: after a WebSocket upgrade, select() must see every pending byte
    disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart
    protocol_version = "HTTP/1.1"
    server_version = "runofshow"
    sys_version = ""
    quiet: ClassVar[bool] = True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own refusals (a bad request line, headers too long) as valid JSON: its
        template pasted the message into JSON unescaped, so a quote broke the body."""
        short = self.responses.get(code, ("error",))[0]
        payload = json.dumps({"ok": False, "error": message or short}, ensure_ascii=True).encode("ascii")
        self.close_connection = True
        self.send_response(code, short)
        self.send_header("Connection", "close")
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD" and code >= 200 and code not in (204, 304):
            self.wfile.write(payload)

    def _read_exact(self, count: int) -> bytes:
        chunks, left = [], count
        while left > 0:
            chunk = self.rfile.read(left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    def _send(self, status: int, payload: bytes, content_type: str, headers: dict[str, str], *, head: bool) -> None:
        self.send_response(status)
        if status == 204:  # no content, and so no Content-Type or Content-Length (RFC 9110, 8.6)
            payload, head = b"", True
        else:
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if not head:
            self.wfile.write(payload)

    def _reply(self, response: Response, *, head: bool = False) -> None:
        self._send(response.status, response.encoded(), "application/json; charset=utf-8", response.headers, head=head)

    def _body(self) -> bytes | Response:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            return Response(411, {"ok": False, "error": "send a Content-Length, not chunked data"})
        raw = self.headers.get("Content-Length", "0").strip() or "0"
        if not (raw.isascii() and raw.isdigit()) or len(raw) > 12:  # "²" is a digit to str.isdigit
            self.close_connection = True
            return Response(400, {"ok": False, "error": "bad Content-Length"})
        length = int(raw)
        if length > MAX_BODY_BYTES:
            # Do not read it: close the connection instead.
            self.close_connection = True
            return Response(413, {"ok": False, "error": f"the body is over {MAX_BODY_BYTES} bytes"})
        body = self._read_exact(length)
        if len(body) != length:
            self.close_connection = True
            return Response(400, {"ok": False, "error": "the body is shorter than its Content-Length"})
        return body

    def handle_one_request(self) -> None:
        # Each request on a kept-alive connection gets its own whole-request deadline.
        self.server.set_deadline(self.connection, self.server.request_deadline_s)
        super().handle_one_request()

    def _serve(self, method: str) -> None:
        route = self.path.split("?", 1)[0]
        access = self.server.access
        if not access.host_allowed(self.headers.get("Host")):
            # Before anything is read or served: a rebound name gets no state, no page, no feed.
            self.close_connection = True
            self._reply(Response(421, {"ok": False, "error": "this server does not answer to that Host name"}))
            return
        given = bearer({k.lower(): v for k, v in self.headers.items()})
        if not self.server.admit_role(self.connection, access.role_of(given) if given else Role.PUBLIC):
            self.close_connection = True
            self._reply(Response(503, {"ok": False, "error": "too many connections; retry"}, {"Retry-After": "5"}))
            return
        if route == WS_PATH and method == "GET" and self.server.websocket:
            self._websocket()
            return
        if method == "OPTIONS" and self._page_options(route):
            return
        if method in ("GET", "HEAD") and self._page(route, head=method == "HEAD"):
            return
        body = self._body() if method == "POST" else b""
        if isinstance(body, Response):
            self._reply(body)
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        server = self.server
        server.set_deadline(self.connection, None)  # read whole: what remains is ours to answer
        response = server.handler(
            method,
            self.path,
            headers,
            body,
            server.port_impl,
            server.access,
            address=str(self.client_address[0]),
            now=server.clock.now().mono,
            full_view_without_token=server.full_view_without_token,
        )
        self._reply(response, head=method == "HEAD")

    def _page_options(self, route: str) -> bool:
        """`OPTIONS` on a page, a script or the feed: 204 with its methods (the API's routes are
        the handler's to answer)."""
        if route == WS_PATH and self.server.websocket:
            allow = "GET, OPTIONS"
        elif self.server.web_dir is not None and ((route.rstrip("/") or "/") in PAGES or route.startswith("/static/")):
            allow = "GET, HEAD, OPTIONS"
        else:
            return False
        self._reply(Response(204, {}, {"Allow": allow}))
        return True

    def _page(self, route: str, *, head: bool) -> bool:
        """The browser pages and their scripts, from the app's own files (no CDN, no internet)."""
        web = self.server.web_dir
        if web is None:
            return False
        try:
            query = parse_qs(urlsplit(self.path).query, max_num_fields=8)
        except ValueError:  # more fields than that: a stranger's, read as none
            query = {}
        lang = page_language.choose((query.get("lang") or [""])[0], self.headers.get("Accept-Language"))
        # The page may knock at its fallback (the address in its link, or ours) when this laptop
        # dies: that one origin, checked to be http://HOST:PORT, and no other.
        ours = self.server.fallback.get()
        theirs = fallback_or_none((query.get("fallback") or [""])[0])
        knock = " ".join(dict.fromkeys(f for f in (theirs, ours) if f))
        connect = f"connect-src 'self' ws: wss:{' ' + knock if knock else ''}"
        csp = {"Content-Security-Policy": f"default-src 'self'; {connect}; img-src 'self' data:"}
        # A page's files come without a token: the connection closes once one is sent, so a phone's
        # idle connections never hold the tokenless slots of its address (a hall behind one NAT
        # address opening /ask within seconds had its later phones' scripts refused, 503).
        self.close_connection = True
        csp["Connection"] = "close"
        if route == "/static/texts.js":
            self._send(200, page_language.texts_script(web, lang), "text/javascript; charset=utf-8", csp, head=head)
            return True
        name = PAGES.get(route.rstrip("/") or "/")
        if name is None and route.startswith("/static/"):
            candidate = route[len("/static/") :]
            # Only plain file names from the web folder: no paths, no traversal.
            if candidate and "/" not in candidate and "\\" not in candidate and not candidate.startswith("."):
                name = candidate
        if name is None:
            return False
        path = web / name
        if not path.is_file():
            return False
        kind = STATIC_TYPES.get(path.suffix, "application/octet-stream")
        payload = path.read_bytes()
        if path.suffix == ".html":
            payload = page_language.localised_page(payload, lang)
            if ours:  # a page opened without a fallback in its link still learns ours
                payload = page_with_fallback(payload, ours)
            csp["Content-Language"] = lang
            csp["Vary"] = "Accept-Language"
        self._send(200, payload, f"{kind}; charset=utf-8", csp, head=head)
        return True

    def _websocket(self) -> None:
        server = self.server
        if not server.access.origin_allowed(self.headers.get("Origin"), self.headers.get("Host")):
            self.close_connection = True
            self._reply(Response(403, {"ok": False, "error": "a WebSocket from another site's page is refused"}))
            return
        key = self.headers.get("Sec-WebSocket-Key", "")
        upgrade = self.headers.get("Upgrade", "").lower() == "websocket"
        if not upgrade or "upgrade" not in self.headers.get("Connection", "").lower() or not valid_key(key):
            self.close_connection = True
            self._reply(Response(400, {"ok": False, "error": "a WebSocket upgrade is expected here"}))
            return
        if self.headers.get("Sec-WebSocket-Version", "") != "13":
            self.close_connection = True
            self._reply(
                Response(426, {"ok": False, "error": "WebSocket version 13 only"}, {"Sec-WebSocket-Version": "13"})
            )
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        given = bearer(headers)
        address = str(self.client_address[0])
        now = server.clock.now().mono
        role = server.access.role_of(given) if given is not None else Role.PUBLIC
        if given is not None and role is Role.PUBLIC:  # a wrong token: slowed as over HTTP
            wait = server.access.retry_after(address, now)
            if wait is not None:
                self.close_connection = True
                self._reply(
                    Response(
                        429,
                        {"ok": False, "error": "too many wrong tokens; wait and try again"},
                        {"Retry-After": str(math.ceil(wait))},
                    )
                )
                return
            server.access.note_failure(address, now)
        with server.lock:
            crowded = role is Role.PUBLIC and server.public_feeds >= MAX_PUBLIC_FEEDS
            if not crowded and role is Role.PUBLIC:
                server.public_feeds += 1
        if crowded:
            self.close_connection = True
            self._reply(
                Response(503, {"ok": False, "error": "too many followers without a token"}, {"Retry-After": "10"})
            )
            return
        try:
            self._upgrade(key, role)
        finally:
            if role is Role.PUBLIC:
                with server.lock:
                    server.public_feeds -= 1

    def _upgrade(self, key: str, role: Role) -> None:
        self.send_response(101, "Switching Protocols")
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", accept_key(key))
        self.end_headers()
        self.wfile.flush()
        self.close_connection = True
        server = self.server
        server.set_deadline(self.connection, None)  # a WebSocket lives on; the feed pings it
        conn = Connection(self.connection)
        address = str(self.client_address[0])
        sock = self.connection
        server.feed.serve(
            conn,
            role,
            server.access,
            server.port_impl.state,
            server.port_impl.command,
            address,
            now=lambda: server.clock.now().mono,
            on_authenticated=lambda: server.admit_role(sock, Role.CONTROL),
        )

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

    def do_OPTIONS(self) -> None:
        self._serve("OPTIONS")

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


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def port_in_use(error: OSError, port: int, option: str) -> str | None:
    """The one line to say when `error` is a port someone else holds (None for any other error)."""
    if error.errno == errno.EADDRINUSE:
        return f"port {port} is in use: choose another with {option}"
    return None


class ApiServer:
    """Serves the API, the live feed and the pages on a background thread until `stop()`."""

    def __init__(
        self,
        host: str,
        port: int,
        port_impl: ShowPort,
        token: str | Access,
        *,
        poll_interval: float = 0.5,
        feed: Feed | None = None,
        web_dir: Path | None = None,
        clock: Clock | None = None,
        max_connections: int = MAX_CONNECTIONS,
        reserved_for_tokens: int = RESERVED_FOR_TOKENS,
        max_untokened_per_address: int = MAX_UNTOKENED_PER_ADDRESS,
        request_deadline_s: float = REQUEST_DEADLINE_S,
        full_view_on_loopback: bool = False,
        handler: Callable[..., Response] = handle,
        websocket: bool = True,
        fallback: FallbackAddress | None = None,
    ) -> None:
        """`full_view_on_loopback`: tokenless requests see the full state, when listening on loopback
        only (a setting; off by default: any web page the moderator opens could read it).
        `handler` answers the requests (api.handle: the show's API); `websocket` serves the feed."""
        family = socket.AF_INET
        with contextlib.suppress(ValueError):
            if ipaddress.ip_address(host).version == 6:
                family = socket.AF_INET6
        server_cls = type(
            "_BoundServer",
            (_Server,),
            {
                "address_family": family,
                "max_connections": max_connections,
                "reserved_for_tokens": reserved_for_tokens,
                "max_untokened_per_address": max_untokened_per_address,
                "request_deadline_s": request_deadline_s,
            },
        )
        self._server: _Server = server_cls((host, port), _Handler)
        self._server.port_impl = port_impl
        self._server.access = token if isinstance(token, Access) else Access(token)
        self._server.feed = feed or Feed()
        self._server.web_dir = web_dir
        self._server.clock = clock or SystemClock()
        self._server.full_view_without_token = full_view_on_loopback and is_loopback(host)
        self._server.handler = handler
        self._server.websocket = websocket
        self._server.fallback = fallback or FallbackAddress()
        self._thread = threading.Thread(
            # Requests and stop() wake the loop at once; poll_interval only while a request has a deadline.
            target=self._server.serve_forever,
            kwargs={"poll_interval": poll_interval},
            name="runofshow-api",
            daemon=True,
        )

    @property
    def feed(self) -> Feed:
        return self._server.feed

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    @property
    def url(self) -> str:
        host, port = self.address
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}/api/v1/"

    @property
    def fallback(self) -> str | None:
        """The address the pages move to should this laptop die (None: none known)."""
        return self._server.fallback.get()

    def set_fallback(self, url: str | None) -> None:
        """A new fallback, from any thread: the pages served from now on carry it
        (`FallbackError` for an address that is not http://HOST:PORT, the old one kept)."""
        self._server.fallback.set(url)

    def set_port(self, port_impl: ShowPort) -> None:
        """Serve another show (after File → Open) without dropping the listening socket."""
        self._server.port_impl = port_impl

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
