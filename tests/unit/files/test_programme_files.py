"""A programme written out: every room's day and DIR/venue.yaml last; nothing replaced without
--force; a write that fails leaves no file of it behind."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from runofshow.cli import import_main
from runofshow.files.agenda_import import ImportOptions, read_programme
from runofshow.files.agenda_table import read_table
from runofshow.files.programme_files import ExistingFilesError, write_programme
from runofshow.files.venue_file import load_venue
from tests.helpers.agenda import NOW


def programme_csv(path: Path) -> Path:
    rows = [
        ["Room", "Date", "Time", "Title", "Duration"],
        ["Phòng 313", "2025-10-26", "14:00", "Khai mạc", "10"],
        ["Phòng 314", "2025-10-26", "14:00", "Opening", "10"],
        ["Phòng 313", "2025-10-27", "09:00", "Day two", "30"],
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_every_room_s_day_and_the_venue_file_that_names_them(tmp_path: Path) -> None:
    programme = read_programme(read_table(programme_csv(tmp_path / "p.csv")), ImportOptions(timezone="UTC"), now=NOW)
    folder = tmp_path / "Hanoi Week"
    written = write_programme(programme, folder)
    assert [p.name for p in written] == ["phong-313-2025-10-26.yaml", "phong-313-2025-10-27.yaml",
                                         "phong-314-2025-10-26.yaml", "venue.yaml"]  # fmt: skip
    plan = load_venue(folder / "venue.yaml")
    assert plan.name == "hanoi-week" and [r.name for r in plan.rooms] == ["Phòng 313", "Phòng 314"]
    assert [d.file for d in plan.rooms[0].days] == ["phong-313-2025-10-26.yaml", "phong-313-2025-10-27.yaml"]
    with pytest.raises(ExistingFilesError) as caught:
        write_programme(programme, folder)
    assert len(caught.value.paths) == 4
    assert write_programme(programme, folder, force=True) == written


def test_files_that_exist_are_named_and_nothing_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    agenda = programme_csv(tmp_path / "p.csv")
    folder = tmp_path / "week"
    folder.mkdir()
    (folder / "venue.yaml").write_text("mine\n", encoding="utf-8")
    assert import_main([str(agenda), "-o", str(folder), "--timezone", "UTC"]) == 1  # a folder that exists: no `/`
    assert "venue.yaml exist; give --force to replace them; nothing was written" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["venue.yaml"]
    assert (folder / "venue.yaml").read_text(encoding="utf-8") == "mine\n"


def test_a_write_that_fails_takes_back_what_it_wrote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from runofshow.files import programme_files

    programme = read_programme(read_table(programme_csv(tmp_path / "p.csv")), ImportOptions(timezone="UTC"), now=NOW)
    real = programme_files.atomic_write_text
    calls = []

    def full_disk(path: Path, text: str, **kwargs: object) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real(path, text)

    monkeypatch.setattr(programme_files, "atomic_write_text", full_disk)
    folder = tmp_path / "week"
    with pytest.raises(OSError, match="No space left"):
        write_programme(programme, folder)
    assert list(folder.iterdir()) == []


def test_the_venue_file_written_reads_back_whatever_the_titles(tmp_path: Path) -> None:
    """A venue file's title and room names are the event format's titles (one line, at most 200
    characters, refused past them on reading): what import writes keeps within them."""
    agenda = tmp_path / "p.csv"
    rows = [["Room", "Date", "Time", "Title", "Duration"], ["Phòng\n313", "2025-10-26", "14:00", "Khai mạc", "10"]]
    with agenda.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    options = ImportOptions(timezone="UTC", title="Hanoi Cyber Week " * 20)
    programme = read_programme(read_table(agenda), options, now=NOW)
    write_programme(programme, tmp_path / "week")
    plan = load_venue(tmp_path / "week" / "venue.yaml")
    assert len(plan.title) == 200 and [r.name for r in plan.rooms] == ["Phòng 313"]
