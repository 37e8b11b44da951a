"""The planner's proposal as a before/after table: apply it with one key (Enter)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from runofshow.core.durations import format_clock
from runofshow.ui.widgets.i18n import clock_text, translate
from runofshow.ui.widgets.plain_text import PlainLabel, RichLabel, rich_text


def _delta(before: float, after: float) -> str:
    change = round(after - before)
    return "—" if change == 0 else ("+" if change > 0 else "−") + format_clock(abs(change))


def _hms(iso: str | None) -> str:
    return "—" if not iso else clock_text(datetime.fromisoformat(iso))


class PlanDialog(QDialog):
    def __init__(self, plan: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PlanDialog", "Land on time"))
        layout = QVBoxLayout(self)
        verb = {
            "cut": translate("PlanDialog", "Shorten what is left"),
            "extend": translate("PlanDialog", "Give the spare time back"),
            "none": translate("PlanDialog", "Nothing to change"),
        }
        summary = rich_text(
            translate("PlanDialog", "<b>{verb}</b>: ends {before} → {after}"),
            verb=verb[plan["kind"]],
            before=_hms(plan["end_before"]),
            after=_hms(plan["end_after"]),
        )
        if plan["hard_end"]:
            summary += rich_text(translate("PlanDialog", " (hard stop {time})"), time=_hms(plan["hard_end"]))
        layout.addWidget(RichLabel(summary))
        if plan["miss_s"] > 0:
            warning = PlainLabel(
                translate("PlanDialog", "⚠ Even at every minimum the show ends {duration} after the hard stop.").format(
                    duration=format_clock(round(plan["miss_s"]))
                )
            )
            warning.setObjectName("planWarning")
            layout.addWidget(warning)
        rows = [
            (s["title"] + (" (locked)" if s["locked"] else ""), s["before_s"], s["after_s"]) for s in plan["segments"]
        ]
        rows += [("  " + p["name"], p["before_s"], p["after_s"]) for p in plan["speakers"]]
        table = QTableWidget(len(rows), 4)
        table.setHorizontalHeaderLabels(
            [
                translate("PlanDialog", "Segment / speaker"),
                translate("PlanDialog", "Now"),
                translate("PlanDialog", "Proposed"),
                translate("PlanDialog", "Change"),
            ]
        )
        for r, (name, before, after) in enumerate(rows):
            for c, text in enumerate(
                (name, format_clock(round(before)), format_clock(round(after)), _delta(before, after))
            ):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.verticalHeader().hide()
        layout.addWidget(table)
        buttons = QDialogButtonBox()
        apply = buttons.addButton(translate("PlanDialog", "Apply  [Enter]"), QDialogButtonBox.ButtonRole.AcceptRole)
        apply.setDefault(True)
        apply.setEnabled(plan["kind"] != "none")
        buttons.addButton(translate("PlanDialog", "Cancel  [Esc]"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(PlainLabel(translate("PlanDialog", "Ctrl+Z undoes an applied plan.")))
        layout.addWidget(buttons)
        self.resize(780, 440)

    @classmethod
    def ask(cls, parent: QWidget, plan: dict[str, Any]) -> bool:
        """Whether to apply the plan (tests replace this)."""
        return cls(plan, parent).exec() == QDialog.DialogCode.Accepted


class MoveTimeDialog:
    @classmethod
    def ask(cls, parent: QWidget, titles: list[tuple[str, str]]) -> tuple[str, str, int] | None:
        """(from id, to id, seconds), or None if cancelled (tests replace this)."""
        from PySide6.QtWidgets import QComboBox, QFormLayout, QSpinBox

        dialog = QDialog(parent)
        dialog.setWindowTitle(translate("PlanDialog", "Move time between segments"))
        form = QFormLayout(dialog)
        source, target = QComboBox(), QComboBox()
        for segment_id, title in titles:
            source.addItem(title, segment_id)
            target.addItem(title, segment_id)
        target.setCurrentIndex(min(1, len(titles) - 1))
        minutes = QSpinBox(minimum=1, maximum=120, value=2, suffix=translate("PlanDialog", " min"))
        form.addRow(translate("PlanDialog", "Take"), minutes)
        form.addRow(translate("PlanDialog", "from"), source)
        form.addRow(translate("PlanDialog", "and give it to"), target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return source.currentData(), target.currentData(), minutes.value() * 60
