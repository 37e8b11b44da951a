"""The event format written once (core/plan_format.py): its reference, docs/event-file.md, names
every key of every part in that part's own section, every other spelling and every limit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from runofshow.core.plan_format import (
    MAX_LIST_ITEMS,
    MAX_NOTES_CHARS,
    MAX_PEOPLE,
    MAX_SEGMENTS,
    MAX_SPEAKERS,
    MAX_TITLE_CHARS,
    SHAPES,
    SPELLINGS,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "event-file.md"
KEYS = [(place, key) for place, shape in SHAPES for key in shape.keys]


def section(place: str) -> str:
    """The reference's section on one part of the format: `### Top level`, `` ### `event` ``..."""
    heading = "### Top level" if not place else f"### `{place}`"
    text = DOC.read_text(encoding="utf-8")
    assert heading + "\n" in text, f"docs/event-file.md has no section '{heading}'"
    return re.split(r"\n#{2,3} ", text.split(heading + "\n", 1)[1], maxsplit=1)[0]


@pytest.mark.parametrize(("place", "key"), KEYS, ids=[f"{p or 'top'}.{k}" for p, k in KEYS])
def test_the_reference_names_every_key_of_the_format_where_it_sits(place: str, key: str) -> None:
    assert f"`{key}`" in section(place), f"docs/event-file.md does not name '{key}' under {place or 'the top level'}"


def test_the_reference_names_every_other_spelling_and_limit() -> None:
    text = DOC.read_text(encoding="utf-8")
    for written in SPELLINGS:
        assert f"`{written}`" in text
    for limit in (MAX_TITLE_CHARS, MAX_NOTES_CHARS, MAX_SEGMENTS, MAX_PEOPLE, MAX_SPEAKERS, MAX_LIST_ITEMS):
        assert re.search(rf"\b{limit}\b", text), limit
