"""The app's session (ShowApp) in the test process, on an event file, as `python -m runofshow FILE`
opens it: its window built (in two stages), and closed at the end without asking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.commands import parse_command
from runofshow.files.eventfile import load_event
from runofshow.files.recent import RecentFiles
from runofshow.files.runs import Run
from runofshow.files.settings import Settings
from runofshow.options import gui_parser
from runofshow.session.show_app import ShowApp
from tests.helpers.moments import FIXED_NOW


def open_app(path: Path, qtbot: QtBot, settings: Settings, *flags: str) -> ShowApp:
    options = gui_parser().parse_args([str(path), *flags])
    app = ShowApp(options, RecentFiles(path.parent / "config"), settings, [], None)
    app.open(load_event(path, now=FIXED_NOW))
    qtbot.waitUntil(lambda: app.window is not None and app.window.complete)
    return app


def close_app(app: ShowApp) -> None:
    app.stop()
    if app.window is not None:
        app.window.confirm_close = False
        app.window.close()
        app.window.deleteLater()  # or it lives on, and every later style sheet re-polishes it


def act(run: Run, clock: FakeClock, data: dict[str, Any]) -> None:
    """A command on a run as the app applies it: to the show, and recorded in its journal."""
    now = clock.now()
    command = parse_command(data)
    run.dispatcher.apply(command, now)
    run.journal.record_command(command.to_raw(), now)
