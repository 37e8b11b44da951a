"""The references name everything they document: docs/api.md lists exactly the registered
actions; docs/event-file.md names every key of the event format (core/plan_format.py) in its
part's own section, every other spelling and every limit."""

from __future__ import annotations

import re

import pytest

from runofshow.core.commands import ALIASES, REGISTRY
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
from tests.helpers.paths import DOCS


def test_the_api_doc_lists_exactly_the_registered_actions() -> None:
    doc = (DOCS / "api.md").read_text(encoding="utf-8")
    table = doc.split("## `POST /api/v1/command`", 1)[1].split("Each segment in the state", 1)[0]
    documented = set()
    for row in table.splitlines():
        cell = row.split("|")[1] if row.startswith("| `") else ""
        documented.update(re.findall(r"`(\w+)`", cell))
    assert documented == set(REGISTRY) | set(ALIASES)


DOC = DOCS / "event-file.md"
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
