"""Preferences: warning thresholds, theme, font scale, the stage manager's screen, API defaults,
the app-wide automations."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from runofshow.core.automation_format import automation_data
from runofshow.files.automations_text import automations_text, read_automations_text
from runofshow.files.problems import Severity
from runofshow.files.settings import FONT_SCALES, LANGUAGES, Settings, app_automations
from runofshow.ui.widgets.i18n import system_language, translate, words_text
from runofshow.ui.widgets.plain_text import PlainLabel
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
        form = QFormLayout(self)
        form.addRow(translate("PreferencesDialog", "WRAP UP from"), self.wrap_up)
        form.addRow(translate("PreferencesDialog", "FINAL from"), self.final)
        form.addRow(translate("PreferencesDialog", "Theme"), self.theme)
        form.addRow(translate("PreferencesDialog", "Font scale"), self.font_scale)
        form.addRow(translate("PreferencesDialog", "Language (at the next start)"), self.language)
        form.addRow(translate("PreferencesDialog", "Screen reader announcements"), self.announcements)
        form.addRow(translate("PreferencesDialog", "Stage manager's screen"), self.stage_screen)
        form.addRow(translate("PreferencesDialog", "Control API (--serve)"), self.api_listen)
        form.addRow(translate("PreferencesDialog", "API token (--token)"), self.api_token)
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
        form.addRow(buttons)

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
