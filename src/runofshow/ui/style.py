"""Style sheets and the state property they key on."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from runofshow.files.resources import resource


def set_state(widget: QWidget, state: str) -> None:
    """Set the `state` property the style sheet keys colours on, and re-polish the subtree."""
    if widget.property("state") == state:
        return
    widget.setProperty("state", state)
    for child in (widget, *widget.findChildren(QWidget)):
        child.style().unpolish(child)
        child.style().polish(child)
        child.update()


def apply_theme(app: QApplication, name: str = "dark") -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(resource("styles", f"{name}.qss").read_text(encoding="utf-8"))
