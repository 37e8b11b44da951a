"""Event files: read one, check it, and build the `core.Event` it describes.

The format is core/plan_format.py's, read by its one walk (core/plan_walk.py) over the data the
YAML holds (files/yaml_data.py); this module adds what a file has that data has not: every
problem found at once (not just the first), each at the line and column of the offending key or
value, tags and repeated keys, and the size and kind of the file itself. Scalars are read from
their own text, so `start: 14:00` is 14:00 and `duration: 4:30` is four and a half minutes.
The format is documented in docs/event-file.md; the JSON Schema is made from it
(resources/schema, packaging/schema.py).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from runofshow.core.data_walk import TooManyProblemsError
from runofshow.core.event import Event
from runofshow.core.plan_walk import PlanWalk
from runofshow.core.wording import Words
from runofshow.files.localzone import local_zone_name
from runofshow.files.problems import EventFileError, Problem, Severity
from runofshow.files.yaml_data import positioned, yaml_data
from runofshow.files.yamlnodes import MAX_FILE_BYTES, compose, decode


@dataclass(frozen=True, slots=True)
class LoadedEvent:
    event: Event
    warnings: list[Problem]
    path: str
    #: The file's text as read (what a save keeps the comments and layout of).
    text: str | None = None


def parse_event_text(text: str, path: str, *, now: datetime) -> LoadedEvent:
    """Validate event-file text; raise `EventFileError` with every problem, or return the event."""
    root, problem = compose(text)
    if problem is not None:
        raise EventFileError(path, [problem])
    assert root is not None
    data, problems = yaml_data(root)
    walk = PlanWalk(now=now, zone=local_zone_name())
    event = None
    try:
        event = walk.plan(data)
    except TooManyProblemsError:
        event = None
    problems += [positioned(root, found) for found in walk.problems]
    problems.sort(key=lambda p: (p.line, p.column))
    if event is None or any(p.severity is Severity.ERROR for p in problems):
        if not any(p.severity is Severity.ERROR for p in problems):
            problems.append(Problem(Severity.ERROR, 1, 1, Words("the file does not describe an event")))
        raise EventFileError(path, problems)
    return LoadedEvent(event, problems, path, text)


def load_event(path: str | Path, *, now: datetime) -> LoadedEvent:
    """Read and validate an event file; `now` gives today's date when the file has none."""
    shown = str(path)
    file = Path(path)
    try:
        if file.is_dir():
            raise EventFileError(shown, [Problem(Severity.ERROR, 1, 1, Words("this is a folder, not an event file"))])
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise EventFileError(
                shown,
                [
                    Problem(
                        Severity.ERROR,
                        1,
                        1,
                        Words("the file is {size} MB; event files are at most 10 MB", size=size // 1_048_576),
                    )
                ],
            )
        # Opened without blocking and checked on the open file: a FIFO or a device named as the
        # event file would otherwise hang `check` and the app (and a swap after a stat() too).
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise EventFileError(
                    shown,
                    [Problem(Severity.ERROR, 1, 1, Words("this is not a regular file (a pipe or a device?)"))],
                )
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise EventFileError(shown, [Problem(Severity.ERROR, 1, 1, Words("no such file"))]) from None
    except PermissionError:
        raise EventFileError(
            shown, [Problem(Severity.ERROR, 1, 1, Words("permission denied: cannot read this file"))]
        ) from None
    except OSError as exc:
        raise EventFileError(
            shown, [Problem(Severity.ERROR, 1, 1, Words("cannot read the file: {error}", error=exc.strerror or exc))]
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise EventFileError(
            shown, [Problem(Severity.ERROR, 1, 1, Words("the file is over 10 MB; event files are smaller"))]
        )
    text, problem = decode(data)
    if problem is not None:
        raise EventFileError(shown, [problem])
    assert text is not None
    if not text.strip():
        raise EventFileError(
            shown, [Problem(Severity.ERROR, 1, 1, Words("the file is empty; an event file starts with 'version: 1'"))]
        )
    return parse_event_text(text, shown, now=now)
