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
    MAX_ORIGIN_CHARS,
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
from runofshow.core.text import same_name_key, slug
from runofshow.core.wording import Words

MAX_DEVICE_CHARS = 64
device_text = fields.text(MAX_DEVICE_CHARS, empty_ok=False, one_line=True)
reason_text = fields.text(fields.MAX_MESSAGE_CHARS, empty_ok=True)
origin_text = fields.text(MAX_ORIGIN_CHARS, empty_ok=True, one_line=True)


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
    #: The network address it came from: set by the server for a phone (net/access.py), never by it.
    origin: str | None = arg(origin_text, required=False)

    def _who(self, show: Show) -> tuple[str, str]:
        name, organization = self.name, self.organization or ""
        if self.person is not None:
            person = show.event.people.get(self.person)
            if person is None:
                raise CommandError("unknown person '{person}' (not in the event's roster)", person=self.person)
            name, organization = person.name, organization or person.organization
        return name, organization

    def admissible(self, show: Show) -> None:
        try:
            self._bounded(show)
        except CommandError:
            show.floor_refused += 1
            raise

    def _bounded(self, show: Show) -> None:
        """The fair-floor bounds, before anything is written (core/floor_requests.py)."""
        name, _ = self._who(show)
        waiting = open_requests(show.floor_requests)
        device, limits = self.device or "", show.floor_limits
        mine = [r for r in waiting if r.device == device]
        if any(same_name_key(r.name) == same_name_key(name) for r in mine):
            raise ConflictError("{name} has already asked for the floor: withdraw that request first", name=name)
        if device and len(mine) >= limits.per_device:
            raise CommandError(
                "this phone has {count} requests waiting already: withdraw one first", count=limits.per_device
            )
        if self.origin and sum(1 for r in waiting if r.origin == self.origin) >= limits.per_address:
            raise CommandError(
                "{count} requests are waiting from this network address already: try again later",
                count=limits.per_address,
            )
        if len(waiting) >= MAX_OPEN_REQUESTS:
            raise CommandError("{count} requests are waiting already: try again later", count=MAX_OPEN_REQUESTS)

    def apply(self, show: Show, now: Instant) -> Outcome:
        index = _askable_segment(show, self.segment)
        segment = show.segment(index).id
        name, organization = self._who(show)
        device = self.device or ""
        waiting = open_requests(show.floor_requests)
        # The one-per-name rule and the overall bound hold on replay too (they are the show's);
        # the per-device and per-address bounds are settings, checked only before journaling.
        if any(r.device == device and same_name_key(r.name) == same_name_key(name) for r in waiting):
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
            origin=self.origin or "",
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

        return Outcome(
            undo=UndoStep(Words("accept {name}", name=request.name), blocked, revert),
            result={"speaker": entry.id, "segment": request.segment},
        )


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


@dataclass(frozen=True, slots=True)
class FloorClear(Command):
    """Decline every open request made from the device that made `request` (a phone that floods
    the list): the floor manager names one of its requests, never sees its device id."""

    action: ClassVar[str] = "floor_clear"
    request: str = arg(fields.ident)
    reason: str | None = arg(reason_text, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        device = _request(show, self.request).device
        cleared = [r for r in open_requests(show.floor_requests) if r.device == device]
        if not cleared:
            raise CommandError("no open request from that phone")
        for r in cleared:
            r.status, r.reason, r.decided_at = RequestStatus.DECLINED, self.reason or "", now

        def blocked() -> Words | None:
            moved = next((r for r in cleared if r.status is not RequestStatus.DECLINED), None)
            return None if moved is None else Words("{name} has moved on", name=moved.name)

        def revert() -> None:
            for r in cleared:
                r.status, r.reason, r.decided_at = RequestStatus.OPEN, "", None

        label = Words("clearing {count} requests", count=len(cleared))
        return Outcome(undo=UndoStep(label, blocked, revert), result={"cleared": [r.id for r in cleared]})
