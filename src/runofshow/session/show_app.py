"""The running session: one open event in the moderator's window, from its first show to its
last reload.

`ShowApp` opens an event file's run (recovered, resumed or new), shows it in the moderator's
window, and carries it on: reloads (the File menu, a changed file, the API's `reload`), a new
event, an imported agenda, the preferences, where the plan is saved, the window's first show. The
composition root (app.py) parses the command line, starts Qt and builds the inputs, then hands
them to one `ShowApp`.

Why here, a layer of its own between the composition root and the windows (pyproject.toml's
layers: app|cli, options, session, ui, ...), and not in ui/session: the session opens the
moderator's window, its dialogs and the plan's, and ui/session is the layer *below* every window
(the run's Qt parts the windows are built on: controller, journal, file watch, remote inputs).
import-linter counts an import inside a function, and one under TYPE_CHECKING, like any other, so
ui/session could only reach the windows by cheating the contract (imports by name, an ignored
import). Nor ui/moderator: the session is more than the moderator's window (the run, the remote
inputs, the venue link, the settings), and that package is the window's.

Reloading is the session's (the `reload` section of `ShowApp`): the `reload` command from the API
reads the file on the server's thread (`prepare_command`, via `RemoteInputs.prepare`) and applies
it on the GUI thread (`reload_command`, via `EventRun.reloader`, which the controller calls).
"""

from __future__ import annotations

import contextlib
import linecache
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from runofshow.core.clock import Clock, RehearsalClock, SystemClock
from runofshow.core.event import Event
from runofshow.core.floor_requests import FloorLimits
from runofshow.core.wording import Words
from runofshow.files.eventfile import LoadedEvent, load_event
from runofshow.files.problems import EventFileError
from runofshow.files.recent import RecentFiles
from runofshow.files.settings import Settings
from runofshow.files.userdirs import UserDirs

if TYPE_CHECKING:
    import argparse

    from runofshow.core.records import TermRecord
    from runofshow.files.agenda_import import Programme
    from runofshow.files.runs import LastRun
    from runofshow.net.knocker import Knocker
    from runofshow.ui.moderator.main_window import MainWindow
    from runofshow.ui.plan.plan_saving import PlanSaving
    from runofshow.ui.session.automations import AutomationRunner
    from runofshow.ui.session.background_load import BackgroundLoad
    from runofshow.ui.session.chimes import SoundCues
    from runofshow.ui.session.controller import ShowController
    from runofshow.ui.session.event_run import EventRun, Notices
    from runofshow.ui.session.remote_inputs import RemoteInputs
    from runofshow.ui.session.venue_room import VenueRoom

#: An event this far from now (another day) opened on the real clock: a rehearsal is offered.
REHEARSAL_OFFER_S = 12 * 3600


#: Screens up to this wide (laptops, projectors) get the window maximised the first time.
MAXIMISE_UP_TO_PX = 1440


@contextlib.contextmanager
def yielding_often() -> Iterator[None]:
    """While a thread reads a big file, hand the interpreter back to the GUI thread often: each
    time the GUI thread takes it back it would otherwise wait up to the default 5 ms, and a state
    that takes it back a few hundred times would wait a second or more."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.0002)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def build_clock(event: Event, start_at: time | None, speed: float) -> Clock:
    system = SystemClock()
    if start_at is None and speed == 1.0:
        return system
    wall_start = event.info.at(start_at) if start_at is not None else None
    return RehearsalClock(system, speed=speed, wall_start=wall_start)


def with_thresholds(event: Event, settings: Settings) -> Event:
    """The event with the warning thresholds of the preferences, where they are set."""
    defaults = event.defaults
    changed = replace(
        defaults,
        wrap_up_s=settings.wrap_up_s or defaults.wrap_up_s,
        final_s=settings.final_s or defaults.final_s,
    )
    return event if changed == defaults else replace(event, defaults=changed)


def open_event_interactively(path: str) -> LoadedEvent | None:
    """Load `path`; on problems show them and let the person retry, pick another file or quit."""
    while True:
        try:
            return load_event(path, now=SystemClock().now().wall)
        except EventFileError as exc:
            from runofshow.ui.moderator.window_dialogs import OpenDialog
            from runofshow.ui.session.error_dialog import FileErrorChoice, FileErrorDialog
            from runofshow.ui.widgets.i18n import problem_lines

            for line in exc.lines():
                print(line, file=sys.stderr)
            choice = FileErrorDialog.ask(path, problem_lines(exc))
        if choice is FileErrorChoice.QUIT:
            return None
        if choice is FileErrorChoice.OPEN_OTHER:
            other = OpenDialog.ask(None)
            if other is None:
                return None
            path = other


class ShowApp:
    """One open event in the window: wires its run, the remote inputs, the window and the settings."""

    def __init__(
        self,
        options: argparse.Namespace,
        recent: RecentFiles,
        settings: Settings,
        notices: list[Words],
        remote: RemoteInputs | None,
    ) -> None:
        from runofshow.ui.session.event_run import EventRun

        self._options = options
        self._recent = recent
        self.settings = settings
        self._setting_notices = notices
        self.remote = remote
        # The `reload` command is the session's: the controller asks the run, which asks here; the
        # API's reads the file on its own thread first.
        self.run: EventRun = EventRun(UserDirs.default().state, reloader=self.reload_command)
        self._preloaded: LoadedEvent | EventFileError | None = None  # a `reload` read off the GUI thread
        if remote is not None:
            remote.prepare = self.prepare_command
        self.venue: VenueRoom | None = self._venue_room(options)
        #: Made when there is a first automation to send (the event file's or the preferences'):
        #: a show without any never loads the sender.
        self.automations: AutomationRunner | None = None
        self.window: MainWindow | None = None
        self._loaded: LoadedEvent | None = None
        self._loads: list[BackgroundLoad] = []
        self._sound: tuple[MainWindow, SoundCues] | None = None  # the chimes, for the window they follow
        #: What standing down does once this laptop's show was taken over (#29): the composition
        #: root's (this laptop becomes the new show's standby: its URL, the control token).
        self.stand_down_to: Callable[[str, str, Words], None] | None = None
        self._knocker: Knocker | None = None

    @staticmethod
    def _venue_room(options: argparse.Namespace) -> VenueRoom | None:
        """The link to the venue's broker (--venue), started at once and never waited for."""
        if getattr(options, "venue", None) is None:
            return None
        from runofshow.net.venue_link import VenueLink
        from runofshow.ui.session.venue_room import VenueRoom

        clock = SystemClock()
        link = VenueLink(
            options.venue,
            options.venue_name,
            options.room,
            lambda data: room.command(data),
            ca_file=options.venue_ca,
            clock=clock,
        )
        room = VenueRoom(link, options.room_name or options.room)  # it connects when the run is open
        print(f"runofshow: venue {options.venue_name} at {options.venue.shown()}, room {options.room}", flush=True)
        return room

    def open(self, loaded: LoadedEvent) -> None:
        """Open an event file: recover, resume or start its run, and show it."""
        event = with_thresholds(loaded.event, self.settings)
        base = build_clock(event, self._options.start_at, self._options.clock_speed)
        mode = "resume" if self._options.resume else "new" if self._options.new_run else "ask"
        from runofshow.files.plan_file import PlanFile

        controller, notices = self.run.open(
            event, Path(loaded.path), base, mode=mode, ask_resume=_ask_resume(event), plan_file=PlanFile.of(loaded)
        )
        self._present(loaded, controller, notices)

    def _offer_rehearsal(self, window: MainWindow, controller: ShowController) -> None:
        """An event of another day, opened on the real clock: offer to rehearse it at its own time."""
        from runofshow.ui.widgets.i18n import translate

        options = self._options
        show = controller.show
        if options.start_at is not None or options.clock_speed != 1.0 or show.started:
            return
        info = show.event.info
        if abs((info.start_at - controller.frame.local_now).total_seconds()) < REHEARSAL_OFFER_S:
            return
        at = (datetime.combine(info.date, info.start) - timedelta(minutes=2)).time()
        window.notices.notify(
            translate("App", "This event is planned for {date} at {time}; the clock here says another day.").format(
                date=info.date.isoformat(), time=f"{info.start:%H:%M}"
            ),
            level="info",
            action=(
                translate("App", "Rehearse it from {time}").format(time=f"{at:%H:%M}"),
                lambda: self.rehearse_from(at),
            ),
        )

    def rehearse_from(self, at: time) -> None:
        """A new rehearsal run on the event's own clock, starting at `at` (the real run is untouched)."""
        assert self._loaded is not None
        self._options.start_at = at
        self._options.new_run = True
        self._options.resume = False
        self.open(self._loaded)

    def _present(self, loaded: LoadedEvent, controller: ShowController, notices: Notices) -> None:
        from runofshow.ui.moderator.main_window import MainWindow
        from runofshow.ui.widgets.i18n import translate, words_text

        s = self.settings
        controller.show.floor_limits = FloorLimits(s.floor_per_device, s.floor_per_address)
        # First: the automations' slots then run first on every change and tick, so what fires
        # is on its way before the venue publishes and the window repaints.
        self._follow_automations(controller)
        if self.remote is not None:
            self.remote.attach(controller)
        if self.venue is not None:
            from runofshow.session.show_terms import holder

            self.venue.link.holder = holder(self.run.last_term)
            self.venue.attach(controller)
        old = self.window
        window = MainWindow(
            controller,
            remote_info=self.remote.remote_info() if self.remote is not None else "",
            session_id=self.run.session_id,
            display_options=(s.speaker_screen, s.speaker_stop_at_zero, s.speaker_flash),
            staged=True,  # the countdown first; the rest one event-loop turn later
        )
        self.window = window
        window.display_options_changed.connect(self._display_options)
        if self.venue is not None:
            from runofshow.ui.widgets.plain_text import PlainLabel

            venue_label = PlainLabel(self.venue.status_text())
            venue_label.setObjectName("venueStatus")
            window.statusBar().addPermanentWidget(venue_label)
            self.venue.status_changed.connect(venue_label.setText)
        if self.remote is not None:
            window.remote_access = self.remote.remote_access()
        self._standby_status(window, controller)
        controller.on_stand_down = self.stand_down
        if self.run.stood_down is not None:  # stood down before this restart: still not the show
            self._stood_down(controller, self.run.stood_down)
        self._automations_status(window)
        window.open_requested.connect(self._reopen)
        window.preferences_requested.connect(self._preferences)
        window.new_event_requested.connect(self._new_event)
        window.reload_requested.connect(self.reload_from_disk)
        window.import_requested.connect(self._import_agenda)
        window.saving = self._plan_saving(window)
        window.event_folder = Path(loaded.path).resolve().parent
        window.stage_screen = self.settings.stage_screen
        window.set_announcement_level(self.settings.announcements)
        self._apply_sound(window)
        self._loaded = loaded
        if loaded.warnings:
            window.show_error(
                translate("App", "Warnings in the event file: {count}. The first: {message}").format(
                    count=len(loaded.warnings), message=words_text(loaded.warnings[0].message)
                )
            )
        for level, words in notices:
            window.notices.notify(words_text(words), level=level)
        for words in self._setting_notices:
            window.notices.notify(words_text(words), level="warning")
        self._offer_rehearsal(window, controller)
        self.run.watch(Path(loaded.path), self._file_changed)
        window.confirm_close = True  # quitting while the show is on asks first
        window.closing.connect(self._keep_geometry)
        # PySide6's import hook reads the source of every module imported after Qt (to find
        # `from __feature__ import`), and Python's linecache keeps them all: 4 MB of lines no
        # one reads. Dropped once the window has imported what it shows (a traceback reads
        # its file again when it needs it).
        window.built.connect(linecache.clearcache)
        if old is not None and old.isMaximized():  # a reload keeps the window as the moderator had it
            window.showMaximized()
        elif old is not None and old.isFullScreen():
            window.showFullScreen()
        elif old is not None:
            window.setGeometry(old.geometry())
            window.show()
        else:
            self._first_show(window)
        controller.start_ticking()
        if old is not None:
            old.controller.stop_ticking()
            old.confirm_close = False  # replaced by the reloaded run's window: nothing to ask
            old.closing.disconnect(self._keep_geometry)
            old.close()
            old.deleteLater()

    # --- reloading: the event file again, the run going on ------------------------------------
    # File > Reload (and a save that found the file changed): reload_from_disk; the file changed on
    # disk: _file_changed offers it; the API's `reload`: prepare_command, then reload_command.
    def reload(self, loaded: LoadedEvent, *, raise_errors: bool = False) -> None:
        """The event file changed on disk and is valid: carry on the same run on the new version."""
        from runofshow.files.plan_file import PlanFile

        try:
            controller, notices = self.run.reload(with_thresholds(loaded.event, self.settings), PlanFile.of(loaded))
        except OSError as exc:  # the new plan could not be journaled: the show stays on the old one
            if raise_errors:
                raise
            if self.window is not None:
                self.window.notices.notify(str(exc), level="error")
            return
        self._present(loaded, controller, notices)

    def reload_from_disk(self) -> None:
        """Take the event file as it is on disk now (someone else's edit), the run going on."""
        assert self._loaded is not None
        try:
            loaded = load_event(self._loaded.path, now=SystemClock().now().wall)
        except EventFileError as exc:
            from runofshow.ui.widgets.i18n import problem_lines

            if self.window is not None:
                self.window.notices.notify("\n".join(problem_lines(exc)[:3]), level="error")
            return
        self.reload(loaded)

    def prepare_command(self, data: Any) -> contextlib.AbstractContextManager[object] | None:
        """A `reload` from the network: the file is read and checked here, on the server's thread
        (a huge file must not freeze the show), and handed to the GUI thread to apply."""
        if not (isinstance(data, dict) and data.get("action") == "reload" and self._loaded is not None):
            return None
        read: LoadedEvent | EventFileError
        with yielding_often():
            try:
                read = load_event(self._loaded.path, now=SystemClock().now().wall)
            except EventFileError as exc:
                read = exc

        @contextlib.contextmanager
        def handed_over() -> Iterator[None]:
            self._preloaded = read
            try:
                yield
            finally:
                self._preloaded = None

        return handed_over()

    def reload_command(self) -> dict[str, Any]:
        """The `reload` action (API, WebSocket): the file again now, or why not (the show unchanged)."""
        from runofshow.core.fields import CommandError

        assert self._loaded is not None
        read, self._preloaded = self._preloaded, None
        try:
            if isinstance(read, EventFileError):
                raise read
            loaded = read or load_event(self._loaded.path, now=SystemClock().now().wall)
        except EventFileError as exc:
            raise CommandError(
                "the event file has problems; the show goes on as it was: {problems}",
                problems="; ".join(exc.lines()[:10]),
            ) from None
        self.reload(loaded, raise_errors=True)
        warnings = [w.format(str(loaded.path)) for w in loaded.warnings][:10]
        return {"segments": len(loaded.event.segments), "warnings": warnings}

    def _file_changed(self, path: Path) -> None:
        """Read the changed file off the GUI thread; the show goes on meanwhile."""
        from runofshow.ui.session.background_load import BackgroundLoad

        load = BackgroundLoad(path, self._file_read)
        self._loads = [*self._loads[-3:], load]  # kept alive until answered
        load.start()

    def _file_read(self, result: LoadedEvent | EventFileError | None) -> None:
        """Offer to reload a valid file, or show why the show stays on the old one."""
        from runofshow.ui.widgets.i18n import problem_lines, translate

        assert self.window is not None
        if result is None:
            self.window.notices.notify(
                translate("App", "The event file changed but took too long to read; the show goes on as it was."),
                level="error",
            )
            return
        if isinstance(result, EventFileError):
            lines = problem_lines(result)
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
        loaded = result
        plan_file = self.run.plan_file
        if plan_file is not None and plan_file.text is not None and loaded.text == plan_file.text:
            return  # our own save
        self.window.notices.notify(
            translate("App", "The event file changed on disk and is valid."),
            level="warning",
            action=(translate("App", "Reload it now"), lambda: self.reload(loaded)),
        )

    # --- the rest of the session ----------------------------------------------------------------
    def _preferences(self) -> None:
        from PySide6.QtWidgets import QApplication

        from runofshow.files import settings as settings_file
        from runofshow.ui.moderator.preferences_dialog import PreferencesDialog
        from runofshow.ui.widgets.i18n import translate
        from runofshow.ui.widgets.style import apply_theme

        assert self.window is not None and self._loaded is not None
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
        self.window.set_announcement_level(chosen.announcements)
        self.window.controller.set_defaults(with_thresholds(self._loaded.event, chosen).defaults)
        self._apply_sound(self.window)
        if self.automations is not None:
            from runofshow.files.settings import app_automations

            self.automations.configure(app_automations(chosen), chosen.automations_any_host)
        elif self._follow_automations(self.window.controller):
            self._automations_status(self.window)

    def _apply_sound(self, window: MainWindow) -> None:
        """The chimes as the settings say, following this window's show. Nothing of QtMultimedia
        is loaded while every chime is off (the default); a chime that cannot play says why."""
        s = self.settings
        if self._sound is None and not (s.chime_moderator or s.chime_speaker):
            return
        from runofshow.ui.session.chimes import SoundCues

        if self._sound is None or self._sound[0] is not window:
            self._sound = (window, SoundCues(window.controller, window.speaker_display_shown, window))
        problem = self._sound[1].configure(
            moderator=s.chime_moderator,
            speaker=s.chime_speaker,
            speaker_output=s.chime_speaker_output,
            volume=s.chime_volume,
        )
        if problem is not None:
            window.notices.notify(problem, level="warning")

    def _follow_automations(self, controller: ShowController) -> bool:
        """Send the run's automations (the event file's and the preferences'); nothing is loaded
        while there are none (False)."""
        from runofshow.files.settings import app_automations

        app_wide = app_automations(self.settings)
        if self.automations is None:
            if not (controller.show.event.automations or app_wide):
                return False
            from runofshow.ui.session.automations import AutomationRunner

            self.automations = AutomationRunner(app_wide, any_host=self.settings.automations_any_host)
        self.automations.attach(controller, self.run.session_id, self.run.last_record)
        return True

    def _standby_status(self, window: MainWindow, controller: ShowController) -> None:
        shipping = self.remote.shipping if self.remote is not None else None
        journal = self.run.journal
        if shipping is not None and journal is not None:
            from runofshow.session.show_terms import show_standby_status

            show_standby_status(window, shipping, journal, controller.clock)

    # --- another laptop took the show over (#29): session/show_terms.py --------------------------
    def knock_old_show(self, old_url: str, token: str, word: dict[str, Any]) -> None:
        """Tell the old show's laptop, whenever it answers again, that this one holds the show now."""
        from runofshow.net.knocker import Knocker

        self._knocker = Knocker(old_url, token, word)
        self._knocker.start()

    def stand_down(self, data: dict[str, Any]) -> dict[str, Any]:
        """A new show's knock (the control token): a term newer than ours means another laptop took
        this show over. Written to the journal (so a restart stands down too), then every command is
        refused and this laptop becomes the new show's standby."""
        from runofshow.core.fields import ConflictError
        from runofshow.core.records import TermRecord
        from runofshow.session.show_terms import read_stand_down

        run, controller = self.run, self.run.controller
        journal = run.journal
        assert controller is not None and journal is not None
        term, holder, url = read_stand_down(data)
        if run.stood_down is not None and run.stood_down.term >= term:
            return {"stood_down": True, "term": run.stood_down.term}
        if term <= journal.term:
            raise ConflictError(
                "stand_down: this show is of term {ours}, not older than {term}", ours=journal.term, term=term
            )
        record = TermRecord(term, holder, controller.clock.now(), False, url)
        journal.append(record)  # on disk before it is said: a restart stands down too
        run.mark_stood_down(record)
        self._stood_down(controller, record)
        return {"stood_down": True, "term": term}

    def _stood_down(self, controller: ShowController, record: TermRecord) -> None:
        from runofshow.session.show_terms import stood_down_words

        why = controller.stood_down = stood_down_words(record, controller.show.event.info.tz)
        if self.window is not None:
            from runofshow.ui.widgets.i18n import words_text

            self.window.notices.notify(words_text(why), level="error")
        if self.stand_down_to is not None and record.url:
            from PySide6.QtCore import QTimer

            token = self.remote.tokens.control if self.remote is not None else ""
            url, stand_down_to = record.url, self.stand_down_to
            QTimer.singleShot(0, lambda: stand_down_to(url, token, why))

    def _automations_status(self, window: MainWindow) -> None:
        """How the automations go, in the window's status bar (the problems in its tooltip)."""
        from runofshow.ui.widgets.plain_text import PlainLabel, plain_tip

        if self.automations is None:
            return
        label = PlainLabel(self.automations.status_text())
        label.setObjectName("automationsStatus")
        label.setToolTip(plain_tip(self.automations.tooltip()))
        window.statusBar().addPermanentWidget(label)
        self.automations.status_changed.connect(label.setText)
        self.automations.details_changed.connect(label.setToolTip)

    def _first_show(self, window: MainWindow) -> None:
        """Where the moderator last had the window (its screen, its size, maximised or not);
        the first time, maximised on a laptop's screen (up to 1440 px wide), else as it comes."""
        from PySide6.QtCore import QByteArray

        saved = self.settings.window_geometry
        if saved and window.restoreGeometry(QByteArray(bytes.fromhex(saved))):
            window.show()
            return
        screen = window.screen()
        if screen is not None and screen.availableGeometry().width() <= MAXIMISE_UP_TO_PX:
            window.showMaximized()
        else:
            window.show()

    def _keep_geometry(self, geometry: bytes) -> None:
        from runofshow.files import settings as settings_file

        self.settings = replace(self.settings, window_geometry=geometry.hex())
        with contextlib.suppress(OSError):
            settings_file.save(UserDirs.default().config, self.settings)

    def _display_options(self, screen: str, stop_at_zero: bool, flash: bool) -> None:
        """Remember the speaker display's screen and options for next time."""
        from runofshow.files import settings as settings_file

        self.settings = replace(
            self.settings, speaker_screen=screen, speaker_stop_at_zero=stop_at_zero, speaker_flash=flash
        )
        with contextlib.suppress(OSError):
            settings_file.save(UserDirs.default().config, self.settings)

    def _plan_saving(self, window: MainWindow) -> PlanSaving:
        from runofshow.ui.plan.plan_saving import PlanSaving

        return PlanSaving(
            lambda: self.run.plan_file,
            on_saved=lambda text: window.notices.notify(text, level="info"),
            on_failed=lambda text: window.notices.notify(text, level="error"),
            on_reload=self.reload_from_disk,
        )

    def _write_new_event(self, event: Event, suggested: str) -> None:
        """Write a new plan where the organiser says, then open it as the show."""
        from runofshow.files.atomic import atomic_write_text
        from runofshow.files.plan_file import render
        from runofshow.ui.plan.plan_saving import ask_path

        target = ask_path(self.window, Path(suggested))
        if target is None:
            return
        try:
            atomic_write_text(target, render(None, None, event))
        except OSError as exc:
            if self.window is not None:
                self.window.notices.notify(str(exc), level="error")
            return
        self._reopen(str(target))
        if self.window is not None:
            self.window.edit_plan()

    def _new_event(self) -> None:
        from runofshow.core.text import slug
        from runofshow.ui.plan.new_event_dialog import NewEventDialog

        event = NewEventDialog.ask(self.window, SystemClock().now().wall.date())
        if event is not None:
            self._write_new_event(event, f"{slug(event.info.title) or 'event'}.yaml")

    def _import_agenda(self, path: str) -> None:
        from runofshow.ui.plan.import_dialog import ImportDialog

        choice = ImportDialog.ask(self.window, Path(path), SystemClock().now().wall)
        if choice is None:
            return
        if choice.event is not None:
            self._write_new_event(choice.event, str(Path(path).with_suffix(".yaml")))
        elif choice.programme is not None:
            self._write_programme(choice.programme, Path(path).with_suffix(""))

    def _write_programme(self, programme: Programme, suggested: Path) -> None:
        """Every room's day and venue.yaml into a folder the organiser chooses; nothing replaced."""
        from runofshow.files.programme_files import ExistingFilesError, write_programme
        from runofshow.ui.moderator.window_dialogs import FolderDialog
        from runofshow.ui.widgets.i18n import translate

        folder = FolderDialog.ask(self.window, str(suggested))
        if folder is None or self.window is None:
            return
        try:
            written = write_programme(programme, Path(folder))
        except ExistingFilesError as exc:
            self.window.notices.notify(
                translate("App", "Nothing was written: {files} already there; choose an empty folder.").format(
                    files=", ".join(p.name for p in exc.paths[:5])
                ),
                level="error",
            )
            return
        except OSError as exc:
            self.window.notices.notify(str(exc), level="error")
            return
        self.window.notices.notify(
            translate("App", "Wrote {count} event files and {venue} in {folder}.").format(
                count=len(written) - 1, venue=written[-1].name, folder=folder
            ),
            level="info",
        )

    def _reopen(self, path: str) -> None:
        loaded = open_event_interactively(path)
        if loaded is not None:
            self._recent.add(Path(loaded.path))
            self.open(loaded)

    def stop(self) -> None:
        if self._knocker is not None:
            self._knocker.stop()
        self.run.close()
        if self.automations is not None:
            self.automations.close()
        if self.remote is not None:
            self.remote.stop()
        if self.venue is not None:
            self.venue.link.stop()


def _ask_resume(event: Event) -> Callable[[LastRun], bool]:
    def ask(last: LastRun) -> bool:
        from runofshow.ui.session.resume_dialog import ResumeDialog, RunChoice

        choice = ResumeDialog.ask(
            None, event.info.title, f"{last.closed_at:%Y-%m-%d %H:%M}", rehearsal=last.rehearsal, ended=last.ended
        )
        return choice is RunChoice.RESUME

    return ask
