"""The browser pages on a phone: headless Chromium at 390×844, nothing scrolls sideways.

Chromium is driven over its DevTools protocol (the websockets client the app already has): the
page's own `scrollWidth` is measured once the live state has been drawn."""

from __future__ import annotations

import time
from typing import Any

import pytest

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App
from tests.helpers.browser import CHROMIUM, CUT, Browser

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (Debian's, installed by .ci/run)")


@pytest.fixture(scope="module")
def running() -> Any:
    app = App(
        str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--stage-token", "stage-token-1234",
        "--participant-token", "room-token-12345", "--booth-token", "booth-token-1234",
        "--audience-token", "audience-token-12", "--floor-token", "floor-token-1234",
    )  # fmt: skip
    browser = Browser()
    try:
        assert app.command({"action": "start"})[0] == 200
        app.command(
            {"action": "message", "to": "moderator", "text": "Interpretation channel 2 is silent, check the booth"}
        )
        for text, device in (
            ("Comment la plateforme protège-t-elle les données personnelles échangées entre les États ? " * 3, "a"),
            ("Nền tảng sẽ được tài trợ như thế nào?", "b"),
        ):
            question = {"action": "audience_question", "text": text, "device": device, "name": "Nguyễn Thị Phương Thảo"}
            assert app.command(question, token="audience-token-12")[0] == 200
        yield app, browser
    finally:
        browser.close()
        app.stop()


MEASURE = "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"


@pytest.mark.parametrize(
    ("page", "ready"),
    [
        ("/agenda", "document.querySelectorAll('#rows tr').length >= 5"),
        (
            "/stage#token=stage-token-1234",
            "!document.getElementById('show').hidden && document.querySelectorAll('.entry').length > 0",
        ),
        (
            "/floor#token=room-token-12345",
            "!document.getElementById('ask').hidden && document.querySelectorAll('#types input').length == 4",
        ),
        ("/ask#token=audience-token-12", "!document.getElementById('ask').hidden"),
        ("/floor#token=floor-token-1234", "document.querySelectorAll('#audience .aq').length == 2"),
        (
            "/booth#token=booth-token-1234",
            "!document.getElementById('show').hidden && document.getElementById('segment').textContent.length > 0",
        ),
    ],
)
@pytest.mark.parametrize("lang", ["en", "fr", "vi"])
def test_no_page_scrolls_sideways_or_cuts_a_word_on_a_phone(running: Any, page: str, ready: str, lang: str) -> None:
    """In every language (French and Vietnamese words are longer): nothing sideways, nothing cut."""
    app, browser = running
    base = app.base.rsplit("/api/v1", 1)[0]
    path, _, fragment = page.partition("#")
    url = f"{base}{path}?lang={lang}" + (f"#{fragment}" if fragment else "")
    scroll_width, client_width = browser.evaluate_after_load(url, MEASURE, ready)
    assert client_width == 390
    assert scroll_width <= client_width, f"{page} ({lang}): {scroll_width} px wide on a 390-px screen"
    assert browser.evaluate_after_load(url, CUT, ready) == [], f"{page} ({lang}): cut short"


def test_the_floor_page_asks_in_french_and_shows_the_place(running: Any) -> None:
    """A phone whose browser is French: the page speaks French; asking puts the name in the
    moderator's requests and the page shows its place."""
    app, browser = running
    base = app.base.rsplit("/api/v1", 1)[0]
    script = """(() => {
        document.getElementById('name').value = 'Mme Nguyen';
        document.getElementById('ask').requestSubmit();
        return document.getElementById('send').textContent;
    })()"""
    said = browser.evaluate_after_load(
        base + "/floor?lang=fr#token=room-token-12345", script, "document.querySelectorAll('#types input').length == 4"
    )
    assert said == "Demander la parole"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        requests = app.state()["floor_requests"]
        if requests:
            break
        time.sleep(0.2)
    assert [(r["name"], r["status"], r["place"]) for r in requests] == [("Mme Nguyen", "open", 1)]
