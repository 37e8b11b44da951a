"""The window's side of never losing the show: notices, file reload, export, preferences, keep-awake."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.files.eventfile import load_event
from runofshow.files.recent import RecentFiles
from runofshow.files.resources import bundled_example
from runofshow.files.settings import Settings
from runofshow.options import gui_parser
from runofshow.session.show_app import ShowApp
from runofshow.ui.moderator.main_window import ExportDialog, MainWindow
from runofshow.ui.moderator.preferences_dialog import PreferencesDialog
from runofshow.ui.session.controller import ShowController
from tests.helpers.moments import FIXED_NOW
from tests.helpers.qt import FakeInhibitor


def test_keep_awake_follows_the_running_show(window: MainWindow, inhibitor: FakeInhibitor) -> None:
    window.controller.act("start")
    window.controller.act("pause")
    window.controller.act("resume")
    window.close()
    assert inhibitor.calls == ["inhibit", "release", "inhibit", "release"]


def test_wall_clock_jump_and_sleep_are_noticed(window: MainWindow, clock: FakeClock) -> None:
    controller: ShowController = window.controller
    controller.act("start")
    controller.tick_now()
    clock.advance(1)
    clock.jump_wall(-300)  # someone set the clock back five minutes
    controller.tick_now()
    assert "clock was put back 5:00" in window.notices.label.text()
    remaining = window.controller.snapshot()["live_remaining_s"]
    assert remaining == pytest.approx(359)  # the countdown did not move
    clock.advance(600)  # asleep for ten minutes
    controller.tick_now()
    assert "asleep or busy for 10:00" in window.notices.label.text()


def test_export_report_from_the_window(window: MainWindow, clock: FakeClock, tmp_path: Path, monkeypatch) -> None:
    window.controller.act("start")
    window.controller.act("speaker_next")
    clock.advance(42)
    target = tmp_path / "out.csv"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent, suggested: str(target)))
    window.act_export.trigger()
    rows = list(csv.DictReader(target.read_text().splitlines()))
    assert rows[-1]["record"] == "turn" and rows[-1]["spoken_s"] == "42.0"


@pytest.fixture
def session(tmp_path: Path, qtbot: QtBot):
    event_path = tmp_path / "roundtable.yaml"
    event_path.write_bytes(bundled_example().read_bytes())
    options = gui_parser().parse_args([str(event_path), "--new-run"])
    session = ShowApp(options, RecentFiles(tmp_path / "config"), Settings(), [], None)
    session.open(load_event(event_path, now=FIXED_NOW))
    qtbot.waitUntil(lambda: session.window.complete)  # the app builds its window in two stages
    yield session, event_path
    session.stop()
    if session.window is not None:
        session.window.confirm_close = False  # the test ends: no question (the app asks mid-show)
        session.window.close()
        session.window.deleteLater()  # or it lives on, and every later style sheet re-polishes it


def test_an_edited_event_file_is_offered_and_reloaded_by_segment_id(session, qtbot: QtBot) -> None:
    session, event_path = session
    first = session.window
    first.controller.act("start")
    first.controller.act("note", text="Welcome the minister")
    # A bad edit: the show goes on, with the errors shown.
    event_path.write_text(event_path.read_text().replace("duration: 6m", "duration: six"))
    session._file_changed(event_path)  # read off the GUI thread: the answer comes a moment later
    qtbot.waitUntil(lambda: "has errors" in first.notices.label.text())
    assert ":" in first.notices.label.text()
    assert session.window is first
    # A good edit: the opening gets longer; offered, then reloaded with the run replayed.
    event_path.write_text(bundled_example().read_text().replace("duration: 6m", "duration: 8m"))
    session._file_changed(event_path)
    qtbot.waitUntil(lambda: first.notices.action_button.text() == "Reload it now")
    first.notices.action_button.click()
    second = session.window
    assert second is not first
    show = second.controller.show
    assert show.live_index == 0 and show.running
    assert show.runs[0].notes == "Welcome the minister" and show.duration(0) == 480
    assert "Reloaded the event file" in second.notices.label.text()


def test_the_reload_command_is_the_sessions(session, qtbot: QtBot) -> None:
    """The API's `reload`: the file read first (on the server's thread), then applied by the
    session through the controller, which answers what it read; a broken file changes nothing."""
    session, event_path = session
    first = session.window
    first.controller.act("start")
    event_path.write_text(bundled_example().read_text().replace("duration: 6m", "duration: 8m"))
    prepared = session.prepare_command({"action": "reload"})
    assert prepared is not None and session.prepare_command({"action": "start"}) is None
    with prepared:
        answer = first.controller.dispatch({"action": "reload"})
    assert answer is not None and answer["segments"] == 5 and "overlaps" in answer["warnings"][0]
    second = session.window
    assert second is not first and second.controller.show.duration(0) == 480 and second.controller.show.running
    event_path.write_text(event_path.read_text().replace("duration: 8m", "duration: soon"))
    from runofshow.core.fields import CommandError

    with pytest.raises(CommandError, match="'soon' is not a duration"):
        second.controller.dispatch({"action": "reload"})
    assert session.window is second and second.controller.show.duration(0) == 480


def test_preferences_are_saved_and_applied(session, monkeypatch, user_home: Path) -> None:
    session, _ = session
    chosen = Settings(wrap_up_s=300, final_s=60, font_scale=1.2)
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, parent, settings, recent: chosen))
    session.window.act_prefs.trigger()
    saved = json.loads((user_home / "config" / "settings.json").read_text())
    assert saved["wrap_up_s"] == 300 and saved["font_scale"] == 1.2
    defaults = session.window.controller.show.event.defaults
    assert (defaults.wrap_up_s, defaults.final_s) == (300, 60)


def test_chimes_turned_on_in_the_preferences_follow_the_show_or_say_why_not(
    session, monkeypatch, user_home: Path
) -> None:
    from runofshow.ui.session import chimes

    session, _ = session
    assert session._sound is None  # off by default: nothing of the sound loaded
    monkeypatch.setattr(chimes, "multimedia_installed", lambda: False)
    chosen = Settings(chime_moderator=True)
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, parent, settings, recent: chosen))
    session.window.act_prefs.trigger()
    assert "Qt Multimedia" in session.window.notices.label.text()  # said, and nothing listens
    assert session._sound is not None and session._sound[1].listeners == []
    monkeypatch.setattr(chimes, "multimedia_installed", lambda: True)
    monkeypatch.setattr(chimes, "outputs", lambda: [("speakers", "Speakers")])
    played: list[chimes.Chime] = []

    class Sink:
        def __init__(self, output: str, parent: object) -> None:
            pass

        def play(self, chime: chimes.Chime, volume: float) -> None:
            played.append(chime)

    monkeypatch.setattr(chimes, "QtChimeSink", Sink)
    session.window.act_prefs.trigger()
    (listener,) = session._sound[1].listeners  # this laptop's, at the default volume
    assert listener.volume == 0.7
    assert json.loads((user_home / "config" / "settings.json").read_text())["chime_moderator"] is True


def test_the_window_says_when_the_disk_is_full_whoever_sent_the_command(window, monkeypatch) -> None:
    class FullDisk:
        def command(self, cmd, at, request_id, by):
            raise OSError(28, "cannot write the journal: the disk is full")

        def refused(self, seq, at):
            raise AssertionError("never applied, so never refused")

    window.controller._pipeline._record = FullDisk()
    with pytest.raises(OSError):
        window.controller.dispatch({"action": "start"})  # as the API does
    assert "disk is full" in window.notices.label.text() and window.notices.isVisible()
    assert window.controller.show.live_index is None


def test_an_edited_file_reloads_before_the_show_starts(session, qtbot: QtBot) -> None:
    """The organiser's usual moment to fix a typo: nothing journaled yet (it raised, a traceback)."""
    session, event_path = session
    first = session.window
    event_path.write_text(bundled_example().read_text().replace("Opening remarks", "Opening words"))
    session._file_changed(event_path)
    qtbot.waitUntil(lambda: first.notices.action_button.text() == "Reload it now")
    first.notices.action_button.click()
    second = session.window
    assert second is not first and second.controller.show.event.segments[0].title == "Opening words"
    second.controller.act("start")  # the run goes on, journaled from its first change
    assert second.controller.show.live_index == 0


def test_reload_keeps_the_window_maximised_and_ctrl_shift_r_reloads(session, qtbot: QtBot) -> None:
    session, event_path = session
    first = session.window
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    event_path.write_text(bundled_example().read_text().replace("Opening remarks", "Opening words"))
    qtbot.keyClick(first, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    second = session.window
    assert second is not first and second.controller.show.event.segments[0].title == "Opening words"
    assert second.isMaximized()


def test_our_own_save_is_not_offered_as_a_change_on_disk(session, qtbot: QtBot) -> None:
    session, event_path = session
    window = session.window
    window.controller.act("segment_update", segment="opening", fields={"title": "Saved here"})
    window.save_plan()
    assert "Saved here" in event_path.read_text()
    session._file_changed(event_path)
    read = session._loads[-1]
    qtbot.waitUntil(lambda: read._finished)  # read and answered (off the GUI thread), not a fixed wait
    assert window.notices.action_button.text() != "Reload it now"


def test_a_past_event_on_the_real_clock_is_offered_a_rehearsal_at_its_own_time(session, qtbot: QtBot) -> None:
    session, _ = session
    first = session.window
    assert "planned for 2025-10-26 at 14:00" in first.notices.label.text()
    assert first.notices.action_button.text() == "Rehearse it from 13:58"
    first.notices.action_button.click()
    second = session.window
    assert second is not first and second.controller.show.rehearsal
    assert f"{second.controller.frame.local_now:%Y-%m-%d %H:%M}" == "2025-10-26 13:58"
    assert "planned for" not in second.notices.label.text()


def test_file_import_agenda_writes_a_programme_s_every_room_and_day_into_a_folder(
    session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File → Import agenda with "All of it": the event files and venue.yaml, in the folder chosen;
    a folder that already holds them is left as it is, and said."""
    from runofshow.files.agenda_import import ImportOptions, read_programme
    from runofshow.files.agenda_table import read_table
    from runofshow.files.venue_file import load_venue
    from runofshow.ui.moderator.window_dialogs import FolderDialog
    from runofshow.ui.plan.import_dialog import ImportChoice, ImportDialog

    session, _ = session
    table = tmp_path / "programme.csv"
    table.write_text("Room,Date,Time,Session,Duration\nR1,2025-10-26,14:00,Opening,10\nR2,2025-10-26,14:00,Talk,30\n")
    programme = read_programme(read_table(table), ImportOptions(timezone="UTC"), now=FIXED_NOW)
    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda cls, *a: ImportChoice(programme=programme)))
    folder = tmp_path / "week"
    folder.mkdir()
    monkeypatch.setattr(FolderDialog, "ask", classmethod(lambda cls, parent, suggested: str(folder)))
    session._import_agenda(str(table))
    assert sorted(p.name for p in folder.iterdir()) == ["r1-2025-10-26.yaml", "r2-2025-10-26.yaml", "venue.yaml"]
    assert [r.id for r in load_venue(folder / "venue.yaml").rooms] == ["r1", "r2"]
    assert "Wrote 2 event files and venue.yaml in" in session.window.notices.label.text()
    session._import_agenda(str(table))
    assert "Nothing was written: r1-2025-10-26.yaml, r2-2025-10-26.yaml, venue.yaml already there" in (
        session.window.notices.label.text()
    )
