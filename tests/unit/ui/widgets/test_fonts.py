"""Bundled fonts: registered at start-up and used as fallbacks of the window and PDF families."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QFont

from runofshow.ui.widgets import fonts

SYSTEM_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")


def test_no_font_folder_is_fine(qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(fonts, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert fonts.register_bundled_fonts(qapp) == []


@pytest.mark.skipif(not SYSTEM_FONT.exists(), reason="needs a font file to bundle")
def test_bundled_fonts_become_fallbacks(qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "fonts").mkdir()
    shutil.copy(SYSTEM_FONT, tmp_path / "fonts")
    (tmp_path / "fonts" / "README.txt").write_text("not a font")
    monkeypatch.setattr(fonts, "resource", lambda *parts: tmp_path.joinpath(*parts))
    families = fonts.register_bundled_fonts(qapp)
    assert families == ["DejaVu Sans Mono"]
    assert "dejavu sans mono" in [s.lower() for s in QFont.substitutes(fonts.PDF_FAMILY)]  # Qt keeps them lower-case
    QFont.removeSubstitutions(fonts.PDF_FAMILY)
    QFont.removeSubstitutions(qapp.font().family())
