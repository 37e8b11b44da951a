"""Saving the live plan back into its event file, keeping the organiser's file as it was."""

from __future__ import annotations

import difflib
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.commands import parse_command
from runofshow.core.dispatch import Dispatcher
from runofshow.core.plan_data import event_data
from runofshow.core.show import Show
from runofshow.files.eventfile import load_event
from runofshow.files.plan_file import FileChangedError, PlanFile, render
from tests.helpers.paths import ROOT

EXAMPLE = ROOT / "resources" / "examples" / "roundtable-2025-10-26.yaml"
NOW = datetime(2026, 12, 1, tzinfo=UTC)


def edited(path: Path, *commands: dict[str, object]) -> tuple[PlanFile, Dispatcher]:
    loaded = load_event(path, now=NOW)
    dispatcher = Dispatcher(Show(loaded.event))
    clock = FakeClock()
    for command in commands:
        dispatcher.apply(parse_command(command), clock.now())
    return PlanFile.of(loaded), dispatcher


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_editing_one_segment_leaves_every_other_line_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "event.yaml"
    path.write_bytes(EXAMPLE.read_bytes())
    plan, dispatcher = edited(
        path, {"action": "segment_update", "segment": "cross-border", "fields": {"title": "Panel 1", "duration": "9m"}}
    )
    plan.save(dispatcher.show.event, now=NOW)
    before, after = EXAMPLE.read_text(encoding="utf-8"), path.read_text(encoding="utf-8")
    assert changed_lines(before, after) == [
        '-    title: "Panel 1: Cross-border collaboration"',
        '+    title: "Panel 1"',
        "-    duration: 12m",
        "+    duration: 9m",
    ]
    assert before.count("#") == after.count("#")  # every comment kept
    assert event_data(load_event(path, now=NOW).event) == event_data(dispatcher.show.event)


def test_nothing_changed_writes_the_same_bytes(tmp_path: Path) -> None:
    path = tmp_path / "event.yaml"
    path.write_bytes(EXAMPLE.read_bytes())
    plan, dispatcher = edited(path)
    plan.save(dispatcher.show.event, now=NOW)
    assert path.read_bytes() == EXAMPLE.read_bytes()


def test_inserted_moved_removed_and_new_people_read_back_as_the_plan(tmp_path: Path) -> None:
    path = tmp_path / "event.yaml"
    path.write_bytes(EXAMPLE.read_bytes())
    plan, dispatcher = edited(
        path,
        {"action": "person_add", "person": {"id": "lan", "name": "Nguyễn Thị Lan", "organisation": "Example"}},
        {
            "action": "segment_insert",
            "after": "opening",
            "segment": {"title": "Coffee", "duration": "5m", "notes": "a\nb"},
        },
        {"action": "segment_move", "segment": "convention-platform", "after": "coffee"},
        {"action": "segment_remove", "segment": "legal-frameworks"},
        {"action": "segment_update", "segment": "closing", "fields": {"speakers": ["moderator", "lan"]}},
        {"action": "person_update", "person": "le1", "fields": {"organization": "Changed"}},
    )
    plan.save(dispatcher.show.event, now=NOW)
    text = path.read_text(encoding="utf-8")
    assert "# Run of show for the roundtable" in text and "\n\n  - id: coffee\n" in text
    # The quick way (items spliced into the file's own text) writes what the whole-document way does.
    original = EXAMPLE.read_text(encoding="utf-8")
    old_event = load_event(EXAMPLE, now=NOW).event
    from runofshow.files.plan_file import _spliced, _yaml

    assert _spliced(_yaml(), original, old_event, dispatcher.show.event) is not None  # the quick way was taken
    spliced = render(original, old_event, dispatcher.show.event)
    assert spliced == render(original, old_event, dispatcher.show.event, splice=False) == text
    assert event_data(load_event(path, now=NOW).event) == event_data(dispatcher.show.event)
    assert [s.id for s in load_event(path, now=NOW).event.segments] == [
        "opening", "coffee", "convention-platform", "cross-border", "closing",
    ]  # fmt: skip


def test_windows_line_endings_and_other_indentation_stay(tmp_path: Path) -> None:
    path = tmp_path / "event.yaml"
    text = (
        "version: 1\r\nevent:\r\n    title: T   # the title\r\n    start: '14:00'\r\n    timezone: UTC\r\n"
        "segments:\r\n-   title: One\r\n    duration: 5m\r\n-   title: Two\r\n    duration: 5m\r\n"
    )
    path.write_bytes(text.encode())
    plan, dispatcher = edited(path, {"action": "segment_update", "segment": "two", "fields": {"duration": "6m"}})
    plan.save(dispatcher.show.event, now=NOW)
    assert (
        path.read_bytes()
        == text.replace(
            "duration: 5m\r\n-   title: Two\r\n    duration: 5m", "duration: 5m\r\n-   title: Two\r\n    duration: 6m"
        ).encode()
    )


def test_a_retitled_segment_keeps_its_id(tmp_path: Path) -> None:
    path = tmp_path / "event.yaml"
    path.write_text(
        "version: 1\nevent: {title: T, start: '14:00', timezone: UTC}\nsegments:\n  - title: One\n    duration: 5m\n"
    )
    plan, dispatcher = edited(path, {"action": "segment_update", "segment": "one", "fields": {"title": "Welcome"}})
    plan.save(dispatcher.show.event, now=NOW)
    assert [s.id for s in load_event(path, now=NOW).event.segments] == ["one"]


def test_a_file_edited_elsewhere_is_not_overwritten_silently(tmp_path: Path) -> None:
    path = tmp_path / "event.yaml"
    path.write_bytes(EXAMPLE.read_bytes())
    os.chmod(path, 0o640)
    plan, dispatcher = edited(path, {"action": "segment_update", "segment": "opening", "fields": {"notes": "Mine"}})
    path.write_text(path.read_text(encoding="utf-8").replace("Opening remarks", "Their title"), encoding="utf-8")
    with pytest.raises(FileChangedError):
        plan.save(dispatcher.show.event, now=NOW)
    assert "Their title" in path.read_text(encoding="utf-8")  # theirs is still there
    copy = plan.save(dispatcher.show.event, now=NOW, target=tmp_path / "mine.yaml")
    assert "Mine" in copy.read_text(encoding="utf-8")
    plan.save(dispatcher.show.event, now=NOW, overwrite=True)
    assert "Mine" in path.read_text(encoding="utf-8") and (path.stat().st_mode & 0o777) == 0o640
    plan.save(dispatcher.show.event, now=NOW)  # the file is ours again: no question


def test_a_new_event_renders_to_a_file_that_checks(tmp_path: Path) -> None:
    loaded = load_event(EXAMPLE, now=NOW)
    path = tmp_path / "new.yaml"
    path.write_text(render(None, None, loaded.event), encoding="utf-8")
    assert event_data(load_event(path, now=NOW).event) == event_data(loaded.event)


def leftovers(*folders: Path) -> list[str]:
    return sorted(p.name for folder in folders for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_symlinked_event_file_is_saved_into_the_file_it_points_to(tmp_path: Path) -> None:
    synced, work = tmp_path / "synced", tmp_path / "work"
    synced.mkdir()
    work.mkdir()
    real = synced / "event.yaml"
    real.write_bytes(EXAMPLE.read_bytes())
    link = work / "event.yaml"
    link.symlink_to(real)
    plan, dispatcher = edited(link, {"action": "segment_update", "segment": "opening", "fields": {"notes": "Mine"}})
    plan.save(dispatcher.show.event, now=NOW)
    assert link.is_symlink() and link.resolve() == real  # still a link, to the same file
    assert "Mine" in real.read_text(encoding="utf-8")  # the real file (the synced one) has the edit
    assert leftovers(synced, work) == []
    plan.save(dispatcher.show.event, now=NOW)  # and the next save knows the file as its own


def test_a_hard_linked_event_file_is_saved_in_place_for_every_link(tmp_path: Path) -> None:
    path, other = tmp_path / "event.yaml", tmp_path / "backup-name.yaml"
    path.write_bytes(EXAMPLE.read_bytes())
    os.link(path, other)
    inode = path.stat().st_ino
    plan, dispatcher = edited(path, {"action": "segment_update", "segment": "opening", "fields": {"notes": "Mine"}})
    plan.save(dispatcher.show.event, now=NOW)
    assert path.stat().st_ino == other.stat().st_ino == inode and path.stat().st_nlink == 2
    assert "Mine" in other.read_text(encoding="utf-8") and other.read_bytes() == path.read_bytes()
    assert load_event(other, now=NOW).event.segments[0].notes == "Mine"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("links", ["one name", "hard-linked", "symlinked"])
@pytest.mark.parametrize("keeps_size_and_time", [False, True])
def test_an_edit_during_the_save_is_a_conflict_and_theirs_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links: str, keeps_size_and_time: bool
) -> None:
    """An editor writes the file in place while the save renders and reads back (the window where,
    before, 9 of 20 such writes were overwritten and answered 200)."""
    import runofshow.files.plan_file as plan_file_module

    real = tmp_path / "event.yaml"
    real.write_bytes(EXAMPLE.read_bytes())
    path = real
    if links == "hard-linked":
        os.link(real, tmp_path / "other.yaml")
    elif links == "symlinked":
        path = tmp_path / "link.yaml"
        path.symlink_to(real)
    plan, dispatcher = edited(path, {"action": "segment_update", "segment": "opening", "fields": {"notes": "Mine"}})
    theirs = real.read_text(encoding="utf-8").replace("Opening remarks", "OPENING REMARKS")  # same length
    assert len(theirs) == len(real.read_text(encoding="utf-8"))
    reads_back = plan_file_module._reads_back

    def editor_writes_meanwhile(*args: object, **kwargs: object) -> bool:
        before = real.stat()
        with open(real, "r+", encoding="utf-8") as handle:  # in place, as vi, nano and VS Code can
            handle.write(theirs)
        if keeps_size_and_time:  # a filesystem whose clock is too coarse to see it: only the bytes tell
            os.utime(real, ns=(before.st_atime_ns, before.st_mtime_ns))
        return reads_back(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(plan_file_module, "_reads_back", editor_writes_meanwhile)
    with pytest.raises(FileChangedError):
        plan.save(dispatcher.show.event, now=NOW)
    assert real.read_text(encoding="utf-8") == theirs  # theirs, untouched
    assert path.is_symlink() == (links == "symlinked") and leftovers(tmp_path) == []


def test_plan_save_answers_a_conflict_when_the_file_moved_under_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the API answers 409 for: the ConflictError of core/fields.py, with nothing written."""
    import runofshow.files.atomic as atomic
    from runofshow.core.fields import ConflictError
    from runofshow.files.plan_file import CommandSaver

    path = tmp_path / "event.yaml"
    path.write_bytes(EXAMPLE.read_bytes())
    plan, dispatcher = edited(path, {"action": "segment_update", "segment": "opening", "fields": {"notes": "Mine"}})
    write_temp = atomic._write_temp

    def replaced_meanwhile(target: Path, data: bytes, mode: int) -> str:
        made = write_temp(target, data, mode)
        theirs = target.with_name("theirs.tmp-save")
        theirs.write_bytes(target.read_bytes())  # the same bytes, saved the "atomic" way: a new file
        os.replace(theirs, target)
        return made

    monkeypatch.setattr(atomic, "_write_temp", replaced_meanwhile)
    before = path.read_bytes()
    with pytest.raises(ConflictError, match="changed on disk"):
        CommandSaver(plan, lambda: NOW).save_plan(dispatcher.show.event, "")
    assert path.read_bytes() == before and leftovers(tmp_path) == []


def test_a_segment_moved_ahead_of_its_namesake_keeps_its_made_id(tmp_path: Path) -> None:
    """Two `Talk`s without ids read as `talk` and `talk-2`; `talk-2` moved first must not read back
    as `talk` (the save was refused: "would not read back as the same plan"). Its id is written."""
    path = tmp_path / "event.yaml"
    path.write_text(
        "version: 1\nevent: {title: T, start: '09:00', date: 2025-10-26, timezone: UTC}\nsegments:\n"
        "  - title: Talk\n    duration: 5m\n  - title: Talk\n    duration: 6m\n  - title: Other\n    duration: 1m\n",
        encoding="utf-8",
    )
    plan_file, dispatcher = edited(path, {"action": "segment_move", "segment": "talk-2", "after": None})
    plan_file.save(dispatcher.show.event, now=NOW)
    again = load_event(path, now=NOW).event
    assert [(s.id, s.duration_s) for s in again.segments] == [("talk-2", 360), ("talk", 300), ("other", 60)]
    assert path.read_text(encoding="utf-8").count("id:") == 1
