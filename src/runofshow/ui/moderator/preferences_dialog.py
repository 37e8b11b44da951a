"""Preferences: warning thresholds, theme, font scale, the stage manager's screen, API defaults,
chimes, the app-wide automations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from runofshow.core.automation_format import automation_data
from runofshow.core.chimes import Chime
from runofshow.files.automations_text import automations_text, read_automations_text
from runofshow.files.problems import Severity
from runofshow.files.settings import FONT_SCALES, LANGUAGES, Settings, app_automations
from runofshow.ui.session import chimes
from runofshow.ui.widgets.i18n import system_language, translate, words_text
from runofshow.ui.widgets.plain_text import PlainLabel, plain_tip
from runofshow.ui.widgets.screen_fit import scrolled_body
from runofshow.ui.widgets.style import themes


def _theme_label(name: str) -> str:
    labels = {
        "dark": translate("PreferencesDialog", "Dark"),
        "light": translate("PreferencesDialog", "Light"),
        "high-contrast": translate("PreferencesDialog", "High contrast"),
    }
    return labels.get(name, name)


def _seconds_box(value: int | None) -> QSpinBox:
    box = QSpinBox(
        minimum=0,
        maximum=3600,
        singleStep=15,
        suffix=translate("PreferencesDialog", " s"),
    )
    box.setSpecialValueText(translate("PreferencesDialog", "from the event file"))
    box.setValue(value or 0)
    return box


class PreferencesDialog(QDialog):
    #: Where the test buttons play (a sound output's id -> a sink): QtMultimedia's; tests count plays.
    make_sink: Callable[[str, QObject], chimes.ChimeSink] | None = None

    def __init__(self, settings: Settings, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self._settings = settings
        self.wrap_up = _seconds_box(settings.wrap_up_s)
        self.final = _seconds_box(settings.final_s)
        self.theme = QComboBox()
        for name in themes():
            self.theme.addItem(_theme_label(name), name)
        self.theme.setCurrentIndex(max(self.theme.findData(settings.theme), 0))
        self.language = QComboBox()
        self.language.addItem(
            translate("PreferencesDialog", "the system's ({language})").format(language=LANGUAGES[system_language()]),
            "",
        )
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.announcements = QComboBox()
        for level, label in (
            ("all", translate("PreferencesDialog", "every change (state, segment, speaker, messages)")),
            ("urgent", translate("PreferencesDialog", "only FINAL, OVERTIME, the end and messages")),
            ("off", translate("PreferencesDialog", "nothing (F2 still says where the show stands)")),
        ):
            self.announcements.addItem(label, level)
        self.announcements.setCurrentIndex(max(self.announcements.findData(settings.announcements), 0))
        self.font_scale = QDoubleSpinBox(minimum=FONT_SCALES[0], maximum=FONT_SCALES[1], singleStep=0.1, decimals=2)
        self.font_scale.setValue(settings.font_scale)
        self.stage_screen = QComboBox()
        self.stage_screen.addItem(translate("PreferencesDialog", "beside the main window"), "")
        for screen in QGuiApplication.screens():
            self.stage_screen.addItem(f"{screen.name()} {screen.model()}".strip(), screen.name())
        index = self.stage_screen.findData(settings.stage_screen)
        self.stage_screen.setCurrentIndex(max(index, 0))
        self.api_listen = QLineEdit(
            settings.api_listen, placeholderText=translate("PreferencesDialog", "off (e.g. 127.0.0.1:8765)")
        )
        self.api_token = QLineEdit(
            settings.api_token, placeholderText=translate("PreferencesDialog", "a new token each start")
        )
        # The app-wide automations: the same YAML as an event file's `automations:` list.
        self.automations = QPlainTextEdit(automations_text(app_automations(settings)))
        self.automations.setObjectName("automations")
        self.automations.setPlaceholderText(
            translate(
                "PreferencesDialog",
                "none; as in an event file, e.g.\n"
                '- on: time_up\n  osc: {to: "127.0.0.1:53000", address: /cue/red/start}',
            )
        )
        self.automations.setTabChangesFocus(True)
        self.automations_any_host = QCheckBox(
            translate("PreferencesDialog", "Automations may go to hosts beyond this computer and its local networks")
        )
        self.automations_any_host.setChecked(settings.automations_any_host)
        self.automations_problems = PlainLabel("")
        self.automations_problems.setObjectName("automationsProblems")
        self.automations_problems.setWordWrap(True)
        self.automations_problems.hide()
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(translate("PreferencesDialog", "WRAP UP from"), self.wrap_up)
        form.addRow(translate("PreferencesDialog", "FINAL from"), self.final)
        form.addRow(translate("PreferencesDialog", "Theme"), self.theme)
        form.addRow(translate("PreferencesDialog", "Font scale"), self.font_scale)
        form.addRow(translate("PreferencesDialog", "Language (at the next start)"), self.language)
        form.addRow(translate("PreferencesDialog", "Screen reader announcements"), self.announcements)
        form.addRow(translate("PreferencesDialog", "Stage manager's screen"), self.stage_screen)
        form.addRow(translate("PreferencesDialog", "Control API (--serve)"), self.api_listen)
        form.addRow(translate("PreferencesDialog", "API token (--token)"), self.api_token)
        self._sound_rows(form, settings)
        form.addRow(translate("PreferencesDialog", "Automations for every event"), self.automations)
        form.addRow("", self.automations_problems)
        form.addRow("", self.automations_any_host)
        form.addRow(
            translate("PreferencesDialog", "Recent files"),
            PlainLabel("\n".join(recent[:5]) or translate("PreferencesDialog", "none")),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # The form scrolls, OK and Cancel stay in sight: at 150% on a 768-line laptop the chimes
        # and the automations make it taller than the screen.
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.scroller = scrolled_body(self, body, buttons)

    # --- sound ------------------------------------------------------------------------------
    def _sound_rows(self, form: QFormLayout, settings: Settings) -> None:
        """Chimes at WRAP UP, FINAL and time up: on this laptop, for the speaker display (on a
        sound output of its own), a volume and a button to hear each. Without sound here (no Qt
        Multimedia, no output) the reason is said and everything stays off."""
        self.sound_problem = chimes.sound_problem() if self.make_sink is None else None
        can = self.sound_problem is None
        self.chime_moderator = QCheckBox(translate("PreferencesDialog", "on this laptop"))
        self.chime_speaker = QCheckBox(translate("PreferencesDialog", "for the speaker display, through"))
        self.chime_output = QComboBox()
        self.chime_output.addItem(translate("PreferencesDialog", "the system's sound output"), "")
        for output, name in chimes.outputs() if can and self.make_sink is None else []:
            self.chime_output.addItem(name, output)
        self.chime_output.setCurrentIndex(max(self.chime_output.findData(settings.chime_speaker_output), 0))
        self.chime_volume = QSpinBox(minimum=0, maximum=100, singleStep=10, suffix=" %")
        self.chime_volume.setValue(settings.chime_volume)
        self.chime_moderator.setChecked(can and settings.chime_moderator)
        self.chime_speaker.setChecked(can and settings.chime_speaker)
        where = QHBoxLayout()
        where.addWidget(self.chime_moderator)
        where.addWidget(self.chime_speaker)
        where.addWidget(self.chime_output, 1)
        form.addRow(translate("PreferencesDialog", "Chimes at WRAP UP, FINAL, time up"), where)
        tries = QHBoxLayout()
        tries.addWidget(self.chime_volume)
        self.try_buttons: dict[Chime, QPushButton] = {}
        for chime, label in (
            (Chime.WRAP_UP, translate("PreferencesDialog", "▶ WRAP UP")),
            (Chime.FINAL, translate("PreferencesDialog", "▶ FINAL")),
            (Chime.TIME_UP, translate("PreferencesDialog", "▶ TIME UP")),
        ):
            button = QPushButton(label)
            button.setToolTip(plain_tip(translate("PreferencesDialog", "Play this chime now, at this volume")))
            button.clicked.connect(lambda _=False, c=chime: self.try_chime(c))
            tries.addWidget(button)
            self.try_buttons[chime] = button
        form.addRow(translate("PreferencesDialog", "Chime volume (try them)"), tries)
        for widget in (self.chime_moderator, self.chime_speaker, self.chime_output, self.chime_volume,
                       *self.try_buttons.values()):  # fmt: skip
            widget.setEnabled(can)
        if self.sound_problem is not None:
            problem = PlainLabel(self.sound_problem, objectName="soundProblem")
            problem.setWordWrap(True)
            form.addRow("", problem)
        self._sinks: dict[str, chimes.ChimeSink] = {}

    def try_chime(self, chime: Chime) -> None:
        """Play a chime where the chimes would play: the laptop's output and the speaker
        display's (when ticked), or the system's when neither is."""
        places = []
        if self.chime_moderator.isChecked() or not self.chime_speaker.isChecked():
            places.append("")
        if self.chime_speaker.isChecked():
            places.append(self.chime_output.currentData() or "")
        make = self.make_sink or chimes.QtChimeSink
        for output in dict.fromkeys(places):
            if output not in self._sinks:
                self._sinks[output] = make(output, self)
            self._sinks[output].play(chime, self.chime_volume.value() / 100)

    def accept(self) -> None:
        """OK only with automations that read (their problems are shown, at their lines)."""
        _, problems = read_automations_text(self.automations.toPlainText())
        errors = [p for p in problems if p.severity is Severity.ERROR]
        if errors:
            line = translate("PreferencesDialog", "line {line}, column {column}: {problem}")
            self.automations_problems.setText(
                "\n".join(line.format(line=p.line, column=p.column, problem=words_text(p.message)) for p in errors[:5])
            )
            self.automations_problems.show()
            self.automations.setFocus()
            return
        super().accept()

    def value(self) -> Settings:
        automations, _ = read_automations_text(self.automations.toPlainText())
        return replace(
            self._settings,
            chime_moderator=self.chime_moderator.isChecked(),
            chime_speaker=self.chime_speaker.isChecked(),
            chime_speaker_output=self.chime_output.currentData() or "",
            chime_volume=self.chime_volume.value(),
            wrap_up_s=self.wrap_up.value() or None,
            final_s=self.final.value() or None,
            theme=self.theme.currentData(),
            language=self.language.currentData(),
            font_scale=round(self.font_scale.value(), 2),
            announcements=self.announcements.currentData(),
            stage_screen=self.stage_screen.currentData() or "",
            api_listen=self.api_listen.text().strip(),
            api_token=self.api_token.text().strip(),
            automations=[automation_data(a) for a in automations],
            automations_any_host=self.automations_any_host.isChecked(),
        )

    @classmethod
    def ask(cls, parent: QWidget, settings: Settings, recent: list[str]) -> Settings | None:
        """The new settings, or None if cancelled (tests replace this)."""
        dialog = cls(settings, recent, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
