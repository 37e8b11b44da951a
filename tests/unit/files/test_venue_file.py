"""The venue file: a venue's rooms and their event files by day, read like an event file (every
problem with its line and column), written by import, and checked with the event files it names."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from runofshow.cli import check_main
from runofshow.core.venue_plan import PlannedDay, PlannedRoom
from runofshow.files.check import run_check
from runofshow.files.problems import EventFileError
from runofshow.files.resources import bundled_example
from runofshow.files.venue_file import load_venue, parse_venue_text, render_venue
from tests.helpers.agenda import NOW

GOOD = """version: 1
venue:
  name: hanoi-week
  title: Hanoi Cyber Week
  timezone: Asia/Ho_Chi_Minh
rooms:
  - id: r313
    name: R313
    days:
      - {date: 2025-10-26, file: roundtable.yaml}
"""


def venue_folder(tmp_path: Path, text: str = GOOD) -> Path:
    (tmp_path / "roundtable.yaml").write_text(bundled_example().read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "venue.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_venue_file_reads_and_writes_back_the_same() -> None:
    plan = parse_venue_text(GOOD, "venue.yaml")
    assert (plan.name, plan.title, plan.timezone_name) == ("hanoi-week", "Hanoi Cyber Week", "Asia/Ho_Chi_Minh")
    assert plan.rooms == (PlannedRoom("r313", "R313", (PlannedDay(date(2025, 10, 26), "roundtable.yaml"),)),)
    assert parse_venue_text(render_venue(plan), "again.yaml") == plan


def test_the_day_a_room_plays_is_today_else_the_next_else_the_last() -> None:
    days = tuple(PlannedDay(date(2025, 10, d), f"r-{d}.yaml") for d in (27, 26))
    room = PlannedRoom("r", "R", days)
    assert room.day_for(date(2025, 10, 26)).file == "r-26.yaml"
    assert room.day_for(date(2025, 10, 1)).file == "r-26.yaml"
    assert room.day_for(date(2025, 11, 1)).file == "r-27.yaml"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (GOOD.replace("name: hanoi-week", "name: hanoi week"),
         "venue.yaml:3:9: error: name: 'hanoi week' must be 1 to 64 letters, digits, '.', '_' or '-'"),
        (GOOD.replace("Asia/Ho_Chi_Minh", "Asia/Hanoi"),
         "venue.yaml:5:13: error: timezone: unknown time zone 'Asia/Hanoi'"),
        (GOOD + "  - id: r313\n    days: [{date: 2025-10-27, file: x.yaml}]\n",
         "venue.yaml:11:9: error: duplicate room id 'r313' (first at line 7)"),
        (GOOD + "      - {date: 2025-10-26, file: again.yaml}\n",
         "venue.yaml:11:16: error: a second file for 2025-10-26"),
        (GOOD.replace("rooms:", "room:"), "venue.yaml:6:1: error: unknown key 'room'"),
        (GOOD.replace("2025-10-26", "26/10/2025"), "venue.yaml:10:16: error: date: '26/10/2025' is not a date"),
    ],
)  # fmt: skip
def test_every_problem_has_its_place_and_nothing_is_made(text: str, problem: str) -> None:
    with pytest.raises(EventFileError) as caught:
        parse_venue_text(text, "venue.yaml")
    assert any(line.startswith(problem) for line in caught.value.lines()), caught.value.lines()


def test_a_venue_file_is_bounded_by_its_rooms() -> None:
    rooms = "".join(f"  - id: r{n}\n    days: [{{date: 2025-10-26, file: r.yaml}}]\n" for n in range(501))
    with pytest.raises(EventFileError, match="'rooms' has more than 500 items"):
        parse_venue_text(GOOD.split("rooms:")[0] + "rooms:\n" + rooms, "venue.yaml")


def test_check_reads_the_venue_file_and_every_event_file_it_names(tmp_path: Path) -> None:
    path = venue_folder(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert run_check([str(path)], now=NOW, out=out, err=err) == 0, err.getvalue()
    assert out.getvalue().splitlines()[:2] == [
        f"{path}: OK: venue hanoi-week (Hanoi Cyber Week), Asia/Ho_Chi_Minh",
        "  r313 (R313): 2025-10-26 14:00–14:45 (5 segments)",
    ]
    wrong_day = venue_folder(tmp_path, GOOD.replace("2025-10-26", "2025-10-27"))
    out, err = io.StringIO(), io.StringIO()
    assert run_check([str(wrong_day)], now=NOW, out=out, err=err) == 1
    assert (
        f"{tmp_path / 'roundtable.yaml'}:1:1: error: its date is 2025-10-26, but {wrong_day} lists it" in err.getvalue()
    )
    (tmp_path / "roundtable.yaml").unlink()
    assert check_main([str(path)]) == 1


def test_load_venue_refuses_what_is_no_file(tmp_path: Path) -> None:
    with pytest.raises(EventFileError, match="no such file"):
        load_venue(tmp_path / "none.yaml")
    with pytest.raises(EventFileError, match="a folder"):
        load_venue(tmp_path)
