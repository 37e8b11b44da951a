"""The composition root: parses the command line, then builds and wires everything.

`runofshow [FILE] [--serve [HOST:]PORT] [--token T] [--start-at HH:MM] [--clock-speed X]`
opens the moderator window; `runofshow check FILE...` validates event files;
`runofshow report [EVENT] ...` reports a run; `runofshow print EVENT -o FILE.pdf` prints the plan.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, time
from pathlib import Path
from typing import Any

from runofshow import __version__
from runofshow.core.clock import Clock, Instant, RehearsalClock, SystemClock
from runofshow.core.durations import DurationError, parse_time_of_day
from runofshow.core.event import Event
from runofshow.core.wording import Words
from runofshow.files.eventfile import LoadedEvent, load_event
from runofshow.files.problems import EventFileError
from runofshow.files.recent import RecentFiles
from runofshow.files.resources import bundled_example
from runofshow.files.runs import Run, open_run, reload_run
from runofshow.files.settings import LANGUAGES, Settings
from runofshow.files.userdirs import UserDirs

MAX_CLOCK_SPEED = 3600.0
QUIT_REQUESTED = "runofshow-quit-requested"  # set on the QApplication by SIGINT/SIGTERM


def _time_arg(text: str) -> time:
    try:
        return parse_time_of_day(text)
    except DurationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _speed_arg(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not 0 < value <= MAX_CLOCK_SPEED:
        raise argparse.ArgumentTypeError(f"the clock speed must be more than 0 and at most {MAX_CLOCK_SPEED:g}")
    return value


def _listen_arg(text: str) -> tuple[str, int]:
    from runofshow.net.server import parse_listen

    try:
        return parse_listen(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="runofshow",
        description="Run a live event from the podium. 'runofshow check FILE...' validates event files.",
        epilog="Without FILE, opens the last file used, or the bundled roundtable example.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="the event file (YAML)")
    parser.add_argument(
        "--serve", metavar="[HOST:]PORT", type=_listen_arg, help="serve the control API (host 127.0.0.1 by default)"
    )
    parser.add_argument("--token", metavar="TOKEN", help="the API token (one is generated and shown if not given)")
    parser.add_argument(
        "--stage-token", metavar="TOKEN", help="a token for cues and messages only (generated if not given)"
    )
    parser.add_argument(
        "--start-at",
        metavar="HH:MM",
        type=_time_arg,
        help="rehearsal: the clock starts at this time of day on the event's date",
    )
    parser.add_argument(
        "--clock-speed", metavar="X", type=_speed_arg, default=1.0, help="rehearsal: time runs X times faster"
    )
    parser.add_argument(
        "--osc",
        metavar="[HOST:]PORT",
        type=_listen_arg,
        help="accept OSC commands over UDP (host 127.0.0.1 by default)",
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--resume", action="store_true", help="resume the event's last run without asking")
    choice.add_argument("--new-run", action="store_true", help="start a new run (the last one is archived)")
    parser.add_argument(
        "--language",
        choices=sorted(LANGUAGES),
        help="the language of the windows (default: the setting, else the system's language)",
    )
    parser.add_argument("--version", action="version", version=f"runofshow {__version__}")
    return parser


def build_clock(event: Event, start_at: time | None, speed: float) -> Clock:
    system = SystemClock()
    if start_at is None and speed == 1.0:
        return system
    wall_start = event.info.at(start_at) if start_at is not None else None
    return RehearsalClock(system, speed=speed, wall_start=wall_start)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from runofshow.cli import COMMANDS

    if args[:1] and args[0] in COMMANDS:
        return COMMANDS[args[0]](args[1:])
    options = gui_parser().parse_args(args)
    return run_gui(options)


def start_qt_app(language: str | None) -> tuple[Any, Settings, list[Words], Any]:
    """The Qt application every window of ours runs in (the show, and `connect`): name, icon,
    bundled fonts, the settings, the language (before any window: widgets take their texts when
    they are made), the theme and the quit signals. Returns (app, settings, notices, translation)."""
    from PySide6.QtWidgets import QApplication

    from runofshow.files import settings as settings_file
    from runofshow.ui.fonts import register_bundled_fonts
    from runofshow.ui.i18n import Translation, choose_language
    from runofshow.ui.style import apply_theme

    app = QApplication(sys.argv[:1])
    app.setApplicationName("runofshow")
    app.setApplicationDisplayName("runofshow")
    app.setDesktopFileName("io.github.runofshow")
    set_app_icon(app)
    register_bundled_fonts(app)
    settings, notices = settings_file.load(UserDirs.default().config)
    translation = Translation(app, language or choose_language(settings.language))
    apply_theme(app, settings.theme, settings.font_scale)
    quit_on_signals(app)
    return app, settings, notices, translation


def run_gui(options: argparse.Namespace) -> int:
    # Qt is imported only from here on, so `runofshow check` and the core never load it.
    app, settings, setting_notices, translation = start_qt_app(options.language)
    if options.serve is None and settings.api_listen:
        try:
            options.serve = _listen_arg(settings.api_listen)
        except argparse.ArgumentTypeError as exc:
            setting_notices.append(
                Words(
                    "settings: api_listen '{listen}' is not usable ({error}); the API is off.",
                    listen=settings.api_listen,
                    error=exc,
                )
            )
    options.token = options.token or settings.api_token or None
    recent = RecentFiles(UserDirs.default().config)
    loaded = open_event_interactively(str(initial_path(options.file, recent)))
    if loaded is None:
        return 1
    recent.add(Path(loaded.path))
    session = Session(options, recent, settings, setting_notices)
    try:
        session.start(loaded)
    except OSError as exc:
        host, port = options.serve
        print(f"runofshow: cannot serve the API on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if app.property(QUIT_REQUESTED):
        session.stop()
        return 0
    code = app.exec()
    session.stop()
    translation.remove(app)
    return code


def with_thresholds(event: Event, settings: Settings) -> Event:
    """The event with the warning thresholds of the preferences, where they are set."""
    from dataclasses import replace

    defaults = event.defaults
    changed = replace(
        defaults,
        wrap_up_s=settings.wrap_up_s or defaults.wrap_up_s,
        final_s=settings.final_s or defaults.final_s,
    )
    return event if changed == defaults else replace(event, defaults=changed)


def initial_path(file_arg: str | None, recent: RecentFiles) -> Path:
    """The file named on the command line, else the last one used, else the bundled example."""
    if file_arg:
        return Path(file_arg)
    return recent.last_existing() or bundled_example()


def open_event_interactively(path: str) -> LoadedEvent | None:
    """Load `path`; on problems show them and let the person retry, pick another file or quit."""
    from runofshow.ui.error_dialog import FileErrorChoice, FileErrorDialog
    from runofshow.ui.i18n import problem_lines
    from runofshow.ui.main_window import OpenDialog

    while True:
        try:
            return load_event(path, now=SystemClock().now().wall)
        except EventFileError as exc:
            for line in exc.lines():
                print(line, file=sys.stderr)
            choice = FileErrorDialog.ask(path, problem_lines(exc))
        if choice is FileErrorChoice.QUIT:
            return None
        if choice is FileErrorChoice.OPEN_OTHER:
            other = OpenDialog.ask(None)  # type: ignore[arg-type]
            if other is None:
                return None
            path = other


class Session:
    """One open event: its run (journal), show, controller, window and the optional API server."""

    def __init__(
        self, options: argparse.Namespace, recent: RecentFiles, settings: Settings, notices: list[Words]
    ) -> None:
        self._options = options
        self._recent = recent
        self.settings = settings
        self._setting_notices = notices
        self._server = None
        self._port = None
        self._token = options.token or _new_token()
        self._stage_token = options.stage_token or _new_token()
        self._journal = None
        self._run: Run | None = None
        self._base: Clock = SystemClock()
        self._watch = None
        self._osc = None
        self._port_for_osc = None
        self.window = None

    def start(self, loaded: LoadedEvent) -> None:
        """Open an event file: recover, resume or start its run, and show it."""
        event = with_thresholds(loaded.event, self.settings)
        base = build_clock(event, self._options.start_at, self._options.clock_speed)
        mode = "resume" if self._options.resume else "new" if self._options.new_run else "ask"
        run = open_run(
            event, Path(loaded.path), base, UserDirs.default().state, mode=mode, ask_resume=_ask_resume(event)
        )
        self._close_journal()
        self._base = base
        self._show_run(loaded, run)

    def reload(self, loaded: LoadedEvent) -> None:
        """The event file changed on disk and is valid: carry on the same run on the new version."""
        assert self._run is not None
        event = with_thresholds(loaded.event, self.settings)
        self._show_run(loaded, reload_run(event, self._run, self._base))

    def _show_run(self, loaded: LoadedEvent, run: Run) -> None:
        from runofshow.core.clock import ShiftedClock
        from runofshow.ui.controller import ShowController
        from runofshow.ui.i18n import translate, words_text
        from runofshow.ui.main_window import MainWindow
        from runofshow.ui.remote_port import MainThreadPort

        base = self._base
        self._run = run
        self._journal = run.journal
        journal = run.journal

        def record(data: dict[str, Any], now: Instant) -> None:
            journal.append({"type": "command", "mono": now.mono, "wall": now.wall.isoformat(), "cmd": data})

        controller = ShowController(run.show, ShiftedClock(base, run.shift), record=record)
        remote_info = ""
        if self._options.serve is not None:
            if self._server is None:
                from runofshow.files.resources import resource
                from runofshow.net.access import Access
                from runofshow.net.server import ApiServer

                self._port = MainThreadPort(controller)
                host, port = self._options.serve
                access = Access(self._token, self._stage_token)
                self._server = ApiServer(host, port, self._port, access, web_dir=resource("web"))
                self._server.start()
                print(
                    f"runofshow: control API at {self._server.url} (token: {self._token}; stage token: "
                    f"{self._stage_token})",
                    flush=True,
                )
            else:
                self._port = MainThreadPort(controller)
                self._server.set_port(self._port)
            feed = self._server.feed

            def publish() -> None:
                if feed.listening:  # build states only for someone
                    feed.publish(controller.snapshot())

            controller.changed.connect(publish)
            controller.tick.connect(publish)
        if self._options.osc is not None:
            # The port first: a message may arrive the moment the server listens.
            self._port_for_osc = MainThreadPort(controller)
            if self._osc is None:
                from runofshow.net.osc import OscServer

                host, port = self._options.osc
                self._osc = OscServer(host, port, lambda data: self._port_for_osc.command(data))
                self._osc.start()
                print(f"runofshow: OSC on udp://{host}:{self._osc.address[1]}", flush=True)
            remote_info = f"API {self._server.url} · token {self._token} · stage token {self._stage_token}"
        old = self.window
        s = self.settings
        self.window = MainWindow(
            controller,
            remote_info=remote_info,
            session_id=run.session_id,
            display_options=(s.speaker_screen, s.speaker_stop_at_zero, s.speaker_flash),
        )
        self.window.display_options_changed.connect(self._display_options)
        if self._server is not None:
            from runofshow.ui.remote_dialog import RemoteAccess

            host, port = self._server.address
            self.window.remote_access = RemoteAccess(host, port, self._token, self._stage_token)
        self.window.open_requested.connect(self._reopen)
        self.window.preferences_requested.connect(self._preferences)
        self.window.stage_screen = self.settings.stage_screen
        self._event = loaded.event
        if loaded.warnings:
            self.window.show_error(
                translate("App", "Warnings in the event file: {count}. The first: {message}").format(
                    count=len(loaded.warnings), message=words_text(loaded.warnings[0].message)
                )
            )
        for level, words in run.notices:
            self.window.notices.notify(words_text(words), level=level)
        for words in self._setting_notices:
            self.window.notices.notify(words_text(words), level="warning")
        self._watch_file(Path(loaded.path))
        self.window.show()
        controller.start_ticking()
        if old is not None:
            old.controller.stop_ticking()
            old.close()
            old.deleteLater()

    def _watch_file(self, path: Path) -> None:
        from runofshow.ui.file_watch import FileWatch

        if self._watch is not None:
            self._watch.stop()
        self._watch = FileWatch(path, self._file_changed)

    def _file_changed(self, path: Path) -> None:
        """Validate the changed file; offer to reload it, or show why the show stays on the old one."""
        from runofshow.ui.i18n import problem_lines, translate

        assert self.window is not None
        try:
            loaded = load_event(path, now=SystemClock().now().wall)
        except EventFileError as exc:
            lines = problem_lines(exc)
            more = translate("App", " (+{count} more)").format(count=len(lines) - 3) if len(lines) > 3 else ""
            self.window.notices.notify(
                translate(
                    "App", "The event file changed but has errors; the show goes on with the version loaded before:"
                )
                + "\n"
                + "\n".join(lines[:3])
                + more,
                level="error",
            )
            return
        self.window.notices.notify(
            translate("App", "The event file changed on disk and is valid."),
            level="warning",
            action=(translate("App", "Reload it now"), lambda: self.reload(loaded)),
        )

    def _preferences(self) -> None:
        from PySide6.QtWidgets import QApplication

        from runofshow.files import settings as settings_file
        from runofshow.ui.i18n import translate
        from runofshow.ui.preferences_dialog import PreferencesDialog
        from runofshow.ui.style import apply_theme

        assert self.window is not None
        chosen = PreferencesDialog.ask(self.window, self.settings, [str(p) for p in self._recent.load()])
        if chosen is None:
            return
        try:
            settings_file.save(UserDirs.default().config, chosen)
        except OSError as exc:
            self.window.notices.notify(
                translate("App", "Could not save the settings: {error}").format(error=exc), level="error"
            )
        if chosen.language != self.settings.language:
            self.window.notices.notify(translate("App", "The new language is used from the next start."), level="info")
        self.settings = chosen
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, chosen.theme, chosen.font_scale)
        self.window.stage_screen = chosen.stage_screen
        self.window.controller.set_event(with_thresholds(self._event, chosen))

    def _display_options(self, screen: str, stop_at_zero: bool, flash: bool) -> None:
        """Remember the speaker display's screen and options for next time."""
        from dataclasses import replace

        from runofshow.files import settings as settings_file

        self.settings = replace(
            self.settings, speaker_screen=screen, speaker_stop_at_zero=stop_at_zero, speaker_flash=flash
        )
        with contextlib.suppress(OSError):
            settings_file.save(UserDirs.default().config, self.settings)

    def _reopen(self, path: str) -> None:
        loaded = open_event_interactively(path)
        if loaded is not None:
            self._recent.add(Path(loaded.path))
            self.start(loaded)

    def _close_journal(self) -> None:
        """Mark the run as closed cleanly (an "end" record) and close its journal."""
        if self._journal is not None and self.window is not None and self._journal.written:
            now = self.window.controller.clock.now()
            with contextlib.suppress(OSError):
                self._journal.append({"type": "end", "mono": now.mono, "wall": now.wall.isoformat()})
            self._journal.close()
        self._journal = None

    def stop(self) -> None:
        if self._watch is not None:
            self._watch.stop()
        if self._osc is not None:
            self._osc.stop()
        self._close_journal()
        if self._server is not None:
            self._server.stop()


def _ask_resume(event: Event) -> Callable[[datetime], bool]:
    def ask(last: datetime) -> bool:
        from runofshow.ui.resume_dialog import ResumeDialog, RunChoice

        return ResumeDialog.ask(None, event.info.title, f"{last:%H:%M:%S}") is RunChoice.RESUME

    return ask


def set_app_icon(app) -> None:  # noqa: ANN001
    from PySide6.QtGui import QIcon

    from runofshow.files.resources import resource

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource("icons", f"runofshow-{size}.png")))
    app.setWindowIcon(icon)


def _new_token() -> str:
    import secrets

    return secrets.token_urlsafe(12)


def quit_on_signals(app) -> None:  # noqa: ANN001
    """Quit cleanly on SIGINT/SIGTERM.

    Qt's event loop keeps Python's handlers from running, so the signal is written to a pipe
    (set_wakeup_fd) that a QSocketNotifier watches: no polling timer.
    """
    from PySide6.QtCore import QSocketNotifier

    if os.name == "posix":
        read_fd, write_fd = os.pipe()
        os.set_blocking(read_fd, False)
        os.set_blocking(write_fd, False)

        def read_wakeup() -> None:
            os.read(read_fd, 64)

        keep: tuple[object, ...] = (read_fd, write_fd)
    else:  # Windows wants a socket here
        import socket

        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        read_fd, write_fd = reader.fileno(), writer.fileno()

        def read_wakeup() -> None:
            reader.recv(64)

        keep = (reader, writer)
    signal.set_wakeup_fd(write_fd)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: None)

    def drain() -> None:
        with contextlib.suppress(OSError):
            read_wakeup()
        # A signal may come while a dialog runs its own loop (e.g. "Resume?"), before the main
        # loop exists: remember it, close the dialog, and never start the main loop.
        app.setProperty(QUIT_REQUESTED, True)
        modal = app.activeModalWidget()
        if modal is not None:
            modal.close()
        app.quit()

    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, app)
    notifier.activated.connect(drain)
    app._signal_wakeup = (keep, notifier)  # keep them alive with the app
