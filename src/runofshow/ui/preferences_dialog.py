"""Preferences: warning thresholds, theme, font scale, the stage manager's screen, API defaults."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from runofshow.files.settings import FONT_SCALES, Settings
from runofshow.ui.style import themes


def _seconds_box(value: int | None) -> QSpinBox:
    box = QSpinBox(minimum=0, maximum=3600, singleStep=15, suffix=" s", specialValueText="from the event file")
    box.setValue(value or 0)
    return box


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self._settings = settings
        self.wrap_up = _seconds_box(settings.wrap_up_s)
        self.final = _seconds_box(settings.final_s)
        self.theme = QComboBox()
        self.theme.addItems(themes())
        self.theme.setCurrentText(settings.theme)
        self.font_scale = QDoubleSpinBox(minimum=FONT_SCALES[0], maximum=FONT_SCALES[1], singleStep=0.1, decimals=2)
        self.font_scale.setValue(settings.font_scale)
        self.stage_screen = QComboBox()
        self.stage_screen.addItem("beside the main window", "")
        for screen in QGuiApplication.screens():
            self.stage_screen.addItem(f"{screen.name()} {screen.model()}".strip(), screen.name())
        index = self.stage_screen.findData(settings.stage_screen)
        self.stage_screen.setCurrentIndex(max(index, 0))
        self.api_listen = QLineEdit(settings.api_listen, placeholderText="off (e.g. 127.0.0.1:8765)")
        self.api_token = QLineEdit(settings.api_token, placeholderText="a new token each start")
        form = QFormLayout(self)
        form.addRow("WRAP UP from", self.wrap_up)
        form.addRow("FINAL from", self.final)
        form.addRow("Theme", self.theme)
        form.addRow("Font scale", self.font_scale)
        form.addRow("Stage manager's screen", self.stage_screen)
        form.addRow("Control API (--serve)", self.api_listen)
        form.addRow("API token (--token)", self.api_token)
        form.addRow("Recent files", QLabel("\n".join(recent[:5]) or "none"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> Settings:
        return replace(
            self._settings,
            wrap_up_s=self.wrap_up.value() or None,
            final_s=self.final.value() or None,
            theme=self.theme.currentText(),
            font_scale=round(self.font_scale.value(), 2),
            stage_screen=self.stage_screen.currentData() or "",
            api_listen=self.api_listen.text().strip(),
            api_token=self.api_token.text().strip(),
        )

    @classmethod
    def ask(cls, parent: QWidget, settings: Settings, recent: list[str]) -> Settings | None:
        """The new settings, or None if cancelled (tests replace this)."""
        dialog = cls(settings, recent, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
