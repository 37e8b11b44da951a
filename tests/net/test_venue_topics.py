"""The venue's addresses, names and messages: what a stranger on the broker sends is checked and
bounded before anything is done with it."""

from __future__ import annotations

import json

import pytest

from runofshow.net.venue_topics import (
    MAX_INBOX_BYTES,
    VenueError,
    check_name,
    inbox_command,
    parse_broker,
    parse_inbox,
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
    ],
)
def test_bad_inbox_messages_are_refused_whole(payload: bytes) -> None:
    with pytest.raises(VenueError):
        parse_inbox(payload)
