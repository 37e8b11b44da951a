"""The browser pages' language: ?lang= first, else the browser's best (Accept-Language), else
English. (The pages served in each: tests/e2e/net/test_page_language.py; every word translated:
tests/rules/test_translations.py.)"""

from __future__ import annotations

from runofshow.net.page_language import choose


def test_the_language_is_lang_else_the_browsers_best_else_english() -> None:
    assert choose("vi", "fr-FR,fr;q=0.9") == "vi"
    assert choose(None, "de-DE,de;q=0.9,fr;q=0.8,en;q=0.5") == "fr"
    assert choose(None, "en;q=0.3, vi;q=0.7") == "vi"
    assert choose("xx", "de") == "en"
    assert choose(None, None) == "en"
    assert choose(None, "fr;q=0, vi;q=bad") == "en"
    assert choose(None, "x" * 100_000 + ",fr") == "en"  # only so much of a stranger's header is read
