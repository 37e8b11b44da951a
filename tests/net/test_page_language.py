"""The browser pages in English, French and Vietnamese: chosen by ?lang= or Accept-Language,
every word of every page in each catalogue (the same check as the windows' translations)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.files.resources import resource
from runofshow.net.access import Access
from runofshow.net.page_language import choose
from runofshow.net.server import ApiServer
from tests.net.port_stub import LockedPort

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import translations

PAGES = ("/agenda", "/speaker", "/stage", "/floor", "/booth")


@pytest.fixture
def server(show: Show, clock: FakeClock) -> Iterator[ApiServer]:
    api = ApiServer("127.0.0.1", 0, LockedPort(show, clock), Access("control-token-12"), web_dir=resource("web"))
    api.start()
    yield api
    api.stop()


def fetch(server: ApiServer, path: str, language: str | None = None) -> tuple[str, dict[str, str]]:
    import http.client

    host, port = server.address
    conn = http.client.HTTPConnection(host, port, timeout=5)
    conn.request("GET", path, headers={"Accept-Language": language} if language else {})
    answer = conn.getresponse()
    body = answer.read().decode("utf-8")
    headers = {k.lower(): v for k, v in answer.getheaders()}
    conn.close()
    assert answer.status == 200, (path, answer.status)
    return body, headers


def test_the_language_is_lang_else_the_browsers_best_else_english() -> None:
    assert choose("vi", "fr-FR,fr;q=0.9") == "vi"
    assert choose(None, "de-DE,de;q=0.9,fr;q=0.8,en;q=0.5") == "fr"
    assert choose(None, "en;q=0.3, vi;q=0.7") == "vi"
    assert choose("xx", "de") == "en"
    assert choose(None, None) == "en"
    assert choose(None, "fr;q=0, vi;q=bad") == "en"
    assert choose(None, "x" * 100_000 + ",fr") == "en"  # only so much of a stranger's header is read


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("language", ["fr", "vi"])
def test_each_page_is_served_in_french_and_vietnamese(server: ApiServer, page: str, language: str) -> None:
    html, headers = fetch(server, page, f"{language}-{language.upper()},{language};q=0.9,en;q=0.5")
    assert f'<html lang="{language}">' in html and f'src="/static/texts.js?lang={language}"' in html
    assert headers["content-language"] == language and "Accept-Language" in headers["vary"]
    by_query, _ = fetch(server, f"{page}?lang={language}", "en")  # ?lang= wins over the browser
    assert f'<html lang="{language}">' in by_query
    script, _ = fetch(server, f"/static/texts.js?lang={language}")
    texts = json.loads(script.split("window.RUNOFSHOW_TEXTS = ", 1)[1].split(";\n", 1)[0])
    catalogue = json.loads((resource("web") / "texts" / f"{language}.json").read_text(encoding="utf-8"))
    assert texts == catalogue and texts  # the page's words in its language


def test_english_pages_stay_english(server: ApiServer) -> None:
    html, _ = fetch(server, "/floor")
    assert '<html lang="en">' in html
    script, _ = fetch(server, "/static/texts.js")
    assert "window.RUNOFSHOW_TEXTS = {};" in script


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
