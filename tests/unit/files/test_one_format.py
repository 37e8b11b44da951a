"""The event format read once (issue #26): an event file, the journal's plan record, a live edit
and an import agree on every limit, every id and every rule, because they read through one walk.

Each test here failed before the walk was one: the file reader and core/plan_data.py disagreed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.event import Event
from runofshow.core.fields import CommandError
from runofshow.core.plan_data import event_data, read_event
from runofshow.core.records import PlanRecord
from runofshow.core.replay import replay
from runofshow.core.show import Show
from runofshow.files.agenda_import import ImportOptions, import_agenda
from runofshow.files.agenda_table import read_table
from runofshow.files.plan_file import render
from tests.helpers.eventfile import MINIMAL, errors_of, load_text
from tests.helpers.show import do

WITH_NOTES = MINIMAL + "    notes: Keep it short.\n"


def test_a_segment_title_over_the_limit_is_refused_at_its_line_and_one_at_it_edits_live(
    tmp_path: Path, clock: FakeClock
) -> None:
    """223 characters passed `check` and opened, then editing the segment's notes live was refused
    ("segment.title: is limited to 200 characters"). One limit now: the file says so, at the title."""
    lines = errors_of(tmp_path, WITH_NOTES.replace("title: Only", "title: " + "T" * 223))
    assert any(line.startswith("6:12: error: title: is limited to 200 characters") for line in lines), lines
    event = load_text(tmp_path, WITH_NOTES.replace("title: Only", "title: " + "T" * 200)).event
    show = Show(event)
    do(show, clock, "segment_update", segment=event.segments[0].id, fields={"notes": "Thank the host"})
    assert show.event.segments[0].notes == "Thank the host"


def test_the_plan_journaled_at_the_start_reads_back_for_every_title_a_file_may_have(
    tmp_path: Path, clock: FakeClock
) -> None:
    """A 250-character event title opened, but the run's own plan record was refused on read-back:
    recovery fell back to the file's plan, and a file changed meanwhile lost the run's plan."""
    lines = errors_of(tmp_path, MINIMAL.replace("title: Test", "title: " + "E" * 250))
    assert any(line.startswith("3:10: error: title: is limited to 200 characters") for line in lines), lines
    event = load_text(tmp_path, MINIMAL.replace("title: Test", "title: " + "E" * 200)).event
    record = PlanRecord(clock.now(), event_data(event))
    changed_since = replace(event, segments=(replace(event.segments[0], title="Changed in the file"),))
    recovered = replay(changed_since, [record], clock.now(), None)
    assert not recovered.skipped
    assert recovered.show.event == event


def test_end_after_start_is_the_formats_rule_wherever_a_plan_is_read(tmp_path: Path) -> None:
    """Only the YAML reader knew that a hard stop comes after the start; a journal's plan took one before."""
    text = MINIMAL.replace("  start: 9:00", "  start: 9:00\n  end: 8:00")
    assert "5:8: error: end 08:00 must be after start 09:00" in "\n".join(errors_of(tmp_path, text))
    data = event_data(load_text(tmp_path, MINIMAL).event)
    data["event"]["end"] = "08:00"
    with pytest.raises(CommandError, match=r"event\.end: end 08:00 must be after start 09:00"):
        read_event(data)


TITLES = ["Opening", "山田太郎", "Opening", "山田太郎", "---"]


def test_made_ids_are_one_rule_for_a_file_the_journal_live_inserts_and_an_import(
    tmp_path: Path, roundtable: Event, clock: FakeClock
) -> None:
    """Segment ids were made three ways (`segment-N` by the file, `segment`, `segment-2` live,
    `slug(title)` on import); a written id is taken before any is made, everywhere."""
    expected = ["opening", "segment", "opening-2", "segment-2", "segment-3"]
    rows = "".join(f"  - {{title: '{title}', duration: 1m}}\n" for title in TITLES)
    from_file = load_text(tmp_path, MINIMAL.split("segments:")[0] + "segments:\n" + rows).event
    assert [s.id for s in from_file.segments] == expected

    show = Show(replace(roundtable, segments=roundtable.segments[1:2]))  # no "opening" taken
    for title in TITLES:
        do(show, clock, "segment_insert", after=show.event.segments[-1].id, segment={"title": title, "duration": "1m"})
    assert [s.id for s in show.event.segments[1:]] == expected

    table = tmp_path / "agenda.csv"
    table.write_text("Start,Title,Duration\n" + "".join(f"09:0{i},{t},1m\n" for i, t in enumerate(TITLES)))
    imported = import_agenda(read_table(table), ImportOptions(timezone="UTC"), now=clock.now().wall).event
    assert [s.id for s in imported.segments] == expected

    # A written id is taken first: the earlier segment without one gives way, in a file and in data.
    written = (
        MINIMAL.split("segments:")[0] + "segments:\n  - {title: A, duration: 1m}\n  - {id: a, title: B, duration: 1m}\n"
    )
    assert [s.id for s in load_text(tmp_path, written).event.segments] == ["a-2", "a"]
    data = event_data(from_file)
    data["segments"] = [{"title": "A", "duration": "1m"}, {"id": "a", "title": "B", "duration": "1m"}]
    assert [s.id for s in read_event(data).segments] == ["a-2", "a"]


def test_an_event_file_the_app_writes_for_a_title_at_the_limit_opens_again(tmp_path: Path) -> None:
    """Made ids never pass the id limit: `segment-2` of a 200-character title is cut, not refused."""
    title = "Á" * 200
    rows = f"  - {{title: {title}, duration: 1m}}\n" * 2
    event = load_text(tmp_path, MINIMAL.split("segments:")[0] + "segments:\n" + rows).event
    assert [len(s.id) for s in event.segments] == [200, 200]
    again = load_text(tmp_path, render(None, None, event), name="again.yaml").event
    assert again == event
