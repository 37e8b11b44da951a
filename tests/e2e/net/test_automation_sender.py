"""Sending automations (net/automation_sender.py) to real sockets on this computer: HTTP to a
stdlib server, OSC to a python-osc server as gear would receive it. Never on the caller's
thread, bounded queues, bounded attempts, a dead device holds up only its own lane, and only
this computer and the local networks unless allowed."""

from __future__ import annotations

import json
import queue
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import ThreadingOSCUDPServer

from runofshow.core.automation_watch import HttpRequest, OscRequest
from runofshow.net.automation_sender import AutomationSender, Job, Outcome


class Hook:
    """An HTTP server that answers each request with the next status of `statuses` (then 204),
    or not at all while `hold` is set."""

    def __init__(self) -> None:
        self.got: queue.Queue[dict[str, Any]] = queue.Queue()
        self.statuses: list[int] = []
        self.hold = threading.Event()
        self.release = threading.Event()
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                hook.got.put({"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body})
                if hook.hold.is_set():
                    hook.release.wait(10)
                status = hook.statuses.pop(0) if hook.statuses else 204
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = do_PUT = do_DELETE = _any  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}"

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hook() -> Iterator[Hook]:
    running = Hook()
    yield running
    running.stop()


class Outcomes:
    def __init__(self) -> None:
        self.got: queue.Queue[Outcome] = queue.Queue()

    def __call__(self, outcome: Outcome) -> None:
        self.got.put(outcome)

    def next(self, timeout: float = 10) -> Outcome:
        return self.got.get(timeout=timeout)


@pytest.fixture
def outcomes() -> Outcomes:
    return Outcomes()


@pytest.fixture
def sender(outcomes: Outcomes) -> Iterator[AutomationSender]:
    made = AutomationSender(outcomes, timeout_s=0.5, backoff_s=(0.01,))
    yield made
    made.close()


def http_job(url: str, body: bytes | None = b'{"a":1}', *, method: str = "POST", retries: int = 2) -> Job:
    destination = url.split("/", 3)
    return Job("test", "/".join(destination[:3]), HttpRequest(method, url, body, (("X-Token", "abc"),)), retries)


def test_an_http_request_goes_out_as_written(sender: AutomationSender, outcomes: Outcomes, hook: Hook) -> None:
    assert sender.submit(http_job(hook.url + "/hook/panel%201?x=1", body='{"title":"Phiên 1"}'.encode()))
    request = hook.got.get(timeout=10)
    assert request["method"] == "POST" and request["path"] == "/hook/panel%201?x=1"
    assert json.loads(request["body"]) == {"title": "Phiên 1"}
    assert request["headers"]["Content-Type"] == "application/json; charset=utf-8"
    assert request["headers"]["X-Token"] == "abc"
    assert request["headers"]["Host"] == hook.url.removeprefix("http://")
    outcome = outcomes.next()
    assert outcome.sent and outcome.attempts == 1 and outcome.problem is None


def test_a_server_in_trouble_is_tried_again_a_refusal_is_not(
    sender: AutomationSender, outcomes: Outcomes, hook: Hook
) -> None:
    hook.statuses = [503, 500]
    sender.submit(http_job(hook.url + "/a", retries=2))
    outcome = outcomes.next()
    assert outcome.sent and outcome.attempts == 3
    hook.statuses = [404]
    sender.submit(http_job(hook.url + "/b", retries=2))
    outcome = outcomes.next()
    assert not outcome.sent and outcome.attempts == 1
    assert str(outcome.problem) == "127.0.0.1 answered 404 Not Found"


def test_at_most_the_retries_and_each_failure_says_why(sender: AutomationSender, outcomes: Outcomes) -> None:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there: connection refused
    sender.submit(http_job(f"http://127.0.0.1:{port}/x", retries=1))
    outcome = outcomes.next()
    assert not outcome.sent and outcome.attempts == 2
    assert str(outcome.problem) == "could not send to 127.0.0.1: Connection refused"


def test_an_attempt_waits_at_most_its_timeout(sender: AutomationSender, outcomes: Outcomes) -> None:
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(5)  # accepts, never answers
    try:
        started = time.monotonic()
        sender.submit(http_job(f"http://127.0.0.1:{silent.getsockname()[1]}/x", retries=0))
        outcome = outcomes.next()
        assert not outcome.sent and str(outcome.problem) == "no answer from 127.0.0.1 within 0.5 s"
        assert time.monotonic() - started < 5
    finally:
        silent.close()


def test_only_this_computer_and_the_local_networks_unless_allowed(outcomes: Outcomes) -> None:
    sender = AutomationSender(outcomes, timeout_s=0.3, backoff_s=(0.01,))
    try:
        sender.submit(http_job("http://192.0.2.1:9/x"))  # TEST-NET-1: not a local network
        outcome = outcomes.next()
        assert not outcome.sent and outcome.attempts == 1  # never tried: trying again will not help
        assert str(outcome.problem) == (
            "192.0.2.1 (192.0.2.1) is not on this network; the preferences can allow automations to other hosts"
        )
        sender.any_host = True  # the setting, changed while the show runs
        sender.submit(http_job("http://192.0.2.1:9/x", retries=0))
        outcome = outcomes.next()
        assert not outcome.sent and "not on this network" not in str(outcome.problem)  # tried: no route or no answer
    finally:
        sender.close()


def test_a_name_is_checked_on_the_address_it_resolves_to(
    sender: AutomationSender, outcomes: Outcomes, hook: Hook
) -> None:
    sender.submit(http_job(hook.url.replace("127.0.0.1", "localhost") + "/x"))
    assert hook.got.get(timeout=10)["headers"]["Host"].startswith("localhost:")
    assert outcomes.next().sent


def test_an_osc_message_arrives_with_its_types(sender: AutomationSender, outcomes: Outcomes) -> None:
    got: queue.Queue[tuple[str, tuple[Any, ...]]] = queue.Queue()
    dispatcher = Dispatcher()
    dispatcher.set_default_handler(lambda address, *args: got.put((address, args)))
    server = ThreadingOSCUDPServer(("127.0.0.1", 0), dispatcher)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_address[1]
        request = OscRequest("127.0.0.1", port, "/cue/red/start", (1, "Panel 1", 2.5, True, None))
        sender.submit(Job("test", f"osc://127.0.0.1:{port}", request, 0))
        address, args = got.get(timeout=10)
        assert address == "/cue/red/start"
        assert args == (1, "Panel 1", 2.5, True, None)
        assert type(args[0]) is int and outcomes.next().sent
    finally:
        server.shutdown()
        server.server_close()


def test_a_destination_s_jobs_go_in_order(sender: AutomationSender, outcomes: Outcomes, hook: Hook) -> None:
    for n in range(20):
        sender.submit(http_job(f"{hook.url}/{n}"))
    assert [hook.got.get(timeout=10)["path"] for _ in range(20)] == [f"/{n}" for n in range(20)]


def test_a_device_that_hangs_holds_up_only_its_own_lane_and_its_queue_is_bounded(outcomes: Outcomes) -> None:
    slow, fast = Hook(), Hook()
    sender = AutomationSender(outcomes, timeout_s=5, backoff_s=(0.01,), queue_size=2)
    try:
        slow.hold.set()
        started = time.monotonic()
        accepted = [sender.submit(http_job(f"{slow.url}/{n}", retries=0)) for n in range(6)]
        slow.got.get(timeout=10)  # the first is in the device's hands, which do not answer
        assert sender.submit(http_job(fast.url + "/other"))
        assert fast.got.get(timeout=10)["path"] == "/other"
        assert time.monotonic() - started < 4  # not after the slow one's 5 s
        # The slow lane holds one in flight and two waiting: the rest were dropped, and said so.
        assert accepted.count(False) >= 3
        dropped = [o for o in (outcomes.next() for _ in range(accepted.count(False))) if not o.sent]
        assert dropped and all("this one was dropped" in str(o.problem) for o in dropped)
    finally:
        sender.close(timeout_s=0.1)
        slow.stop()
        fast.stop()


def test_what_is_queued_when_the_app_closes_still_goes_out(outcomes: Outcomes, hook: Hook) -> None:
    """The show's end fires as the moderator closes the app: it is not lost to the closing."""
    sender = AutomationSender(outcomes, timeout_s=2)
    for n in range(3):
        sender.submit(http_job(f"{hook.url}/{n}"))
    sender.close(timeout_s=5)
    assert [hook.got.get(timeout=1)["path"] for _ in range(3)] == ["/0", "/1", "/2"]
    assert not sender.submit(http_job(f"{hook.url}/late"))  # closed: nothing more
