"""Save and Save as for the live plan, from the window or the plan editor, with the questions
a person must answer: where to (Save as), and what to do when the file was edited elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.plain_text import plain_box

if TYPE_CHECKING:
    from runofshow.files.plan_file import PlanFile


class Conflict(Enum):
    RELOAD = "reload"
    SAVE_AS = "save_as"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


def ask_conflict(parent: QWidget | None, path: Path) -> Conflict:
    box = plain_box(
        parent,
        translate("PlanSaving", "The event file changed"),
        translate(
            "PlanSaving",
            "{path} was changed by someone else since it was loaded. Saving now would replace their changes.",
        ).format(path=path),
        icon=QMessageBox.Icon.Warning,
    )
    reload = box.addButton(translate("PlanSaving", "Reload theirs"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(translate("PlanSaving", "Keep mine: save as…"), QMessageBox.ButtonRole.AcceptRole)
    overwrite = box.addButton(translate("PlanSaving", "Overwrite theirs"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    for button, choice in ((reload, Conflict.RELOAD), (save_as, Conflict.SAVE_AS), (overwrite, Conflict.OVERWRITE)):
        if clicked is button:
            return choice
    return Conflict.CANCEL


def ask_path(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("PlanSaving", "Save the plan as"),
        str(suggested),
        translate("PlanSaving", "Event files (*.yaml *.yml)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() in (".yaml", ".yml") else path.with_suffix(".yaml")


class PlanSaving:
    """Saves the controller's live plan into the run's event file (`plan_file()`)."""

    def __init__(
        self,
        plan_file: Callable[[], PlanFile | None],
        *,
        on_saved: Callable[[str], None],
        on_failed: Callable[[str], None],
        on_reload: Callable[[], None],
    ) -> None:
        self._plan_file = plan_file
        self._saved, self._failed, self._reload = on_saved, on_failed, on_reload
        #: Dialogs, replaceable (tests answer them without a person).
        self.ask_conflict = ask_conflict
        self.ask_path = ask_path

    def save(self, controller: ShowController, parent: QWidget | None = None) -> bool:
        plan_file = self._plan_file()
        if plan_file is None:
            return False
        return self._write(controller, plan_file, None, parent)

    def save_as(self, controller: ShowController, parent: QWidget | None = None) -> bool:
        plan_file = self._plan_file()
        if plan_file is None:
            return False
        target = self.ask_path(parent, plan_file.path)
        return target is not None and self._write(controller, plan_file, target, parent)

    def _write(
        self,
        controller: ShowController,
        plan_file: PlanFile,
        target: Path | None,
        parent: QWidget | None,
        *,
        overwrite: bool = False,
    ) -> bool:
        # The round-trip YAML writer loads with the first save, not with the window.
        from runofshow.files.plan_file import FileChangedError, SaveError

        try:
            written = plan_file.save(
                controller.show.event, now=controller.clock.now().wall, target=target, overwrite=overwrite
            )
        except FileChangedError:
            choice = self.ask_conflict(parent, plan_file.path)
            if choice is Conflict.OVERWRITE:
                return self._write(controller, plan_file, target, parent, overwrite=True)
            if choice is Conflict.SAVE_AS:
                return self.save_as(controller, parent)
            if choice is Conflict.RELOAD:
                self._reload()
            return False
        except (OSError, SaveError) as exc:
            self._failed(translate("PlanSaving", "The plan was not saved: {error}").format(error=exc))
            return False
        self._saved(translate("PlanSaving", "Plan saved to {path}").format(path=written))
        return True
