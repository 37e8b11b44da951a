"""The translation check: every string of the windows has a French and a Vietnamese translation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.packaging.tools import load_script

translations = load_script("translations")


def test_every_string_is_translated_and_compiled() -> None:
    assert [p for language in translations.LANGUAGES for p in translations.problems(language)] == []


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the translations to break, so the check can be seen to fail."""
    copy = tmp_path / "translations"
    shutil.copytree(translations.TRANSLATIONS, copy)
    monkeypatch.setattr(translations, "TRANSLATIONS", copy)
    return copy


def test_the_check_fails_on_a_string_without_a_translation(scratch: Path) -> None:
    ts = scratch / "runofshow_vi.ts"
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(
            "<translation>Kịch bản</translation>", '<translation type="unfinished"></translation>', 1
        ),
        encoding="utf-8",
    )
    found = translations.problems("vi")
    assert any("'Rundown' has no translation" in p for p in found)
    assert translations.main(["check"]) == 1


def test_the_check_fails_on_a_lost_placeholder(scratch: Path) -> None:
    ts = scratch / "runofshow_fr.ts"
    text = ts.read_text(encoding="utf-8")
    assert "Rapport · {title}" in text
    ts.write_text(text.replace("Rapport · {title}", "Rapport"), encoding="utf-8")
    assert any("'Report · {title}'" in p and "{}" in p for p in translations.problems("fr"))


def test_the_check_fails_on_a_stale_qm(scratch: Path) -> None:
    (scratch / "runofshow_fr.qm").write_bytes(b"old")
    assert any("runofshow_fr.qm is not compiled" in p for p in translations.problems("fr"))


def test_the_check_fails_on_a_missing_file(scratch: Path) -> None:
    (scratch / "runofshow_vi.ts").unlink()
    assert translations.problems("vi") == ["runofshow_vi.ts is missing (run: python packaging/translations.py update)"]
