"""Ask whether to resume an event's last run (which ended cleanly) or start a new one."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QMessageBox, QWidget

from runofshow.ui.i18n import translate


class RunChoice(StrEnum):
    RESUME = "resume"
    NEW = "new"


class ResumeDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, last_change: str) -> RunChoice:
        """RESUME or NEW (tests replace this)."""
        box = QMessageBox(parent)
        box.setWindowTitle("runofshow")
        box.setText(
            translate("ResumeDialog", "<b>{title}</b> has a run that was closed at {last_change}.").format(
                title=title, last_change=last_change
            )
        )
        box.setInformativeText(
            translate(
                "ResumeDialog",
                "Resume it (times, queues, notes and messages as they were), or start a new run? "
                "A new run keeps the old one in the archive.",
            )
        )
        resume = box.addButton(translate("ResumeDialog", "Resume"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("ResumeDialog", "Start a new run"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)
        box.exec()
        return RunChoice.RESUME if box.clickedButton() is resume else RunChoice.NEW
