"""Requests to speak from the room: asked from a phone, accepted into a queue or declined.

A request is not yet a place in the queue: the moderator (or the floor manager) accepts it, and
only then does it become an entry, where the queue's rules (a point of order first, a right of
reply last) place it. A participant sees their place among the open requests, then in the queue.
Everything a stranger can make is bounded: one open request per device and name (names compared
as they read: core/text.same_name_key), a few per device and per network address (FloorLimits:
one phone, or 200 made-up device ids from one laptop, cannot fill the list and lock the room out),
at most MAX_OPEN_REQUESTS open at once, and MAX_KEPT_REQUESTS kept in memory (the journal has
them all). A request refused for these bounds is refused before it is journaled (counted, not
written): a flood costs no disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from runofshow.core.clock import Instant
from runofshow.core.kinds import Cue, RequestType
from runofshow.core.speakers import TO_SPEAK, SpeakerQueue

#: Requests waiting for a decision at once (a room, or a script, cannot flood the moderator).
MAX_OPEN_REQUESTS = 200
#: Requests kept in the live show, decided ones dropped oldest first.
MAX_KEPT_REQUESTS = 1000
#: A network address is said by the server (`origin`), never by the phone; its size is bounded.
MAX_ORIGIN_CHARS = 64


@dataclass(frozen=True, slots=True)
class FloorLimits:
    """Open requests one device, and one network address, may have at once (settings: phones on a
    venue's Wi-Fi each have an address of their own; a NAT'd room shares one, hence the larger
    bound). Checked only before a request is journaled, so a changed setting never changes how a
    recovered run replays."""

    per_device: int = 3
    per_address: int = 20


#: What a participant may ask for (the floor itself is the moderator's to give).
ASKABLE = (RequestType.STATEMENT, RequestType.QUESTION, RequestType.POINT_OF_ORDER, RequestType.RIGHT_OF_REPLY)


class RequestStatus(StrEnum):
    OPEN = "open"  # waiting for the moderator or the floor manager
    ACCEPTED = "accepted"  # in the queue (as `entry`)
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"  # by the participant


@dataclass(slots=True)
class FloorRequest:
    id: str
    segment: str
    name: str
    type: RequestType
    device: str
    at: Instant
    organization: str = ""
    person: str | None = None  # picked from the roster
    origin: str = ""  # the network address it came from (the server's word), for the per-address bound
    status: RequestStatus = RequestStatus.OPEN
    reason: str = ""  # why it was declined, if the moderator said
    entry: str | None = None  # the queue entry it became
    decided_at: Instant | None = None


def open_requests(requests: list[FloorRequest], segment: str | None = None) -> list[FloorRequest]:
    return [r for r in requests if r.status is RequestStatus.OPEN and (segment is None or r.segment == segment)]


def place_of(request: FloorRequest, requests: list[FloorRequest], queue: SpeakerQueue | None) -> int | None:
    """Where the participant stands (1 = next): among the segment's open requests while open,
    among those still to speak once accepted; None once it has been heard, declined or withdrawn."""
    if request.status is RequestStatus.OPEN:
        waiting = open_requests(requests, request.segment)
        return waiting.index(request) + 1
    if request.status is RequestStatus.ACCEPTED and queue is not None and request.entry is not None:
        upcoming = queue.upcoming()
        for i, entry in enumerate(upcoming):
            if entry.id == request.entry:
                return i + 1
    return None


def has_floor(request: FloorRequest, queue: SpeakerQueue | None) -> bool:
    """The participant is speaking now."""
    if request.status is not RequestStatus.ACCEPTED or queue is None or request.entry is None:
        return False
    speaking = queue.speaking
    return speaking is not None and speaking.id == request.entry


def heard(request: FloorRequest, queue: SpeakerQueue | None) -> bool:
    """The accepted request's turn is over (or was skipped)."""
    if request.status is not RequestStatus.ACCEPTED or queue is None or request.entry is None:
        return False
    entry = next((e for e in queue.entries if e.id == request.entry), None)
    return entry is None or (entry.cue not in TO_SPEAK and entry.cue is not Cue.SPEAKING)


def trim(requests: list[FloorRequest]) -> None:
    """Keep at most MAX_KEPT_REQUESTS: the oldest decided ones go first (open ones never)."""
    excess = len(requests) - MAX_KEPT_REQUESTS
    if excess <= 0:
        return
    decided = [r for r in requests if r.status is not RequestStatus.OPEN][:excess]
    for request in decided:
        requests.remove(request)
