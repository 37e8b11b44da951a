"""The browser pages served in English, French and Vietnamese over real HTTP: chosen by ?lang= or
Accept-Language, each with its catalogue of words."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.files.resources import resource
from runofshow.net.access import Access
from runofshow.net.server import ApiServer
from tests.helpers.port_stub import LockedPort

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
