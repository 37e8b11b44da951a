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


def test_a_note_keeps_its_lines_as_a_file_would_and_a_title_is_one_line(roundtable: object) -> None:
    """YAML keeps only `\\n` for a line break (and breaks lines at U+2028 too): a note typed with
    Windows line breaks reads back as written once saved, and a title holding a line break of any
    kind is refused wherever it is read, not only by the file reader."""
    from runofshow.core.fields import CommandError
    from runofshow.core.plan_data import read_segment

    segment = read_segment({"title": "A", "duration": "1m", "notes": "one\r\ntwo\rthree\u2028four"}, roundtable)
    assert segment.notes == "one\ntwo\nthree\nfour"
    for title in ("A\nB", "A\u2028B", "A\x85B", "A\tB"):
        with pytest.raises(CommandError, match=r"segment\.title: .* not text"):
            read_segment({"title": title, "duration": "1m"}, roundtable)
    assert read_segment({"title": "  A  \n", "duration": "1m"}, roundtable).title == "A"


@pytest.mark.parametrize("percent", ["33.333333333", "0.000001", "12.25", "100", "99.99999999999"])
def test_a_budgets_share_is_written_as_it_reads_back(percent: str) -> None:
    from runofshow.core.budget_shares import parse_share

    share = parse_share("government", f"{percent}%")
    assert parse_share("government", share.text()) == share


@pytest.mark.parametrize(
    ("key", "text", "said"),
    [("duration", "soon", "duration: 'soon' is not a duration"), ("duration", "", "duration: empty duration"),
     ("min_duration", "", None), ("start", "25:00", "start: '25:00' is not a time of day"),
     ("title", " ", "title must not be empty"), ("title", "T" * 201, "title: is limited to 200 characters"),
     ("title", "T" * 200, None), ("kind", "panle", "did you mean 'panel'"), ("type", "floor", None),
     ("notes", "one\ntwo", None), ("name", "Lan\u2028Tran", "not text (U+2028)")],
)  # fmt: skip
def test_a_cell_of_the_plan_editor_is_checked_by_the_formats_rule(key: str, text: str, said: str | None) -> None:
    from runofshow.core.plan_data import cell_problem

    problem = cell_problem(key, text)
    assert (problem is None) == (said is None) and (said is None or said in str(problem)), problem
