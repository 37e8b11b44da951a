"""An OSC datagram checked before python-osc parses any of it: bundles walked here, iteratively and
within bounds, and each message's type tags checked, so that no packet can stall or flood the OSC thread.

python-osc's own bundle walk trusts each element's size: one 20-byte bundle whose element size is
−4 sends it back four bytes for ever (the OSC thread at 100% of a core, the app deaf to OSC and
to SIGTERM). Nested bundles recurse once per level, a future time tag puts the thread to sleep
until that date, and each unknown type tag logs a warning (60,000 lines from one packet). Here an
element's size must be positive, a multiple of 4 and inside its bundle; bundles nest at most
MAX_DEPTH deep; a packet holds at most MAX_MESSAGES messages; a message's type tags are those
python-osc reads. Time tags are not waited for: a command runs when it arrives.
"""

from __future__ import annotations

BUNDLE_PREFIX = b"#bundle\x00"
BUNDLE_HEADER = len(BUNDLE_PREFIX) + 8  # the prefix and the 64-bit time tag
MAX_DEPTH = 4  # bundles in bundles (Companion sends none; QLab one level)
MAX_MESSAGES = 256  # more than the rate limit would let through anyway (net/osc.py: BURST)
#: The argument types python-osc reads: i h f d s b r m t T F N and arrays ([ ]).
TYPE_TAGS = frozenset("ihfdsbrmtTFN[]")


class OscPacketError(ValueError):
    """A datagram that is not a well-formed OSC packet within our bounds; it is ignored whole."""


def messages_of(packet: bytes) -> list[bytes]:
    """The packet's messages in order (the packet itself when it is one), each checked by `check_message`."""
    if packet.startswith(b"/"):
        return [check_message(packet)]
    if not packet.startswith(BUNDLE_PREFIX):
        raise OscPacketError("neither an OSC message nor a bundle")
    found: list[bytes] = []
    # (bundle, where its next element starts, how deep it is): a stack, not recursion.
    stack: list[tuple[bytes, int, int]] = [(_bundle(packet), BUNDLE_HEADER, 1)]
    while stack:
        bundle, index, depth = stack.pop()
        while index < len(bundle):
            if index + 4 > len(bundle):
                raise OscPacketError("a bundle element's size is cut short")
            size = int.from_bytes(bundle[index : index + 4], "big", signed=True)
            index += 4
            if size <= 0 or size % 4 or index + size > len(bundle):
                raise OscPacketError(f"a bundle element of {size} bytes at byte {index - 4} of {len(bundle)}")
            element = bundle[index : index + size]
            index += size
            if element.startswith(BUNDLE_PREFIX):
                if depth >= MAX_DEPTH:
                    raise OscPacketError(f"bundles nested more than {MAX_DEPTH} deep")
                stack.append((bundle, index, depth))  # the rest of this bundle, after the inner one
                stack.append((_bundle(element), BUNDLE_HEADER, depth + 1))
                break
            found.append(check_message(element))
            if len(found) > MAX_MESSAGES:
                raise OscPacketError(f"more than {MAX_MESSAGES} messages in one packet")
    return found


def _bundle(data: bytes) -> bytes:
    if len(data) < BUNDLE_HEADER or len(data) % 4:
        raise OscPacketError("a bundle shorter than its header, or not in 4-byte words")
    return data


def check_message(data: bytes) -> bytes:
    """`data` if it is an OSC message whose type tags python-osc reads (else OscPacketError)."""
    if not data.startswith(b"/"):
        raise OscPacketError("a bundle element that is neither a message nor a bundle")
    end = data.find(b"\x00")
    if end < 0:
        raise OscPacketError("a message's address is not terminated")
    tags_at = (end // 4 + 1) * 4  # the address and its padding
    if tags_at >= len(data):
        return data  # no type tags: a message without arguments
    tags_end = data.find(b"\x00", tags_at)
    tags = data[tags_at : tags_end if tags_end >= 0 else len(data)]
    if not tags.startswith(b",") or not set(tags[1:].decode("latin-1")) <= TYPE_TAGS:
        raise OscPacketError("a message's type tags are not ones we read")
    return data
