"""Every agenda table of ../shared/real-agendas/ (real conferences' and peer tools' files, with
manifest.tsv saying where each comes from and what an organiser expects of it) gives what its
manifest row expects: a sensible plan, written and passing `runofshow check` with no overlap, or
one clear refusal that says how to go on. The files are read where they are, never copied here."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from runofshow.cli import check_main, import_main
from runofshow.files.eventfile import load_event
from tests.helpers.agenda import NOW
from tests.helpers.paths import ROOT

FOLDER = Path(os.environ.get("RUNOFSHOW_REAL_AGENDAS", ROOT.parent / "shared" / "real-agendas"))


@dataclass(frozen=True)
class Expected:
    """How an organiser runs the import, and what comes of it."""

    options: tuple[str, ...] = ()
    to_folder: bool = False
    files: int = 1  # event files written (a folder: besides venue.yaml)
    segments: tuple[str, ...] = ()  # the first event's segments, `title HH:MM minutes`
    said: tuple[str, ...] = ()  # lines or parts of lines that the import prints
    refused: str = ""  # a refusal: what it says (and how to go on); then nothing is written
    then: tuple[str, ...] = ()  # for a refusal: the options that the refusal says to give, which work
    then_files: int = 1
    notes: dict[int, str] = field(default_factory=dict)  # segment index → its notes


ZONE = ("--timezone", "UTC")
EXPECTED: dict[str, Expected] = {
    "ontime-rundown-template-v4.xlsx": Expected(
        options=("--sheet", "Event schedule", "--date", "2025-10-26", *ZONE),
        segments=(
            "Pre-show Countdown 10:00 60",
            "Welcome 11:00 10",
            "Session 1 11:10 50",
            "Lunch / Countdown to next session 12:00 60",
            "Session 2 13:00 50",
            "Wrap up 13:50 10",
        ),
        said=(
            "header at row 13",
            "skipped: row 27 (14:00 - AV & Room strike): a heading after the last segment",
            "columns not used: Colour (D)",
        ),
        notes={1: "10:45 - Presenters ready side stage"},
    ),
    "ontime-test-sheet.xlsx": Expected(
        options=("--date", "2025-05-10", *ZONE),
        segments=("Preset 09:00 60", "Albania 10:00 20", "Reset 10:20 5", "Latvia 10:25 20"),
        said=("sheet 'test', header at row 1", "skipped: row 2 (Attempt light check): Skip is set"),
    ),
    "ontime-export-template.xlsx": Expected(
        refused="ontime-export-template.xlsx:Event schedule advanced!A3: no rows under the header"
    ),
    "openslides-agenda-demo_en.csv": Expected(
        options=ZONE,
        refused="no row has a start time in the table: give --start HH:MM (when the first row begins)",
        then=("--start", "10:00"),
    ),
    "openslides-agenda-demo_de.csv": Expected(
        options=ZONE,
        refused="no row has a start time in the table: give --start HH:MM (when the first row begins)",
        then=("--start", "10:00"),
    ),
    "conferia-test_data.csv": Expected(
        options=ZONE,
        to_folder=True,
        files=8,
        said=(
            "dates: 2025-01-01, 2025-01-02, from the column date_start (A)",
            "rows 2–5 share 12:00–13:00 (Parallel 1): read as its 4 parts of 15 min",
        ),
    ),
    "nmc-agenda-2020-1.csv": Expected(
        options=ZONE,
        to_folder=True,
        files=16,
        said=("date-times written at +00:00 are turned into UTC", "rooms: 8 (main; A; B; C; D; E; F; G)"),
    ),
    "aotb-display-screen-schedule.csv": Expected(
        options=ZONE,
        to_folder=True,
        files=15,
        said=("rooms: 8 (LAWN; STUDIO A; STUDIO C; STUDIO K; STUDIO L; STUDIO E; STUDIO F; GYLLY BEACH)",),
    ),
    "aws-reinvent-agenda.csv": Expected(
        options=("--timezone", "America/Los_Angeles"),
        to_folder=True,
        refused="overlaps row 16 in The Venetian on 2024-12-02: row 21 (Expo) runs 10:00–18:00, row 16 (AWS "
        "Certification lounge) 07:30–17:00",
        then=("--parallel-rooms",),
        then_files=78,
    ),
    "meeting-time-controller-agenda.csv": Expected(
        options=ZONE,
        refused="if the table has no header, try --no-header --map A=title --map B=duration --start HH:MM",
        then=("--no-header", "--map", "A=title", "--map", "B=duration", "--start", "HH:MM"),
    ),
    "teach_timekeep-schedule.csv": Expected(
        options=ZONE,
        refused="if the table has no header, try --no-header --map A=start --map B=title",
        then=("--no-header", "--map", "A=start", "--map", "B=title", "--end", "10:30"),
    ),
}


def planned(path: Path) -> list[str]:
    event = load_event(path, now=NOW).event
    starts = event.planned_starts()
    return [f"{s.title} {starts[i]:%H:%M} {s.duration_s // 60}" for i, s in enumerate(event.segments)]


def written_and_checked(target: Path, count: int, capsys: pytest.CaptureFixture[str]) -> list[Path]:
    """The event files written, each passing `runofshow check` with no overlap (a venue file with all of
    its event files at once)."""
    if target.suffix == ".yaml":
        files = [target]
    else:
        files = sorted(p for p in target.iterdir() if p.name != "venue.yaml")
        assert (target / "venue.yaml").exists()
    assert len(files) == count, [p.name for p in files]
    capsys.readouterr()
    assert check_main([str(target / "venue.yaml") if target.is_dir() else str(target)]) == 0, capsys.readouterr().err
    checked = capsys.readouterr()
    assert "overlaps" not in checked.out + checked.err and "error" not in checked.err
    return files


def test_the_manifest_lists_every_file_and_nothing_else() -> None:
    if not FOLDER.is_dir():
        pytest.skip("the shared real agendas are not beside this checkout")
    listed = {line.split("\t", 1)[0] for line in (FOLDER / "manifest.tsv").read_text().splitlines()[1:] if line}
    assert listed == set(EXPECTED) == {p.name for p in FOLDER.iterdir() if p.name != "manifest.tsv"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_real_agenda_gives_what_its_manifest_expects(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not FOLDER.is_dir():
        pytest.skip("the shared real agendas are not beside this checkout")
    expected = EXPECTED[name]
    source = FOLDER / name
    target = tmp_path / ("programme" if expected.to_folder else "event.yaml")
    shown = f"{target}/" if expected.to_folder else str(target)
    code = import_main([str(source), "-o", shown, *expected.options])
    said = capsys.readouterr()
    if expected.refused:
        assert code == 1, said.out
        assert expected.refused in said.err
        assert said.err.rstrip().endswith("nothing was written") and not target.exists()
        if not expected.then:
            return
        then = tuple("09:00" if option == "HH:MM" else option for option in expected.then)
        code = import_main([str(source), "-o", shown, *expected.options, *then])
        said = capsys.readouterr()
        assert code == 0, said.err
        written_and_checked(target, expected.then_files, capsys)
        return
    assert code == 0, said.err
    for line in expected.said:
        assert line in said.out
    files = written_and_checked(target, expected.files, capsys)
    if expected.segments:
        assert planned(files[0]) == list(expected.segments)
    event = load_event(files[0], now=NOW).event
    for index, notes in expected.notes.items():
        assert event.segments[index].notes == notes
