"""The event file's format, written once: its keys and their other spellings, its limits, the rule
for every value and the words for what breaks it (docs/event-file.md tells it to people).

Everything that reads a plan reads it through these shapes and the one walk over them
(core/plan_walk.py): an event file (files/eventfile.py adds the lines and columns), the journal's
`plan` record, a live edit's fields, a cell of the plan editor, an imported agenda. The JSON
Schema for editors is made from them too (core/plan_schema.py). So a value one of them accepts,
every other accepts, and a plan the app writes always reads back the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from runofshow.core.automation_format import AUTOMATION, AUTOMATIONS, HTTP, OSC
from runofshow.core.budget_shares import BUDGET_BY, MAX_GROUPS
from runofshow.core.data_walk import Field, Groups, Items, OneOf, Shape, TextList
from runofshow.core.event import REQUEST_TYPES, SEGMENT_KINDS
from runofshow.core.fields import MAX_ID_CHARS as MAX_ID_CHARS  # the commands' limits are the format's
from runofshow.core.fields import MAX_NAME_CHARS as MAX_NAME_CHARS
from runofshow.core.fields import MAX_NOTES_CHARS as MAX_NOTES_CHARS
from runofshow.core.timer_modes import CountRule, SpeakerTimerRule
from runofshow.core.value_rules import Choice, Day, Duration, Flag, Rule, Text, TimeOfDay, Version, Zone, shown
from runofshow.core.wording import Words, WordsError

FORMAT_VERSION = 1

# --- limits: one of each, for files, the journal, live edits and imports alike ------------------
#: A title (the event's, a segment's) and a person's name: one line, trimmed.
MAX_TITLE_CHARS = MAX_NAME_CHARS
#: A plan of 2,000 segments of 200 speakers is far beyond any event; a 64 KB request cannot come
#: near it, and a 10 MB file is refused with a clear word rather than read for minutes.
MAX_SEGMENTS = 2_000
MAX_PEOPLE = 5_000
MAX_SPEAKERS = 200
#: Questions, cues, documents: items in one segment's list.
MAX_LIST_ITEMS = 200

#: Other spellings of keys, read as the key they spell.
SPELLINGS = {"organisation": "organization"}


@dataclass(frozen=True, slots=True)
class PersonRef(Text):
    """The id of someone under `people` (the walk checks that they are there)."""

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        defs.setdefault("personId", {"type": "string", "minLength": 1, "maxLength": self.limit})
        return {"$ref": "#/$defs/personId"}


@dataclass(frozen=True, slots=True)
class BudgetBy(Rule[str]):
    """How a budget groups speakers: by the people's `sector` or `organization` (either spelling)."""

    def read(self, raw: str) -> str:
        value = SPELLINGS.get(raw.strip(), raw.strip())
        if value not in BUDGET_BY:
            raise WordsError("'by' is {choices}, not '{value}'", choices=" or ".join(BUDGET_BY), value=shown(raw))
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        spelt = [written for written, key in SPELLINGS.items() if key in BUDGET_BY]
        return {"enum": [*BUDGET_BY, *spelt]}


# --- the rules of values ---------------------------------------------------------------------
TITLE = Text(MAX_TITLE_CHARS, one_line=True)
NAME = Text(MAX_NAME_CHARS, one_line=True)
IDENT = Text(MAX_ID_CHARS, one_line=True)
TEXT = Text(MAX_NOTES_CHARS)
REF = PersonRef(MAX_ID_CHARS, one_line=True)
DURATION = Duration()
TIME = TimeOfDay()
TEXTS = TextList(TEXT, MAX_LIST_ITEMS)
REQUEST_TYPE = Choice(REQUEST_TYPES, "type")
SEGMENT_KIND = Choice(SEGMENT_KINDS, "kind")
#: A budget's group: what the people's sector or organization says.
GROUP = Text(MAX_NAME_CHARS)

# --- the shapes ------------------------------------------------------------------------------
PERSON_TEXT_KEYS = ("role", "organization", "sector", "language", "pronunciation", "notes")
_PERSON_TEXTS = {key: Field(TEXT) for key in PERSON_TEXT_KEYS}
_TURN_TYPE = Field(REQUEST_TYPE, doc="Request type (default statement).")

PERSON = Shape(
    Words("a person"),
    {"id": Field(REF, required=True), "name": Field(NAME, required=True), **_PERSON_TEXTS},
    name="person",
)
SPEAKER_REF = Shape(
    Words("a speaker"),
    {
        "ref": Field(REF, required=True),
        "id": Field(IDENT),
        "time": Field(DURATION),
        "type": _TURN_TYPE,
        "notes": Field(TEXT),
    },
)
SPEAKER_INLINE = Shape(
    Words("a speaker"),
    {"name": Field(NAME, required=True), "id": Field(IDENT), "time": Field(DURATION), "type": _TURN_TYPE,
     **_PERSON_TEXTS},
)  # fmt: skip
#: A speaker is written as a person id, as `{ref: id, ...}` or as someone of its own (`{name: ...}`).
SPEAKER = OneOf("speaker", (REF, SPEAKER_REF, SPEAKER_INLINE))
SPEAKERS = Items(SPEAKER, "'speakers'", MAX_SPEAKERS)
SEGMENT = Shape(
    Words("a segment"),
    {
        "id": Field(IDENT, doc="Unique; made from the title if absent."),
        "title": Field(TITLE, required=True),
        "kind": Field(SEGMENT_KIND),
        "duration": Field(DURATION, required=True),
        "start": Field(TIME, doc="A fixed (hard) start time."),
        "speakers": Field(SPEAKERS),
        "moderator": Field(REF),
        "questions": Field(TEXTS),
        "notes": Field(TEXT),
        "cues": Field(TEXTS),
        "documents": Field(
            TEXTS, doc="Texts for the interpreters' booth: a title, optionally followed by an http(s) link."
        ),
        "speaker_time": Field(DURATION),
        "locked": Field(Flag(), doc="Never shortened automatically."),
        "min_duration": Field(DURATION),
        "count": Field(CountRule(), doc="down (default), up, or 'to HH:MM' (core/timer_modes.py)."),
        "speaker_timer": Field(SpeakerTimerRule(), doc="hidden: the speaker's display shows no clock here."),
    },
    name="segment",
)
EVENT = Shape(
    "'event'",
    {
        "title": Field(TITLE, required=True),
        "subtitle": Field(TEXT),
        "venue": Field(TEXT),
        "language": Field(TEXT),
        "interpretation": Field(TEXT),
        "notes": Field(TEXT),
        "date": Field(Day(), doc="YYYY-MM-DD; default today in the event's zone."),
        "start": Field(TIME, required=True),
        "end": Field(TIME, doc="Hard stop; must be after start."),
        "timezone": Field(Zone(), doc="IANA zone name, e.g. Asia/Ho_Chi_Minh; default the computer's zone."),
    },
)
DEFAULTS = Shape(
    "'defaults'",
    {
        "wrap_up": Field(DURATION, doc="Countdown shows WRAP UP from here (default 2m)."),
        "final": Field(DURATION, doc="Last warning, FINAL (default 30s)."),
        "speaker_time": Field(DURATION, doc="Default time per speaker turn (default none)."),
    },
)
SHARES = Groups("'budgets.shares'", GROUP, MAX_GROUPS)
BUDGETS = Shape(
    "'budgets'",
    {
        "by": Field(BudgetBy(), doc="Group speakers by sector (default) or organization."),
        "shares": Field(
            SHARES, required=True, doc='Each group\'s share of the floor\'s planned time ("40%") or a time ("15m").'
        ),
    },
    doc="How the floor's time is to be shared, kept live in the ledger and the queue.",
)
PEOPLE = Items(PERSON, "'people'", MAX_PEOPLE)
SEGMENTS = Items(SEGMENT, "'segments'", MAX_SEGMENTS, at_least_one=True)
ROOT = Shape(
    Words("the event file"),
    {
        "version": Field(Version(FORMAT_VERSION), required=True, doc="Format version; only 1 is known."),
        "event": Field(EVENT, required=True),
        "defaults": Field(DEFAULTS),
        "budgets": Field(BUDGETS),
        "people": Field(PEOPLE),
        "segments": Field(SEGMENTS, required=True),
        "automations": Field(
            AUTOMATIONS, doc="HTTP requests and OSC messages sent when something happens (docs/event-file.md)."
        ),
    },
)

# --- the keys, by the names the rest of the app knows them by --------------------------------
ROOT_KEYS = ROOT.keys
EVENT_KEYS = EVENT.keys
DEFAULT_KEYS = DEFAULTS.keys
BUDGET_KEYS = BUDGETS.keys
PERSON_KEYS = PERSON.keys
SEGMENT_KEYS = SEGMENT.keys
SPEAKER_REF_KEYS = SPEAKER_REF.keys
SPEAKER_INLINE_KEYS = SPEAKER_INLINE.keys
#: Every shape of the format with where it sits (the reference's sections: docs/event-file.md).
SHAPES: tuple[tuple[str, Shape], ...] = (
    ("", ROOT),
    ("event", EVENT),
    ("defaults", DEFAULTS),
    ("budgets", BUDGETS),
    ("people[]", PERSON),
    ("segments[]", SEGMENT),
    ("segments[].speakers[]", SPEAKER_REF),
    ("segments[].speakers[]", SPEAKER_INLINE),
    ("automations[]", AUTOMATION),
    ("automations[].http", HTTP),
    ("automations[].osc", OSC),
)

#: What a cell of the plan editor holds, by the field it edits (segments, speakers, people).
CELL_RULES: dict[str, Rule[Any]] = {
    key: spec
    for shape in (PERSON, SPEAKER_INLINE, SEGMENT)
    for key, f in shape.fields.items()
    if isinstance(spec := f.spec, Rule) and not isinstance(spec, PersonRef)
}
