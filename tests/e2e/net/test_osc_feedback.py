"""OSC feedback: the show's state out to Companion and other gear, received by a python-osc
server as they would receive it."""

from __future__ import annotations

import queue
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import ThreadingOSCUDPServer

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from runofshow.files.resources import bundled_example
from runofshow.net.osc_feedback import OscFeedback, feedback_messages
from tests.helpers import paths
from tests.helpers.app import TOKEN, App
from tests.helpers.show import do


@pytest.fixture
def receiver() -> Iterator[tuple[int, queue.Queue[tuple[str, Any]]]]:
    got: queue.Queue[tuple[str, Any]] = queue.Queue()
    dispatcher = Dispatcher()
    dispatcher.set_default_handler(lambda address, *args: got.put((address, args[0] if args else None)))
    server = ThreadingOSCUDPServer(("127.0.0.1", 0), dispatcher)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], got
    server.shutdown()
    server.server_close()


def latest(got: queue.Queue[tuple[str, Any]], seconds: float = 5) -> dict[str, Any]:
    """Every address's newest value among what arrives in `seconds` (at least one set)."""
    seen: dict[str, Any] = {}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            address, value = got.get(timeout=0.2)
        except queue.Empty:
            if "/runofshow/message" in seen:
                break
            continue
        seen[address] = value
    return seen


def test_each_state_says_state_times_speaker_segment_next_and_message(show: Show, clock: FakeClock) -> None:
    values = dict(feedback_messages(snapshot(show, clock.now())))
    assert values["/runofshow/state"] == "standby" and values["/runofshow/segment"] == "Opening remarks"
    do(show, clock, "start")
    do(show, clock, "speaker_next")
    clock.advance(50)
    do(show, clock, "message", to="moderator", text="Mic 2 is dead")
    values = dict(feedback_messages(snapshot(show, clock.now())))
    assert values["/runofshow/state"] == "running"
    assert values["/runofshow/remaining"] == pytest.approx(310)
    assert values["/runofshow/remaining/text"] == "5:10"
    assert values["/runofshow/speaker"] == "Moderator (placeholder)"
    assert values["/runofshow/speaker/remaining"] == pytest.approx(10)
    assert values["/runofshow/next"] == "Panel 1: Cross-border collaboration"
    assert values["/runofshow/message"] == "Mic 2 is dead"
    clock.advance(400)
    assert dict(feedback_messages(snapshot(show, clock.now())))["/runofshow/state"] == "overtime"
    do(show, clock, "pause")
    assert dict(feedback_messages(snapshot(show, clock.now())))["/runofshow/state"] == "paused"


def test_a_count_up_sends_the_time_run_never_overtime(show: Show, clock: FakeClock) -> None:
    do(show, clock, "segment_update", segment="opening", fields={"count": "up"})
    do(show, clock, "start")
    clock.advance(7 * 60 + 5)  # past its planned 6 min
    values = dict(feedback_messages(snapshot(show, clock.now())))
    assert (values["/runofshow/state"], values["/runofshow/remaining/text"]) == ("running", "7:05")


def test_a_python_osc_server_receives_every_address_with_its_type(
    show: Show, clock: FakeClock, receiver: tuple[int, queue.Queue[tuple[str, Any]]]
) -> None:
    port, got = receiver
    feedback = OscFeedback("localhost", port)  # a name, resolved once
    try:
        do(show, clock, "start")
        feedback.send(snapshot(show, clock.now()))
        seen = latest(got)
    finally:
        feedback.close()
    assert set(seen) == {address for address, _ in feedback_messages(snapshot(show, clock.now()))}
    assert seen["/runofshow/state"] == "running" and isinstance(seen["/runofshow/remaining"], float)


def test_the_app_sends_on_every_change_and_each_second_while_running(
    receiver: tuple[int, queue.Queue[tuple[str, Any]]],
) -> None:
    port, got = receiver
    app = App(
        str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--new-run",
        "--osc-feedback", f"127.0.0.1:{port}",
    )  # fmt: skip
    try:
        assert latest(got)["/runofshow/state"] == "standby"  # at once, before anything happens
        assert app.command({"action": "start"})[0] == 200
        first = latest(got)
        assert first["/runofshow/state"] == "running"
        # While running, a set each second: the remaining time goes down without any command.
        readings = []
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline and len(set(readings)) < 3:
            address, value = got.get(timeout=3)
            if address == "/runofshow/remaining/text":
                readings.append(value)
        assert len(set(readings)) >= 3, readings
    finally:
        app.stop()


def oscdump(datagram: bytes) -> tuple[str, str, list[Any]]:
    """(address, type tags, values) as liblo's `oscdump` prints a message: the tags read off the wire,
    not guessed from Python's types."""
    from pythonosc.osc_message import OscMessage

    end = datagram.index(b"\0")
    start = (end + 4) & ~3
    tags = datagram[start : datagram.index(b"\0", start)].decode("ascii")
    assert tags.startswith(",")
    return datagram[:end].decode("utf-8"), tags[1:], list(OscMessage(datagram).params)


def documented_feedback() -> list[tuple[str, str]]:
    docs = (paths.DOCS / "network.md").read_text(encoding="utf-8")
    section = docs.split("### OSC feedback: the state out", 1)[1].split("###", 1)[0]
    return re.findall(r"^\| `(/runofshow/[a-z/]+)` \| `([a-z])` \|", section, flags=re.MULTILINE)


def test_what_the_app_sends_is_what_the_docs_say_address_by_address_and_type_by_type(tmp_path: Path) -> None:
    """#27: the feedback's addresses and OSC types are documented, and the real app sends exactly
    those, one message each, in the documented order (each set: the nine of them)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.settimeout(10)
        app = App(
            str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--new-run",
            "--osc-feedback", f"127.0.0.1:{listener.getsockname()[1]}", home=str(tmp_path),
        )  # fmt: skip
        try:
            assert app.command({"action": "start"})[0] == 200
            got = [oscdump(listener.recv(65536)) for _ in range(40)]
        finally:
            app.stop()
    documented = documented_feedback()
    assert len(documented) == 9
    first = next(i for i, (address, _, _) in enumerate(got) if address == documented[0][0])
    one_set = got[first : first + len(documented)]
    assert [(address, tags) for address, tags, _ in one_set] == documented
    assert all(len(values) == 1 for _, _, values in one_set)
    running = [values[0] for address, _, values in got if address == "/runofshow/state"]
    assert "running" in running
