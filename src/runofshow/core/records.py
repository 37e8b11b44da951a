"""The records of a run's journal: typed, and turned to and from JSON in this one place.

    {"type": "session", "v": 1, "id", "event", "created", "rehearsal"?}  first line of every journal
    {"type": "run", "boot", "raw_mono", "mono", "wall"}           each time the app opens it
    {"type": "command", "seq", "mono", "wall", "cmd": {...}, "rid"?, "by"?}  a command, before it is applied
    {"type": "refused", "seq", "mono", "wall"}                    that command did not apply
    {"type": "end", "mono", "wall"}                               the app closed cleanly
    {"type": "plan", "mono", "wall", "plan": {...}}               the plan the run's commands apply to
    {"type": "term", "term", "holder", "url"?, "here", "mono", "wall"}  a new term: who holds the show now

A command is recorded (and fsynced) before it is applied, so nothing is ever in memory that the
journal does not have; one that then turns out not to apply gets a `refused` record, and replay
refuses it again (commands are deterministic). `rid` is the sender's `request_id`, so a repeat is
recognised after a restart too (kept per token: a phone's is "participant:…"); `by` is who sent it
("control@10.0.0.7"; none: the moderator's keys), whose own changes their `undo` takes back. A
`plan` record holds the plan (in the event file's shape, core/plan_data.py) that the run's
commands are replayed onto: the journal is written with one, and a reload of the event file adds
the new one. Replay takes the last, so a run whose live edits were saved into the event file is
not edited twice when it is recovered.
A `term` record starts a new term (#29, a standby laptop taking over): `holder` is the laptop that
holds the show from then on (`url`: its address), `here` whether that is the laptop whose journal
this is (the standby that took over) or not (the old show, told it was taken over: it stands down
and never acts on a command again). Every other record carries the term it was written in
(`term`, absent for the first), so a record from an old term is recognised wherever it turns up.
`seq` numbers the commands of a run from 1, so a dropped or
repeated line is noticed at recovery (runs written before `seq` existed have none). `mono` is on
the run's own monotonic axis (see core/replay.py); `wall` is ISO 8601 UTC. The journal file's
framing (checksums, fsync) is files/journal.py.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, assert_never

from runofshow.core.clock import Instant

JOURNAL_VERSION = 1


class RecordError(ValueError):
    """A record whose shape is not one of ours (its checksum may still be right)."""


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: str
    event: str
    created: datetime
    v: int = JOURNAL_VERSION
    #: A rehearsal (on a simulated clock): kept apart from the real show in lists and reports.
    rehearsal: bool = False


@dataclass(frozen=True, slots=True)
class RunRecord:
    boot: str | None
    raw_mono: float
    at: Instant  # on the run's axis: raw_mono + the shift
    term: int = 1


@dataclass(frozen=True, slots=True)
class CommandRecord:
    seq: int | None
    at: Instant
    cmd: dict[str, Any]
    request_id: str | None = None
    by: str = ""
    term: int = 1


@dataclass(frozen=True, slots=True)
class RefusedRecord:
    seq: int
    at: Instant
    term: int = 1


@dataclass(frozen=True, slots=True)
class EndRecord:
    at: Instant
    term: int = 1


@dataclass(frozen=True, slots=True)
class PlanRecord:
    at: Instant
    plan: dict[str, Any]
    term: int = 1


@dataclass(frozen=True, slots=True)
class TermRecord:
    term: int
    holder: str  # the laptop holding the show from this term on (its host name)
    at: Instant
    here: bool  # that laptop is this journal's (False: this one stood down)
    url: str = ""  # the holder's address, when it serves one


#: A run's first term (a journal without a term record is in it).
FIRST_TERM = 1
MAX_HOLDER_CHARS = 200

Record = SessionRecord | RunRecord | CommandRecord | RefusedRecord | EndRecord | PlanRecord | TermRecord


def _instant(at: Instant) -> dict[str, Any]:
    return {"mono": at.mono, "wall": at.wall.isoformat()}


def to_json(record: Record) -> dict[str, Any]:
    match record:
        case SessionRecord():
            out = {
                "type": "session",
                "v": record.v,
                "id": record.id,
                "event": record.event,
                "created": record.created.isoformat(),
            }
            if record.rehearsal:
                out["rehearsal"] = True
            return out
        case RunRecord():
            out = {"type": "run", "boot": record.boot, "raw_mono": record.raw_mono, **_instant(record.at)}
            return _with_term(out, record.term)
        case CommandRecord():
            out = {"type": "command", "seq": record.seq, **_instant(record.at), "cmd": record.cmd}
            if record.request_id is not None:
                out["rid"] = record.request_id
            if record.by:
                out["by"] = record.by
            return _with_term(out, record.term)
        case RefusedRecord():
            return _with_term({"type": "refused", "seq": record.seq, **_instant(record.at)}, record.term)
        case EndRecord():
            return _with_term({"type": "end", **_instant(record.at)}, record.term)
        case PlanRecord():
            return _with_term({"type": "plan", **_instant(record.at), "plan": record.plan}, record.term)
        case TermRecord():
            out = {"type": "term", "term": record.term, "holder": record.holder, "here": record.here}
            if record.url:
                out["url"] = record.url
            return {**out, **_instant(record.at)}
        case _:
            assert_never(record)


def _with_term(out: dict[str, Any], term: int) -> dict[str, Any]:
    if term != FIRST_TERM:  # absent in the first term: journals written before terms read the same
        out["term"] = term
    return out


def with_term(record: Record, term: int) -> Record:
    """`record` stamped with the term it is written in (the journal does it: every record has one)."""
    if isinstance(record, SessionRecord | TermRecord) or record.term == term:
        return record
    return replace(record, term=term)


def _number(data: Mapping[str, Any], key: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise RecordError(f'"{key}" is not a number')
    return float(value)


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise RecordError(f'"{key}" is not text')
    return value


def _moment(data: Mapping[str, Any], key: str) -> datetime:
    try:
        moment = datetime.fromisoformat(_text(data, key))
    except ValueError:
        raise RecordError(f'"{key}" is not an ISO 8601 time') from None
    if moment.tzinfo is None:
        raise RecordError(f'"{key}" has no UTC offset')
    return moment


def _at(data: Mapping[str, Any]) -> Instant:
    return Instant(_number(data, "mono"), _moment(data, "wall"))


def _session(data: Mapping[str, Any]) -> SessionRecord:
    if data.get("v") != JOURNAL_VERSION:
        raise RecordError(f"not a version-{JOURNAL_VERSION} session journal")
    rehearsal = data.get("rehearsal", False)
    if not isinstance(rehearsal, bool):
        raise RecordError('"rehearsal" is not true or false')
    return SessionRecord(_text(data, "id"), _text(data, "event"), _moment(data, "created"), rehearsal=rehearsal)


def _run(data: Mapping[str, Any]) -> RunRecord:
    boot = data.get("boot")
    if boot is not None and not isinstance(boot, str):
        raise RecordError('"boot" is not text')
    return RunRecord(boot, _number(data, "raw_mono"), _at(data), _term(data.get("term", FIRST_TERM)))


def _seq(data: Mapping[str, Any]) -> int | None:
    seq = data.get("seq")
    if seq is not None and (isinstance(seq, bool) or not isinstance(seq, int) or seq < 1):
        raise RecordError('"seq" is not a whole number from 1')
    return seq


def _command(data: Mapping[str, Any]) -> CommandRecord:
    cmd = data.get("cmd")
    if not isinstance(cmd, dict) or not isinstance(cmd.get("action"), str):
        raise RecordError('"cmd" is not a command')
    rid = data.get("rid")
    if rid is not None and not isinstance(rid, str):
        raise RecordError('"rid" is not text')
    by = data.get("by", "")
    if not isinstance(by, str):
        raise RecordError('"by" is not text')
    return CommandRecord(_seq(data), _at(data), cmd, rid, by, _term(data.get("term", FIRST_TERM)))


def _term(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < FIRST_TERM:
        raise RecordError('"term" is not a whole number from 1')
    return value


def _term_record(data: Mapping[str, Any]) -> TermRecord:
    holder, url, here = _text(data, "holder"), data.get("url", ""), data.get("here")
    if len(holder) > MAX_HOLDER_CHARS or not isinstance(url, str) or len(url) > MAX_HOLDER_CHARS:
        raise RecordError('"holder" or "url" is not a short text')
    if not isinstance(here, bool):
        raise RecordError('"here" is not true or false')
    return TermRecord(_term(data.get("term")), holder, _at(data), here, url)


def _refused(data: Mapping[str, Any]) -> RefusedRecord:
    seq = _seq(data)
    if seq is None:
        raise RecordError('"seq" is missing')
    return RefusedRecord(seq, _at(data), _term(data.get("term", FIRST_TERM)))


def _end(data: Mapping[str, Any]) -> EndRecord:
    return EndRecord(_at(data), _term(data.get("term", FIRST_TERM)))


def _plan(data: Mapping[str, Any]) -> PlanRecord:
    plan = data.get("plan")
    if not isinstance(plan, dict):
        raise RecordError('"plan" is not a plan')
    return PlanRecord(_at(data), plan, _term(data.get("term", FIRST_TERM)))


_READERS: dict[str, Callable[[Mapping[str, Any]], Record]] = {
    "session": _session,
    "run": _run,
    "command": _command,
    "refused": _refused,
    "end": _end,
    "plan": _plan,
    "term": _term_record,
}


def from_json(data: Any) -> Record:
    """The record a decoded JSON line holds; `RecordError` for anything else."""
    if not isinstance(data, dict):
        raise RecordError("not a JSON object")
    kind = data.get("type")
    reader = _READERS.get(kind) if isinstance(kind, str) else None
    if reader is None:
        raise RecordError(f"unknown record type {kind!r}")
    return reader(data)
