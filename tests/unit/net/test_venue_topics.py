"""The venue's addresses, names and messages: what a stranger on the broker sends is checked and
bounded before anything is done with it."""

from __future__ import annotations

import json

import pytest

from runofshow.net.venue_topics import (
    MAX_INBOX_BYTES,
    Ack,
    Presence,
    VenueError,
    check_name,
    inbox_command,
    parse_ack,
    parse_broker,
    parse_inbox,
    parse_presence,
    room_topic,
)


def test_broker_addresses() -> None:
    plain = parse_broker("mqtt://broker.venue.lan")
    assert (plain.host, plain.port, plain.tls, plain.username) == ("broker.venue.lan", 1883, False, None)
    secure = parse_broker("mqtts://room%40r313:s%3Acret@10.0.0.5:8884")
    assert (secure.host, secure.port, secure.tls, secure.username, secure.password) == (
        "10.0.0.5", 8884, True, "room@r313", "s:cret",
    )  # fmt: skip
    assert "s:cret" not in secure.shown() and "room@r313" in secure.shown()
    for bad in ("http://x", "mqtt://", "mqtt://h:99999", "mqtt://h/topic", "h:1883"):
        with pytest.raises(VenueError):
            parse_broker(bad)


def test_names_make_one_level_of_a_topic() -> None:
    assert room_topic("hanoi-ncc", check_name("R313", "room id"), "state") == "runofshow/v1/hanoi-ncc/rooms/R313/state"
    for bad in ("", "a/b", "+", "#", "r 1", "x" * 65, "-lead"):
        with pytest.raises(VenueError):
            check_name(bad, "room id")


def test_an_inbox_message_becomes_a_journaled_command_applied_once() -> None:
    message = parse_inbox(json.dumps({"id": "6f1d", "from": "Venue control", "text": "Doors close at 14:50"}).encode())
    command = inbox_command(message)
    assert command == {
        "action": "message", "to": "moderator", "text": "Doors close at 14:50", "from": "Venue control",
        "ref": "6f1d", "request_id": "venue:6f1d",
    }  # fmt: skip


@pytest.mark.parametrize(
    "payload",
    [
        b"not json",
        b"\xff\xfe",
        b"[1, 2]",
        json.dumps({"id": "1", "from": "x"}).encode(),
        json.dumps({"id": "1", "from": "x", "text": "y", "extra": 1}).encode(),
        json.dumps({"id": "1", "from": "x", "text": "a\ud800"}).encode(),
        json.dumps({"id": "1", "from": "x\ny", "text": "y"}).encode(),
        json.dumps({"id": "1" * 65, "from": "x", "text": "y"}).encode(),
        json.dumps({"id": "1", "from": "x", "text": "y" * 501}).encode(),
        b" " * (MAX_INBOX_BYTES + 1),
        b"[" * 4096,  # was: RecursionError (not a refusal) in paho's thread
        b"[" * 2000 + b"]" * 2000,
        b'{"id": "1", "from": "x", "text": "y", "n": 1' + b"0" * 1000 + b"}",
        b'{"id": "1", "from": "x", "text": NaN}',
    ],
)
def test_bad_inbox_messages_are_refused_whole(payload: bytes) -> None:
    with pytest.raises(VenueError):
        parse_inbox(payload)


def test_presence_and_acknowledgements_are_read_within_bounds() -> None:
    assert parse_presence(b'{"online": true, "since": "2026-12-06T14:02:00+07:00"}') == Presence(
        True, "2026-12-06T14:02:00+07:00"
    )
    assert parse_presence(b'{"online": false}') == Presence(False, "")  # a room's last will
    assert parse_ack(b'{"id": "m-1", "at": "2026-12-06T14:03:12+07:00"}') == Ack("m-1", "2026-12-06T14:03:12+07:00")
    for bad in (b"[" * 4096, b'{"online": "yes"}', b'{"online": true, "since": 5}', b'{"online": true, "x": 1}',
                b'{"online": true, "since": "' + b"9" * 2000 + b'"}', b"\xff"):  # fmt: skip
        with pytest.raises(VenueError):
            parse_presence(bad)
    for bad in (b'{"id": ["m-1"], "at": "x"}', b'{"id": "m-1"}', b"{" * 100_000, b'{"id": "m", "at": "\\u0000"}'):
        with pytest.raises(VenueError):
            parse_ack(bad)
