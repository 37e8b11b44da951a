"""`runofshow check FILE...`: validate event files and print a one-screen summary of each; a venue
file (files/venue_file.py) is checked with every event file it names."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TextIO

from runofshow.core.durations import format_short
from runofshow.core.event import Event
from runofshow.files.eventfile import LoadedEvent, load_event
from runofshow.files.problems import EventFileError


def summary(loaded: LoadedEvent) -> list[str]:
    event: Event = loaded.event
    info = event.info
    lines = [f"{loaded.path}: OK: {info.title}"]
    place = f", {info.venue}" if info.venue else ""
    lines.append(f"  {info.date:%a %d %b %Y}, {info.timezone_name}{place}")
    starts = event.planned_starts()
    for seg, start in zip(event.segments, starts, strict=True):
        end = start + timedelta(seconds=seg.duration_s)
        people = f", {len(seg.speakers)} speaker{'s' if len(seg.speakers) != 1 else ''}" if seg.speakers else ""
        fixed = " (fixed start)" if seg.fixed_start else ""
        mode = f" (count {seg.count.text()})" if seg.count.mode != "down" else ""
        hidden = " (no clock for the speaker)" if seg.speaker_timer == "hidden" else ""
        span = f"{start:%H:%M:%S}-{end:%H:%M:%S} {format_short(seg.duration_s):>7}"
        lines.append(f"  {span}  {seg.title} [{seg.kind}{people}]{fixed}{mode}{hidden}")
    total = sum(seg.duration_s for seg in event.segments)
    planned_end = event.planned_end()
    lines.append(f"  total {format_short(total)} in {len(event.segments)} segments; planned end {planned_end:%H:%M:%S}")
    lines.append("  " + _against_hard_stop(planned_end, info.hard_end))
    if event.automations:
        count = len(event.automations)
        lines.append(f"  {count} automation{'s' if count != 1 else ''}:")
        for automation in event.automations:
            only = f" [{', '.join(automation.segments)}]" if automation.segments else ""
            lines.append(f"    {automation.label().replace(' → ', only + ' → ', 1)}")
    lines.extend("  " + p.format(loaded.path) for p in loaded.warnings)
    return lines


def _against_hard_stop(planned_end: datetime, hard_end: datetime | None) -> str:
    if hard_end is None:
        return "no hard stop set"
    gap = int((hard_end - planned_end).total_seconds())
    if gap == 0:
        return f"hard stop {hard_end:%H:%M:%S}: ends exactly on time"
    if gap > 0:
        return f"hard stop {hard_end:%H:%M:%S}: {format_short(gap)} to spare"
    return f"hard stop {hard_end:%H:%M:%S}: OVER by {format_short(-gap)}"


def _check_venue(path: str, *, now: datetime, out: TextIO, err: TextIO) -> int:
    from runofshow.files.venue_file import check_venue

    try:
        _, lines, problems = check_venue(path, now=now)
    except EventFileError as exc:
        for line in exc.lines():
            print(line, file=err)
        print(f"{path}: {len(exc.problems)} problem{'s' if len(exc.problems) != 1 else ''}", file=err)
        return 1
    for line in lines:
        print(line, file=out)
    errors = [p for p in problems if ": error: " in p]
    for line in problems:
        print(line, file=err if line in errors else out)
    if errors:
        print(f"{path}: {len(errors)} error{'s' if len(errors) != 1 else ''} in the event files it names", file=err)
        return 1
    return 0


def _is_venue_file(path: str) -> bool:
    from runofshow.files.venue_file import is_venue_text, read_text

    try:
        return is_venue_text(read_text(path))
    except EventFileError:
        return False  # load_event says what is wrong with it


def run_check(paths: list[str], *, now: datetime, out: TextIO, err: TextIO) -> int:
    """0 when every file is valid, 1 when any is not."""
    status = 0
    for path in paths:
        if _is_venue_file(path):
            status = max(status, _check_venue(path, now=now, out=out, err=err))
            continue
        try:
            loaded = load_event(path, now=now)
        except EventFileError as exc:
            status = 1
            for line in exc.lines():
                print(line, file=err)
            errors = sum(1 for p in exc.problems if p.severity.value == "error")
            print(f"{path}: {errors} error{'s' if errors != 1 else ''}", file=err)
            continue
        for line in summary(loaded):
            print(line, file=out)
    return status
