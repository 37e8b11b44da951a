"""A plan the app writes always reads back to the same plan (issue #26): the journal's plan record
(core's plan → data → plan), a saved event file (files/plan_file.py) and, for what a table holds,
an exported agenda (files/agenda_export.py). Plans are generated as the event file's data with
their limits at the edges: 200-character titles and ids, unicode of every kind, empty optional
fields, locked segments and minimum durations, speakers by reference and inline, people with
every text key, budgets; then read through the format, written, and read again.
"""

from __future__ import annotations

import json
import tempfile
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runofshow.core.durations import MAX_DURATION_S, format_short
from runofshow.core.event import REQUEST_TYPES, SEGMENT_KINDS, Event
from runofshow.core.plan_data import event_data, read_event, read_segment, segment_data
from runofshow.core.plan_format import MAX_TITLE_CHARS, PERSON_TEXT_KEYS
from runofshow.core.plan_ids import new_segment_id
from runofshow.core.plan_schema import event_file_schema
from runofshow.files.agenda_export import export_table
from runofshow.files.agenda_import import ImportOptions, import_agenda
from runofshow.files.agenda_table import read_table
from runofshow.files.eventfile import load_event, parse_event_text
from runofshow.files.plan_file import PlanFile, render

NOW = datetime(2026, 12, 1, tzinfo=UTC)
SCHEMA = event_file_schema()
try:
    import jsonschema
except ImportError:  # not one of the app's dependencies: the schema's own tests say so when it is missing
    jsonschema = None
ZONES = ("UTC", "Asia/Ho_Chi_Minh", "Europe/Paris", "America/St_Johns", "Pacific/Chatham")
# Every kind of character the format takes as text: letters of all scripts, marks, emoji, spaces
# of every width, punctuation YAML gives a meaning to (`: `, `#`, `&`, `*`, `!`, `%`, quotes).
CHARACTERS = st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]) | st.sampled_from(
    ["\u00a0", "\u3000", "\u200b", "\u0301", "\u202e", "\u2028", "\u2029", "\x85", "\ufeff", "\t", "é", "ﬃ", "ß",
     "đ", "山", "😀",
     ":", "#", "&", "*", "!", "%", "'", '"', "-", "?", "|", ">", "{", "[", ",", "~", "@", "`", "\\"]
)  # fmt: skip
NOT_IN_ONE_LINE = str.maketrans({"\x85": " ", "\u2028": " ", "\u2029": " ", "\t": " "})
LINE_BREAKS = st.sampled_from(["\n", "\r\n", "\t", " \n", "\n\n", "\n  "])


def one_line(max_size: int = MAX_TITLE_CHARS) -> st.SearchStrategy[str]:
    """A title, a name or an id: trimmed, non-empty, at most `max_size` characters, with the limit
    itself drawn often."""
    short = st.text(CHARACTERS, min_size=1, max_size=20)
    # Drawn character by character, a 200-character text takes most of a test's time: a short one
    # padded to the limit with one character that is not a space is as good at the edge.
    at_limit = st.builds(
        lambda t, pad: t + pad * max_size, short, st.sampled_from(["é", "山", "x", "😀", "ß", "ﬃ", "-"])
    )
    namesakes = st.sampled_from(["Talk", "Break", "山田太郎"])  # titles that repeat: made ids `talk`, `talk-2`
    one = (short | at_limit | namesakes).map(lambda t: t.translate(NOT_IN_ONE_LINE))  # a name is one line
    return one.map(lambda t: t.strip()[:max_size].strip()).filter(bool)


def text() -> st.SearchStrategy[str]:
    """A note or a role: empty, short, over several lines (line breaks as a file writes them)."""
    lines = st.lists(st.text(CHARACTERS, max_size=20), min_size=1, max_size=4)
    return st.one_of(
        st.just(""), st.text(CHARACTERS, max_size=40), st.builds(lambda ls, sep: sep.join(ls), lines, LINE_BREAKS)
    )


def duration() -> st.SearchStrategy[Any]:
    seconds = st.one_of(st.integers(1, MAX_DURATION_S), st.sampled_from([1, 59, 60, 3600, MAX_DURATION_S]))
    return seconds.flatmap(lambda s: st.sampled_from([s, str(s), format_short(s)]))


def clock_time(*, at_least: time = time(0, 0)) -> st.SearchStrategy[time]:
    return st.times(min_value=at_least).map(lambda t: t.replace(microsecond=0))


def hm(moment: time) -> str:
    return f"{moment:%H:%M:%S}" if moment.second else f"{moment:%H:%M}"


@st.composite
def person(draw: st.DrawFn, pid: str) -> dict[str, Any]:
    out: dict[str, Any] = {"id": pid, "name": draw(one_line())}
    for key in PERSON_TEXT_KEYS:
        value = draw(st.none() | text())
        if value is not None:
            out["organisation" if key == "organization" and draw(st.booleans()) else key] = value
    return out


@st.composite
def speaker(draw: st.DrawFn, people: list[str]) -> Any:
    form = draw(st.sampled_from(["bare", "ref", "inline"] if people else ["inline"]))
    if form == "bare":
        return draw(st.sampled_from(people))
    out: dict[str, Any] = {"ref": draw(st.sampled_from(people))} if form == "ref" else {"name": draw(one_line())}
    if form == "inline":
        for key in PERSON_TEXT_KEYS:
            if draw(st.booleans()):
                out[key] = draw(text())
    elif draw(st.booleans()):
        out["notes"] = draw(text())
    if draw(st.booleans()):
        out["time"] = draw(duration())
    if draw(st.booleans()):
        out["type"] = draw(st.sampled_from(REQUEST_TYPES))
    return out


@st.composite
def segment(draw: st.DrawFn, people: list[str]) -> dict[str, Any]:
    length = draw(st.integers(1, MAX_DURATION_S))
    out: dict[str, Any] = {"title": draw(one_line()), "duration": draw(st.sampled_from([length, format_short(length)]))}
    if draw(st.booleans()):
        out["kind"] = draw(st.sampled_from(SEGMENT_KINDS))
    if draw(st.booleans()):
        out["start"] = hm(draw(clock_time()))
    if draw(st.booleans()):
        out["speakers"] = draw(st.lists(speaker(people), max_size=4))
    if people and draw(st.booleans()):
        out["moderator"] = draw(st.sampled_from(people))
    for key in ("questions", "cues", "documents"):
        if draw(st.booleans()):
            out[key] = draw(st.lists(text(), max_size=3) | text())
    if draw(st.booleans()):
        out["notes"] = draw(text())
    if draw(st.booleans()):
        out["speaker_time"] = draw(duration())
    if draw(st.booleans()):
        out["locked"] = draw(st.sampled_from([True, False, "yes", "off"]))
    if draw(st.booleans()):
        out["min_duration"] = draw(st.integers(1, length))
    return out


@st.composite
def budgets(draw: st.DrawFn) -> dict[str, Any]:
    groups = draw(st.lists(one_line(40), min_size=1, max_size=4, unique=True))
    shares: dict[str, Any] = {}
    left = 100.0
    for group in groups:
        if draw(st.booleans()) and left > 1:
            percent = draw(st.sampled_from(["33.333333333", "0.5", "12.25", "1", "40"]))
            if float(percent) <= left:
                left -= float(percent)
                shares[group] = f"{percent}%"
                continue
        shares[group] = draw(duration())
    return {"by": draw(st.sampled_from(["sector", "organization", "organisation"])), "shares": shares}


@st.composite
def plan_data(draw: st.DrawFn) -> dict[str, Any]:
    """An event file's data the format accepts, with its edges drawn often."""
    pids = draw(st.lists(one_line(), max_size=4, unique=True))
    start = draw(clock_time(at_least=time(0, 0)).filter(lambda t: t < time(23, 59)))
    event: dict[str, Any] = {
        "title": draw(one_line()),
        "date": draw(st.dates(date(1970, 1, 1), date(8999, 12, 31))).isoformat(),
        "start": hm(start),
        "timezone": draw(st.sampled_from(ZONES)),
    }
    for key in ("subtitle", "venue", "language", "interpretation", "notes"):
        if draw(st.booleans()):
            event[key] = draw(text())
    if draw(st.booleans()):
        event["end"] = hm(draw(clock_time(at_least=start).filter(lambda t: t > start)))
    data: dict[str, Any] = {"version": 1, "event": event}
    if draw(st.booleans()):
        data["defaults"] = {k: draw(duration()) for k in ("wrap_up", "final", "speaker_time") if draw(st.booleans())}
    if draw(st.booleans()):
        data["budgets"] = draw(budgets())
    if pids or draw(st.booleans()):
        data["people"] = [draw(person(pid)) for pid in pids]
    segments = draw(st.lists(segment(pids), min_size=1, max_size=4))
    written = draw(st.lists(one_line(), min_size=len(segments), max_size=len(segments), unique=True))
    for seg, sid in zip(segments, written, strict=True):
        if draw(st.booleans()):
            seg["id"] = sid
    data["segments"] = segments
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_data())
def test_a_plan_the_app_writes_reads_back_to_the_same_plan(data: dict[str, Any]) -> None:
    """The journal's record (as JSON), a saved event file, and the schema the plan's data fits."""
    plan = read_event(data)
    written = json.loads(json.dumps(event_data(plan), ensure_ascii=False))  # as the journal keeps it
    assert read_event(written) == plan
    assert event_data(read_event(written)) == written
    assert parse_event_text(render(None, None, plan), "saved.yaml", now=NOW).event == plan
    if jsonschema is not None:
        jsonschema.Draft202012Validator(SCHEMA).validate(written)


@st.composite
def live_edits(draw: st.DrawFn, plan: Event, pids: list[str]) -> Event:
    """The plan after edits in the app, as the commands make them (core/plan_edit_actions.py): each
    segment keeps its id; some are taken out, moved, retitled or given new notes, new ones come in
    with ids made as a live insert makes them. People and defaults stay: they are the file's."""
    segments = list(draw(st.permutations([s for s in plan.segments if draw(st.integers(0, 3))])))
    for i, old in enumerate(segments):
        fields = segment_data(old, plan.people, plan.defaults)
        if draw(st.booleans()):
            fields["title"] = draw(one_line())
        if draw(st.booleans()):
            fields["notes"] = draw(text())
        segments[i] = read_segment(fields, plan)
    for fields in draw(st.lists(segment(pids), min_size=0 if segments else 1, max_size=2)):
        added = read_segment(fields, plan)
        segments.append(replace(added, id=new_segment_id(added.title, {s.id for s in segments})))
    return replace(plan, segments=tuple(segments))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_plan_saved_over_its_file_reads_back_to_the_same_plan(draw: st.DataObject) -> None:
    """Saving splices what changed into the organiser's own file (files/plan_file.py), where ids
    are made from titles wherever none is written: what is written reads back as the plan saved."""
    data = draw.draw(plan_data())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "event.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_style='"'), encoding="utf-8")
        loaded = load_event(path, now=NOW)
        assert loaded.event == read_event(data)
        after = draw.draw(live_edits(loaded.event, [p["id"] for p in data.get("people", [])]))
        PlanFile.of(loaded).save(after, now=NOW)
        assert load_event(path, now=NOW).event == after


# --- the exported table: what a table holds of a plan reads back the same ----------------------
# A table holds the event's title, date, zone and times, and each segment's id, planned start,
# duration, title, kind, moderator and speakers (name, role, organisation), speaker time and notes;
# not the roster's other details, the turns' own times, questions, cues or budgets. Its texts are
# what one cell holds: one line, trimmed, composed (NFC), and a speaker's name without the `;`,
# `,` and brackets that separate people and their organisations in the importer's reading.
CELL = st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S", "Zs"], exclude_characters=";,()\n\r")
BULLETS = " -•–·"
FORMULA_STARTS = st.sampled_from(["", "", "=", "+", "-", "@", "'", "''=", "-5"])


def cell_text(*, digits: bool = True) -> st.SearchStrategy[str]:
    body = st.text(CELL, min_size=1, max_size=24)
    if not digits:  # above the header a text with digits may be read as the event's date or times
        body = body.filter(lambda t: not any(c.isdigit() for c in t))
    composed = st.builds(lambda start, b: unicodedata.normalize("NFC", start + b).strip(), FORMULA_STARTS, body)
    return composed.filter(lambda t: t and t == t.strip() and unicodedata.is_normalized("NFC", t))


def slug_id() -> st.SearchStrategy[str]:
    return st.from_regex(r"\A[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,2}\Z")


def person_part() -> st.SearchStrategy[str]:
    """A name, a role, an organisation: the importer takes bullets off each person of a list
    (`- Lan`, `• Lan`), so none starts or ends with one."""
    return cell_text().filter(lambda t: t[0] not in BULLETS and t[-1] not in BULLETS)


@st.composite
def table_person(draw: st.DrawFn, pid: str) -> dict[str, Any]:
    out = {"id": pid, "name": draw(person_part())}
    if draw(st.booleans()):
        out["role"] = draw(person_part())
    if draw(st.booleans()):
        out["organization"] = draw(person_part())
    return out


@st.composite
def table_plan_data(draw: st.DrawFn) -> dict[str, Any]:
    """A plan whose every part a table holds: no overlapping fixed starts, within one day."""
    people = [draw(table_person(f"p{i}")) for i in range(draw(st.integers(0, 3)))]
    names = {unicodedata.normalize("NFKD", p["name"]).casefold() for p in people}
    people = people if len(names) == len(people) else people[:1]  # one roster entry per name
    start = time(draw(st.integers(6, 12)), draw(st.sampled_from([0, 15, 30])))
    segments = []
    ids = draw(st.lists(slug_id(), min_size=1, max_size=4, unique=True))
    for i, sid in enumerate(ids):
        seg: dict[str, Any] = {
            "id": sid,
            "title": draw(cell_text()),
            "kind": draw(st.sampled_from(SEGMENT_KINDS)),
            "duration": draw(st.integers(1, 90)) * 60 + draw(st.sampled_from([0, 0, 30])),
        }
        if people and draw(st.booleans()):
            seg["speakers"] = draw(st.lists(st.sampled_from([p["id"] for p in people]), max_size=3, unique=True))
        if people and draw(st.booleans()):
            seg["moderator"] = draw(st.sampled_from([p["id"] for p in people]))
        if draw(st.booleans()):
            seg["speaker_time"] = draw(st.integers(1, 10)) * 60
        if draw(st.booleans()):
            seg["notes"] = draw(cell_text())
        if i and draw(st.booleans()):
            seg["gap"] = draw(st.integers(1, 30)) * 60  # a fixed start this long after the one before ends
        segments.append(seg)
    cursor = start.hour * 3600 + start.minute * 60
    for seg in segments:
        cursor += seg.pop("gap", 0)
        if cursor != start.hour * 3600 + start.minute * 60 and seg is not segments[0]:
            seg["start"] = f"{cursor // 3600:02d}:{cursor // 60 % 60:02d}:{cursor % 60:02d}"
        cursor += seg["duration"]
    event: dict[str, Any] = {
        # Above the header a title that names a zone (`Europe/Amsterdam`) is read as the zone: the
        # importer's reading of what organisers write there, not the format's.
        "title": draw(cell_text(digits=False).filter(lambda t: "/" not in t)),
        "date": draw(st.dates(date(2000, 1, 1), date(2099, 12, 31))).isoformat(),
        "start": hm(start),
        "timezone": draw(st.sampled_from(ZONES)),
    }
    if draw(st.booleans()):
        event["end"] = f"{cursor // 3600 + 1:02d}:00"  # a hard stop after the plan's end
    data: dict[str, Any] = {"version": 1, "event": event, "segments": segments}
    if people:
        data["people"] = people
    return data


def table_part(event: Event) -> tuple[Any, ...]:
    info = event.info

    def who(pid: str | None) -> tuple[str, str, str] | None:
        person = event.people.get(pid) if pid is not None else None
        return None if person is None else (person.name, person.role, person.organization)

    rows = [
        (s.id, f"{start:%H:%M:%S}", s.duration_s, s.title, s.kind, who(s.moderator),
         [(p.name, p.role, p.organization) for p in s.speakers], s.speaker_time_s, s.notes)
        for s, start in zip(event.segments, event.planned_starts(), strict=True)
    ]  # fmt: skip
    return info.title, info.date, info.timezone_name, info.start, info.end, rows


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=table_plan_data())
def test_an_exported_table_imports_back_to_the_same_plan_as_far_as_a_table_holds_it(
    suffix: str, data: dict[str, Any]
) -> None:
    plan = read_event(data)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"plan{suffix}"
        export_table(plan, path)
        again = import_agenda(read_table(path), ImportOptions(), now=NOW).event
    assert table_part(again) == table_part(plan)
