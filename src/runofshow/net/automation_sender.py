"""Sending what automations fire (core/automation_watch.py), never on the GUI thread.

One lane per destination (`http://10.0.0.5:9000`, `osc://10.0.0.6:53000`): a thread with a
bounded queue, started at its first job. A destination's jobs go out in the order they fired; a
device that does not answer holds up only its own lane, never the show and never the others'.
A full lane drops the job and says so. Each attempt is bounded (TIMEOUT_S to connect and for each
read of the answer); a failed one is tried again up to the automation's `retries`, after a short
wait; HTTP 4xx is not tried again (asking again will not help). Every job's outcome goes to
`report` (from the lane's thread), success or failure.

Where a job may go is checked here, where the name is looked up: the address connected to is
the one checked, so a name cannot point elsewhere between the check and the connection. Only
this computer and the local networks (core/automations.py LAN_NETWORKS), unless `any_host`.
"""

from __future__ import annotations

import contextlib
import http.client
import queue
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from pythonosc.osc_message_builder import OscMessageBuilder

from runofshow.core.automation_watch import HttpRequest, OscRequest
from runofshow.core.automations import TIMEOUT_S, on_this_network
from runofshow.core.wording import Words

#: Jobs waiting in one lane; more are dropped (a device that is down must not pile up a show's worth).
LANE_QUEUE = 32
#: Lanes at once: destinations are at most the automations' count (core/automations.py MAX_AUTOMATIONS,
#: with the app-wide ones).
MAX_LANES = 128
#: Waits before each retry, in seconds (the last is repeated).
BACKOFF_S = (0.25, 0.5, 1.0)
#: What is read of an answer (its status is what matters).
MAX_ANSWER_BYTES = 65_536
USER_AGENT = "runofshow-automation"


@dataclass(frozen=True, slots=True)
class Job:
    """One automation's request for one occurrence: `label` names it in the log."""

    label: str
    destination: str
    request: HttpRequest | OscRequest
    retries: int
    #: The occurrence's key (`wrap_up:panel1`): what it was fired for.
    key: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    job: Job
    sent: bool
    attempts: int
    #: Why it was not sent (None when it was).
    problem: Words | None = None


class SendError(Exception):
    """An attempt that failed; `final` when trying again cannot help."""

    def __init__(self, words: Words, *, final: bool = False) -> None:
        super().__init__(str(words))
        self.words = words
        self.final = final


class AutomationSender:
    def __init__(
        self,
        report: Callable[[Outcome], None],
        *,
        any_host: bool = False,
        timeout_s: float = TIMEOUT_S,
        backoff_s: tuple[float, ...] = BACKOFF_S,
        queue_size: int = LANE_QUEUE,
    ) -> None:
        self._report = report
        #: Read by the lanes at each job: the preferences may change it while the show runs.
        self.any_host = any_host
        self._timeout = timeout_s
        self._backoff = backoff_s
        self._queue_size = queue_size
        self._lanes: dict[str, _Lane] = {}
        self._lock = threading.Lock()
        self._closing = False
        #: Set once closed: a wait between attempts ends, nothing more is tried.
        self._closed = threading.Event()

    def submit(self, job: Job) -> bool:
        """Queue `job` on its destination's lane; False (and reported) when that lane is full."""
        with self._lock:
            if self._closing:
                return False
            lane = self._lanes.get(job.destination)
            if lane is None:
                if len(self._lanes) >= MAX_LANES:
                    self._report(Outcome(job, False, 0, Words("too many destinations at once; not sent")))
                    return False
                lane = self._lanes[job.destination] = _Lane(self, job.destination, self._queue_size)
        try:
            lane.jobs.put_nowait(job)
        except queue.Full:
            self._report(
                Outcome(job, False, 0, Words("{count} automations already waiting for {where}; this one was dropped",
                                             count=self._queue_size, where=job.destination))
            )  # fmt: skip
            return False
        return True

    def close(self, timeout_s: float = 1.0) -> None:
        """Stop every lane: what is queued goes out first (the show's end, fired as the app is
        closed), for at most about `timeout_s` in all; then any wait between attempts ends."""
        with self._lock:
            self._closing = True
            lanes = list(self._lanes.values())
        share = timeout_s / max(len(lanes), 1)
        for lane in lanes:
            lane.finish()
        for lane in lanes:
            lane.thread.join(share)
        self._closed.set()
        for lane in lanes:
            lane.thread.join(0.05)

    # --- one job (on a lane's thread) ------------------------------------------------------
    def run(self, job: Job) -> Outcome:
        attempts = 0
        while True:
            attempts += 1
            try:
                if isinstance(job.request, OscRequest):
                    self._osc(job.request)
                else:
                    self._http(job.request)
                return Outcome(job, True, attempts)
            except SendError as exc:
                if exc.final or attempts > job.retries or self._closed.is_set():
                    return Outcome(job, False, attempts, exc.words)
            wait = self._backoff[min(attempts - 1, len(self._backoff) - 1)] if self._backoff else 0.0
            if self._closed.wait(wait):
                return Outcome(job, False, attempts, Words("the app closed before it could be sent"))

    def _addresses(self, host: str, port: int, kind: socket.SocketKind) -> list[tuple[Any, ...]]:
        """Where to connect: the addresses `host` has (getaddrinfo's order) that automations may go to."""
        try:
            found = socket.getaddrinfo(host, port, type=kind)
        except (OSError, UnicodeError) as exc:
            raise SendError(Words("cannot find {host}: {error}", host=host, error=_reason(exc))) from None
        if not found:
            raise SendError(Words("cannot find {host}: {error}", host=host, error="no address"))
        allowed = found if self.any_host else [info for info in found if on_this_network(str(info[4][0]))]
        if allowed:
            return allowed
        raise SendError(
            Words(
                "{host} ({address}) is not on this network; the preferences can allow automations to other hosts",
                host=host,
                address=found[0][4][0],
            ),
            final=True,
        )

    def _osc(self, request: OscRequest) -> None:
        builder = OscMessageBuilder(request.address)
        for arg in request.args:
            builder.add_arg(arg)
        try:
            packet = builder.build().dgram
        except Exception as exc:  # python-osc's BuildError, or a value it cannot type
            raise SendError(Words("cannot make the OSC message: {error}", error=exc), final=True) from None
        family, kind, proto, _, address = self._addresses(request.host, request.port, socket.SOCK_DGRAM)[0]
        try:
            with socket.socket(family, kind, proto) as sock:
                sock.settimeout(self._timeout)
                sock.sendto(packet, address)
        except OSError as exc:
            words = Words("could not send to {where}: {error}", where=request.host, error=_reason(exc))
            raise SendError(words) from None

    def _http(self, request: HttpRequest) -> None:
        parts = urlsplit(request.url)
        host = parts.hostname or ""
        secure = parts.scheme == "https"
        port = parts.port or (443 if secure else 80)
        addresses = [info[4] for info in self._addresses(host, port, socket.SOCK_STREAM)]
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = {"Host": parts.netloc.rsplit("@", 1)[-1], "User-Agent": USER_AGENT, "Connection": "close"}
        if request.body is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        headers.update(dict(request.headers))
        connection = _Connection(addresses, host, secure, self._timeout)
        try:
            connection.request(request.method, target, body=request.body, headers=headers)
            answer = connection.getresponse()
            answer.read(MAX_ANSWER_BYTES)
        except TimeoutError:
            words = Words("no answer from {where} within {seconds} s", where=host, seconds=self._timeout)
            raise SendError(words) from None
        except (OSError, http.client.HTTPException) as exc:
            raise SendError(Words("could not send to {where}: {error}", where=host, error=_reason(exc))) from None
        finally:
            connection.close()
        if answer.status >= 400:
            words = Words("{where} answered {status} {reason}", where=host, status=answer.status, reason=answer.reason)
            # A refusal stays a refusal; a server in trouble (5xx) or too busy (429) may not be next time.
            raise SendError(words, final=answer.status < 500 and answer.status != 429)


class _Connection(http.client.HTTPConnection):
    """An HTTP(S) connection to one of the addresses that were checked (in turn: `localhost` may
    be ::1 first and the device listen on 127.0.0.1 only), naming the host as the URL does (its
    Host header, and for HTTPS the name the certificate must have)."""

    def __init__(self, addresses: list[tuple[Any, ...]], host: str, secure: bool, timeout: float) -> None:
        super().__init__(str(addresses[0][0]), int(addresses[0][1]), timeout=timeout)
        self._addresses = addresses
        self._name = host
        self._secure = secure

    def connect(self) -> None:
        for i, address in enumerate(self._addresses):
            try:
                self.sock = socket.create_connection((str(address[0]), int(address[1])), self.timeout)
                break
            except ConnectionRefusedError:
                if i == len(self._addresses) - 1:
                    raise
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self._secure:
            self.sock = ssl.create_default_context().wrap_socket(self.sock, server_hostname=self._name)


class _Lane:
    def __init__(self, sender: AutomationSender, destination: str, size: int) -> None:
        self.sender = sender
        self.jobs: queue.Queue[Job | None] = queue.Queue(maxsize=size)
        self.thread = threading.Thread(target=self._run, name=f"automations {destination}", daemon=True)
        self.thread.start()

    def finish(self) -> None:
        """Stop after what is queued (a full lane, a device that does not answer: its oldest job
        makes room for the stop)."""
        while True:
            try:
                self.jobs.put_nowait(None)
                return
            except queue.Full:
                with contextlib.suppress(queue.Empty):
                    self.jobs.get_nowait()

    def _run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None or self.sender._closed.is_set():
                return
            try:
                outcome = self.sender.run(job)
            except Exception as exc:  # a bug must not stop the lane: say it and go on
                outcome = Outcome(job, False, 1, Words("could not send to {where}: {error}", where=job.destination,
                                                       error=f"{type(exc).__name__}: {exc}"))  # fmt: skip
            self.sender._report(outcome)


def _reason(exc: BaseException) -> str:
    """An OS error as a person reads it: `Connection refused`, not `[Errno 111] Connection refused`."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
