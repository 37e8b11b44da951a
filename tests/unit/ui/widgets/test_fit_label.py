"""The big digits repaint only the characters that changed (issue #26: CPU while counting)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from runofshow.ui.widgets.fit_label import FitLabel


class _Painted(QObject):
    """The rectangles each paint of the watched widget covered."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
            self.rects.append(event.rect())
        return False


def _shown(qapp: QApplication, text: str) -> tuple[FitLabel, _Painted]:
    label = FitLabel("+88:88")
    label.resize(800, 300)
    label.setText(text)
    label.show()
    for _ in range(3):
        qapp.processEvents()
    painted = _Painted()
    label.installEventFilter(painted)
    return label, painted


def test_a_second_repaints_only_the_digit_that_changed(qapp: QApplication) -> None:
    label, painted = _shown(qapp, "12:34")
    label.setText("12:33")
    qapp.processEvents()
    assert painted.rects, "the label was not repainted"
    covered = QRect()
    for rect in painted.rects:
        covered = covered.united(rect)
    # The last of five characters: well under a third of the width, on the right.
    assert covered.width() < label.width() / 3
    assert covered.left() > label.width() / 2
    label.close()


def test_a_new_length_or_a_cut_text_repaints_it_all(qapp: QApplication) -> None:
    label, painted = _shown(qapp, "0:01")
    label.setText("+0:01")  # into overtime: the sign moves every digit
    qapp.processEvents()
    assert any(rect.width() >= label.width() - 1 for rect in painted.rects)
    painted.rects.clear()
    label.set_choices("12:34", "1234")  # shorter forms: what fits is chosen at paint time
    qapp.processEvents()
    assert any(rect.width() >= label.width() - 1 for rect in painted.rects)
    label.close()
