"""The moderator's question bank: prompts per segment, ticked asked or skipped, maybe to whom."""

from __future__ import annotations

from dataclasses import dataclass

from runofshow.core.kinds import QuestionStatus


@dataclass(slots=True)
class Question:
    id: str
    text: str
    status: QuestionStatus = QuestionStatus.OPEN
    to: str = ""  # to whom it was put (a speaker's name), if anyone in particular


def bank(texts: tuple[str, ...]) -> list[Question]:
    return [Question(f"q{n}", text) for n, text in enumerate(texts, 1)]
