"""Fonts that ship with the app, so names in every script render where the system has no font.

The PyInstaller build puts a CJK font in `resources/fonts` (see packaging/runofshow.spec); a
source install relies on the system's fonts. Registered fonts become fallbacks of the families
the windows and the PDFs use, so a Korean name in a Latin-script font still finds its glyphs.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from runofshow.files.resources import resource

FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
PDF_FAMILY = "DejaVu Sans"  # report_pdf's font


def register_bundled_fonts(app: QGuiApplication) -> list[str]:
    """Load the fonts in resources/fonts; returns their family names."""
    folder = resource("fonts")
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in FONT_SUFFIXES:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    for family in {app.font().family(), PDF_FAMILY}:
        QFont.insertSubstitutions(family, [*QFont.substitutes(family), *families])
    return families
