"""A programme written out: one event file per room and day, and the venue file that lists them
(`runofshow import AGENDA -o DIR/`), or one room's day as one event file.

Every file is written atomically (files/atomic.py); the venue file last, so that a folder with a
venue file has all the event files it names. A file already there is never replaced without
`force`; a write that fails (a full disk) takes back the files this write made, so nothing is
left half done.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from runofshow.core.plan_format import MAX_TITLE_CHARS
from runofshow.core.text import one_line, slug
from runofshow.core.venue_plan import PlannedDay, PlannedRoom, VenuePlan
from runofshow.files.agenda_import import Programme
from runofshow.files.atomic import atomic_write_text
from runofshow.files.plan_file import render
from runofshow.files.venue_file import VENUE_FILE, render_venue


class ExistingFilesError(FileExistsError):
    """Files the write would replace (given without force)."""

    def __init__(self, paths: list[Path]) -> None:
        super().__init__(", ".join(str(p) for p in paths))
        self.paths = paths


def _title(text: str) -> str:
    """A title or a room's name as the venue file holds one: one line, within the format's limit."""
    return one_line(text)[:MAX_TITLE_CHARS].strip()


def venue_of(programme: Programme, name: str) -> VenuePlan:
    """The venue file's plan for a programme: its rooms in the table's order, each with its days."""
    rooms = [
        PlannedRoom(
            room_id,
            _title(room_name) or room_id,
            tuple(PlannedDay(p.day, p.file_name) for p in programme.parts if p.room_id == room_id),
        )
        for room_id, room_name in programme.rooms
    ]
    tz = programme.parts[0].event.info.tz
    return VenuePlan(name, _title(programme.title), programme.zone_name, tz, tuple(rooms))


def venue_name_for(folder: Path, programme: Programme) -> str:
    """The venue's id on the broker, from the folder's name (`hanoi-week/` → `hanoi-week`)."""
    return (slug(folder.resolve().name)[:60].strip("-") or slug(programme.title)[:60].strip("-")) or "venue"


def write_programme(programme: Programme, folder: Path, *, force: bool = False) -> list[Path]:
    """Every room's day and DIR/venue.yaml; the paths written, the venue file last."""
    targets = [folder / part.file_name for part in programme.parts] + [folder / VENUE_FILE]
    there = [t for t in targets if t.exists()]
    if there and not force:
        raise ExistingFilesError(there)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        for part, target in zip(programme.parts, targets, strict=False):
            new = not target.exists()
            atomic_write_text(target, render(None, None, part.event))
            if new:
                written.append(target)
        plan = venue_of(programme, venue_name_for(folder, programme))
        atomic_write_text(targets[-1], render_venue(plan))
    except OSError:
        for path in written:  # what this write made, taken back: no venue half written
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return targets
