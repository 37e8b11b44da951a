"""Add a speaker: a roster person (with completion) or a name from the floor."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from runofshow.core.event import Person
from runofshow.core.kinds import RequestType
from runofshow.ui.widgets.i18n import translate, type_label


@dataclass(frozen=True, slots=True)
class NewSpeaker:
    """What `speaker_add` needs: a roster id or a free name, the request type and a time."""

    person: str | None
    name: str | None
    type: RequestType
    time_s: int | None

    def command(self) -> dict[str, object]:
        data: dict[str, object] = {"action": "speaker_add", "type": self.type.value}
        if self.person:
            data["person"] = self.person
        else:
            data["name"] = self.name
        if self.time_s:
            data["time"] = self.time_s
        return data


def _label(person: Person) -> str:
    about = ", ".join(part for part in (person.role, person.organization) if part)
    return f"{person.name} ({about})" if about else person.name


class AddSpeakerDialog(QDialog):
    def __init__(self, roster: dict[str, Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AddSpeakerDialog", "Add a speaker"))
        self._by_label = {_label(p): p.id for p in roster.values()}
        self.name = QLineEdit(
            placeholderText=translate(
                "AddSpeakerDialog", "Type a name: roster names complete; others come from the floor"
            )
        )
        completer = QCompleter(list(self._by_label))
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.kind = QComboBox()
        for kind in RequestType:
            self.kind.addItem(type_label(kind), kind.value)
        self.minutes = QSpinBox(
            suffix=translate("AddSpeakerDialog", " s"),
            minimum=0,
            maximum=3600,
            singleStep=30,
        )
        self.minutes.setSpecialValueText(translate("AddSpeakerDialog", "default"))
        form = QFormLayout(self)
        form.addRow(translate("AddSpeakerDialog", "Speaker"), self.name)
        form.addRow(translate("AddSpeakerDialog", "Request"), self.kind)
        form.addRow(translate("AddSpeakerDialog", "Time"), self.minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(620, 180)

    def result_value(self) -> NewSpeaker | None:
        text = self.name.text().strip()
        if not text:
            return None
        person = self._by_label.get(text)
        kind = RequestType(self.kind.currentData())
        time_s = self.minutes.value() or None
        return NewSpeaker(person=person, name=None if person else text, type=kind, time_s=time_s)

    @classmethod
    def ask(cls, parent: QWidget, roster: dict[str, Person]) -> NewSpeaker | None:
        """The speaker to add, or None if cancelled (tests replace this)."""
        dialog = cls(roster, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()
