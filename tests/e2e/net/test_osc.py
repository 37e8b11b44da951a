"""OSC over UDP: each address maps to the same validated command; junk is ignored."""

from __future__ import annotations

import logging
import socket
import struct
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from pythonosc.osc_bundle_builder import OscBundleBuilder
from pythonosc.osc_message_builder import OscMessageBuilder
from pythonosc.udp_client import SimpleUDPClient

from runofshow.core.commands import parse_command
from runofshow.core.envelope import split
from runofshow.core.fields import CommandError
from runofshow.net.osc import DEFAULT_ALLOW, OscServer, is_allowed, parse_allow

IDS = {"opening", "closing"}


class Recorder:
    def __init__(self) -> None:
        self.commands: list[dict[str, Any]] = []
        self.senders: list[str] = []

    def __call__(self, data: Any) -> None:
        data, envelope = split(data)  # as the show's pipeline reads it (core/pipeline.py)
        command = parse_command(data)  # the real validation: a bad argument raises CommandError
        segment = getattr(command, "segment", None)
        if isinstance(segment, str) and segment not in IDS:
            raise CommandError("no segment with id '{segment}'", segment=segment)
        self.commands.append(data)
        self.senders.append(envelope.by)


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
    from pythonosc.osc_bundle_builder import IMMEDIATELY

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


# --- #23: nothing from outside can crash, fool or stall the show -----------------------------------
HOSTILE_BUNDLE = b"#bundle\x00" + b"\x00" * 8 + struct.pack(">i", -4)  # 20 bytes: python-osc looped on it


def send_raw(packet: bytes, to: tuple[str, int], source: str = "127.0.0.1") -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as raw:
        raw.bind((source, 0))
        raw.sendto(packet, to)


def stop_within(server: OscServer, seconds: float = 5.0) -> bool:
    """Stop the server off the test's thread: a stop that hangs fails the test instead of the run."""
    stopping = threading.Thread(target=server.stop, daemon=True)
    stopping.start()
    stopping.join(seconds)
    return not stopping.is_alive()


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param(HOSTILE_BUNDLE, id="element-size-minus-4"),
        pytest.param(HOSTILE_BUNDLE.replace(struct.pack(">i", -4), struct.pack(">i", -8)), id="element-size-minus-8"),
        pytest.param(OscMessageBuilder(address="/runofshow/" + "*" * 60 + "x").build().dgram, id="60-wildcards"),
        pytest.param(
            OscMessageBuilder(address="/runofshow/" + "{,}" * 40 + "x").build().dgram, id="40-empty-alternatives"
        ),
    ],
)
def test_a_hostile_packet_does_not_stall_the_osc_thread(hostile: bytes) -> None:
    """Was: an element of size −4 sent python-osc's bundle walk back four bytes for ever (OSC dead,
    a core at 100%, the app deaf to SIGTERM: stop() waited for the thread); an address pattern of
    60 `*` backtracked for hours in python-osc's regular expression."""
    recorder = Recorder()
    server = OscServer("127.0.0.1", 0, recorder)
    server.start()
    try:
        send_raw(hostile, server.address)
        send_raw(OscMessageBuilder(address="/runofshow/start").build().dgram, server.address)
        assert settle(lambda: recorder.commands == [{"action": "start"}], timeout=3.0), "the good packet was not heard"
        assert server._thread.is_alive()
        assert server.ignored >= 1
    finally:
        assert stop_within(server), "stop() hung"


def test_a_bundle_dated_in_the_future_is_not_waited_for() -> None:
    """Was: python-osc slept the OSC thread until a bundle's time tag (one dated a year ahead: OSC dead for a year)."""
    recorder = Recorder()
    server = OscServer("127.0.0.1", 0, recorder)
    server.start()
    try:
        bundle = OscBundleBuilder(time.time() + 365 * 86400)  # a year ahead
        bundle.add_content(OscMessageBuilder(address="/runofshow/next").build())
        send_raw(bundle.build().dgram, server.address)
        send_raw(OscMessageBuilder(address="/runofshow/start").build().dgram, server.address)
        assert settle(lambda: recorder.commands == [{"action": "next"}, {"action": "start"}], timeout=3.0)
    finally:
        assert stop_within(server)


def test_a_server_never_started_stops_at_once() -> None:
    assert stop_within(OscServer("127.0.0.1", 0, Recorder()))


def test_osc_takes_packets_only_from_the_allowed_addresses() -> None:
    """`--osc-allow 127.0.0.2`: a packet from 127.0.0.3 (also this computer, on Linux's lo) is dropped
    and counted; one from 127.0.0.2 is a command. Was: every address on the network was obeyed."""
    recorder = Recorder()
    server = OscServer("127.0.0.1", 0, recorder, allow=[parse_allow("127.0.0.2")])
    server.start()
    try:
        start = OscMessageBuilder(address="/runofshow/start").build().dgram
        send_raw(start, server.address, source="127.0.0.3")
        assert settle(lambda: server.disallowed == 1)
        send_raw(OscMessageBuilder(address="/runofshow/next").build().dgram, server.address, source="127.0.0.2")
        assert settle(lambda: recorder.commands == [{"action": "next"}])
        assert server.accepted == 1 and server.disallowed == 1
    finally:
        assert stop_within(server)


def test_the_default_allows_this_computer_only() -> None:
    assert (parse_allow("127.0.0.0/8"), parse_allow("::1")) == DEFAULT_ALLOW
    assert is_allowed("127.0.0.3", DEFAULT_ALLOW) and is_allowed("::1", DEFAULT_ALLOW)
    assert is_allowed("::ffff:127.0.0.1", DEFAULT_ALLOW)  # a dual-stack socket's loopback
    for stranger in ("192.168.1.30", "10.0.0.5", "::ffff:192.168.1.30", "fe80::1%eth0", "not an address"):
        assert not is_allowed(stranger, DEFAULT_ALLOW), stranger
    lan = [parse_allow("192.168.1.0/24"), parse_allow("fd00::/8")]
    assert is_allowed("192.168.1.30", lan) and is_allowed("fd00::5", lan) and not is_allowed("192.168.2.1", lan)
    for bad in ("192.168.1.300", "lan", "192.168.1.0/33", ""):
        with pytest.raises(ValueError, match="not an IP address or a network"):
            parse_allow(bad)


def test_a_packet_of_unknown_type_tags_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    """Was: python-osc logged a warning per unknown type tag (thousands of lines from one packet)."""
    server = OscServer("127.0.0.1", 0, lambda data: None)
    try:
        flood = b"/runofshow/start\x00\x00\x00\x00," + b"X" * 2000 + b"\x00\x00\x00"
        with caplog.at_level(logging.WARNING):
            server.packet(flood, ("127.0.0.1", 9))
        assert caplog.records == [] and server.ignored == 1
    finally:
        server.stop()


# --- #27: every action has an address; what buttons send is taken ---------------------------------
def message(address: str, *args: tuple[Any, str]) -> bytes:
    """One OSC message with explicit type tags, as `oscsend localhost 9000 ADDRESS TAGS ARGS…` sends it."""
    builder = OscMessageBuilder(address=address)
    for value, tag in args:
        builder.add_arg(value, tag)
    return bytes(builder.build().dgram)


@pytest.mark.parametrize(
    ("address", "args", "expected"),
    [
        # What a Companion / Stream Deck / TouchOSC button sends with an argument-less command: a press.
        ("/runofshow/toggle", [(1, "i")], {"action": "toggle"}),
        ("/runofshow/next", [(True, "T")], {"action": "next"}),
        ("/runofshow/next", [(1.0, "f")], {"action": "next"}),
        ("/runofshow/speaker/next", [(1, "i")], {"action": "speaker_next"}),  # its segment is optional: a press
        ("/runofshow/undo", [(1.0, "d")], {"action": "undo"}),
        # Seconds as integers, floats (float32 and double) and text.
        ("/runofshow/addtime", [(30.0, "f")], {"action": "add_time", "seconds": 30.0}),
        ("/runofshow/addtime", [(30.1, "f")], {"action": "add_time", "seconds": 30.1}),  # not 30.100000381
        ("/runofshow/add/time", [(-60, "i")], {"action": "add_time", "seconds": -60}),
        ("/runofshow/add/time", [(90.5, "d")], {"action": "add_time", "seconds": 90.5}),
        ("/runofshow/add/time", [("45", "s")], {"action": "add_time", "seconds": 45}),
        ("/runofshow/speaker/time", [(30, "h")], {"action": "speaker_time", "seconds": 30}),
        # Arguments by position; N leaves an optional one out.
        ("/runofshow/speaker/cue", [("lan", "s"), ("ready", "s")],
         {"action": "speaker_cue", "speaker": "lan", "cue": "ready"}),
        ("/runofshow/speaker/add", [("Ms Tran", "s"), (None, "N"), ("question", "s")],
         {"action": "speaker_add", "name": "Ms Tran", "type": "question"}),
        ("/runofshow/speaker/add", [("Ms Tran", "s"), (120.0, "f"), (None, "N"), (0, "i")],
         {"action": "speaker_add", "name": "Ms Tran", "time": 120, "position": 0}),
        ("/runofshow/speaker/move", [("lan", "s"), (2.0, "f")],
         {"action": "speaker_move", "speaker": "lan", "position": 2}),
        ("/runofshow/message", [("Mic check", "s")],
         {"action": "message", "to": "moderator", "text": "Mic check"}),
        ("/runofshow/message", [("2 MINUTES", "s"), ("speaker", "s")],
         {"action": "message", "to": "speaker", "text": "2 MINUTES"}),
        ("/runofshow/fit/to/end", [(True, "T")], {"action": "fit_to_end", "apply": True}),
        ("/runofshow/fit/to/end", [(1, "i")], {"action": "fit_to_end", "apply": True}),
        ("/runofshow/move/time", [("opening", "s"), ("closing", "s"), (60, "i")],
         {"action": "move_time", "from": "opening", "to": "closing", "seconds": 60}),
        ("/runofshow/floor/accept", [("r1", "s"), (0, "i")],
         {"action": "floor_accept", "request": "r1", "position": 0}),
        ("/runofshow/segment/insert", [('{"id": "qa", "title": "Q&A", "duration": "5m"}', "s"), ("opening", "s")],
         {"action": "segment_insert", "segment": {"id": "qa", "title": "Q&A", "duration": "5m"}, "after": "opening"}),
        ("/runofshow/person/update", [("lan", "s"), ('{"organization": "MOFA"}', "s")],
         {"action": "person_update", "person": "lan", "fields": {"organization": "MOFA"}}),
    ],
)  # fmt: skip
def test_what_buttons_and_scripts_send_makes_the_command(osc, address: str, args: list, expected: dict) -> None:
    """Was: `i 1`, `T`, `f 1.0` on /toggle or /next, a float /addtime and 32 of the 42 actions were ignored."""
    server, recorder, _ = osc
    send_raw(message(address, *args), server.address)
    assert settle(lambda: recorder.commands == [expected]), (recorder.commands, server.ignored)
    assert recorder.senders == ["osc@127.0.0.1"]  # journaled as OSC's; its undo takes back only OSC's own


@pytest.mark.parametrize(
    ("address", "args"),
    [
        ("/runofshow/next", [(0, "i")]),
        ("/runofshow/toggle", [(0.0, "f")]),
        ("/runofshow/toggle", [(False, "F")]),
        ("/runofshow/speaker/next", [(0, "i")]),
    ],
)
def test_a_buttons_release_does_nothing(osc, address: str, args: list) -> None:
    """A TouchOSC button sends 1 when pressed and 0 when let go: one press is one `next`, not two."""
    server, recorder, _ = osc
    send_raw(message(address, *args), server.address)
    send_raw(message("/runofshow/start"), server.address)
    assert settle(lambda: recorder.commands == [{"action": "start"}])
    assert server.released == 1 and server.ignored == 0


@pytest.mark.parametrize(
    ("address", "args"),
    [
        ("/runofshow/next", [("now", "s")]),  # text is no button press
        ("/runofshow/next", [(1, "i"), (1, "i")]),
        ("/runofshow/goto", [("closing", "s"), ("opening", "s")]),  # more arguments than it takes
        ("/runofshow/addtime", [("sixty", "s")]),
        ("/runofshow/addtime", [(True, "T")]),  # a flag is no number of seconds
        ("/runofshow/segment/insert", [("{not json", "s")]),
        ("/runofshow/segment/insert", [("[" * 40 + "]" * 40, "s")]),  # past the API's depth
        ("/runofshow/goto", [(b"\x00\x01", "b")]),
        ("/runofshow/message", []),
    ],
)
def test_wrong_arguments_are_ignored_and_counted(osc, address: str, args: list) -> None:
    server, recorder, _ = osc
    send_raw(message(address, *args), server.address)
    send_raw(message("/runofshow/start"), server.address)
    assert settle(lambda: recorder.commands == [{"action": "start"}])
    assert server.ignored == 1


def test_a_stream_deck_drives_the_real_app_with_what_its_buttons_send(tmp_path) -> None:
    """The real app, sent what `oscsend` and Companion's buttons send. Was: `i 1` on /toggle, `T` on
    /next and a float /addtime were ignored, and no speaker could be added over OSC."""
    from runofshow.files.resources import bundled_example
    from tests.helpers.app import TOKEN, App

    app = App(
        str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--new-run", "--osc", "127.0.0.1:0",
        home=str(tmp_path),
    )  # fmt: skip
    try:
        assert app.proc.stdout is not None
        line = app.proc.stdout.readline()
        assert "OSC on udp://" in line, line
        to = ("127.0.0.1", int(line.rsplit(":", 1)[1]))

        def until(predicate: Any) -> dict[str, Any]:
            deadline = time.monotonic() + 10
            state = app.state()
            while not predicate(state) and time.monotonic() < deadline:
                time.sleep(0.05)  # a real process: time must pass
                state = app.state()
            assert predicate(state), state
            return state

        send_raw(message("/runofshow/toggle", (1, "i")), to)  # Companion's "send integer 1"
        until(lambda s: s["running"])
        send_raw(message("/runofshow/toggle", (0, "i")), to)  # the release: still running
        send_raw(message("/runofshow/addtime", (30.0, "f")), to)
        state = until(lambda s: s["segments"][0]["duration_s"] == s["segments"][0]["planned_duration_s"] + 30)
        assert state["running"]
        send_raw(message("/runofshow/speaker/add", ("Ms Tran", "s"), (None, "N"), ("question", "s")), to)
        state = until(lambda s: any(p["name"] == "Ms Tran" for p in s["segments"][0]["speakers"]))
        assert next(p for p in state["segments"][0]["speakers"] if p["name"] == "Ms Tran")["type"] == "question"
        assert app.command({"action": "set_notes", "notes": "Thank the host"})[0] == 200
        send_raw(message("/runofshow/undo", (True, "T")), to)  # OSC's undo: its own change, not the API's
        state = until(lambda s: all(p["name"] != "Ms Tran" for p in s["segments"][0]["speakers"]))
        assert state["segments"][0]["notes"] == "Thank the host"
        send_raw(message("/runofshow/message", ("Mic 2 is dead", "s")), to)
        until(lambda s: [m["text"] for m in s["messages"]] == ["Mic 2 is dead"])
        send_raw(message("/runofshow/next", (True, "T")), to)
        until(lambda s: s["live_segment"] == "cross-border")
    finally:
        assert app.stop() == 0, app.stderr
