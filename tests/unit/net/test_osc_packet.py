"""An OSC datagram checked before python-osc reads it: bundles walked within bounds, in order,
without recursion; whatever is malformed is refused whole."""

from __future__ import annotations

import struct

import pytest
from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
from pythonosc.osc_message_builder import OscMessageBuilder

from runofshow.net.osc_packet import MAX_DEPTH, MAX_MESSAGES, OscPacketError, messages_of

HEADER = b"#bundle\x00" + b"\x00" * 8


def message(address: str, *args: object) -> bytes:
    built = OscMessageBuilder(address=address)
    for arg in args:
        built.add_arg(arg)
    return built.build().dgram


def element(data: bytes) -> bytes:
    return struct.pack(">i", len(data)) + data


def test_messages_and_nested_bundles_in_order() -> None:
    start, goto, next_ = message("/runofshow/start"), message("/runofshow/goto", "closing"), message("/runofshow/next")
    assert messages_of(start) == [start]
    inner = HEADER + element(goto)
    assert messages_of(HEADER + element(start) + element(inner) + element(next_)) == [start, goto, next_]
    built = OscBundleBuilder(IMMEDIATELY)
    built.add_content(OscMessageBuilder(address="/runofshow/addtime").build())
    assert len(messages_of(built.build().dgram)) == 1
    assert messages_of(HEADER) == []  # an empty bundle: nothing to do


@pytest.mark.parametrize(
    "packet",
    [
        pytest.param(HEADER + struct.pack(">i", -4), id="size-minus-4"),
        pytest.param(HEADER + struct.pack(">i", 0), id="size-0"),
        pytest.param(HEADER + struct.pack(">i", 6) + b"/abc\x00\x00\x00\x00", id="size-not-a-multiple-of-4"),
        pytest.param(HEADER + struct.pack(">i", 400) + b"/abc\x00\x00\x00\x00", id="size-beyond-the-packet"),
        pytest.param(HEADER + b"\x00\x00", id="size-cut-short"),
        pytest.param(b"#bundle\x00\x00\x00", id="header-cut-short"),
        pytest.param(HEADER + element(b"junk\x00\x00\x00\x00"), id="neither-message-nor-bundle"),
        pytest.param(b"\x00\xff garbage", id="garbage"),
        pytest.param(b"/runofshow/start\x00\x00\x00\x00,\x01\x02\x03", id="unknown-type-tags"),
        pytest.param(b"/runofshow/start", id="address-not-terminated"),
    ],
)
def test_malformed_packets_are_refused_whole(packet: bytes) -> None:
    with pytest.raises(OscPacketError):
        messages_of(packet)


def test_nesting_and_message_counts_are_bounded() -> None:
    packet = message("/runofshow/next")
    for _ in range(MAX_DEPTH):
        packet = HEADER + element(packet)
    assert len(messages_of(packet)) == 1
    with pytest.raises(OscPacketError, match="nested"):
        messages_of(HEADER + element(packet))
    many = HEADER + element(message("/a")) * (MAX_MESSAGES + 1)
    with pytest.raises(OscPacketError, match="messages in one packet"):
        messages_of(many)
