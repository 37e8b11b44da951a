"""The composition root: parses the command line, then builds and wires everything.

`runofshow [FILE] [--serve [HOST:]PORT] [--token T] [--start-at HH:MM] [--clock-speed X]`
opens the moderator window; the other commands (`check`, `report`, `print`, `connect`) are
cli.py. This module only wires: Qt's start-up (ui/session/qt_app.py), the settings and the
command line into the venue and the remote inputs (API server, OSC: ui/session/remote_inputs.py),
then one running session (session/show_app.py's `ShowApp`: the run, its window, reloads,
preferences) that the event loop carries until the window closes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from runofshow.core.clock import SystemClock
from runofshow.core.wording import Words
from runofshow.files.problems import EventFileError
from runofshow.files.recent import RecentFiles, initial_path
from runofshow.files.settings import Settings
from runofshow.files.userdirs import UserDirs
from runofshow.options import (
    broker_arg,
    check_gui_options,
    check_standby_options,
    gui_parser,
    listen_arg,
    room_arg,
    standby_parser,
    venue_name_arg,
)
from runofshow.session.show_app import ShowApp, open_event_interactively
from runofshow.session.source_lines import source_lines_not_kept

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from runofshow.files.standby_copy import TakenOver
    from runofshow.session.standby_app import StandbyApp
    from runofshow.ui.session.remote_inputs import RemoteInputs
    from runofshow.ui.widgets.i18n import Translation


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from runofshow.cli import COMMANDS

    if args[:1] and args[0] in COMMANDS:
        return COMMANDS[args[0]](args[1:])
    if args[:1] == ["standby"]:
        parser = standby_parser()
        options = parser.parse_args(args[1:])
        check_standby_options(parser, options)
        return run_standby(options)
    parser = gui_parser()
    options = parser.parse_args(args)
    check_gui_options(parser, options)
    if options.venue is not None and options.venue.password:
        from runofshow.net.venue_login import PASSWORD_SHOWN

        print(f"runofshow: {PASSWORD_SHOWN}", file=sys.stderr, flush=True)
    with source_lines_not_kept():
        return run_gui(options)


def no_display() -> str | None:
    """Why a window cannot open here, said plainly (Qt's own message blames a missing library)."""
    import os

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "runofshow: no display to open a window on: set DISPLAY (X11) or WAYLAND_DISPLAY, or run "
        "QT_QPA_PLATFORM=offscreen for a window nobody sees; 'runofshow check', 'import', 'export' "
        "and 'report' need no display"
    )


def start_qt(options: argparse.Namespace) -> tuple[QApplication, Settings, list[Words], Translation] | None:
    """Qt, the settings and the language, or None (said on stderr) where no window can open.
    Qt is imported only from here on, so `runofshow check` and the core never load it."""
    problem = no_display()
    if problem is not None:
        print(problem, file=sys.stderr)
        return None
    from runofshow.ui.session.qt_app import start_qt_app

    return start_qt_app(options.language)


def run_gui(options: argparse.Namespace) -> int:
    started = start_qt(options)
    if started is None:
        return 2
    from runofshow.ui.session.qt_app import QUIT_REQUESTED

    app, settings, setting_notices, translation = started
    if options.serve is None and settings.api_listen:
        try:
            options.serve = listen_arg(settings.api_listen)
        except argparse.ArgumentTypeError as exc:
            setting_notices.append(
                Words(
                    "settings: api_listen '{listen}' is not usable ({error}); the API is off.",
                    listen=settings.api_listen,
                    error=exc,
                )
            )
    venue_from_settings(options, settings, setting_notices)
    if options.plan or (settings.venue_plan and options.venue is not None):
        problem = room_from_plan(options, options.plan or settings.venue_plan)
        if problem is not None:
            print(f"runofshow: {problem}", file=sys.stderr)
            return 2 if options.plan and options.room is None else 1
    recent = RecentFiles(UserDirs.default().config)
    loaded = open_event_interactively(str(initial_path(options.file, recent)))
    if loaded is None:
        return 1
    recent.add(Path(loaded.path))
    remote = remote_inputs(options, settings, setting_notices)
    show_app = ShowApp(options, recent, settings, setting_notices, remote)
    running = Running(options, settings, setting_notices, recent)
    running.watch(show_app)
    try:
        show_app.open(loaded)
    except OSError as exc:  # a server could not listen
        print(f"runofshow: {exc.strerror or exc}", file=sys.stderr)
        show_app.stop()
        return 2
    if app.property(QUIT_REQUESTED):
        show_app.stop()
        return 0
    code = app.exec()
    running.stop()
    translation.remove(app)
    return code


def run_standby(options: argparse.Namespace) -> int:
    """`runofshow standby URL --token TOKEN`: the standby laptop, until it takes over or closes."""
    qt = start_qt(options)
    if qt is None:
        return 2
    app, settings, setting_notices, translation = qt
    running = Running(options, settings, setting_notices, RecentFiles(UserDirs.default().config))
    try:
        started = running.stand_by(options.file, options.token, options.serve)
    except OSError as exc:  # --serve could not listen
        print(f"runofshow: {exc.strerror or exc}", file=sys.stderr)
        running.stop()
        return 2
    if not started:
        return 1
    code = app.exec()
    running.stop()
    translation.remove(app)
    return code


class Running:
    """What this laptop is at the moment (#29): the show (a ShowApp) or a standby (a StandbyApp),
    and the turns between them: a standby takes over and becomes the show; a show that was taken
    over stands down and becomes the new show's standby."""

    def __init__(
        self, options: argparse.Namespace, settings: Settings, notices: list[Words], recent: RecentFiles
    ) -> None:
        self._options = options
        self._settings = settings
        self._notices = notices
        self._recent = recent
        self.show: ShowApp | None = None
        self.standby: StandbyApp | None = None

    def watch(self, show: ShowApp) -> None:
        self.show = show
        show.stand_down_to = self._stand_down_to

    def stand_by(self, url: str, token: str, serve: tuple[str, int] | None, stood_down: Words | None = None) -> bool:
        from runofshow.session.standby_app import StandbyApp

        options = argparse.Namespace(**vars(self._options))
        options.file, options.token, options.serve = url, token, serve
        self.standby = StandbyApp(options, self._become_show, stood_down=stood_down)
        return self.standby.start()

    def _stand_down_to(self, url: str, token: str, why: Words) -> None:
        """The show here was taken over: close it, follow the new show as its standby, on the
        address the show served (pages that come back to it find the standby's answer)."""
        show, self.show = self.show, None
        serve = show.remote.server.address if show is not None and show.remote and show.remote.server else None
        if show is not None:
            window = show.window
            show.stop()
            if window is not None:
                window.confirm_close = False
        started = self.stand_by(url, token, serve, why)
        if show is not None and show.window is not None:
            show.window.close()
        if not started:
            print(f"runofshow: stood down; the new show at {url} does not answer yet", file=sys.stderr)

    def _become_show(self, taken: TakenOver, tokens: dict[str, str], listen: tuple[str, int], old_url: str) -> None:
        from runofshow.files.eventfile import load_event

        options = gui_parser().parse_args([str(taken.event_path), "--resume"])
        for name, value in vars(self._options).items():
            if name not in ("file", "serve", "token", "resume", "new_run") and value is not None:
                setattr(options, name, value)
        options.serve = listen
        options.token = tokens.get("control")
        for role in ("stage", "floor", "booth", "participant", "audience"):
            if tokens.get(role):
                setattr(options, f"{role}_token", tokens[role])
        remote = remote_inputs(options, self._settings, self._notices)
        show = ShowApp(options, self._recent, self._settings, self._notices, remote)
        self.watch(show)
        self.standby = None
        show.open(load_event(taken.event_path, now=SystemClock().now().wall))
        if options.token:
            host, port = listen
            show.knock_old_show(
                old_url,
                options.token,
                {
                    "term": taken.term,
                    "holder": taken.holder,
                    "url": f"http://{host}:{port}",
                    "at": taken.at.isoformat(),
                },
            )

    def stop(self) -> None:
        if self.show is not None:
            self.show.stop()
        if self.standby is not None:
            self.standby.stop()


def venue_from_settings(options: argparse.Namespace, settings: Settings, notices: list[Words]) -> None:
    """The venue options the command line did not give, from the settings (venue_url, venue_room…),
    and the login: the password from RUNOFSHOW_VENUE_PASSWORD or the settings, never needed in argv."""
    _venue_from_saved(options, settings, notices)
    if options.venue is None:
        return
    import os

    from runofshow.net.venue_login import with_login
    from runofshow.net.venue_topics import VenueError

    try:
        options.venue = with_login(
            options.venue,
            user=options.venue_user,
            env=os.environ,
            saved_user=settings.venue_user,
            saved_password=settings.venue_password,
        )
    except VenueError as exc:  # the settings' address names another user than --venue-user
        options.venue = None
        notices.append(Words("settings: the venue is not usable ({error}); the room is not in the venue.", error=exc))


def room_from_plan(options: argparse.Namespace, path: str) -> str | None:
    """A room of the venue file: its event file for today when none is given (else the next day's to
    come, else its last), and the venue's and the room's names when the command line gives none.
    What is wrong, in words, or None."""
    from runofshow.files.venue_file import event_path, load_venue

    if options.room is None:
        return "--plan is the venue file for a room: give --venue URL and --room ROOM_ID too"
    try:
        plan = load_venue(path)
    except EventFileError as exc:
        return "the venue file cannot be used:\n" + "\n".join(exc.lines())
    room = plan.room(options.room)
    if room is None:
        rooms = ", ".join(r.id for r in plan.rooms[:20])
        return f"room {options.room} is not in the venue file {path} (its rooms: {rooms})"
    if options.venue_name == "default":
        options.venue_name = plan.name
    options.room_name = options.room_name or room.name
    if options.file is not None:
        return None
    day = room.day_for(plan.today(SystemClock().now().wall))
    if day is None:
        return f"room {options.room} has no event file in the venue file {path}"
    options.file = str(event_path(path, day))
    print(f"runofshow: room {options.room} plays {options.file} ({day.date}, from the venue file {path})", flush=True)
    return None


def _venue_from_saved(options: argparse.Namespace, settings: Settings, notices: list[Words]) -> None:
    if options.venue is not None or not settings.venue_url:
        return
    try:
        options.venue = broker_arg(settings.venue_url)
        options.room = options.room or room_arg(settings.venue_room)
        if settings.venue_name and options.venue_name == "default":
            options.venue_name = venue_name_arg(settings.venue_name)
    except argparse.ArgumentTypeError as exc:
        options.venue = None
        notices.append(Words("settings: the venue is not usable ({error}); the room is not in the venue.", error=exc))
        return
    options.room_name = options.room_name or settings.venue_room_name or None
    options.venue_ca = options.venue_ca or settings.venue_ca or None


def remote_inputs(options: argparse.Namespace, settings: Settings, notices: list[Words]) -> RemoteInputs | None:
    """The API server, OSC in and OSC feedback the command line (or the settings) ask for; None for none."""
    if options.serve is None and options.osc is None and options.osc_feedback is None:
        return None
    from runofshow.files.resources import resource
    from runofshow.net.access import TokenError, Tokens, check_token
    from runofshow.ui.session.remote_inputs import RemoteInputs

    token = options.token
    if token is None and settings.api_token:
        try:
            token = check_token(settings.api_token)
        except TokenError as exc:
            notices.append(Words("settings: api_token is not usable ({error}); a new one was made.", error=exc))
    return RemoteInputs(
        options.serve,
        options.osc,
        Tokens.made(
            token,
            options.stage_token,
            floor=options.floor_token,
            booth=options.booth_token,
            participant=options.participant_token,
            audience=options.audience_token,
        ),
        resource("web"),
        allowed_hosts=options.allow_host,
        full_view_on_loopback=settings.api_loopback_full_view,
        osc_feedback=options.osc_feedback,
        osc_allow=options.osc_allow,
        fallback=options.fallback,
    )
