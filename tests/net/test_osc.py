"""OSC over UDP: each address maps to the same validated command; junk is ignored."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from pythonosc.udp_client import SimpleUDPClient

from runofshow.core.commands import parse_command
from runofshow.core.fields import CommandError
from runofshow.net.osc import OscServer

IDS = {"opening", "closing"}


class Recorder:
    def __init__(self) -> None:
        self.commands: list[dict[str, Any]] = []

    def __call__(self, data: Any) -> None:
        command = parse_command(data)  # the real validation: a bad argument raises CommandError
        segment = getattr(command, "segment", None)
        if segment is not None and segment not in IDS:
            raise CommandError("no segment with id '{segment}'", segment=segment)
        self.commands.append(data)


@pytest.fixture
def osc() -> Iterator[tuple[OscServer, Recorder, SimpleUDPClient]]:
    recorder = Recorder()
    server = OscServer("127.0.0.1", 0, recorder)
    server.start()
    client = SimpleUDPClient(*server.address)
    yield server, recorder, client
    client._sock.close()  # python-osc's client has no close()
    server.stop()


def settle(predicate, timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)  # UDP to a server thread: time must pass
    return False


def test_addresses_map_to_commands(osc) -> None:
    _, recorder, client = osc
    sent = [
        ("/runofshow/start", []),
        ("/runofshow/toggle", []),
        ("/runofshow/goto", ["closing"]),
        ("/runofshow/addtime", [60]),
        ("/runofshow/speaker/next", []),
        ("/runofshow/message", ["Mic check"]),
        ("/runofshow/next", []),
    ]
    for address, args in sent:
        client.send_message(address, args)
    assert settle(lambda: len(recorder.commands) == len(sent))
    assert recorder.commands[2] == {"action": "goto", "segment": "closing"}
    assert recorder.commands[3] == {"action": "add_time", "seconds": 60}
    assert recorder.commands[5] == {"action": "message", "to": "moderator", "text": "Mic check"}


def test_unknown_addresses_bad_arguments_and_junk_are_ignored(osc) -> None:
    server, recorder, client = osc
    client.send_message("/runofshow/explode", [])
    client.send_message("/runofshow/addtime", ["sixty"])
    client.send_message("/runofshow/goto", ["nowhere"])  # rejected by the command's validation
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as raw:
        for junk in (b"\x00\xff garbage", b"/runofshow/start\x00\x00\x00,i\x00\x00", b"#bundle\x00broken"):
            raw.sendto(junk, server.address)
    client.send_message("/runofshow/start", [])
    assert settle(lambda: recorder.commands == [{"action": "start"}])
    assert settle(lambda: server.ignored >= 3)  # the junk packets never reached a handler
    with pytest.raises(CommandError):
        recorder({"action": "goto", "segment": "nowhere"})


def test_a_bundle_counts_each_message_and_a_flood_is_bounded(osc) -> None:
    """One bundle of 200 `addtime`s used to apply all 200, and a flood started a thread each."""
    import threading

    from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
    from pythonosc.osc_message_builder import OscMessageBuilder

    from runofshow.net.osc import BURST

    server, recorder, client = osc
    bundle = OscBundleBuilder(IMMEDIATELY)
    for _ in range(200):
        message = OscMessageBuilder(address="/runofshow/addtime")
        message.add_arg(60)
        bundle.add_content(message.build())
    threads_before = threading.active_count()
    client.send(bundle.build())
    for _ in range(300):
        client.send_message("/runofshow/next", [])
    assert settle(lambda: server.limited > 0)
    time.sleep(0.3)  # a real UDP server: let the rest arrive
    added = [c for c in recorder.commands if c["action"] == "add_time"]
    assert len(added) <= BURST  # one datagram: its 200 messages count one by one
    assert len(recorder.commands) <= BURST + 2  # the bucket refills a little while the flood lasts
    assert threading.active_count() <= threads_before + 1  # one handling thread, not one a packet
