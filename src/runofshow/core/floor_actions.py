"""Requests to speak: asked from the room, withdrawn, accepted into a queue or declined.

`floor_request` and `floor_withdraw` come from participants' phones and are events (not undone:
the moderator's Ctrl+Z must never take back a delegate's request); accepting and declining are
the moderator's or the floor manager's decisions and are undone like any queue edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from runofshow.core import fields
from runofshow.core.clock import Instant
from runofshow.core.command import NOTHING, Command, Outcome, arg
from runofshow.core.event import SpeakerSlot
from runofshow.core.fields import CommandError, ConflictError
from runofshow.core.floor_requests import (
    ASKABLE,
    MAX_OPEN_REQUESTS,
    FloorRequest,
    RequestStatus,
    open_requests,
    place_of,
    trim,
)
from runofshow.core.history import UndoStep
from runofshow.core.kinds import RequestType
from runofshow.core.show import Show
from runofshow.core.speakers import TO_SPEAK, Entry
from runofshow.core.status import Status
from runofshow.core.text import slug
from runofshow.core.wording import Words

MAX_DEVICE_CHARS = 64
device_text = fields.text(MAX_DEVICE_CHARS, empty_ok=False, one_line=True)
reason_text = fields.text(fields.MAX_MESSAGE_CHARS, empty_ok=True)


def _request(show: Show, request_id: str) -> FloorRequest:
    found = next((r for r in show.floor_requests if r.id == request_id), None)
    if found is None:
        raise CommandError("no request '{request}'", request=request_id)
    return found


def _askable_segment(show: Show, segment: str | None) -> int:
    """The live segment, or the one that comes next; a request for a past one is refused."""
    if segment is None:
        if show.ended:
            raise CommandError("the show has ended: there is no segment to ask the floor in")
        return show.live_index if show.live_index is not None else show.cursor
    index = show.index_of(segment)
    if show.runs[index].status not in (Status.LIVE, Status.PENDING):
        raise CommandError("segment '{segment}' is over: ask the floor in the live or next one", segment=segment)
    return index


@dataclass(frozen=True, slots=True)
class FloorRequestAsk(Command):
    """A participant asks for the floor (answers the request's id and place)."""

    action: ClassVar[str] = "floor_request"
    name: str = arg(fields.name_text)
    type: RequestType = arg(fields.choice(RequestType, ASKABLE))
    segment: str | None = arg(fields.ident, required=False)
    organization: str | None = arg(fields.optional_name, required=False)
    person: str | None = arg(fields.ident, required=False)
    device: str | None = arg(device_text, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        index = _askable_segment(show, self.segment)
        segment = show.segment(index).id
        name, organization = self.name, self.organization or ""
        if self.person is not None:
            person = show.event.people.get(self.person)
            if person is None:
                raise CommandError("unknown person '{person}' (not in the event's roster)", person=self.person)
            name, organization = person.name, organization or person.organization
        device = self.device or ""
        waiting = open_requests(show.floor_requests)
        if any(r.device == device and r.name.casefold() == name.casefold() for r in waiting):
            raise ConflictError("{name} has already asked for the floor: withdraw that request first", name=name)
        if len(waiting) >= MAX_OPEN_REQUESTS:
            raise CommandError("{count} requests are waiting already: try again later", count=MAX_OPEN_REQUESTS)
        show.requests_made += 1
        request = FloorRequest(
            id=f"r{show.requests_made}",
            segment=segment,
            name=name,
            type=self.type,
            device=device,
            at=now,
            organization=organization,
            person=self.person,
        )
        show.floor_requests.append(request)
        trim(show.floor_requests)
        return Outcome(result={"request": request.id, "place": place_of(request, show.floor_requests, None)})


@dataclass(frozen=True, slots=True)
class FloorWithdraw(Command):
    """The participant no longer wants the floor: an open request closes; an accepted one leaves
    the queue if its turn has not come. From a phone, only the device that asked may withdraw."""

    action: ClassVar[str] = "floor_withdraw"
    request: str = arg(fields.ident)
    device: str | None = arg(device_text, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        request = _request(show, self.request)
        if self.device is not None and self.device != request.device:
            raise CommandError("request '{request}' was made from another device", request=self.request)
        if request.status is RequestStatus.ACCEPTED:
            queue = show.runs[show.index_of(request.segment)].queue
            entry = next((e for e in queue.entries if e.id == request.entry), None)
            if entry is not None and (entry.cue not in TO_SPEAK or entry.turns):
                raise CommandError("{name} has had the floor already", name=request.name)
            if entry is not None:
                queue.entries.remove(entry)
        elif request.status is not RequestStatus.OPEN:
            raise CommandError("request '{request}' is {status} already", request=self.request, status=request.status)
        request.status = RequestStatus.WITHDRAWN
        request.decided_at = now
        return NOTHING


@dataclass(frozen=True, slots=True)
class FloorAccept(Command):
    """Into the segment's queue: at `position`, or where its type goes (a point of order first)."""

    action: ClassVar[str] = "floor_accept"
    request: str = arg(fields.ident)
    position: int | None = arg(fields.position, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        request = _request(show, self.request)
        if request.status is not RequestStatus.OPEN:
            raise CommandError("request '{request}' is {status} already", request=self.request, status=request.status)
        index = show.index_of(request.segment)
        if show.runs[index].status not in (Status.LIVE, Status.PENDING):
            raise CommandError(
                "segment '{segment}' is over: ask the floor in the live or next one", segment=request.segment
            )
        queue = show.runs[index].queue
        allotted = show.segment(index).speaker_time_s or show.event.defaults.speaker_time_s
        person = show.event.people.get(request.person) if request.person else None
        if person is not None:
            slot = SpeakerSlot.for_person(person, queue.new_id(person.id), allotted, kind=request.type.value)
            entry = Entry.from_slot(slot)
            entry.organization = request.organization or entry.organization
        else:
            entry = Entry(
                id=queue.new_id(slug(request.name) or "speaker"),
                name=request.name,
                organization=request.organization,
                type=request.type,
                allotted_s=allotted,
            )
        position = queue.default_position(request.type) if self.position is None else self.position
        if position > len(queue.entries):
            raise CommandError(
                "position {position} is past the end of the queue ({count} entries)",
                position=position,
                count=len(queue.entries),
            )
        queue.entries.insert(position, entry)
        request.status, request.entry, request.decided_at = RequestStatus.ACCEPTED, entry.id, now

        def blocked() -> Words | None:
            if entry not in queue.entries or request.status is not RequestStatus.ACCEPTED:
                return Words("{name} is no longer in the queue", name=entry.name)
            return Words("{name} has spoken since", name=entry.name) if entry.turns else None

        def revert() -> None:
            queue.entries.remove(entry)
            request.status, request.entry, request.decided_at = RequestStatus.OPEN, None, None

        return Outcome(undo=UndoStep(Words("accept {name}", name=request.name), blocked, revert))


@dataclass(frozen=True, slots=True)
class FloorDecline(Command):
    action: ClassVar[str] = "floor_decline"
    request: str = arg(fields.ident)
    reason: str | None = arg(reason_text, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        request = _request(show, self.request)
        if request.status is not RequestStatus.OPEN:
            raise CommandError("request '{request}' is {status} already", request=self.request, status=request.status)
        request.status, request.reason, request.decided_at = RequestStatus.DECLINED, self.reason or "", now

        def blocked() -> Words | None:
            return None if request.status is RequestStatus.DECLINED else Words("{name} has moved on", name=request.name)

        def revert() -> None:
            request.status, request.reason, request.decided_at = RequestStatus.OPEN, "", None

        return Outcome(undo=UndoStep(Words("decline {name}", name=request.name), blocked, revert))
