"""File > New event: a template (the roundtable's shape, or one segment) and the event's details.

The time zone is chosen from the list of IANA zones (typing filters it), defaulting to the
computer's; the new plan is made by core/templates.py and written by the composition root.
"""

from __future__ import annotations

import zoneinfo
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from runofshow.core.event import Event
from runofshow.core.plan_format import MAX_TITLE_CHARS
from runofshow.core.templates import new_event
from runofshow.files.localzone import local_zone_name
from runofshow.ui.plan.plan_editor import named
from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.plain_text import plain_tip


class NewEventDialog(QDialog):
    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewEventDialog", "New event"))
        self.template = named(QComboBox(), "newTemplate")
        self.template.addItem(translate("NewEventDialog", "Roundtable: opening, three panels, closing"), "roundtable")
        self.template.addItem(translate("NewEventDialog", "Empty: one segment"), "empty")
        self.title = named(QLineEdit(), "newTitle")
        self.title.setMaxLength(MAX_TITLE_CHARS)  # the event format's limit: the file opens again
        self.title.setPlaceholderText(translate("NewEventDialog", "e.g. Roundtable on the Convention"))
        self.day = named(QDateEdit(QDate(today.year, today.month, today.day)), "newDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = named(QTimeEdit(QTime(14, 0)), "newStart")
        self.start.setDisplayFormat("HH:mm")
        self.has_end = named(QCheckBox(translate("NewEventDialog", "Hard stop")), "newHasEnd")
        self.has_end.setChecked(True)
        self.end = named(QTimeEdit(QTime(14, 45)), "newEnd")
        self.end.setDisplayFormat("HH:mm")
        self.has_end.toggled.connect(self.end.setEnabled)
        self.zone = named(QComboBox(), "newZone")
        self.zone.setEditable(True)
        zones = sorted(zoneinfo.available_timezones())
        self.zone.addItems(zones)
        completer = QCompleter(zones, self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        self.zone.setCurrentText(local_zone_name())
        self.venue = named(QLineEdit(), "newVenue")
        form = QFormLayout(self)
        form.addRow(translate("NewEventDialog", "Start from"), self.template)
        form.addRow(translate("NewEventDialog", "Title"), self.title)
        form.addRow(translate("NewEventDialog", "Date"), self.day)
        form.addRow(translate("NewEventDialog", "Start"), self.start)
        form.addRow(self.has_end, self.end)
        form.addRow(translate("NewEventDialog", "Time zone"), self.zone)
        form.addRow(translate("NewEventDialog", "Venue"), self.venue)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.problem = ""

    def event_made(self) -> Event | None:
        """The new plan from what is filled in, or None (and `problem`) if something is missing."""
        title = self.title.text().strip()
        zone = self.zone.currentText().strip()
        q_day, q_start, q_end = self.day.date(), self.start.time(), self.end.time()
        start = time(q_start.hour(), q_start.minute())
        end = time(q_end.hour(), q_end.minute()) if self.has_end.isChecked() else None
        if not title:
            self.problem = translate("NewEventDialog", "The event needs a title.")
        elif zone not in zoneinfo.available_timezones():
            self.problem = translate("NewEventDialog", "Choose a time zone from the list (like Asia/Ho_Chi_Minh).")
        elif end is not None and end <= start:
            self.problem = translate("NewEventDialog", "The hard stop must be after the start.")
        else:
            self.problem = ""
            return new_event(
                str(self.template.currentData()),
                title=title,
                day=date(q_day.year(), q_day.month(), q_day.day()),
                start=start,
                end=end,
                zone=zone,
                venue=self.venue.text().strip(),
            )
        return None

    def _accept(self) -> None:
        if self.event_made() is not None:
            self.accept()
        else:
            self.title.setToolTip(plain_tip(self.problem))
            self.setWindowTitle(translate("NewEventDialog", "New event") + " — " + self.problem)

    @classmethod
    def ask(cls, parent: QWidget | None, today: date) -> Event | None:
        dialog = cls(parent, today)
        return dialog.event_made() if dialog.exec() == QDialog.DialogCode.Accepted else None
