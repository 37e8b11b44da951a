"""Automations: what goes out to the crew's gear when something happens in the show.

An automation says on which trigger (a segment starts, reaches WRAP UP, FINAL or its end of
time, ends; someone is given the floor; a message; the show's end), optionally only for some
segments (by id or kind), it sends an HTTP request or an OSC message. Its text may hold
placeholders (`{segment.title}`, `{left_s}`) filled from the show at the moment it fires.

This module is the model and its rules, plain Python: the format that reads automations is
core/automation_format.py (the event file's `automations:` and the app-wide ones in the
preferences), what fires when is core/automation_watch.py, and the sending is net's
(net/automation_sender.py), off the GUI thread.
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import quote, urlsplit


class Trigger(StrEnum):
    """What an automation fires on, in the order they come in a segment's life."""

    SEGMENT_START = "segment_start"
    WRAP_UP = "wrap_up"
    FINAL = "final"
    TIME_UP = "time_up"  # the countdown reached zero: OVERTIME
    SEGMENT_END = "segment_end"
    FLOOR_GIVEN = "floor_given"
    MESSAGE = "message"
    SHOW_END = "show_end"


TRIGGERS = tuple(t.value for t in Trigger)
HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
URL_SCHEMES = ("http", "https")

# --- limits: what an event file from anyone may ask of this laptop ---------------------------
MAX_AUTOMATIONS = 50
MAX_URL_CHARS = 2_000
#: The body as written (its JSON), and once filled: a message's text can be long.
MAX_BODY_BYTES = 16_384
MAX_FILLED_BYTES = 262_144
MAX_OSC_ARGS = 32
MAX_HEADERS = 16
MAX_RETRIES = 5
DEFAULT_RETRIES = 2
#: Each attempt's connection and each read of its answer (HTTP), in seconds.
TIMEOUT_S = 2.0

#: The placeholders a text may hold, and what each is (docs/event-file.md tells the same).
PLACEHOLDERS: dict[str, str] = {
    "trigger": "the trigger's name (segment_start, wrap_up...)",
    "at": "when it happened: ISO 8601 time in the event's zone, to the millisecond",
    "event.title": "the event's title",
    "segment.id": "the segment's id",
    "segment.title": "the segment's title",
    "segment.kind": "the segment's kind",
    "next.id": "the next segment's id (null: none)",
    "next.title": "the next segment's title (null: none)",
    "left_s": "seconds left in the segment, whole, negative in overtime (a number)",
    "left": "the same as the countdown shows it: 1:59, +0:05",
    "speaker.id": "who has the floor in the segment: their id (null: no one)",
    "speaker.name": "their name",
    "speaker.organization": "their organization",
    "message.text": "the message (trigger `message`; null otherwise)",
    "message.to": "moderator or speaker",
    "message.from": "who sent it: stage, booth, a venue's control room...",
}
#: `{name}` (letters, digits, `_` and `.`) is a placeholder; `{{` and `}}` are a brace; any other
#: brace is itself (a JSON text in a body keeps its braces).
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([A-Za-z0-9_.]+)\}")


@dataclass(frozen=True, slots=True)
class HttpAction:
    method: str
    #: http(s)://host[:port]/path?query; placeholders only in the path and the query.
    url: str
    #: What is sent as JSON (None: no body); its strings may hold placeholders.
    body: Any = None
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def destination(self) -> str:
        """`http://10.0.0.5:9000`: where it goes (one sending lane per destination)."""
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"


@dataclass(frozen=True, slots=True)
class OscAction:
    host: str
    port: int
    address: str
    #: Numbers, texts, true/false and null (OSC's i, f, s, T, F, N); texts may hold placeholders.
    args: tuple[Any, ...] = ()

    @property
    def destination(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"osc://{host}:{self.port}"


@dataclass(frozen=True, slots=True)
class Automation:
    on: Trigger
    action: HttpAction | OscAction
    #: Only for these segments (ids or kinds); empty: every segment.
    segments: tuple[str, ...] = ()
    retries: int = DEFAULT_RETRIES

    def matches(self, trigger: Trigger, segment_id: str | None, kind: str | None) -> bool:
        """For this trigger, about this segment (its id and kind; None: about no segment)."""
        if trigger is not self.on:
            return False
        if not self.segments:
            return True
        return segment_id in self.segments or kind in self.segments

    @property
    def destination(self) -> str:
        return self.action.destination

    def label(self) -> str:
        """`time_up → osc://10.0.0.6:53000/cue/red/start`: how the log and the status bar name it."""
        action = self.action
        where = f"{action.destination}{action.address}" if isinstance(action, OscAction) else action.url
        return f"{self.on.value} → {where}"


# --- placeholders ----------------------------------------------------------------------------
def placeholders_in(text: str) -> list[str]:
    """The placeholder names a text holds, in order."""
    return [m.group(1) for m in PLACEHOLDER.finditer(text) if m.group(1) is not None]


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def fill_text(template: str, values: Mapping[str, Any], *, url: bool = False) -> str:
    """The template with each placeholder's value as text (null: nothing); in a URL, encoded."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return match.group(0)[0]  # `{{` is `{`, `}}` is `}`
        text = _as_text(values.get(name))
        return quote(text, safe="") if url else text

    return PLACEHOLDER.sub(one, template)


def fill(template: Any, values: Mapping[str, Any]) -> Any:
    """A body or an argument with its placeholders filled. A text that is one placeholder and
    nothing else takes the value's own JSON type (`"{left_s}"` is the number 95, `"{speaker.name}"`
    null when no one has the floor); anything else stays what it was written as."""
    if isinstance(template, str):
        whole = PLACEHOLDER.fullmatch(template)
        if whole is not None and whole.group(1) is not None:
            return values.get(whole.group(1))
        return fill_text(template, values)
    if isinstance(template, list | tuple):
        return [fill(item, values) for item in template]
    if isinstance(template, dict):
        return {key: fill(item, values) for key, item in template.items()}
    return template


def json_bytes(value: Any) -> bytes:
    """A body as sent: compact JSON, UTF-8 (non-ASCII as it is)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --- where they may go -------------------------------------------------------------------------
#: This computer and the local networks: loopback, the private ranges (RFC 1918, IPv6 unique
#: local), link-local. Anything else (the internet) only when the preferences allow other hosts:
#: an event file from elsewhere must not make the laptop send the show's state out.
LAN_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in (
        "127.0.0.0/8",
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "169.254.0.0/16",
        "::1/128",
        "fc00::/7",
        "fe80::/10",
    )
)


def on_this_network(address: str) -> bool:
    """An IP address on this computer or a local network (LAN_NETWORKS)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # fe80::1%eth0: the zone is not the address
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in net for net in LAN_NETWORKS if net.version == ip.version)


def literal_address(host: str) -> str | None:
    """The host as an IP address when it is written as one, else None (a name)."""
    try:
        return str(ipaddress.ip_address(host.split("%", 1)[0]))
    except ValueError:
        return None


def host_of_url(url: str) -> str:
    return urlsplit(url).hostname or ""
