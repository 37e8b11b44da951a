"""The moderator window's dialogs that ask for a plain value (a segment, a file), and the report export.

Each dialog is a class with an `ask(...)` classmethod returning plain values, so tests replace it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from runofshow.core.clock import Instant
from runofshow.core.show import Show
from runofshow.ui.widgets.i18n import translate


class GotoDialog:
    @classmethod
    def ask(cls, parent: QWidget, titles: list[str], current: int) -> int | None:
        """The index of the segment to go to, or None if cancelled (tests replace this)."""
        from PySide6.QtWidgets import QInputDialog  # dialogs load when first used, not at start-up

        item, ok = QInputDialog.getItem(
            parent,
            translate("MainWindow", "Go to segment"),
            translate("MainWindow", "Segment:"),
            titles,
            current,
            False,
        )
        return titles.index(item) if ok and item in titles else None


class QuitDialog:
    @classmethod
    def ask(cls, parent: QWidget) -> bool:
        """Quit while the show is on? True to quit (tests replace this). Cancel is the default:
        Enter or Esc never ends what is running by mistake."""
        from PySide6.QtWidgets import QMessageBox

        from runofshow.ui.widgets.plain_text import plain_box

        box = plain_box(
            parent,
            translate("MainWindow", "The show is on"),
            translate(
                "MainWindow",
                "Quit runofshow now? The run is kept: start the app again and it resumes where it is.",
            ),
            icon=QMessageBox.Icon.Question,
        )
        quit_button = box.addButton(translate("MainWindow", "Quit"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is quit_button


class OpenDialog:
    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            parent,
            translate("MainWindow", "Open event file"),
            "",
            translate("MainWindow", "Event files (*.yaml *.yml);;All files (*)"),
        )
        return path or None


class FolderDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str | None:
        """A folder for an imported programme's event files and venue.yaml (tests replace this)."""
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(
            parent, translate("MainWindow", "Folder for the venue's event files"), suggested
        )
        return path or None


class ExportDialog:
    @classmethod
    def ask(cls, parent: QWidget, suggested: str = "report.pdf") -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            parent,
            translate("MainWindow", "Export report"),
            suggested,
            translate("MainWindow", "PDF (*.pdf);;CSV (*.csv);;JSON (*.json);;Markdown (*.md)"),
        )
        return path or None


def export_report(show: Show, now: Instant, session_id: str, path: Path) -> None:
    """The report of the show so far, in the format its file name says (pdf, csv, json or md)."""
    from runofshow.core.report import build_report
    from runofshow.files import report_formats
    from runofshow.files.atomic import atomic_write_text

    report = build_report(show, now, session_id)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from runofshow.ui.paper.report_pdf import write_report_pdf

        write_report_pdf(report, path)
        return
    writers = {".csv": report_formats.to_csv, ".json": report_formats.to_json, ".md": report_formats.to_markdown}
    if suffix not in writers:
        raise ValueError(translate("MainWindow", "name the file .pdf, .csv, .json or .md"))
    atomic_write_text(path, writers[suffix](report))
