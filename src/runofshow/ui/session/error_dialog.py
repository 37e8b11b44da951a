"""The dialog for an event file that cannot be used: the same lines `runofshow check` prints."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.plain_text import RichLabel, rich_text


class FileErrorChoice(StrEnum):
    OPEN_OTHER = "open"
    RETRY = "retry"
    QUIT = "quit"


class FileErrorDialog(QDialog):
    def __init__(self, path: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ErrorDialog", "runofshow: the event file has problems"))
        self.choice = FileErrorChoice.QUIT
        layout = QVBoxLayout(self)
        layout.addWidget(
            RichLabel(
                rich_text(
                    translate("ErrorDialog", "<b>{path}</b> cannot be opened. Fix these lines and try again:"),
                    path=path,
                )
            )
        )
        text = QPlainTextEdit("\n".join(lines))
        text.setReadOnly(True)
        text.setObjectName("errorText")
        text.setFont(QFont("monospace"))
        text.setMinimumSize(720, 260)
        layout.addWidget(text)
        buttons = QDialogButtonBox()
        retry = buttons.addButton(translate("ErrorDialog", "Try again"), QDialogButtonBox.ButtonRole.AcceptRole)
        other = buttons.addButton(
            translate("ErrorDialog", "Open another file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(translate("ErrorDialog", "Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        retry.clicked.connect(lambda: self._choose(FileErrorChoice.RETRY))
        other.clicked.connect(lambda: self._choose(FileErrorChoice.OPEN_OTHER))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose(self, choice: FileErrorChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, path: str, lines: list[str], parent: QWidget | None = None) -> FileErrorChoice:
        """Show the errors; return what the person chose (tests replace this)."""
        dialog = cls(path, lines, parent)
        dialog.exec()
        return dialog.choice
