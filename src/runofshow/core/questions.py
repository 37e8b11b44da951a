"""The moderator's question bank: prompts per segment, ticked asked or skipped, maybe to whom.

A question approved from the audience (core/audience.py) is one of the bank like any other, marked
`source` "audience" with who asked it, and keeps the audience question's id."""

from __future__ import annotations

from dataclasses import dataclass

from runofshow.core.kinds import QuestionStatus


@dataclass(slots=True)
class Question:
    id: str
    text: str
    status: QuestionStatus = QuestionStatus.OPEN
    to: str = ""  # to whom it was put (a speaker's name), if anyone in particular
    source: str = ""  # "audience" for a question from the room; "" for the plan's and the moderator's
    name: str = ""  # who asked it from the room (as they gave it), if they did
    organization: str = ""


def bank(texts: tuple[str, ...]) -> list[Question]:
    return [Question(f"q{n}", text) for n, text in enumerate(texts, 1)]
