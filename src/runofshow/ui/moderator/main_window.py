"""The moderator's window: header, countdown, rundown, live details, and the show keys.

The window can be built in two stages (`staged=True`, as the app does): the header, the countdown
and the show keys first, so the first frame comes as early as a bare window's allows; the lower
band (rundown, queue, details, ledger), the timeline, menus and toolbar one event-loop turn
later, with their modules imported only then.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from runofshow.core.announcements import Level
from runofshow.ui.moderator.countdown_panel import CountdownPanel
from runofshow.ui.moderator.header_bar import HeaderBar
from runofshow.ui.moderator.keys import (
    BY_NAME,
    DISPLAY_KEYS,
    F1_ROWS,
    MENUS,
    PARTS,
    build_actions,
    fill_menu,
    keys_text,
    toolbar_layout,
    window_keys,
    words,
)
from runofshow.ui.moderator.notice_bar import NoticeBar
from runofshow.ui.moderator.time_notices import TimeNotices
from runofshow.ui.moderator.toolbar_fit import fit_toolbar
from runofshow.ui.moderator.window_dialogs import ExportDialog, GotoDialog, OpenDialog, QuitDialog, export_report
from runofshow.ui.session.controller import ShowController
from runofshow.ui.session.qt_app import QUIT_REQUESTED
from runofshow.ui.widgets.focus_keys import next_by_tab, reachable_by_tab
from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.plain_text import PlainLabel, plain_box, title_text

__all__ = ["ERROR_SHOWN_MS", "ExportDialog", "GotoDialog", "MainWindow", "OpenDialog", "export_report"]

if TYPE_CHECKING:
    from runofshow.ui.moderator.audience_window import AudienceWindow
    from runofshow.ui.plan.plan_editor import PlanEditor
    from runofshow.ui.plan.plan_saving import PlanSaving
    from runofshow.ui.session.remote_dialog import RemoteAccess
    from runofshow.ui.stage.stage_window import StageWindow

ERROR_SHOWN_MS = 6000
#: The key in a toolbar label ("Next ▶▶  [→]"), dropped when the toolbar is short of room.


class MainWindow(QMainWindow):
    # The window's actions, built from the table of keys (keys.py), by their names there.
    act_toggle: QAction
    act_next: QAction
    act_previous: QAction
    act_plus: QAction
    act_minus: QAction
    act_new: QAction
    act_open: QAction
    act_reload: QAction
    act_import: QAction
    act_save: QAction
    act_save_as: QAction
    act_export_plan: QAction
    act_export: QAction
    act_prefs: QAction
    act_quit: QAction
    act_plan: QAction
    act_fit: QAction
    act_move: QAction
    act_goto: QAction
    act_asked: QAction
    act_skip_question: QAction
    act_add_question: QAction
    act_notes: QAction
    act_stage: QAction
    act_ledger: QAction
    act_focus: QAction
    act_ack: QAction
    part_rundown: QAction
    part_queue: QAction
    part_details: QAction
    part_timeline: QAction
    part_toolbar: QAction
    act_keys: QAction
    act_situation: QAction
    act_remote: QAction

    open_requested = Signal(str)
    preferences_requested = Signal()
    new_event_requested = Signal()
    reload_requested = Signal()
    import_requested = Signal(str)  # the agenda table's path
    display_options_changed = Signal(str, bool, bool)
    closing = Signal(bytes)  # the window goes: its geometry (saveGeometry), for next time
    built = Signal()  # the second stage is built: everything the window shows has been imported

    def __init__(
        self,
        controller: ShowController,
        *,
        remote_info: str = "",
        session_id: str = "",
        display_options: tuple[str, bool, bool] = ("", False, True),
        staged: bool = False,
    ) -> None:
        super().__init__()
        self.controller = controller
        self.remote_info = remote_info
        self.session_id = session_id
        self.remote_access: RemoteAccess | None = None  # set by the composition root when serving
        self.saving: PlanSaving | None = None  # set by the composition root: where Save writes
        self.plan_editor: PlanEditor | None = None
        self.event_folder: Path | None = None  # set by the composition root: where reports are offered
        self.stage_screen = ""  # a screen name from the preferences
        #: Ask before closing while the show is on (set by the composition root; tests and a
        #: window replaced by a reload close without asking).
        self.confirm_close = False
        self._display_options = display_options
        self._announcement_level = Level.ALL
        self.complete = False  # True once the second stage is built
        self.tab_order: list[QWidget] = []  # where Tab goes, in order (set with the second stage)
        event = controller.show.event
        self.setWindowTitle(title_text(event.info.title))
        self.setObjectName("mainWindow")
        self.header = HeaderBar(controller)
        self.countdown = CountdownPanel(controller)
        self.notices = NoticeBar()
        # Its own bar: the number in it is kept current, and it goes when the end is no longer at stake.
        self.end_notice = NoticeBar()
        self.end_notice.setObjectName("endNotice")
        self.stage: StageWindow | None = None
        self.audience: AudienceWindow | None = None
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.notices)
        layout.addWidget(self.end_notice)
        layout.addWidget(self.countdown, 1)
        self._layout = layout
        self.setCentralWidget(central)
        self._build_show_keys()
        controller.failed.connect(self.show_error)
        # A full or read-only disk stays on screen until dismissed: every command is refused meanwhile.
        controller.unsaved.connect(lambda text: self.notices.notify(text, level="error"))
        self._fit_to_screen()
        self.focus_show()
        self._staged = staged
        if not staged:
            self._build_rest()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._staged:
            # The first frame is on its way to the screen: build the rest on the next loop turn.
            self._staged = False
            QTimer.singleShot(0, self, self._build_rest)

    def _build_rest(self) -> None:
        """The second stage: everything below and around the countdown."""

        from runofshow.ui.displays.display_actions import DisplayActions
        from runofshow.ui.moderator.countdown_split import CountdownSplit
        from runofshow.ui.moderator.details_panel import DetailsPanel
        from runofshow.ui.moderator.ledger_panel import LedgerView
        from runofshow.ui.moderator.lower_tabs import LowerTabs
        from runofshow.ui.moderator.message_banner import MessageBanner
        from runofshow.ui.moderator.queue_panel import QueuePanel
        from runofshow.ui.moderator.rundown_model import RundownModel
        from runofshow.ui.moderator.rundown_view import RundownView
        from runofshow.ui.moderator.side_column import SideColumn
        from runofshow.ui.moderator.speaker_actions import SpeakerActions
        from runofshow.ui.moderator.timeline import Timeline
        from runofshow.ui.moderator.window_columns import WindowColumns
        from runofshow.ui.session.announcer import Announcer, SpokenNotice
        from runofshow.ui.session.keep_awake import KeepAwake

        controller = self.controller
        self.model = RundownModel(controller)
        self.rundown = RundownView()
        self.rundown.setModel(self.model)
        self.rundown.follow(controller)
        self.rundown.setAccessibleName(translate("MainWindow", "Rundown: every segment with its times and status"))
        self.details = DetailsPanel(controller)
        self.speakers = SpeakerActions(self, controller)
        self.queue = QueuePanel(controller, self.speakers.context_actions())
        self.speakers.attach(self.queue)
        self.ledger = LedgerView(controller)
        self.banner = MessageBanner(controller)
        screen, stop_at_zero, flash = self._display_options
        self.display = DisplayActions(self, controller, screen=screen, stop_at_zero=stop_at_zero, flash=flash)
        self.display.options_changed.connect(self.display_options_changed)

        tabs = LowerTabs(self.rundown, self.ledger)
        self.lower_tabs = tabs
        controller.changed.connect(tabs.fit_later)  # after the rundown's rows (connected first)
        tabs.least_changed.connect(lambda: QTimer.singleShot(0, self, self._digits_again))
        # The side column beside the digits (side_column.py); the digits keep about a quarter of
        # the window's height whatever else takes room (countdown_split.py).
        side = SideColumn(self.queue, self.details)
        self.side = side
        # Under the header (one row, across), the side column has the rest of the window's height:
        # a notice or a message takes its room from the digits' side (the digits give way first,
        # down to a fifth of the window), never from the queue and the details, which keep their
        # place and size when something arrives.
        layout = self._layout
        for widget in (self.notices, self.end_notice, self.countdown):
            layout.removeWidget(widget)
        body = CountdownSplit(self.countdown, tabs)
        self.body = body
        self.timeline = Timeline(controller)
        left = QWidget()
        left.setObjectName("digitsColumn")
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        for bar in (self.notices, self.end_notice, self.banner):
            column.addWidget(bar)
        column.addWidget(body, 1)
        column.addWidget(self.timeline)
        body.spare_part = self.timeline
        # A message to the moderator over the digits: the countdown's top band is its, if need be.
        self.banner.shown.connect(self._banner_shown)
        self.countdown.under_banner = self.banner.showing  # a recovered run's unseen message
        columns = WindowColumns(self.countdown, left, side)
        self.columns = columns
        layout.addWidget(columns, 1)

        self._build_actions()
        self.remote_label = PlainLabel(self.remote_info, objectName="remoteInfo")
        self.statusBar().addPermanentWidget(self.remote_label)
        # What time itself does (the end at stake, a clock stepped, a sleep) told in the notice bars.
        self.time_notices = TimeNotices(controller, self.notices, self.end_notice, self.fit_to_end)
        self.keep_awake = KeepAwake(controller)
        # Each change of the show told to a screen reader; F2 says the whole situation.
        self.spoken = SpokenNotice()
        self.statusBar().addWidget(self.spoken, 1)
        self.announcer = Announcer(controller, self, self._announcement_level, self.spoken)
        # A notice about the app (a file changed, a full disk, a clock that jumped) is said too.
        # (Not the end notice: its number is kept current, it would be said every second; F2 says it.)
        self.notices.spoken = lambda text, urgent: self.announcer.announce(text, urgent=urgent)
        self.queue.selection_said.connect(lambda text: self.announcer.announce(text, urgent=False))
        self.display.notice.connect(lambda text: self.notices.notify(text, level="warning"))
        self.display.withdrawn.connect(self.notices.withdraw)
        self._order_focus()
        self.complete = True
        self.built.emit()
        # The show keys keep working through the second stage: the countdown moved into the
        # splitter, which took its focus, and shows again on the next loop turn (a hidden widget
        # cannot take the focus; Qt would give it to the first reading when the window activates).
        self.focus_show()
        if self.isVisible():
            QTimer.singleShot(0, self, self._focus_if_lost)
        # The command registry, imported now rather than at the first key press.
        import runofshow.core.commands  # noqa: F401

    # --- actions -------------------------------------------------------------------------
    def _keep(self, actions: dict[str, QAction]) -> None:
        """The table's actions as the window's attributes (`act_next`), and by name in `keyed`."""
        self.keyed.update(actions)
        for name, action in actions.items():
            setattr(self, name, action)

    def _show_key_slots(self) -> dict[str, Callable[..., object]]:
        """What the show keys do (the first stage's)."""
        c = self.controller
        return {
            "act_toggle": lambda: c.act("toggle"),
            "act_next": lambda: c.act("next"),
            "act_previous": lambda: c.act("previous"),
            "act_plus": lambda: c.act("add_time", seconds=60),
            "act_minus": lambda: c.act("add_time", seconds=-60),
        }

    def _key_slots(self) -> dict[str, Callable[..., object]]:
        """What the window's other actions do (the second stage's; the speakers' are SpeakerActions')."""
        slots: dict[str, Callable[..., object]] = {
            "act_new": self.new_event_requested.emit,
            "act_open": self._open,
            "act_reload": self.reload_requested.emit,
            "act_import": self._import_agenda,
            "act_save": self.save_plan,
            "act_save_as": self.save_plan_as,
            "act_export_plan": self._export_plan,
            "act_export": self._export_report,
            "act_prefs": self.preferences_requested.emit,
            "act_quit": self.close,
            "act_plan": self.edit_plan,
            "act_fit": self.fit_to_end,
            "act_move": self._move_time,
            "act_goto": self._goto,
            "act_asked": lambda: self.details.mark_next_question("asked"),
            "act_skip_question": lambda: self.details.mark_next_question("skipped"),
            "act_add_question": self.details.add_question,
            "act_audience": self.show_audience,
            "act_notes": self._edit_notes,
            "act_stage": self.show_stage,
            "act_ledger": lambda: self.lower_tabs.setCurrentIndex(1 - self.lower_tabs.currentIndex()),
            "act_focus": self._escape,
            "act_ack": self.banner.acknowledge,
            "act_keys": self._show_keys,
            "act_situation": self.say_situation,
            "act_remote": self._show_remote,
        }
        for part in PARTS:
            slots[f"part_{part}"] = lambda _=False, k=part: self.show_part(k)
        return slots

    def _build_show_keys(self) -> None:
        """The keys that drive the show work from the first frame (the menus come with the rest)."""
        self.keyed: dict[str, QAction] = {}  # every action of the table by its name (keys.py)
        self._keep(build_actions(self, window_keys(first=True), self._show_key_slots()))
        self.controller.changed.connect(self._update_toggle_text)
        self._update_toggle_text()

    def _build_actions(self) -> None:
        from PySide6.QtWidgets import QToolBar, QToolButton

        self._keep(build_actions(self, window_keys(first=False), self._key_slots()))
        self.details.audience_requested.connect(self.show_audience)  # the questions' right-click menu
        self.keyed.update(self.speakers.keyed)
        menu = self.menuBar()
        for name, title in MENUS:
            if name == "display":
                menu.addMenu(self.display.menu)
            else:
                fill_menu(menu.addMenu(translate("MainWindow", title)), name, self.keyed)
        # Every part by menu and by key (View, Ctrl+1 to Ctrl+5).
        self.part_actions: dict[str, QAction] = {part: self.keyed[f"part_{part}"] for part in PARTS}

        bar = QToolBar(translate("MainWindow", "Show"))
        bar.setObjectName("showToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The toolbar's buttons of their own (short labels for menu entries): they hide when the
        # toolbar goes beside the menus (a key, or a menu, away).
        self.proxies: list[QAction] = []
        for number, group in enumerate(toolbar_layout()):
            if number:
                bar.addSeparator()
            for key in group:
                action = self.keyed[key.name]
                if key.button:
                    proxy = QAction(translate(key.context, key.button).replace("🗣 ", "▶ "), self)
                    proxy.setToolTip(action.toolTip())
                    proxy.setProperty("plain", action.text())  # its name for a screen reader: "Add a speaker"
                    proxy.triggered.connect(action.trigger)
                    self.proxies.append(proxy)
                    action = proxy
                bar.addAction(action)
        for button in bar.findChildren(QToolButton):
            reachable_by_tab(button)  # by Tab, pressed by Space or Return; a click leaves the keys
        self.addToolBar(bar)
        self.toolbar = bar
        self.toolbar_in_menu_row = False  # moved up beside the menus when the side column is short
        self._toolbar_row_height = 0
        self._spares: dict[str, int] = {}  # each column's room for its first words (see _toolbar_row)
        self.side.spare_changed.connect(self._side_spare)
        self.end_notice.changed.connect(self._place_end_notice)
        self.body.spare_changed.connect(self._left_spare)
        self._fit_toolbar()
        bar.toggleViewAction().setVisible(False)  # View → Toolbar (Ctrl+5) is the one way, with a key

    def _order_focus(self) -> None:
        """Tab goes through the window as it reads, top to bottom: the toolbar, the notices and a
        message, the header's readings, the countdown and its readings, the rundown (or ledger)
        and its tabs, the speakers, then questions, notes and cues. The readings are reached too
        (a screen reader reads each; Esc brings the keys back to the countdown from anywhere)."""
        header, countdown, strip = self.header, self.countdown, self.countdown.speaker
        readings = [header.clock, header.hard_stop, header.schedule, countdown.segment_title, countdown.detail]
        readings += [countdown.next_up, strip.who, strip.state, strip.next_speaker]
        for reading in readings:
            reachable_by_tab(reading, frozenset())
        buttons = [self.toolbar.widgetForAction(a) for a in self.toolbar.actions()]
        details = self.details
        self.tab_order = [
            *(b for b in buttons if b is not None),
            self.notices.action_button, self.notices.close_button,
            self.end_notice.action_button, self.end_notice.close_button,
            self.banner.button, header.clock, header.hard_stop, header.schedule, header.action_button,
            countdown, countdown.segment_title, countdown.detail, countdown.next_up,
            strip.who, strip.state, strip.next_speaker,
            self.lower_tabs.tabBar(), self.rundown, self.ledger,
            self.queue.view,
            details.tabs.tabBar(), details.questions, details.notes, details.cues,
        ]  # fmt: skip

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        """Tab and Shift+Tab go through `tab_order` (focus_keys.next_by_tab)."""
        chosen = next_by_tab(self.tab_order, QApplication.focusWidget(), forward) if self.complete else None
        if chosen is None:
            return super().focusNextPrevChild(forward)
        chosen.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True

    def _place_end_notice(self) -> None:
        """The late (or early) notice is the header's: its hard stop reading says by how much the
        show is projected to end after the hard stop (schedule: how early), and the notice's
        action sits beside it (Plan [F]). No bar over the digits: what it would say is already
        said there, and the digits' column keeps its room for the rundown."""
        action = self.end_notice.action()
        self.header.set_action(action)
        self.end_notice.hide()

    def _banner_shown(self, shown: bool) -> None:
        self.countdown.under_banner = shown
        QTimer.singleShot(0, self, self._digits_again)

    def _digits_again(self) -> None:
        """The lower band's least height changed: the digits may take what it gave up."""
        if shiboken6.isValid(self) and not self.body.by_hand:
            self.body.keep_digits_large()

    def part(self, key: str) -> QWidget:
        parts: dict[str, QWidget] = {
            "rundown": self.lower_tabs,
            "queue": self.queue,
            "details": self.details,
            "timeline": self.timeline,
            "toolbar": self.toolbar,
        }
        return parts[key]

    def show_part(self, key: str) -> None:
        """Show or hide a part of the window (View menu, Ctrl+1 to Ctrl+5); its menu entry says
        which. One meaning at every size: a part that is shown hides, a hidden one shows and takes
        the keyboard (lists only: the show's keys keep working there). A text field that goes out
        of sight gives the keys back to the show: nothing typed lands where no one sees it."""
        visible = self.part_actions[key].isChecked()
        self.set_part_visible(key, visible)
        if visible:
            focus = {"rundown": self.rundown, "queue": self.queue.view, "details": self.details.questions}.get(key)
            if focus is not None:
                focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_part_visible(self, key: str, visible: bool) -> None:
        widget = self.part(key)
        self.part_actions[key].setChecked(visible)
        focused = QApplication.focusWidget()
        if not visible and focused is not None and (focused is widget or widget.isAncestorOf(focused)):
            self.focus_show()
        if key in ("queue", "details"):
            self.side.set_part_visible(key, visible)
        else:
            widget.setVisible(visible)
        if key == "rundown" and not visible:
            self.body.setSizes([sum(self.body.sizes()), 0])
        elif key == "rundown":
            self.body.split()

    def say_situation(self) -> None:
        """The whole situation in one sentence: spoken (assertively) and shown in the status bar."""
        self.statusBar().showMessage(self.announcer.say_situation(), 20_000)

    def speaker_display_shown(self) -> bool:
        """The speaker display is on a screen, not blanked: its chimes play (ui/session/chimes.py)."""
        return self.complete and self.display.showing()

    def set_announcement_level(self, level: str) -> None:
        """How much a screen reader is told (the `announcements` setting: all, urgent, off)."""
        self._announcement_level = Level(level)
        if self.complete:
            self.announcer.level = self._announcement_level

    def _edit_notes(self) -> None:
        """Ctrl+Shift+N: the notes are shown first, then typed in (never a field out of sight)."""
        if not self.details.isVisible():
            self.set_part_visible("details", True)
        self.details.edit_notes()

    def _update_toggle_text(self) -> None:
        show = self.controller.show
        if show.running:
            text = translate("MainWindow", "❚❚ Pause  [Space]")
        elif show.live_index is not None:
            text = translate("MainWindow", "▶ Resume  [Space]")
        elif show.ended:
            text = translate("MainWindow", "■ Ended")
        else:
            text = translate("MainWindow", "▶ Start  [Space]")
        self.act_toggle.setEnabled(not show.ended)  # Ctrl+G (go to a segment) reopens it
        if text == self.act_toggle.text():
            # The same words: the toolbar's fit stands (measuring it on every change was half
            # of what a question from the audience cost the moderator's window).
            return
        self.act_toggle.setText(text)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        bar = getattr(self, "toolbar", None)
        if bar is None or not shiboken6.isValid(self) or not shiboken6.isValid(bar):
            return  # not built yet, or going with its window
        signs = {self.act_previous: "◀◀", self.act_next: "▶▶"}
        room = self.width() - 16
        if self.toolbar_in_menu_row:
            # Beside the menus: the show's own buttons by their signs (the speakers' are a key,
            # or the Speakers menu, away; each button's tooltip still says what it does).
            toggle = self.act_toggle.text().split()[0]
            signs |= {self.act_toggle: toggle, self.act_minus: "−1", self.act_plus: "+1"}
            room = self.width() - self.menuBar().sizeHint().width() - 24
        fit_toolbar(bar, room, signs)

    def _side_spare(self, spare: int) -> None:
        self._spares["side"] = spare
        self._toolbar_row()

    def _left_spare(self, spare: int) -> None:
        # Weighed without what comes and goes over the digits (a message, a notice): those take
        # the digits' room, and their coming must never move the toolbar, the header or the
        # side column (nothing reshuffles when something arrives).
        arrived = sum(bar.height() for bar in (self.notices, self.end_notice, self.banner) if bar.isVisible())
        self._spares["left"] = spare + arrived
        self._toolbar_row()

    def _toolbar_row(self) -> None:
        """Either column short of height with its first words gone (the Notes and Cues headings,
        the line under the digits): the toolbar moves up beside the menus and gives its row to
        the window (the clock shrinks to the readings' size too), before the queue's title, the
        timeline or the Questions heading go. It comes back to its own row once both columns
        have room for it (with some to spare: no flip-flop at the boundary)."""
        bar = self.toolbar
        spare = min(self._spares.values(), default=0)
        merge = spare < 0 if not self.toolbar_in_menu_row else spare < self._toolbar_row_height + 8
        if merge == self.toolbar_in_menu_row or (not bar.isVisibleTo(self) and not self.toolbar_in_menu_row):
            return
        self.toolbar_in_menu_row = merge
        self.header.set_compact(merge)  # short of height: the clock as large as the readings too
        self._place_end_notice()
        for proxy in self.proxies:
            proxy.setVisible(not merge)
        if merge:
            self._toolbar_row_height = bar.height()
            self.removeToolBar(bar)
            self.menuBar().setCornerWidget(bar, Qt.Corner.TopRightCorner)
            bar.show()
        else:
            self.menuBar().setCornerWidget(None, Qt.Corner.TopRightCorner)  # type: ignore[arg-type]  # None: no corner
            self.addToolBar(bar)
            bar.show()
        self._fit_toolbar()
        bar.adjustSize()  # its size for the labels it has now (the menu row is as tall as it)
        self.menuBar().updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_toolbar()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_toolbar)  # after the new style has reached every widget
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(200, self, self._tell_focus)  # the window came to the front: where the keys are

    def _fit_to_screen(self) -> None:
        """1280×800 where there is room; never larger than the screen's free area."""
        screen = self.screen()
        area = screen.availableGeometry() if screen is not None else None
        width, height = 1280, 800
        if area is not None and area.width() > 0:
            width, height = min(width, area.width()), min(height, area.height() - 30)
        self.resize(width, height)

    # --- behaviour -----------------------------------------------------------------------
    def focus_show(self) -> None:
        """Leave any text field so Space and the arrows drive the show again."""
        self.countdown.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_if_lost(self) -> None:
        """The countdown once more, now that it is shown (not from a text field already chosen)."""
        # (Qt classes the first frame does not use are imported where used: each brings its enums.)
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        if shiboken6.isValid(self) and not isinstance(self.focusWidget(), (QLineEdit, QPlainTextEdit)):
            self.focus_show()

    def _escape(self) -> None:
        """Esc: out of a text field back to the show keys; already there, it dismisses the notice."""
        if self.countdown.hasFocus() and self.notices.isVisible():
            self.notices.dismiss()
            return
        self.focus_show()

    def _tell_focus(self) -> None:
        """The countdown has had the focus since before the window was on screen, so a screen
        reader never heard it get it (and took a tab bar's selection for the focus): said again
        when the window becomes the active one."""
        if not shiboken6.isValid(self) or not self.isActiveWindow():
            return
        if QApplication.focusWidget() is None:
            self.focus_show()  # nothing had it (the second stage was built meanwhile): the countdown
        if self.countdown.hasFocus():
            from PySide6.QtGui import QAccessible, QAccessibleEvent

            QAccessible.updateAccessibility(QAccessibleEvent(self.countdown, QAccessible.Event.Focus))

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(f"⚠ {message}", ERROR_SHOWN_MS)

    def show_audience(self) -> None:
        """Show → Audience questions: the questions sent from /ask, in a window of their own."""
        from runofshow.ui.moderator.audience_window import AudienceWindow

        if self.audience is None:
            self.audience = AudienceWindow(self.controller, self)
        self.audience.show()
        self.audience.raise_()
        self.audience.activateWindow()

    def show_stage(self) -> None:
        """View → Stage manager: the stage manager's window (move it to a second screen if there is one)."""
        from PySide6.QtGui import QGuiApplication

        from runofshow.ui.stage.stage_window import StageWindow

        if self.stage is None:
            self.stage = StageWindow(self.controller)
            screens = QGuiApplication.screens()
            chosen = next((s for s in screens if s.name() == self.stage_screen), None)
            if chosen is None and len(screens) > 1:
                chosen = next(s for s in screens if s is not self.screen())
            if chosen is not None:
                self.stage.move(chosen.availableGeometry().topLeft())
        self.stage.show()
        self.stage.raise_()

    def _goto(self) -> None:
        show = self.controller.show
        titles = [f"{i + 1}. {seg.title}" for i, seg in enumerate(show.event.segments)]
        index = GotoDialog.ask(self, titles, min(show.cursor, len(titles) - 1))
        if index is not None:
            self.controller.act("goto", segment=show.event.segments[index].id)
        self.focus_show()

    def fit_to_end(self) -> None:
        """Propose a plan that lands on the hard stop; apply it if the moderator says so."""
        from runofshow.core.planner import propose
        from runofshow.core.schedule import another_day
        from runofshow.ui.moderator.plan_dialog import PlanDialog

        if self.controller.show.event.info.hard_end is None:
            self.show_error(translate("MainWindow", "the event has no hard stop ('end' in the event file)"))
            return
        frame = self.controller.fresh_frame()
        if another_day(frame.show, frame.now):  # no plan against today's clock (the notice offers a rehearsal)
            self.show_error(
                translate(
                    "MainWindow", "The event is planned for {date}, not today: rehearse it at its own time to try it."
                ).format(date=frame.show.event.info.date.isoformat())
            )
            return
        plan = propose(frame.show, frame.now).as_dict()
        if frame.show.ended:
            self.show_error(translate("MainWindow", "The show has ended: there is nothing left to plan."))
            return
        if plan["kind"] == "none":
            self.statusBar().showMessage(
                translate("MainWindow", "The show lands on the hard stop: nothing to change."), ERROR_SHOWN_MS
            )
            return
        if PlanDialog.ask(self, plan) and self.controller.act("fit_to_end", apply=True):
            self.end_notice.dismiss()
            self.statusBar().showMessage(translate("MainWindow", "Plan applied: Ctrl+Z undoes it"), ERROR_SHOWN_MS)
        self.focus_show()

    def _move_time(self) -> None:
        from runofshow.ui.moderator.plan_dialog import MoveTimeDialog

        show = self.controller.show
        titles = [(seg.id, seg.title) for seg in show.event.segments]
        chosen = MoveTimeDialog.ask(self, titles)
        if chosen is not None:
            source, target, seconds = chosen
            self.controller.act("move_time", **{"from": source, "to": target, "seconds": seconds})
        self.focus_show()

    def report_path(self) -> str:
        """Where a report is offered: beside the event file, named after the event and the run."""
        from runofshow.core.text import slug

        folder = self.event_folder or Path.home()
        name = slug(self.controller.show.event.info.title)[:40] or "event"
        return str(folder / f"{name}-report-{self.session_id or 'run'}.pdf")

    def _export_report(self) -> None:
        path = ExportDialog.ask(self, self.report_path())
        if not path:
            return
        try:
            frame = self.controller.fresh_frame()
            export_report(frame.show, frame.now, self.session_id, Path(path))
        except (OSError, ValueError) as exc:
            self.notices.notify(
                translate("MainWindow", "Could not export the report: {exc}").format(exc=exc), level="error"
            )
            return
        self.statusBar().showMessage(
            translate("MainWindow", "Report saved to {path}").format(path=path), ERROR_SHOWN_MS
        )

    def _open(self) -> None:
        path = OpenDialog.ask(self)
        if path:
            self.open_requested.emit(path)

    def _inform(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = plain_box(self, title, text, icon=QMessageBox.Icon.Information)
        box.exec()

    def _show_remote(self) -> None:
        from runofshow.ui.session.remote_dialog import RemoteDialog

        RemoteDialog(self.remote_access, self).exec()

    def _show_keys(self) -> None:
        from runofshow.ui.moderator.keys_dialog import KeysDialog

        self.keys_dialog = KeysDialog(self.key_rows(), self)
        self.keys_dialog.exec()

    def key_rows(self) -> list[tuple[str, str]]:
        """F1's rows, (keys, what they do), in the table's order (keys.F1_ROWS): every key of the window."""
        rows = []
        for name in F1_ROWS:
            if name == DISPLAY_KEYS:
                rows += [(keys_text(a), words(a)) for a in self.display.menu.actions() if a.shortcuts()]
                continue
            key, action = BY_NAME[name], self.keyed[name]
            rows.append((keys_text(action), translate("MainWindow", key.f1) if key.f1 else words(action)))
        return rows

    def keys_text(self) -> str:
        return "\n".join(f"{keys}: {what}" for keys, what in self.key_rows())

    # --- the plan ---------------------------------------------------------------------------
    def edit_plan(self) -> PlanEditor:
        """Plan > Edit the plan: the editor beside this window (one per window)."""
        from runofshow.ui.plan.plan_editor import PlanEditor

        if self.plan_editor is None:
            self.plan_editor = PlanEditor(self.controller, self.saving)
            screen = self.screen().availableGeometry()
            self.plan_editor.resize(min(1200, screen.width()), min(720, screen.height()))
        self.plan_editor.show()
        self.plan_editor.raise_()
        self.plan_editor.activateWindow()
        return self.plan_editor

    def save_plan(self) -> None:
        if self.saving is not None:
            self.saving.save(self.controller, self)

    def save_plan_as(self) -> None:
        if self.saving is not None:
            self.saving.save_as(self.controller, self)

    def _import_agenda(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Import agenda"), "", translate("MainWindow", "Agendas (*.xlsx *.csv)")
        )
        if path:
            self.import_requested.emit(path)

    def _export_plan(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from runofshow.files.agenda_export import export_table

        path, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "Export the plan"), "", translate("MainWindow", "Excel (*.xlsx);;CSV (*.csv)")
        )
        if not path:
            return
        target = Path(path) if Path(path).suffix.lower() in (".xlsx", ".csv") else Path(path).with_suffix(".xlsx")
        try:
            export_table(self.controller.show.event, target)
        except OSError as exc:
            self.notices.notify(translate("MainWindow", "Not exported: {error}").format(error=exc), level="error")
            return
        self.notices.notify(translate("MainWindow", "Plan exported to {path}").format(path=target), level="info")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        show = self.controller.show
        app = QApplication.instance()
        stopping = app is not None and bool(app.property(QUIT_REQUESTED))  # SIGTERM, SIGINT: no question
        if self.confirm_close and show.started and not show.ended and not stopping and not QuitDialog.ask(self):
            event.ignore()  # Ctrl+Q beside Q, Shift+Q and Alt+Q: a slip never ends the show
            return
        self.closing.emit(bytes(self.saveGeometry().data()))
        if self.plan_editor is not None:
            self.plan_editor.close()
            self.plan_editor.deleteLater()
            self.plan_editor = None
        if self.complete:
            self.details.notes.flush()
            self.keep_awake.stop()
            self.display.close()
        if self.stage is not None:
            self.stage.hide()  # hidden windows do not keep the app running
            self.stage.deleteLater()
            self.stage = None
        if self.audience is not None:
            self.audience.hide()
            self.audience.deleteLater()
            self.audience = None
        super().closeEvent(event)
