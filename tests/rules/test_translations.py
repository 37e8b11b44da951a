"""The translation check: every string of the windows and every word of the browser pages has a
French and a Vietnamese translation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers.packaging import load_script

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


@pytest.mark.parametrize("language", ["fr", "vi"])
def test_every_word_of_every_page_has_a_translation(language: str) -> None:
    words = translations.page_words()
    assert {"Ask for the floor", "SLOW DOWN", "Agenda", "WRAP UP", "Stage manager"} <= words
    assert translations.page_problems(language) == []


def test_a_missing_word_fails_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    web = tmp_path / "web"
    (web / "texts").mkdir(parents=True)
    (web / "page.html").write_text('<html lang="en"><h1 data-t>Hello</h1><p data-t>Bye {name}</p></html>')
    (web / "page.js").write_text('const a = Live.t("Later"); const b = N_("Marked");')
    (web / "texts" / "fr.json").write_text(json.dumps({"Hello": "Bonjour", "Bye {name}": "Au revoir", "Later": ""}))
    monkeypatch.setattr(translations, "WEB", web)
    found = translations.page_problems("fr")
    assert any("'Later' has no translation" in p for p in found)
    assert any("'Marked' has no translation" in p for p in found)
    assert any("Bye {name}" in p and "{'name'}" in p for p in found)  # a placeholder lost
