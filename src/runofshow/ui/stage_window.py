"""The stage manager's window: who comes next, their cues and notes, and messages to the moderator.

It never offers anything that changes the show clock: only cues, messages and reading.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.commands import Cue, Recipient
from runofshow.core.durations import format_countdown
from runofshow.core.speakers import CUE_LABELS, TO_SPEAK, TYPE_LABELS, Entry
from runofshow.ui.controller import ShowController
from runofshow.ui.display_actions import SPEAKER_PRESETS
from runofshow.ui.live_label import LiveLabel

PRESET_MESSAGES = ("Speaker ready", "Wrap up", "Interpretation problem", "Mic check")


class StageWindow(QWidget):
    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("stageWindow")
        self.setWindowTitle(f"Stage manager · {controller.show.event.info.title}")
        self._controller = controller
        self._ids: list[tuple[int, str]] = []  # (segment index, entry id) per list row

        self.status = LiveLabel("NOW: a long segment title here · 88:88 left · 88:88:88", name="stageStatus")
        self.upcoming = QListWidget(objectName="stageUpcoming")
        self.upcoming.setWordWrap(True)
        self.upcoming.currentRowChanged.connect(self._show_entry)
        self.about = QLabel(objectName="stageAbout", wordWrap=True)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.cues = QListWidget(objectName="stageCues")
        self.log = QListWidget(objectName="stageLog")

        cue_row = QHBoxLayout()
        self.cue_buttons: dict[Cue, QPushButton] = {}
        cue_buttons = (
            (Cue.STANDBY, "◐ Standby  [1]"),
            (Cue.READY, "● Ready  [2]"),
            (Cue.WAITING, "○ Back to waiting  [3]"),
        )
        for cue, text in cue_buttons:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, c=cue: self.set_cue(c))
            cue_row.addWidget(button)
            self.cue_buttons[cue] = button
        message_row = QGridLayout()
        self.message_buttons: list[QPushButton] = []
        for i, text in enumerate(PRESET_MESSAGES):
            button = QPushButton(f"✉ {text}  [F{i + 5}]")
            button.clicked.connect(lambda _=False, t=text: self.send(t))
            message_row.addWidget(button, i // 2, i % 2)
            self.message_buttons.append(button)
            action = QAction(self, shortcut=QKeySequence(f"F{i + 5}"))
            action.triggered.connect(lambda _=False, t=text: self.send(t))
            self.addAction(action)
        speaker_row = QHBoxLayout()
        speaker_row.addWidget(QLabel("To the speaker:"))
        self.speaker_buttons: list[QPushButton] = []
        for text in SPEAKER_PRESETS:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, t=text: self._controller.act("message", to="speaker", text=t))
            speaker_row.addWidget(button)
            self.speaker_buttons.append(button)
        message_row.addLayout(speaker_row, 3, 0, 1, 2)
        self.custom = QLineEdit(placeholderText="Custom message to the moderator, Enter to send")
        self.custom.returnPressed.connect(self._send_custom)
        message_row.addWidget(self.custom, 2, 0, 1, 2)
        for key, cue in (("1", Cue.STANDBY), ("2", Cue.READY), ("3", Cue.WAITING)):
            action = QAction(self, shortcut=QKeySequence(key))
            action.triggered.connect(lambda _=False, c=cue: self.set_cue(c))
            self.addAction(action)

        left = QVBoxLayout()
        left.addWidget(self._box("Coming up (live and next segment)", self.upcoming), 3)
        left.addLayout(cue_row)
        right = QVBoxLayout()
        right.addWidget(self._box("Speaker notes", self.about), 2)
        right.addWidget(self._box("Segment cues", self.cues), 1)
        right.addWidget(self._box("Messages to the moderator", self.log), 1)
        right.addLayout(message_row)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)
        controller.changed.connect(self.refresh)
        controller.tick.connect(self._tick)
        self.resize(1100, 720)
        self.refresh()

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(widget)
        return box

    # --- reading -------------------------------------------------------------------------
    def _segments(self) -> list[int]:
        show = self._controller.show
        if show.ended:
            return []
        first = show.cursor
        following = show.next_pending(first)
        return [first] + ([following] if following is not None else [])

    def refresh(self) -> None:
        show = self._controller.show
        selected = self._ids[self.upcoming.currentRow()] if 0 <= self.upcoming.currentRow() < len(self._ids) else None
        self.upcoming.clear()
        self._ids = []
        for index in self._segments():
            seg = show.segment(index)
            header = ("LIVE: " if show.live_index == index else "NEXT: ") + seg.title
            self.upcoming.addItem(f"── {header} ──")
            self._ids.append((index, ""))
            for entry in show.runs[index].queue.entries:
                if entry.cue in (*TO_SPEAK, Cue.SPEAKING):
                    self.upcoming.addItem(self._line(entry))
                    self._ids.append((index, entry.id))
        if selected in self._ids:
            self.upcoming.setCurrentRow(self._ids.index(selected))
        else:
            first = next((i for i, (_, e) in enumerate(self._ids) if e), -1)
            self.upcoming.setCurrentRow(first)
        self.cues.clear()
        if not show.ended:
            self.cues.addItems([f"▸ {cue}" for cue in show.segment(show.cursor).cues])
        self.log.clear()
        tz = show.event.info.tz
        for message in reversed(show.messages):
            if message.to is not Recipient.MODERATOR:
                continue
            at = f"{message.at.wall.astimezone(tz):%H:%M:%S}"
            seen = (
                f"✓ seen {message.acknowledged_at.wall.astimezone(tz):%H:%M:%S}"
                if message.acknowledged_at
                else "… not yet seen"
            )
            self.log.addItem(f"{at}  {message.text}   {seen}")
        self._tick()

    def _line(self, entry: Entry) -> str:
        about = ", ".join(part for part in (entry.role, entry.organization) if part)
        remaining = entry.remaining(self._controller.now()) if entry.cue is Cue.SPEAKING else None
        clock = f"  {format_countdown(remaining)}" if remaining is not None else ""
        return f"{CUE_LABELS[entry.cue]:<12} {entry.name}{clock}\n      {about} · {TYPE_LABELS[entry.type]}"

    def _tick(self) -> None:
        show = self._controller.show
        now = self._controller.now()
        local = now.wall.astimezone(show.event.info.tz)
        if show.ended:
            self.status.setText(f"The show has ended · {local:%H:%M:%S}")
            return
        timing = self._controller.basis.timing(show.cursor, now)
        state = "NOW" if show.live_index is not None else "READY"
        left = format_countdown(timing.remaining_s)
        self.status.setText(f"{state}: {show.segment(show.cursor).title} · {left} left · {local:%H:%M:%S}")

    def selected(self) -> tuple[int, str] | None:
        row = self.upcoming.currentRow()
        if 0 <= row < len(self._ids) and self._ids[row][1]:
            return self._ids[row]
        return None

    def _show_entry(self, row: int) -> None:
        chosen = self._ids[row] if 0 <= row < len(self._ids) else None
        if not chosen or not chosen[1]:
            self.about.setText("")
            return
        index, entry_id = chosen
        entry = self._controller.show.runs[index].queue.get(entry_id)
        lines = [f"<b style='font-size:22px'>{entry.name}</b>"]
        for label, value in (
            ("Say it", entry.pronunciation),
            ("Language", entry.language),
            ("Role", entry.role),
            ("Organisation", entry.organization),
            ("Request", TYPE_LABELS[entry.type]),
            ("Notes", entry.notes),
        ):
            if value:
                lines.append(f"<b>{label}:</b> {value}")
        self.about.setText("<br>".join(lines))

    # --- acting (cues and messages only) --------------------------------------------------
    def set_cue(self, cue: Cue) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        index, entry_id = chosen
        segment = self._controller.show.segment(index).id
        self._controller.act("speaker_cue", speaker=entry_id, cue=cue.value, segment=segment)

    def send(self, text: str) -> None:
        self._controller.act("message", to="moderator", text=text)

    def _send_custom(self) -> None:
        text = self.custom.text().strip()
        if text and self._controller.act("message", to="moderator", text=text):
            self.custom.clear()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.hide()
        event.ignore()  # kept for the next View → Stage manager
