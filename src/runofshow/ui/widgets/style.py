"""Style sheets and the state property they key on."""

from __future__ import annotations

import re

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


def font_scale() -> float:
    """The text size setting the style sheet was scaled by (1.0 before any theme)."""
    app = QApplication.instance()
    value = app.property("fontScale") if app is not None else None
    return float(value) if isinstance(value, int | float) else 1.0


#: From this text size on, a short screen may show the details' boxes as tabs (never below).
TABS_FROM_SCALE = 2.0


def themes() -> list[str]:
    return sorted(p.stem for p in resource("styles").glob("*.qss"))


def scaled(sheet: str, scale: float) -> str:
    """The style sheet with every `font-size: Npx` multiplied by `scale` (the font-scale setting),
    and the room above group-box titles (`margin-top`), which the title's text must fit in."""
    if scale == 1.0:
        return sheet
    return re.sub(
        r"(font-size|margin-top):\s*(\d+)px",
        lambda m: f"{m.group(1)}: {max(round(int(m.group(2)) * scale), 6)}px",
        sheet,
    )


def apply_theme(app: QApplication, name: str = "dark", scale: float = 1.0) -> None:
    """Apply a theme from resources/styles; an unknown name falls back to the dark theme.

    Each of Qt's setters re-polishes every widget of every window, even to what it already has
    (a tenth of a second for the moderator's window): the same theme again costs nothing."""
    if app.property("baseStyle") != "Fusion":  # (under a style sheet, style() is Qt's wrapper)
        app.setStyle("Fusion")
        app.setProperty("baseStyle", "Fusion")
    app.setProperty("fontScale", scale)  # what the windows give way by (details_panel.py)
    path = resource("styles", f"{name}.qss")
    if not path.is_file():
        path = resource("styles", "dark.qss")
    sheet = scaled(path.read_text(encoding="utf-8"), scale)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
