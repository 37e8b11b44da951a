"""Under the segment countdown: who has the floor, their own countdown, and who is next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from runofshow.core.durations import format_countdown
from runofshow.core.schedule import Phase, phase_for
from runofshow.core.show import queue_index
from runofshow.core.speakers import SPEAKER_FINAL_S, SPEAKER_WRAP_UP_S
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.fit_label import FitLabel
from runofshow.ui.widgets.i18n import cue_label, phase_label, translate, type_label
from runofshow.ui.widgets.live_label import LiveLabel
from runofshow.ui.widgets.style import set_state


class SpeakerStrip(QFrame):
    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerStrip")
        self._controller = controller
        self.who = LiveLabel("FLOOR: Dr Someone — Director, Organisation · Point of order", name="speakerWho")
        self.next_speaker = LiveLabel("NEXT: Dr Someone Quite Long — ● READY", name="nextSpeaker")
        # As wide as the widest state word in the chosen language (it is never cut short).
        states = [phase_label(phase) for phase in Phase] + [translate("SpeakerStrip", "SPEAKING")]
        states.append(translate("SpeakerStrip", "❚❚ PAUSED"))
        widest = max(states, key=lambda text: self.fontMetrics().horizontalAdvance(text))
        self.state = LiveLabel(widest, name="speakerState", align=Qt.AlignmentFlag.AlignCenter)
        self.state.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.digits = FitLabel("+88:88", name="speakerDigits", fill=1.0)
        self.digits.setFixedSize(180, 56)
        self.digits.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.who)
        text.addWidget(self.next_speaker)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 10, 2)
        layout.addLayout(text, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.digits)
        self.setMinimumHeight(56 + 4)  # as tall with the digits as without: no jump when a turn starts
        controller.changed.connect(self.refresh)
        controller.tick.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        frame = self._controller.frame
        show, now = frame.show, frame.now
        if show.ended:
            self.next_speaker.setText("")
            self.who.setText(translate("SpeakerStrip", "The show has ended · Ctrl+G reopens a segment"))
            self._someone_speaking(False)
            set_state(self, "idle")
            return
        queue = show.runs[queue_index(show)].queue
        speaking = queue.speaking
        following = queue.next_up()
        if following is not None:
            self.next_speaker.set_choices(
                translate("SpeakerStrip", "NEXT: {name} — {cue}   [G: give the floor]").format(
                    name=following.name, cue=cue_label(following.cue)
                ),
                translate("SpeakerStrip", "NEXT: {name} — {cue}").format(
                    name=following.name, cue=cue_label(following.cue)
                ),
                translate("SpeakerStrip", "NEXT: {name}").format(name=following.name),
            )
        else:
            self.next_speaker.setText(translate("SpeakerStrip", "NEXT: no one waiting  [A: add a speaker]"))
        if speaking is None:
            self.who.setText(translate("SpeakerStrip", "FLOOR: no one is speaking"))
            self._someone_speaking(False)
            set_state(self, "idle")
            return
        about = ", ".join(part for part in (speaking.role, speaking.organization) if part)
        who = f"{speaking.name} · {speaking.language}" if speaking.language else speaking.name
        name = translate("SpeakerStrip", "FLOOR: {name}").format(name=who)
        kind = f" · {type_label(speaking.type)}"
        # Narrow: the role and organisation go first, then the request type; the name stays whole.
        self.who.set_choices(name + (f" — {about}" if about else "") + kind, name + kind, name)
        self._someone_speaking(True)
        turn = speaking.current
        remaining = speaking.remaining(now)
        if remaining is None:  # no allotted time: count up
            self.digits.setText(format_countdown(-(turn.spoken(now) if turn else 0.0)).lstrip("+") or "0:00")
            phase = Phase.RUNNING
        else:
            self.digits.setText(format_countdown(remaining))
            phase = phase_for(remaining, SPEAKER_WRAP_UP_S, SPEAKER_FINAL_S)
        if turn is not None and not turn.running:
            self.state.setText(translate("SpeakerStrip", "❚❚ PAUSED"))
            set_state(self, "paused")
        else:
            self.state.setText(translate("SpeakerStrip", "SPEAKING") if phase is Phase.RUNNING else phase_label(phase))
            set_state(self, phase.value)

    def next_line_room(self) -> int:
        """What hiding the NEXT line gives (the strip keeps its height for the speaker's digits)."""
        margins = self.contentsMargins().top() + self.contentsMargins().bottom() + 4
        both = self.who.sizeHint().height() + self.next_speaker.sizeHint().height() + margins
        return max(both - max(self.minimumHeight(), self.who.sizeHint().height() + margins), 0)

    def _someone_speaking(self, speaking: bool) -> None:
        """No one speaking: no state and no digits, and the names get the strip's whole width
        (a layout only when this changes, never on a tick)."""
        if not speaking:
            self.state.setText("")
            self.digits.setText("")
        self.state.setVisible(speaking)
        self.digits.setVisible(speaking)
