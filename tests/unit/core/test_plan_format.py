"""The event format written once (core/plan_format.py): a note's lines and a title's one line,
a budget's share, a plan editor's cell checked by its field's rule. (That docs/event-file.md names
every key, spelling and limit: tests/rules/test_docs_name_everything.py.)"""

from __future__ import annotations

import pytest


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
