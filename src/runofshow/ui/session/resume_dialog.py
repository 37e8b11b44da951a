"""Ask whether to resume an event's last run (which ended cleanly) or start a new one."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.plain_text import rich_box, rich_text


class RunChoice(StrEnum):
    RESUME = "resume"
    NEW = "new"


class ResumeDialog:
    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, last_change: str, *, rehearsal: bool = False, ended: bool = False
    ) -> RunChoice:
        """RESUME or NEW (tests replace this)."""
        box, resume = cls.build(parent, title, last_change, rehearsal=rehearsal, ended=ended)
        box.exec()
        return RunChoice.RESUME if box.clickedButton() is resume else RunChoice.NEW

    @staticmethod
    def build(
        parent: QWidget | None, title: str, last_change: str, *, rehearsal: bool = False, ended: bool = False
    ) -> tuple[QMessageBox, QAbstractButton]:
        """The question and its Resume button. Enter means a new run when the last one was a
        rehearsal or ran to its end: on show day, Enter must never resume yesterday's rehearsal."""
        if rehearsal:
            text = translate("ResumeDialog", "<b>{title}</b>: the last run was a rehearsal, closed at {last_change}.")
        elif ended:
            text = translate(
                "ResumeDialog", "<b>{title}</b>: the last run went to its end and was closed at {last_change}."
            )
        else:
            text = translate("ResumeDialog", "<b>{title}</b> has a run that was closed at {last_change}.")
        box = rich_box(parent, "runofshow", rich_text(text, title=title, last_change=last_change))
        box.setInformativeText(
            translate(
                "ResumeDialog",
                "Resume it (times, queues, notes and messages as they were), or start a new run? "
                "A new run keeps the old one in the archive.",
            )
        )
        resume = box.addButton(translate("ResumeDialog", "Resume"), QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(translate("ResumeDialog", "Start a new run"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(new if rehearsal or ended else resume)
        return box, resume
