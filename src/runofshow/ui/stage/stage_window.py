"""The stage manager's window: who comes next, their cues and notes, and messages to the moderator.

It never offers anything that changes the show clock: only cues, messages, the stream's lower
third shown or hidden, and reading.
"""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.durations import format_clock, format_countdown
from runofshow.core.kinds import Cue, RequestType
from runofshow.core.stage_announcements import StageSituation, stage_changes, stage_situation
from runofshow.ui.displays.display_actions import speaker_presets
from runofshow.ui.session.announcer import SpokenNotice, announce_from
from runofshow.ui.session.qt_app import QUIT_REQUESTED
from runofshow.ui.widgets.accessible import KEY_HINT, name_plainly
from runofshow.ui.widgets.button_flow import ButtonFlow
from runofshow.ui.widgets.i18n import clock_text, cue_label, translate, type_label, words_text
from runofshow.ui.widgets.live_label import LiveLabel
from runofshow.ui.widgets.plain_text import PlainLabel, plain_tip, title_text
from runofshow.ui.widgets.style import set_state

#: Compact below this many average characters of width, or lines of height.
COMPACT_CHARS = 110
COMPACT_LINES = 32


def preset_messages() -> tuple[str, ...]:
    """Ready-made messages to the moderator (F5-F8), in the chosen language."""
    return (
        translate("StageWindow", "Speaker ready"),
        translate("StageWindow", "Wrap up"),
        translate("StageWindow", "Interpretation problem"),
        translate("StageWindow", "Mic check"),
    )


class StateSource(Protocol):
    """A show to follow: this app's controller, or a show on another laptop (net/remote.py)."""

    changed: Any  # Signal(): the state changed
    tick: Any  # Signal(): a second passed

    def snapshot(self) -> dict[str, Any]: ...
    def act(self, action: str, **arguments: Any) -> bool: ...
    def seconds_since_state(self) -> float:
        """How old the state that snapshot() returns is (0 for a state computed on the spot)."""
        ...

    def status(self) -> str: ...
    def linked(self) -> bool | None:
        """Whether the link to the show is up; None for a show on this laptop."""
        ...

    def lost_for(self) -> float:
        """Seconds since the link went down (0 while up)."""
        ...

    def following_fallback(self) -> str | None:
        """The standby's address while the window follows it (the show's laptop died); else None."""
        ...


def _hms(iso: str | None, plus: float = 0.0) -> str:
    if not iso:
        return "—"
    return clock_text(datetime.fromisoformat(iso) + timedelta(seconds=plus))


class StageWindow(QWidget):
    def __init__(self, source: StateSource, parent: QWidget | None = None, *, standalone: bool = False) -> None:
        """`standalone`: the window is the whole app (`runofshow connect`), so closing it quits."""
        super().__init__(parent, Qt.WindowType.Window)
        self._standalone = standalone
        self.setObjectName("stageWindow")
        self._source = source
        self._state: dict[str, Any] | None = None
        self._ids: list[tuple[str, str]] = []  # (segment id, entry id) per list row

        self.status = LiveLabel("NOW: a long segment title here · 88:88 left · 88:88:88", name="stageStatus")
        self.upcoming = QListWidget()
        self.upcoming.setObjectName("stageUpcoming")
        self.upcoming.setWordWrap(True)
        self.upcoming.setTextElideMode(Qt.TextElideMode.ElideNone)  # "1:04…" hides the speaker's time
        self.upcoming.currentRowChanged.connect(self._show_entry)
        # A read-only text view, not a word-wrapping label: long notes scroll, and the window's
        # layout stays free of height-for-width (which froze the button grids' sizes).
        self.about = QTextBrowser()
        self.about.setObjectName("stageAbout")
        self.about.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.about.setAccessibleName(translate("StageWindow", "Speaker notes"))
        self._size_notes()
        self.cues = QListWidget()
        self.cues.setObjectName("stageCues")
        self.cues.setWordWrap(True)  # a long cue takes a second line, never an ellipsis
        self.log = QListWidget()
        self.log.setObjectName("stageLog")
        self.log.setWordWrap(True)  # a long message takes lines; whether it was seen comes first

        self.cue_buttons: dict[Cue, QPushButton] = {}
        cue_buttons = (
            (Cue.STANDBY, translate("StageWindow", "◐ Standby  [1]")),
            (Cue.READY, translate("StageWindow", "● Ready  [2]")),
            (Cue.WAITING, translate("StageWindow", "○ Back to waiting  [3]")),
        )
        for cue, text in cue_buttons:
            button = QPushButton(text)
            name_plainly(button, text)
            button.clicked.connect(lambda _=False, c=cue: self.set_cue(c))
            self.cue_buttons[cue] = button
        # The stream's lower third (/lower-third) shown or hidden by hand, whoever has the floor (L).
        self.lower_third = QPushButton()
        self.lower_third.setObjectName("stageLowerThird")
        self.lower_third.setCheckable(True)
        self.lower_third.clicked.connect(self.toggle_lower_third)
        # Button rows re-flow instead of widening the window (200% text, longer languages).
        cue_row = ButtonFlow(list(self.cue_buttons.values()), 3)
        self.message_buttons: list[QPushButton] = []
        for i, text in enumerate(preset_messages()):
            button = QPushButton(translate("StageWindow", "✉ {text}  [F{key}]").format(text=text, key=i + 5))
            button.setAccessibleName(translate("StageWindow", "Message to the moderator: {text}").format(text=text))
            button.clicked.connect(lambda _=False, t=text: self.send(t))
            self.message_buttons.append(button)
            action = QAction(self, shortcut=QKeySequence(f"F{i + 5}"))
            action.triggered.connect(lambda _=False, t=text: self.send(t))
            self.addAction(action)
        self.speaker_buttons: list[QPushButton] = []
        for text in speaker_presets():
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, t=text: self._source.act("message", to="speaker", text=t))
            self.speaker_buttons.append(button)
        self.custom = QLineEdit(
            placeholderText=translate("StageWindow", "Custom message to the moderator, Enter to send")
        )
        self.custom.setAccessibleName(translate("StageWindow", "Custom message to the moderator"))
        self.custom.returnPressed.connect(self._send_custom)
        self.custom.installEventFilter(self)
        message_row = QVBoxLayout()
        message_row.addWidget(ButtonFlow(self.message_buttons, 4))
        message_row.addWidget(self.custom)
        message_row.addWidget(PlainLabel(translate("StageWindow", "To the speaker:")))
        message_row.addWidget(ButtonFlow(self.speaker_buttons, 3))
        self.compact = False  # large text for the width: one line per speaker, buttons without keys
        closing = ["Ctrl+W"] if standalone else ["Ctrl+W", "Escape"]  # Esc never quits `connect`
        close = QAction(self)
        close.setShortcuts([QKeySequence(k) for k in closing])
        close.triggered.connect(self.close)
        self.addAction(close)
        for key, cue in (("1", Cue.STANDBY), ("2", Cue.READY), ("3", Cue.WAITING)):
            action = QAction(self, shortcut=QKeySequence(key))
            action.triggered.connect(lambda _=False, c=cue: self.set_cue(c))
            self.addAction(action)
        # A plain letter, as 1, 2, 3: the message field takes it while one types there.
        lower_third = QAction(self, shortcut=QKeySequence("L"))
        lower_third.triggered.connect(self.toggle_lower_third)
        self.addAction(lower_third)

        # Every button under the list, where its width is (a laptop screen is wider than tall):
        # the cues, then the messages; the right column is for reading.
        left = QVBoxLayout()
        left.addWidget(self._box(translate("StageWindow", "Coming up"), self.upcoming), 3)
        left.addWidget(cue_row)
        left.addLayout(message_row)
        column = QWidget()
        right = QVBoxLayout(column)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._box(translate("StageWindow", "Speaker notes"), self.about), 3)
        right.addWidget(self._box(translate("StageWindow", "Segment cues"), self.cues), 0)
        right.addWidget(self._box(translate("StageWindow", "Messages to the moderator"), self.log), 1)
        # Large text on a short screen: the column scrolls rather than pushing its buttons off it.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(column)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(scroll, 2)
        self.error = PlainLabel(objectName="stageError", wordWrap=True)
        # The link to the moderator's app in words and colour, on the status line at every size and
        # after the end too: it is never a word that goes to make room (a lost link is why the
        # clock beside it may be wrong).
        self.link = PlainLabel(objectName="stageLink")
        self.link.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.lower_third)  # on the status line: the list below keeps its height
        top.addWidget(self.link)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        # What changes (a cue, a segment, overtime, a message seen) said to a screen reader too,
        # shown on the errors' line (no line of its own: the list keeps the height).
        self.spoken = SpokenNotice()
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.spoken)
        layout.addLayout(bottom)
        self._heard: StageSituation | None = None
        failed = getattr(source, "failed", None)
        if failed is not None:
            failed.connect(self.error.setText)
        source.changed.connect(self.refresh)
        source.tick.connect(self._tick)
        self.resize(1100, 720)
        self.refresh()
        self.setWindowTitle(
            title_text(
                translate("StageWindow", "Stage manager · {title}").format(
                    title=self._state["event"]["title"] if self._state else ""
                )
            )
        )

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(widget)
        return box

    # --- reading (from the state's JSON: the same whether the show is here or on another laptop) ---
    def _upcoming(self, state: dict[str, Any]) -> list[dict[str, Any]]:
        if state["ended"]:
            return []
        ids = [state["current_segment"]]
        if state["next_segment"] and state["next_segment"] != state["current_segment"]:
            ids.append(state["next_segment"])
        by_id = {seg["id"]: seg for seg in state["segments"]}
        return [by_id[i] for i in ids if i in by_id]

    def refresh(self) -> None:
        self.error.setText("")
        state = self._source.snapshot()
        self._state = state
        self._hear(state)
        selected = self._ids[self.upcoming.currentRow()] if 0 <= self.upcoming.currentRow() < len(self._ids) else None
        self.upcoming.clear()
        self._ids = []
        for seg in self._upcoming(state):
            header = (
                translate("StageWindow", "LIVE: {title}")
                if state["live_segment"] == seg["id"]
                else translate("StageWindow", "NEXT: {title}")
            ).format(title=seg["title"])
            self.upcoming.addItem(f"── {header} ──")
            self._ids.append((seg["id"], ""))
            for entry in seg["speakers"]:
                if entry["cue"] in ("waiting", "standby", "ready", "speaking"):
                    self.upcoming.addItem(self._line(entry))
                    self._ids.append((seg["id"], entry["id"]))
        if state["ended"]:  # an empty box reads as a lost link: say why it is empty
            self.upcoming.addItem(translate("StageWindow", "The show has ended: no one to cue"))
            self._ids.append(("", ""))
        if selected in self._ids:
            self.upcoming.setCurrentRow(self._ids.index(selected))
        else:
            first = next((i for i, (_, e) in enumerate(self._ids) if e), -1)
            self.upcoming.setCurrentRow(first)
        self.cues.clear()
        current = next((seg for seg in state["segments"] if seg["id"] == state["current_segment"]), None)
        if current is not None:
            self.cues.addItems([f"▸ {cue}" for cue in current.get("cues", [])])
        self._fit_cues()
        self.log.clear()
        for message in reversed(state["messages"]):
            if message["to"] != "moderator":
                continue
            seen = (
                translate("StageWindow", "✓ seen {time}").format(time=_hms(message["acknowledged_at"]))
                if message["acknowledged"]
                else translate("StageWindow", "○ not yet seen")
            )
            # Seen or not first: a long message wraps, and what the stage manager looks for is never cut.
            self.log.addItem(f"{seen} · {_hms(message['at'])}  {message['text']}")
        self._show_lower_third(state)
        self._show_status(state)

    def lower_third_shown(self) -> bool:
        """Whether the stream's lower third is shown (a show of an older version has none to hide)."""
        state = self._state or {}
        return bool(state.get("lower_third", {}).get("shown", True))

    def _show_lower_third(self, state: dict[str, Any]) -> None:
        shown = bool(state.get("lower_third", {}).get("shown", True))
        # In words and a shape as well as the button's pressed look: on the stream or not.
        label = (
            translate("StageWindow", "▣ Lower third on  [L]")
            if shown
            else translate("StageWindow", "□ Lower third off  [L]")
        )
        self.lower_third.setProperty("full", label)
        self.lower_third.setText(KEY_HINT.sub("", label) if self.compact else label)
        self.lower_third.setToolTip(plain_tip(label) if self.compact else "")
        name_plainly(self.lower_third, label)
        self.lower_third.setChecked(shown)

    def _line(self, entry: dict[str, Any]) -> str:
        about = ", ".join(part for part in (entry["role"], entry["organization"]) if part)
        remaining = entry.get("remaining_s")
        clock = f"  {format_countdown(remaining)}" if entry["cue"] == "speaking" and remaining is not None else ""
        kind = type_label(RequestType(entry["type"]))
        name = f"{entry['name']} · {entry['language']}" if entry.get("language") else entry["name"]
        if self.compact:
            # The cue's sign (its button says which is which), the name, and the request when it
            # is not a plain statement; the role and organisation are in the speaker notes.
            sign = cue_label(Cue(entry["cue"])).split(" ", 1)[0]
            plain = entry["type"] == RequestType.STATEMENT.value
            return f"{sign}  {name}{clock}" + ("" if plain else f" · {kind}")
        return f"{cue_label(Cue(entry['cue'])):<12} {name}{clock}\n      " + (f"{about} · {kind}" if about else kind)

    # --- fitting the screen -----------------------------------------------------------------
    def _fit_cues(self) -> None:
        """Every cue of the segment in sight: the box as tall as its lines (one at least)."""
        cues = self.cues
        metrics = cues.fontMetrics()
        width = max(cues.width() - 2 * cues.frameWidth() - 8, 40)
        flags = int(Qt.TextFlag.TextWordWrap)
        rows = [cues.item(row).text() for row in range(cues.count())] or [""]
        height = sum(
            max(metrics.boundingRect(0, 0, width, 10_000, flags, text).height(), metrics.height()) + 6 for text in rows
        )
        cues.setFixedHeight(height + 2 * cues.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_later)

    def _fit_later(self) -> None:
        if shiboken6.isValid(self):  # the window may have gone meanwhile
            self._fit()

    def _fit(self) -> None:
        self._fit_cues()
        self._fit_compact()

    def _fit_compact(self) -> None:
        """Compact when the text is large for the window (150% on a laptop): a line per speaker
        (the cue's sign, the name, the request) and the buttons' words without their keys (in
        the tooltips), so that the list keeps five speakers and more in sight beside the buttons."""
        metrics = self.upcoming.fontMetrics()
        compact = (
            self.width() < COMPACT_CHARS * metrics.averageCharWidth()
            or self.height() < COMPACT_LINES * metrics.lineSpacing()
        )
        if compact == self.compact:
            return
        self.compact = compact
        for button in [*self.cue_buttons.values(), *self.message_buttons, self.lower_third]:
            label = button.property("full") or button.text()
            button.setProperty("full", label)
            button.setText(KEY_HINT.sub("", label) if compact else label)
            button.setToolTip(plain_tip(label) if compact else "")
        self.setProperty("compact", "true" if compact else "false")
        for button in self.findChildren(QPushButton):
            button.style().unpolish(button)
            button.style().polish(button)
        self.refresh()

    def _tick(self) -> None:
        """The status line each second: a fresh state (a local show), or the last one aged (a remote one)."""
        if self._state is not None and not self.isVisible():
            return  # a hidden window costs nothing per tick
        state = self._source.snapshot()
        self._hear(state)  # overtime comes with time, not with a command
        self._show_status(state)

    def _hear(self, state: dict[str, Any]) -> None:
        now = stage_situation(state)
        if self.isVisible():
            for announcement in stage_changes(self._heard, now):
                announce_from(self, words_text(announcement.words), urgent=announcement.urgent, notice=self.spoken)
        self._heard = now

    def _show_link(self) -> None:
        linked = self._source.linked()
        self.link.setVisible(linked is not None)
        if linked is None:
            return
        fallback = self._source.following_fallback()
        if linked and fallback:
            text = translate("StageWindow", "● linked to the fallback {address}").format(address=fallback)
        elif linked:
            text = translate("StageWindow", "● linked")
        else:
            text = translate("StageWindow", "■ LINK LOST {time} · reconnecting…").format(
                time=format_clock(round(self._source.lost_for()))
            )
        if text != self.link.text():
            self.link.setText(text)
        set_state(self.link, "ok" if linked else "lost")

    def _show_status(self, state: dict[str, Any]) -> None:
        self._show_link()
        age = self._source.seconds_since_state()
        passed = age if state["running"] else 0.0
        now = _hms(state["now"], age)
        if state["ended"]:
            self.status.setText(translate("StageWindow", "The show has ended · {time}").format(time=now))
            set_state(self.status, "ended")
            return
        seg = next(s for s in state["segments"] if s["id"] == state["current_segment"])
        live = state["live_segment"] is not None
        count = str(seg.get("count", "down"))  # timer modes: docs/event-file.md
        if live and count.startswith("to "):
            passed = age  # a count to a time of day goes on while paused
        remaining = seg["remaining_s"] - (passed if live else 0.0)
        if live and count == "up":
            # The time run, never OVERTIME: a count up's length is only planned.
            ran = format_clock(max(seg["elapsed_s"] + passed, 0.0))
            set_state(self.status, "live")
            self.status.set_choices(
                translate("StageWindow", "NOW: {title} · ↑{ran} so far · {time}").format(
                    title=seg["title"], ran=ran, time=now
                ),
                translate("StageWindow", "NOW: {title} · ↑{ran} so far").format(title=seg["title"], ran=ran),
                translate("StageWindow", "↑{ran} so far · {time}").format(ran=ran, time=now),
            )
            return
        if live and remaining < 0:
            # In words, not "+0:53 left": how far over, as the moderator's OVERTIME says it.
            over = format_countdown(-remaining)
            full = translate("StageWindow", "NOW: {title} · OVERTIME {over} · {time}").format(
                title=seg["title"], over=over, time=now
            )
            titled = translate("StageWindow", "NOW: {title} · OVERTIME {over}").format(title=seg["title"], over=over)
            short = translate("StageWindow", "OVERTIME {over} · {time}").format(over=over, time=now)
            self.status.set_choices(full, titled, short)
            set_state(self.status, "overtime")  # in colour too, as the moderator's card turns red
            return
        set_state(self.status, "live" if live else "ready")
        left = format_countdown(remaining)
        title = seg["title"]
        target = seg.get("count_target")
        if isinstance(target, str):  # a count to: the time of day it ends at (time added moves it)
            title = translate("StageWindow", "{title} (until {time})").format(title=title, time=_hms(target))
        line = (
            translate("StageWindow", "NOW: {title} · {left} left · {time}")
            if live
            else translate("StageWindow", "READY: {title} · {left} left · {time}")
        )
        full = line.format(title=title, left=left, time=now)
        # Narrow: the time of day goes first, then the title (the link has a label of its own).
        short = translate("StageWindow", "{left} left · {time}").format(left=left, time=now)
        titled = (
            translate("StageWindow", "NOW: {title} · {left} left")
            if live
            else translate("StageWindow", "READY: {title} · {left} left")
        ).format(title=title, left=left)
        self.status.set_choices(full, titled, short)

    def selected(self) -> tuple[str, str] | None:
        row = self.upcoming.currentRow()
        if 0 <= row < len(self._ids) and self._ids[row][1]:
            return self._ids[row]
        return None

    def _show_entry(self, row: int) -> None:
        chosen = self._ids[row] if 0 <= row < len(self._ids) else None
        if not chosen or not chosen[1] or self._state is None:
            self.about.setText("")
            return
        segment_id, entry_id = chosen
        seg = next(s for s in self._state["segments"] if s["id"] == segment_id)
        entry = next(e for e in seg["speakers"] if e["id"] == entry_id)
        size = "large" if self.compact else "x-large"  # large text already: the name need not be larger still
        lines = [f"<b style='font-size:{size}'>{html.escape(entry['name'])}</b>"]
        for label, key in (
            (translate("StageWindow", "Say it"), "pronunciation"),
            (translate("StageWindow", "Language"), "language"),
            (translate("StageWindow", "Role"), "role"),
            (translate("StageWindow", "Organisation"), "organization"),
            (translate("StageWindow", "Request"), "type"),
            (translate("StageWindow", "Notes"), "notes"),
        ):
            if entry.get(key):
                value = type_label(RequestType(entry[key])) if key == "type" else str(entry[key])
                lines.append(f"<b>{label}:</b> {html.escape(value)}")
        self.about.setText("<br>".join(lines))

    # --- acting (cues, messages and the lower third only) ------------------------------------
    def set_cue(self, cue: Cue) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        segment_id, entry_id = chosen
        self._source.act("speaker_cue", speaker=entry_id, cue=cue.value, segment=segment_id)

    def send(self, text: str) -> None:
        self._source.act("message", to="moderator", text=text)

    def toggle_lower_third(self) -> None:
        """Hide the lower third if it is shown, else show it (the state says which, when it comes back)."""
        shown = self.lower_third_shown()
        self.lower_third.setChecked(shown)  # the button's look follows the show, not the click
        self._source.act("lower_third", shown=not shown)

    def _send_custom(self) -> None:
        text = self.custom.text().strip()
        if text and self._source.act("message", to="moderator", text=text):
            self.custom.clear()
            self.leave_field()  # sent: the keys are the list's again (1, 2, 3 set cues, not digits)

    def leave_field(self) -> None:
        self.upcoming.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Esc in the message field leaves it (it never closes the window from there): the field
        # takes the key before the window's Esc shortcut would, then gives the keys to the list.
        escape = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
        if watched is self.custom and escape and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if watched is self.custom and escape and event.type() == QEvent.Type.KeyPress:
            self.leave_field()
            return True
        return super().eventFilter(watched, event)

    def _size_notes(self) -> None:
        # Name, say it, language, role, organisation, request and a line of notes, without scrolling,
        # in the font the style sheet gives (known once the window is polished and shown).
        self.about.setMinimumHeight(self.about.fontMetrics().lineSpacing() * 8)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._size_notes()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        app = QApplication.instance()
        if self._standalone or (app is not None and app.property(QUIT_REQUESTED)):
            # The app is quitting (SIGTERM, SIGINT): a window that refused to close would cancel
            # the quit, and the first signal must be enough.
            event.accept()
            return
        self.hide()
        event.ignore()  # kept for the next View → Stage manager
