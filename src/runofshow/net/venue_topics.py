"""The venue's MQTT topics and payloads: one broker, every room of the venue (docs/venue.md).

    runofshow/v1/VENUE/rooms/ROOM/state      retained: the room's public state, `room`, `unacked_messages`
    runofshow/v1/VENUE/rooms/ROOM/presence   retained: {"online": true, "since": ISO, "host"?: laptop,
                                             "taken_over"?: {"from"?, "at": ISO, "term"}}; the will: {"online": false}
    runofshow/v1/VENUE/rooms/ROOM/inbox      {"id": UUID, "from": NAME, "text": TEXT}: a message to the moderator
    runofshow/v1/VENUE/broadcast             the same, to every room
    runofshow/v1/VENUE/rooms/ROOM/acks       {"id", "at"}: the moderator has seen message `id`
    runofshow/v1/VENUE/rooms/ROOM/errors     {"id", "error", "at", "refused"}: an inbox or broadcast
                                             payload the room refused, and how many it has refused

Every time on these topics is UTC, ISO 8601 to the second with `Z` (`utc_iso`): rooms in
different zones, and a control room in a third, compare them as they are.

Names are checked before they make a topic (no "/", "+", "#", nothing that is not text), and a
message from the broker is checked, bounded and refused whole if anything is wrong: the broker
is shared, and anyone who can publish to it is a stranger to this room. Every payload is read
through the bounded JSON reader (net/json_input.py) after its size is checked: 4 KB of `[` is a
refused message, not a RecursionError in the broker's thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from runofshow.core.text import first_not_text
from runofshow.net.json_input import BadJsonError, load_json

ROOT = "runofshow/v1"
DEFAULT_VENUE = "default"
DEFAULT_PORT = 1883
DEFAULT_TLS_PORT = 8883
MAX_NAME_CHARS = 64
MAX_INBOX_BYTES = 4096
MAX_SENDER_CHARS = 60
MAX_TEXT_CHARS = 500
MAX_ID_CHARS = 64
MAX_PRESENCE_BYTES = 1024  # {"online": true, "since": ISO}: a few dozen bytes
MAX_ACK_BYTES = 1024  # {"id": ID, "at": ISO}
MAX_TIME_CHARS = 40  # an ISO time with its offset, and room to spare
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class VenueError(ValueError):
    """A venue address, a name or a message that cannot be used; nothing is done with it."""


def utc_iso(moment: datetime) -> str:
    """The venue's one time format: UTC, ISO 8601, to the second, with `Z` ("2025-10-26T07:02:11Z")."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_iso_of(text: str) -> str:
    """An ISO time with any offset (the show's state says its event's) in the venue's format."""
    return utc_iso(datetime.fromisoformat(text))


def local_hm(text: str) -> str:
    """A venue time as HH:MM on this computer's clock ("—" for none or for what is not a time)."""
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return "—"
    return (moment.astimezone() if moment.tzinfo is not None else moment).strftime("%H:%M")


def check_name(value: str, what: str) -> str:
    """A venue or room id: letters, digits, '.', '_' and '-' (it becomes one level of a topic)."""
    if not value or len(value) > MAX_NAME_CHARS or not _NAME.match(value):
        raise VenueError(f"the {what} '{value}' must be 1 to {MAX_NAME_CHARS} letters, digits, '.', '_' or '-'")
    return value


def room_topic(venue: str, room: str, leaf: str) -> str:
    return f"{ROOT}/{venue}/rooms/{room}/{leaf}"


def broadcast_topic(venue: str) -> str:
    return f"{ROOT}/{venue}/broadcast"


@dataclass(frozen=True, slots=True)
class BrokerAddress:
    host: str
    port: int
    tls: bool
    username: str | None = None
    password: str | None = None

    def shown(self) -> str:
        """The address without its password (for logs and the window)."""
        user = f"{self.username}@" if self.username else ""
        return f"{'mqtts' if self.tls else 'mqtt'}://{user}{self.host}:{self.port}"


def parse_broker(url: str) -> BrokerAddress:
    """`mqtt://[USER:PASS@]HOST[:PORT]` or `mqtts://…` (TLS, port 8883 by default)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise VenueError(f"'{url}' is not a broker address ({exc})") from None
    if parts.scheme not in ("mqtt", "mqtts") or not parts.hostname:
        raise VenueError(f"'{url}' is not mqtt://[USER:PASS@]HOST[:PORT] or mqtts://…")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise VenueError(f"'{url}' has more than a broker's address (a path or a query)")
    tls = parts.scheme == "mqtts"
    return BrokerAddress(
        host=parts.hostname,
        port=port or (DEFAULT_TLS_PORT if tls else DEFAULT_PORT),
        tls=tls,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
    )


@dataclass(frozen=True, slots=True)
class InboxMessage:
    id: str
    sender: str
    text: str


def _text(data: dict[str, Any], key: str, limit: int) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise VenueError(f"'{key}' must be text")
    if len(value) > limit:
        raise VenueError(f"'{key}' is limited to {limit} characters")
    if first_not_text(value, one_line=key != "text") is not None:
        raise VenueError(f"'{key}' holds a character that is not text")
    return value.strip()


def _object(payload: bytes, limit: int, keys: set[str], what: str) -> dict[str, Any]:
    """A JSON object of at most `limit` bytes with no key but `keys`; VenueError for anything else."""
    if len(payload) > limit:
        raise VenueError(f"a {what} is limited to {limit} bytes")
    try:
        data = load_json(payload)
    except BadJsonError as exc:
        raise VenueError(f"not JSON text ({exc})") from None
    if not isinstance(data, dict):
        raise VenueError(f"a {what} is a JSON object")
    extra = set(data) - keys
    if extra:
        raise VenueError(f"unknown field '{sorted(extra)[0]}'")
    return data


def parse_inbox(payload: bytes) -> InboxMessage:
    """`{"id", "from", "text"}` from the broker; VenueError (and nothing done) for anything else."""
    data = _object(payload, MAX_INBOX_BYTES, {"id", "from", "text"}, "message")
    return InboxMessage(
        _text(data, "id", MAX_ID_CHARS), _text(data, "from", MAX_SENDER_CHARS), _text(data, "text", MAX_TEXT_CHARS)
    )


@dataclass(frozen=True, slots=True)
class Presence:
    online: bool
    since: str  # "" when the room did not say (its will)
    host: str = ""  # the laptop holding the room's show (#29)
    taken_over_from: str = ""  # a standby took the show over from this laptop...
    taken_over_at: str = ""  # ...at this moment (ISO)


def parse_presence(payload: bytes) -> Presence:
    """`{"online": BOOL, "since"?: ISO, "host"?, "taken_over"?: {"from", "at", "term"}}` (a room's,
    or its will); VenueError for anything else."""
    data = _object(payload, MAX_PRESENCE_BYTES, {"online", "since", "host", "taken_over"}, "presence")
    online = data.get("online")
    if not isinstance(online, bool):
        raise VenueError("'online' must be true or false")
    since = _text(data, "since", MAX_TIME_CHARS) if "since" in data else ""
    host = _text(data, "host", MAX_SENDER_CHARS) if "host" in data else ""
    taken = data.get("taken_over")
    if taken is None:
        return Presence(online, since, host)
    if not isinstance(taken, dict) or set(taken) - {"from", "at", "term"}:
        raise VenueError("'taken_over' must be {from, at, term}")
    came_from = _text(taken, "from", MAX_SENDER_CHARS) if "from" in taken else ""
    return Presence(online, since, host, came_from, _text(taken, "at", MAX_TIME_CHARS))


@dataclass(frozen=True, slots=True)
class Ack:
    id: str
    at: str


def parse_ack(payload: bytes) -> Ack:
    """`{"id": ID, "at": ISO}`: a room's moderator has seen message ID; VenueError for anything else."""
    data = _object(payload, MAX_ACK_BYTES, {"id", "at"}, "acknowledgement")
    return Ack(_text(data, "id", MAX_ID_CHARS), _text(data, "at", MAX_TIME_CHARS))


def check_message_text(text: str) -> str:
    """A message to a moderator as the control room sends it: 1 to MAX_TEXT_CHARS characters of
    text (stripped); checked before it is answered for, so that what is accepted is what is sent."""
    text = text.strip()
    if not text or len(text) > MAX_TEXT_CHARS or first_not_text(text) is not None:
        raise VenueError(f"a message is 1 to {MAX_TEXT_CHARS} characters of text")
    return text


MAX_ERROR_CHARS = 200


def refusal(payload: bytes, error: Exception, at: str, refused: int) -> dict[str, Any]:
    """What a room says on its `errors` topic of a payload it refused: the payload's id if one can
    be read (so the sender knows which message), why, when, and how many it has refused in all."""
    message_id: str | None = None
    if len(payload) <= MAX_INBOX_BYTES:
        try:
            data = load_json(payload)
        except BadJsonError:
            data = None
        candidate = data.get("id") if isinstance(data, dict) else None
        if isinstance(candidate, str) and 0 < len(candidate) <= MAX_ID_CHARS and first_not_text(candidate) is None:
            message_id = candidate
    return {"id": message_id, "error": str(error)[:MAX_ERROR_CHARS], "at": at, "refused": refused}


def inbox_command(message: InboxMessage) -> dict[str, Any]:
    """The show's command for a venue message: journaled like any other, and applied once however
    often the broker delivers it (the id is the command's request id: docs/api.md)."""
    return {
        "action": "message",
        "to": "moderator",
        "text": message.text,
        "from": message.sender,
        "ref": message.id,
        "request_id": f"venue:{message.id}",
    }
