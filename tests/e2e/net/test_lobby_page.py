"""/lobby in a real headless Chromium with more rooms than a TV holds (the venue's routes on the real
server, a board of 14 rooms): the type shrinks no further than read from 5 m, and the rooms take
turns a page at a time, each page whole in the 1920×1080 picture."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from runofshow.files.resources import resource
from runofshow.net.access import Access
from runofshow.net.server import ApiServer
from runofshow.net.venue_api import handle
from tests.helpers.browser import CHROMIUM, Browser
from tests.helpers.devtools import Page

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (Debian's, installed by .ci/run)")


def row(i: int) -> dict[str, Any]:
    return {
        "id": f"r{i}", "name": f"Room {i}", "event": f"Side event {i} on capacity building", "live": True,
        "ended": False, "online": True, "segment": "Panel: cross-border cooperation in practice",
        "segment_start": "2025-10-26T14:00:00.000+07:00", "segment_end": "2025-10-26T14:30:00.000+07:00",
        "speaker": "Dr Someone", "next_segment": "Closing and the way forward",
        "next_start": "2025-10-26T14:30:00.000+07:00", "offset_s": 60.0 * (i % 4),
    }  # fmt: skip


class Port:
    def board(self) -> dict[str, Any]:
        return {"version": 1, "venue": "hanoi", "rooms": [row(i) for i in range(1, 15)], "sent": []}

    def send(self, text: str, room: str | None) -> str:
        raise AssertionError("the lobby sends nothing")


@pytest.fixture
def served() -> Iterator[str]:
    server = ApiServer(
        "127.0.0.1", 0, Port(), Access("venue-token-1234"),  # type: ignore[arg-type]  # the venue's port
        web_dir=resource("web"), handler=handle, websocket=False,
    )  # fmt: skip
    server.start()
    yield server.url.rsplit("/api/v1/", 1)[0]
    server.stop()


def test_more_rooms_than_a_tv_holds_take_turns_a_page_at_a_time(served: str) -> None:
    browser = Browser()
    try:
        with Page(browser, 1920, 1080) as page:
            page.open(f"{served}/lobby")
            page.wait_for("document.querySelectorAll('#rooms .room').length > 0", what="the first page")
            shown = page.evaluate("""[...document.querySelectorAll('#rooms .room')].map(r => ({
                name: r.querySelector('.name').textContent, bottom: r.getBoundingClientRect().bottom,
                title: parseFloat(getComputedStyle(r.querySelector('.title')).fontSize)}))""")
            pages = page.evaluate("document.getElementById('page').textContent")
            assert 1 < len(shown) < 14 and pages == f"1 / {-(-14 // len(shown))}", (shown, pages)
            assert [r["name"] for r in shown] == [f"Room {i}" for i in range(1, len(shown) + 1)]
            assert all(r["bottom"] <= 1080 for r in shown)  # the page is whole in the picture
            assert min(r["title"] for r in shown) >= 0.7 * 0.048 * 1080  # never below 70% of full size
            assert page.evaluate("document.documentElement.scrollHeight <= innerHeight")
    finally:
        browser.close()
