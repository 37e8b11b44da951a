"""The browser pages on a phone: headless Chromium at 390×844, nothing scrolls sideways.

Chromium is driven over its DevTools protocol (the websockets client the app already has): the
page's own `scrollWidth` is measured once the live state has been drawn."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from runofshow.files.resources import bundled_example
from tests.test_entry_point import TOKEN, App

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (Debian's, installed by .ci/run)")


class Browser:
    def __init__(self) -> None:
        self.profile = tempfile.mkdtemp(prefix="runofshow-chromium-")
        assert CHROMIUM is not None
        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--window-size=390,844", "--remote-debugging-port=0", f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            assert time.monotonic() < deadline, "chromium did not start"
            time.sleep(0.1)
        self.port = int(port_file.read_text().splitlines()[0])
        self._id = 0

    def page_socket(self) -> str:
        import urllib.request

        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/list", timeout=10) as answer:
            pages = [p for p in json.load(answer) if p["type"] == "page"]
        return str(pages[0]["webSocketDebuggerUrl"])

    def evaluate_after_load(self, url: str, expression: str, ready: str, timeout: float = 20) -> Any:
        from websockets.sync.client import connect

        with connect(self.page_socket(), max_size=None) as ws:
            self._call(ws, "Emulation.setDeviceMetricsOverride",
                       {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})  # fmt: skip
            self._call(ws, "Page.navigate", {"url": url})
            deadline = time.monotonic() + timeout
            while not self._call(ws, "Runtime.evaluate", {"expression": ready, "returnByValue": True}).get("value"):
                assert time.monotonic() < deadline, f"{url}: never ready ({ready})"
                time.sleep(0.2)
            return self._call(ws, "Runtime.evaluate", {"expression": expression, "returnByValue": True}).get("value")

    def _call(self, ws: Any, method: str, params: dict[str, Any]) -> dict[str, Any]:
        self._id += 1
        ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(ws.recv(timeout=20))
            if message.get("id") == self._id:
                return dict(message.get("result", {}).get("result", message.get("result", {})))

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        shutil.rmtree(self.profile, ignore_errors=True)


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
#: Every text cut short by its box (an ellipsis, or clipped): what a phone would not show whole.
CUT = """[...document.querySelectorAll('body *')].filter(e =>
    e.children.length === 0 && e.textContent.trim() && e.offsetParent !== null &&
    (e.scrollWidth > e.clientWidth + 1) && getComputedStyle(e).overflow !== 'visible'
  ).map(e => e.tagName + ' ' + e.className + ': ' + e.textContent.trim().slice(0, 60))"""


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
