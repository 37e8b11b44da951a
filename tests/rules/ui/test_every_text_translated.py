"""No visible text escapes tr(): the real windows run under a pseudo-translation in which every
string of the .ts files reads ⟦like this⟧; any text on screen without the brackets (and not taken
from the event file) was never passed through Qt's translation system. The pseudo-translation is
compiled with Qt's lrelease (a process: a house check, not a unit test)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.dispatch import Dispatcher
from runofshow.core.show import Show
from runofshow.files.resources import bundled_example, resource
from runofshow.files.settings import LANGUAGES, Settings
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.live_label import LiveLabel
from tests.helpers.packaging import load_script

PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"


def _pseudo_qm(tmp: Path) -> Path:
    """A .qm in which every translatable string reads ⟦source⟧ (placeholders kept)."""
    tree = ET.parse(resource("translations", "runofshow_fr.ts"))
    for message in tree.getroot().iter("message"):
        node = message.find("translation")
        assert node is not None
        node.text = PSEUDO_OPEN + (message.findtext("source") or "") + PSEUDO_CLOSE
    source = tmp / "pseudo.ts"
    tree.write(source, encoding="utf-8", xml_declaration=True)
    target = tmp / "pseudo.qm"
    subprocess.run(
        [str(load_script("translations").qt_tool("lrelease")), str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
    )
    return target


@pytest.fixture
def pseudo(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(_pseudo_qm(tmp_path)))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _event_strings() -> list[str]:
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            found.append(node.strip())
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(key)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(yaml.safe_load(bundled_example().read_text(encoding="utf-8")))
    return sorted((s for s in found if s), key=len, reverse=True)


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """Every text a user can see or hear (screen readers) in a window, with where it is."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}#{widget.objectName()}"
        if widget.isWindow():
            yield where + " title", widget.windowTitle()
        yield where + " tooltip", widget.toolTip()
        yield where + " accessible name", widget.accessibleName()
        if isinstance(widget, QLabel | QAbstractButton | LiveLabel):
            yield where, widget.text()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QMenu):
            yield where, widget.title()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            yield where + " placeholder", widget.placeholderText()
        if isinstance(widget, QTextEdit):
            yield where, widget.toPlainText()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield where + " tab", widget.tabText(i)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where + " item", widget.itemText(i)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list widget's private model: one column
                columns = 1
            for column in range(columns):
                yield where + " header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for row in range(model.rowCount(QModelIndex())):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        yield where + f" cell {row},{column}", str(model.index(row, column).data(role) or "")
    for action in root.findChildren(QAction):
        yield f"QAction {action.text()!r}", action.text()
        yield f"QAction {action.text()!r} tooltip", action.toolTip()


def _untranslated(root: QWidget, allowed: list[str]) -> list[str]:
    data = sorted([*_event_strings(), *allowed], key=len, reverse=True)  # longest first
    bad = []
    for where, text in _texts(root):
        if not text or PSEUDO_OPEN in text:
            continue
        rest = text
        for known in data:
            rest = rest.replace(known, "")
        rest = re.sub(r"\b\d+[hms]\b|\b\d+h\d+m\b|\b\d+m\d+s\b", "", rest)  # durations: 5m, 1h30m
        if re.search(r"[^\W\d_]", rest):
            bad.append(f"{where}: {text!r}")
    return sorted(set(bad))


def _assert_translated(root: QWidget, allowed: list[str]) -> None:
    bad = _untranslated(root, allowed)
    assert not bad, "text that bypasses tr():\n" + "\n".join(bad)


def test_the_main_window_shows_no_untranslated_text(pseudo: None, show: Show, clock: FakeClock, qtbot: QtBot) -> None:
    from runofshow.ui.moderator.main_window import MainWindow

    controller = ShowController(Dispatcher(show), clock)
    controller.act("start")
    controller.act("speaker_next")
    window = MainWindow(controller, remote_info="")
    qtbot.addWidget(window)
    window.show()
    clock.advance(5)
    controller.tick_now()
    _assert_translated(window, ["runofshow"])
    controller.stop_ticking()


def test_the_stage_window_and_speaker_display_show_no_untranslated_text(
    pseudo: None, show: Show, clock: FakeClock, qtbot: QtBot
) -> None:
    from runofshow.ui.displays.speaker_display import SpeakerDisplay
    from runofshow.ui.stage.stage_window import StageWindow

    controller = ShowController(Dispatcher(show), clock)
    controller.act("start")
    controller.act("speaker_next")
    stage = StageWindow(controller)
    display = SpeakerDisplay(controller)
    for window in (stage, display):
        qtbot.addWidget(window)
        window.show()
    stage.refresh()
    display.refresh()
    _assert_translated(stage, ["runofshow"])
    _assert_translated(display, ["runofshow"])
    controller.stop_ticking()


def test_the_dialogs_show_no_untranslated_text(pseudo: None, show: Show, qtbot: QtBot) -> None:
    from runofshow.ui.moderator.add_speaker_dialog import AddSpeakerDialog
    from runofshow.ui.moderator.preferences_dialog import PreferencesDialog

    preferences = PreferencesDialog(Settings(), [])
    add = AddSpeakerDialog(show.event.people)
    for dialog in (preferences, add):
        qtbot.addWidget(dialog)
    # Screen names and the language names are the system's and the languages' own.
    allowed = [*LANGUAGES.values(), *(screen.name() for screen in QApplication.screens())]
    allowed += [(screen.name() + " " + screen.model()).strip() for screen in QApplication.screens()]
    _assert_translated(preferences, allowed)
    _assert_translated(add, [])


def test_the_plan_remote_and_file_error_dialogs_show_no_untranslated_text(
    pseudo: None, show: Show, clock: FakeClock, qtbot: QtBot
) -> None:
    from runofshow.core.planner import propose
    from runofshow.ui.moderator.plan_dialog import PlanDialog
    from runofshow.ui.session.error_dialog import FileErrorDialog
    from runofshow.ui.session.remote_dialog import RemoteAccess, RemoteDialog

    controller = ShowController(Dispatcher(show), clock)
    controller.act("start")
    controller.act("add_time", seconds=600)  # ten minutes late: a plan to cut
    plan = PlanDialog(propose(show, clock.now()).as_dict())
    access = RemoteAccess("127.0.0.1", 8765, "control-token", "stage-token")
    remote, off = RemoteDialog(access), RemoteDialog(None)
    error = FileErrorDialog("event.yaml", ["event.yaml:7:5: ⟦error⟧: ⟦unknown key⟧"])
    for dialog in (plan, remote, off, error):
        qtbot.addWidget(dialog)
    _assert_translated(plan, ["Opening remarks"])
    # Addresses and tokens are data; "PNG" etc. never show.
    addresses = ["http://", "127.0.0.1", "/agenda", "/speaker", "/lower-third", "/stage#token="]
    _assert_translated(remote, ["control-token", "stage-token", *addresses])
    _assert_translated(off, [])
    _assert_translated(error, ["event.yaml"])
    controller.stop_ticking()
