"""The one walk of the event format over plain data: from what an event file, a journal's plan
record or a live edit holds (dicts, lists, texts as YAML or JSON gives them) to the plan.

The keys, limits and value rules are core/plan_format.py's; this walk adds what lies between
values: people named by id, ids unique and made where missing (core/plan_ids.py), `end` after
`start`, `min_duration` within `duration`, and the warnings of a plan that holds but looks wrong.
Every problem has the path of what it is about (core/data_walk.py): the file reader turns it
into a line and a column, a command into its refusal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runofshow.core.automation_format import AutomationReader, host_warnings
from runofshow.core.automations import Automation
from runofshow.core.budget_shares import check_shares, parse_share
from runofshow.core.data_walk import DataWalk, Fields, Path, scalar_text
from runofshow.core.event import Budgets, Defaults, Event, EventInfo, Person, Segment, Share, SpeakerSlot
from runofshow.core.plan_format import (
    BUDGETS,
    DEFAULTS,
    EVENT,
    GROUP,
    PEOPLE,
    PERSON,
    PERSON_TEXT_KEYS,
    REF,
    ROOT,
    SEGMENT,
    SEGMENTS,
    SHARES,
    SPEAKER_INLINE,
    SPEAKER_REF,
    SPEAKERS,
    SPELLINGS,
)
from runofshow.core.plan_ids import fill_ids, made_id, segment_base
from runofshow.core.suggest import did_you_mean
from runofshow.core.timer_modes import DOWN
from runofshow.core.value_rules import shown
from runofshow.core.wording import Words, WordsError

EVENT_TEXT_KEYS = ("subtitle", "venue", "language", "interpretation", "notes")


def m_s(seconds: int) -> str:
    """`4m05s`: how the schedule's warnings write an amount of time."""
    return f"{seconds // 60}m{seconds % 60:02d}s"


def _zone_info(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # a computer's own zone that is no IANA name
        return ZoneInfo("UTC")


class PlanWalk(DataWalk):
    """Reads a plan, or a part of one (a segment, a person) against a plan's people and defaults.

    `now` gives the date of a plan that has none (today in its zone; None: a date is required),
    `zone` the zone of one that has none."""

    def __init__(
        self,
        *,
        people: Mapping[str, Person] | None = None,
        defaults: Defaults | None = None,
        now: datetime | None = None,
        zone: str = "UTC",
        first_error_only: bool = False,
    ) -> None:
        super().__init__(spellings=SPELLINGS, first_error_only=first_error_only)
        self.people: Mapping[str, Person] = people or {}
        self.defaults = defaults or Defaults()
        self.now = now
        self.zone = zone
        self._starts: dict[int, Path] = {}  # fixed starts by the segment's place: where to warn
        self._counts: dict[int, Path] = {}  # the same for `count: to HH:MM`
        self._end: Path | None = None

    # --- the whole plan ------------------------------------------------------------------
    def plan(self, data: Any) -> Event | None:
        top = self.fields(data, (), ROOT)
        if top is None:
            return None
        self.read(top, "version")
        self.people = self.people_of(top.raw("people"), top.at("people")) if top.has("people") else {}
        info = self.info(top.raw("event"), top.at("event")) if top.has("event") else None
        self.defaults = self.defaults_of(top.raw("defaults"), top.at("defaults")) if top.has("defaults") else Defaults()
        budgets = self.budgets(top.raw("budgets"), top.at("budgets")) if top.has("budgets") else None
        segments = self.segments(top.raw("segments"), top.at("segments")) if top.has("segments") else ()
        automations: tuple[Automation, ...] = ()
        if top.has("automations"):
            automations = AutomationReader(self, segments).all(top.raw("automations"), top.at("automations"))
            host_warnings(automations, top.at("automations"), self)
        if self.failed or info is None or not segments:
            return None
        event = Event(info, segments, self.defaults, dict(self.people), budgets, automations)
        self._schedule_warnings(event)
        return event

    def info(self, data: Any, path: Path) -> EventInfo | None:
        f = self.fields(data, path, EVENT)
        if f is None:
            return None
        title = self.required(f, "title")
        start = self.required(f, "start")
        texts = {key: self.read(f, key) or "" for key in EVENT_TEXT_KEYS}
        zone = self.read(f, "timezone") or self.zone
        day = self.read(f, "date")
        end = self.read(f, "end")
        if start is not None and end is not None and end <= start:
            words = Words("end {end} must be after start {start}", end=f"{end:%H:%M}", start=f"{start:%H:%M}")
            self.error(f.at("end"), words)
        tz = _zone_info(zone)
        if day is None and not f.has("date"):
            if self.now is None:
                self.needs(path, EVENT, "date")
            else:
                day = self.now.astimezone(tz).date()
        if not title or start is None or day is None:
            return None
        self._end = f.at("end") if end is not None else None
        return EventInfo(title=title, date=day, start=start, end=end, timezone_name=zone, tz=tz, **texts)

    def defaults_of(self, data: Any, path: Path) -> Defaults:
        f = self.fields(data, path, DEFAULTS)
        base = Defaults()
        if f is None:
            return base
        return Defaults(
            wrap_up_s=self.read(f, "wrap_up") or base.wrap_up_s,
            final_s=self.read(f, "final") or base.final_s,
            speaker_time_s=self.read(f, "speaker_time"),
        )

    def budgets(self, data: Any, path: Path) -> Budgets | None:
        """`budgets: {by: sector|organization, shares: {GROUP: 40% | 15m, ...}}`."""
        f = self.fields(data, path, BUDGETS)
        if f is None or not f.has("shares"):
            return None
        by = self.read(f, "by") or "sector"
        raw, at = f.raw("shares"), f.at("shares")
        if not isinstance(raw, dict):
            self.error(at, Words("{what} must be a mapping of 'key: value' lines", what=SHARES.what))
            return None
        if not raw:
            self.error(at, Words("{what} needs at least one group", what=SHARES.what))
            return None
        if len(raw) > SHARES.limit:
            self.error(at, Words("at most {count} groups in a budget", count=SHARES.limit))
            return None
        shares: list[Share] = []
        for written, value in raw.items():
            place = (*at, str(written))
            try:
                group = GROUP.read(str(written))
            except WordsError as exc:
                self.error(place, exc.words, at_key=True)
                continue
            try:
                shares.append(parse_share(group, scalar_text(value) or ""))
            except WordsError as exc:
                self.error(place, exc.words, named=True)
        if self.failed:
            return None
        try:
            check_shares(tuple(shares))
        except WordsError as exc:
            self.error(at, exc.words)
            return None
        return Budgets(by, tuple(shares))

    def people_of(self, data: Any, path: Path) -> dict[str, Person]:
        people: dict[str, Person] = {}
        first: dict[str, Path] = {}
        for i, item in enumerate(self.items(data, path, PEOPLE) or ()):
            person = self.person(item, (*path, i))
            if person is None:
                continue
            where = (*path, i, "id")
            if person.id in people:
                self.error(where, Words("duplicate person id '{pid}'", pid=person.id), first=first[person.id])
                continue
            people[person.id] = person
            first[person.id] = where
        return people

    def segments(self, data: Any, path: Path) -> tuple[Segment, ...]:
        items = self.items(data, path, SEGMENTS)
        if items is None:
            return ()
        if not items:
            self.error(path, Words("'segments' needs at least one segment"))
            return ()
        built: list[Segment] = []
        first: dict[str, Path] = {}
        for i, item in enumerate(items):
            segment = self.segment(item, (*path, i))
            if segment is None:
                continue
            if segment.id:
                where = (*path, i, "id")
                if segment.id in first:
                    self.error(where, Words("duplicate segment id '{id}'", id=segment.id), first=first[segment.id])
                    continue
                first[segment.id] = where
            if segment.fixed_start is not None:
                self._starts[len(built)] = (*path, i, "start")
            if segment.count.to is not None:
                self._counts[len(built)] = (*path, i, "count")
            built.append(segment)
        ids = fill_ids([s.id for s in built], [segment_base(s.title) for s in built])
        return tuple(replace(s, id=made) if s.id != made else s for s, made in zip(built, ids, strict=True))

    # --- the parts -----------------------------------------------------------------------
    def person(self, data: Any, path: Path) -> Person | None:
        f = self.fields(data, path, PERSON)
        if f is None:
            return None
        pid = self.required(f, "id")
        name = self.required(f, "name")
        texts = {key: self.read(f, key) or "" for key in PERSON_TEXT_KEYS}
        if not pid or not name:
            return None
        return Person(pid, name, **texts)

    def segment(self, data: Any, path: Path) -> Segment | None:
        """A segment; its id is "" when it has none (the plan makes one from its title)."""
        f = self.fields(data, path, SEGMENT)
        if f is None:
            return None
        title = self.required(f, "title")
        duration = self.required(f, "duration")
        min_duration = self.read(f, "min_duration")
        speaker_time = self.read(f, "speaker_time")
        moderator = self.person_ref(f, "moderator")
        segment = Segment(
            id=self.read(f, "id") or "",
            title=title or "",
            duration_s=duration or 0,
            kind=self.read(f, "kind") or "other",
            fixed_start=self.read(f, "start"),
            speakers=self.speakers(f, speaker_time or self.defaults.speaker_time_s),
            moderator=moderator.id if moderator is not None else None,
            questions=self.texts(f, "questions"),
            notes=self.read(f, "notes") or "",
            cues=self.texts(f, "cues"),
            documents=self.texts(f, "documents"),
            speaker_time_s=speaker_time,
            locked=bool(self.read(f, "locked")),
            min_duration_s=min_duration,
            count=self.read(f, "count") or DOWN,
            speaker_timer=self.read(f, "speaker_timer") or "shown",
        )
        if duration is not None and min_duration is not None and min_duration > duration:
            self.error(f.at("min_duration"), Words("min_duration is longer than the segment's duration"))
        if not title or duration is None:
            return None
        allotted = sum(s.allotted_s or 0 for s in segment.speakers)
        if allotted > duration:
            self.warn(
                f.at("speakers"),
                Words(
                    "speaker times add up to {allotted}, more than the segment's {duration}",
                    allotted=m_s(allotted),
                    duration=m_s(duration),
                ),
                at_key=True,
            )
        return segment

    def speakers(self, f: Fields, per_turn: int | None) -> tuple[SpeakerSlot, ...]:
        """A segment's turns, each with an id unique in it: the one written, else the person's id or
        the name made into one (`lan`, `lan-2` for someone speaking twice)."""
        raw, path = f.raw("speakers"), f.at("speakers")
        if raw is None:
            return ()
        slots: list[SpeakerSlot] = []
        written: list[str] = []
        first: dict[str, Path] = {}
        for i, item in enumerate(self.items(raw, path, SPEAKERS) or ()):
            read = self.speaker(item, (*path, i), per_turn)
            if read is None:
                continue
            slot, given = read
            if given:
                where = (*path, i, "id")
                if given in first:
                    words = Words("duplicate speaker id '{id}' in this segment", id=given)
                    self.error(where, words, first=first[given])
                    continue
                first[given] = where
            slots.append(slot)
            written.append(given)
        ids = fill_ids(written, [slot.id for slot in slots])
        return tuple(replace(s, id=made) if s.id != made else s for s, made in zip(slots, ids, strict=True))

    def speaker(self, data: Any, path: Path, per_turn: int | None) -> tuple[SpeakerSlot, str] | None:
        """One turn (its id the one to make it from) and the id written for it ("" for none)."""
        if isinstance(data, list):
            self.error(path, Words("{what} must be a mapping of 'key: value' lines", what=SPEAKER_INLINE.what))
            return None
        if not isinstance(data, dict):
            pid = self.value(data, path, REF)
            if pid is None:
                if data is None:
                    self.needs(path, SPEAKER_INLINE, "name")
                return None
            person = self.known(pid, path)
            return (SpeakerSlot.for_person(person, person.id, per_turn), "") if person is not None else None
        shape = SPEAKER_REF if "ref" in data else SPEAKER_INLINE
        f = self.fields(data, path, shape)
        if f is None:
            return None
        allotted = self.read(f, "time") or per_turn
        given = self.read(f, "id") or ""
        kind = self.read(f, "type") or "statement"
        if shape is SPEAKER_REF:
            notes = self.read(f, "notes") or ""
            person = self.person_ref(f, "ref")
            if person is None:
                return None
            return SpeakerSlot.for_person(person, person.id, allotted, notes=notes, kind=kind), given
        name = self.required(f, "name")
        texts = {key: self.read(f, key) or "" for key in PERSON_TEXT_KEYS}
        if not name:
            return None
        slot = SpeakerSlot(id=made_id(name, "speaker"), name=name, person=None, allotted_s=allotted, type=kind, **texts)
        return slot, given

    def person_ref(self, f: Fields, key: str) -> Person | None:
        pid = self.read(f, key)
        return None if pid is None else self.known(pid, f.at(key))

    def known(self, pid: str, path: Path) -> Person | None:
        """The person with this id, or None (told, with the nearest id or where to add them)."""
        person = self.people.get(pid)
        if person is None:
            hint = did_you_mean(pid, list(self.people)) or Words(" (add it under 'people')")
            self.error(path, Words("unknown person id '{pid}'{hint}", pid=shown(pid), hint=hint))
        return person

    # --- warnings --------------------------------------------------------------------------
    def _count_warning(self, i: int, start: datetime, end: datetime, target: datetime) -> None:
        """A `count: to` whose time is not where the plan ends the segment: the countdown (and the
        schedule) go by the time of day, the plan on paper by the duration."""
        at = f"{target:%H:%M:%S}" if target.second else f"{target:%H:%M}"
        if target <= start:
            words = Words(
                "'count: to {time}' is not after the segment's planned start {start}: it would start in overtime",
                time=at,
                start=f"{start:%H:%M:%S}",
            )
            self.warn(self._counts[i], words)
        elif target != end:
            should = int((target - start).total_seconds())
            words = Words(
                "'count: to {time}' ends this segment at {time}, but its duration ends it at {end} "
                "(a duration of {should} would end it at {time})",
                time=at,
                end=f"{end:%H:%M:%S}",
                should=m_s(should),
            )
            self.warn(self._counts[i], words)

    def _schedule_warnings(self, event: Event) -> None:
        """A fixed start that overlaps what comes before, and a planned end after the hard stop."""
        starts = event.planned_starts()
        cursor = event.info.start_at
        for i, segment in enumerate(event.segments):
            if segment.fixed_start is not None and starts[i] < cursor:
                overlap = int((cursor - starts[i]).total_seconds())
                self.warn(
                    self._starts[i],
                    Words(
                        "fixed start {start} overlaps what comes before by {overlap}",
                        start=f"{segment.fixed_start:%H:%M}",
                        overlap=m_s(overlap),
                    ),
                )
            cursor = starts[i] + timedelta(seconds=segment.duration_s)
            if segment.count.to is not None:
                self._count_warning(i, starts[i], cursor, event.info.at(segment.count.to))
        hard = event.info.hard_end
        if hard is not None and self._end is not None and event.planned_end() > hard:
            over = int((event.planned_end() - hard).total_seconds())
            self.warn(
                self._end,
                Words(
                    "the planned end {end} is after the hard stop by {over}",
                    end=f"{event.planned_end():%H:%M:%S}",
                    over=m_s(over),
                ),
            )
