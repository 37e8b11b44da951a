"""Questions from the audience: written on a phone (/ask), moderated, then in a segment's bank.

A question from the room is not yet a question of the bank: the moderator (or the floor manager)
approves it (maybe edited, maybe into another segment than the live one), merges it with a
similar one, rejects it, or puts it in order. Approved, it joins the segment's bank marked
"from the audience" (core/questions.py) and is asked or skipped like any other; the phone that
sent it follows what became of it.

Everything a stranger can make is bounded, and refused before it is journaled (counted, not
written: a flood costs no disk): a question's length (MAX_QUESTION_CHARS), how many one phone
may send in a while and how many all phones together may (AudienceLimits: a sliding window over
the questions' own times, so a fake clock tests it), the same text twice from one phone while the
first waits, at most MAX_WAITING_QUESTIONS waiting at once, and MAX_KEPT_QUESTIONS kept in
memory (the journal has them all).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from runofshow.core.clock import Instant
from runofshow.core.fields import CommandError, ConflictError, RateLimitedError
from runofshow.core.questions import Question
from runofshow.core.text import same_name_key

#: A question's text, as the contract says (docs/api.md).
MAX_QUESTION_CHARS = 500
#: Questions waiting for a decision at once (more than any moderator reads; a script cannot flood).
MAX_WAITING_QUESTIONS = 500
#: Questions kept in the live show, decided ones dropped oldest first (never a waiting one).
MAX_KEPT_QUESTIONS = 2000
#: Questions one may be merged with (what a "×N" on the bank says).
MAX_MERGED = 100
#: Where the source of a bank question says "from the audience".
FROM_AUDIENCE = "audience"


@dataclass(frozen=True, slots=True)
class AudienceLimits:
    """How many questions one phone, and all phones together, may send in a while. Checked only
    before a question is journaled, so a changed bound never changes how a recovered run replays.
    One phone: a few questions in a session, never a stream; all together: a full hall asking at
    once (200 in a minute) passes, a script does not."""

    per_device: int = 5
    device_window_s: float = 600.0
    total: int = 300
    total_window_s: float = 60.0


class AudienceStatus(StrEnum):
    WAITING = "waiting"  # for the moderator or the floor manager
    APPROVED = "approved"  # in a segment's bank (`bank`)
    REJECTED = "rejected"
    MERGED = "merged"  # into a similar question (`merged_into`)


@dataclass(slots=True)
class AudienceQuestion:
    id: str
    text: str
    device: str
    at: Instant
    name: str = ""
    organization: str = ""
    #: The segment live (or next) when it was asked; None before the first.
    asked_in: str | None = None
    #: The text as the phone sent it (`text` is the moderator's edit, if any).
    original: str = ""
    status: AudienceStatus = AudienceStatus.WAITING
    segment: str | None = None  # the segment whose bank it joined
    bank: Question | None = None  # its question in that bank
    merged_into: str | None = None
    merged: list[str] = field(default_factory=list)  # questions merged into this one
    decided_at: Instant | None = None

    def __post_init__(self) -> None:
        if not self.original:
            self.original = self.text


def text_key(text: str) -> str:
    """What two texts that read the same share (a double tap, a paste sent twice)."""
    return same_name_key(text)


def waiting(questions: list[AudienceQuestion]) -> list[AudienceQuestion]:
    return [q for q in questions if q.status is AudienceStatus.WAITING]


def find(questions: list[AudienceQuestion], question_id: str) -> AudienceQuestion:
    found = next((q for q in questions if q.id == question_id), None)
    if found is None:
        raise CommandError("no audience question '{question}'", question=question_id)
    return found


def check_bounds(
    questions: list[AudienceQuestion], device: str, text: str, now: Instant, limits: AudienceLimits
) -> None:
    """Before a question is journaled: the same text again, the phone's and everyone's rate, the
    number waiting. Raises `ConflictError`, `RateLimitedError` (with when to try again) or
    `CommandError`."""
    pending = waiting(questions)
    key = text_key(text)
    if any(q.device == device and text_key(q.original) == key for q in pending):
        raise ConflictError("this question has been sent already and waits for the moderator")
    if len(pending) >= MAX_WAITING_QUESTIONS:
        raise CommandError("{count} questions are waiting already: try again later", count=MAX_WAITING_QUESTIONS)
    horizon = now.mono - max(limits.device_window_s, limits.total_window_s)
    mine: list[float] = []
    everyone: list[float] = []
    for q in reversed(questions):  # newest last: stop at the first older than both windows
        if q.at.mono <= horizon:
            break
        if q.at.mono > now.mono - limits.total_window_s:
            everyone.append(q.at.mono)
        if q.device == device and q.at.mono > now.mono - limits.device_window_s:
            mine.append(q.at.mono)
    if len(mine) >= limits.per_device:
        wait = min(mine) + limits.device_window_s - now.mono
        raise RateLimitedError(
            "this phone has sent {count} questions in the last {minutes} minutes: wait {wait} s",
            retry_after_s=wait,
            count=limits.per_device,
            minutes=round(limits.device_window_s / 60),
            wait=max(round(wait), 1),
        )
    if len(everyone) >= limits.total:
        wait = min(everyone) + limits.total_window_s - now.mono
        raise RateLimitedError(
            "{count} questions have come in the last minute: try again in {wait} s",
            retry_after_s=wait,
            count=limits.total,
            wait=max(round(wait), 1),
        )


def trim(questions: list[AudienceQuestion]) -> None:
    """Keep at most MAX_KEPT_QUESTIONS: the oldest decided ones go first (waiting ones never)."""
    excess = len(questions) - MAX_KEPT_QUESTIONS
    if excess <= 0:
        return
    gone = {id(q) for q in [q for q in questions if q.status is not AudienceStatus.WAITING][:excess]}
    questions[:] = [q for q in questions if id(q) not in gone]


def outcome(question: AudienceQuestion, questions: list[AudienceQuestion]) -> str | None:
    """What became of it in the bank ("open", "asked", "skipped"), following a merge; None while
    it is in no bank."""
    seen = 0
    while question.status is AudienceStatus.MERGED and question.merged_into is not None and seen < MAX_MERGED:
        target = next((q for q in questions if q.id == question.merged_into), None)
        if target is None:
            return None
        question, seen = target, seen + 1
    if question.status is AudienceStatus.APPROVED and question.bank is not None:
        return question.bank.status.value
    return None
