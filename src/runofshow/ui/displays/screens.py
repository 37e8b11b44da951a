"""Screens by identity (name, model, serial), not by index: a projector plugged in again is the
same projector, whatever order the system lists it in."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen


def screen_key(screen: QScreen) -> str:
    return "|".join((screen.name(), screen.model(), screen.serialNumber()))


def screen_label(screen: QScreen) -> str:
    size = screen.geometry()
    extra = " ".join(part for part in (screen.manufacturer(), screen.model()) if part)
    return f"{screen.name()} {extra} ({size.width()}×{size.height()})".replace("  ", " ")


def find_screen(key: str) -> QScreen | None:
    """The screen with this key; failing that, one with the same model and serial, or name."""
    if not key:
        return None
    screens = QGuiApplication.screens()
    exact = next((s for s in screens if screen_key(s) == key), None)
    if exact is not None:
        return exact
    name, _, rest = key.partition("|")
    model_serial = rest
    return next((s for s in screens if "|".join(screen_key(s).split("|")[1:]) == model_serial and model_serial != "|"),
                next((s for s in screens if s.name() == name), None))  # fmt: skip


def mirrored() -> bool:
    """Two screens showing the same area: a window "on the other screen" would be on both."""
    geometries = [s.geometry() for s in QGuiApplication.screens()]
    return len(geometries) != len({(g.x(), g.y(), g.width(), g.height()) for g in geometries})
