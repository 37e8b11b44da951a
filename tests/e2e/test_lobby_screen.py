"""/lobby from the real `runofshow venue … --serve` on a real Mosquitto with three real rooms (the
app, each in its own process, on a rehearsal clock at the event's date): every room's now and next
with their times and how late it runs in words, sorted by room, in English, French and Vietnamese;
whole on a 1920×1080 TV in large type, and on a 390-px phone with nothing sideways or cut."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App
from tests.helpers.broker import Broker
from tests.helpers.browser import CHROMIUM, CUT, Browser
from tests.helpers.devtools import Page
from tests.helpers.venue import board, start_venue

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (Debian's, installed by .ci/run)")

#: Each room's rehearsal clock (the roundtable is planned 14:00-14:45) and whether it has started:
#: Room 10 waits for its 14:00 start, Room 2 started ten minutes late, Room 9 on time.
ROOMS = {"r10": ("13:58", False), "r2": ("14:10", True), "r9": ("14:00", True)}
#: What each room's row says, in its order on the screen (sorted by room: 2, 9, 10).
LATE = {
    "en": ["Running 10 minutes late", "On time", "On time"],
    "fr": ["10 minutes de retard", "À l'heure", "À l'heure"],
    "vi": ["Chậm 10 phút", "Đúng giờ", "Đúng giờ"],
}
ROWS = """[...document.querySelectorAll('#rooms .room')].map(r => ({
  name: r.querySelector('.name').textContent,
  status: (r.querySelector('.status') || {}).textContent || '',
  now: r.querySelector('.now').innerText.replace(/\\n+/g, ' | '),
  next: r.querySelector('.next').innerText.replace(/\\n+/g, ' | '),
  title: parseFloat(getComputedStyle(r.querySelector('.title')).fontSize),
}))"""
FITS = "[document.documentElement.scrollWidth, innerWidth, document.documentElement.scrollHeight, innerHeight]"


def room(broker: Broker, tmp_path: Path, room_id: str, start_at: str) -> App:
    return App(
        str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--new-run", "--start-at", start_at,
        "--venue", broker.url, "--room", room_id, "--room-name", f"Room {room_id[1:]}",
        home=str(tmp_path / f"home-{room_id}"),
    )  # fmt: skip


@pytest.fixture
def venue(broker: Broker, tmp_path: Path) -> Iterator[str]:
    """Three rooms and the control room serving /lobby; its address."""
    rooms = {room_id: room(broker, tmp_path, room_id, at) for room_id, (at, _) in ROOMS.items()}
    control = start_venue(broker, tmp_path)
    try:
        for room_id, (_, started) in ROOMS.items():
            if started:
                assert rooms[room_id].command({"action": "start"})[0] == 200
        assert rooms["r9"].command({"action": "speaker_next"})[0] == 200  # the moderator has the floor
        assert control.stdout is not None
        line = control.stdout.readline()
        assert "venue page at" in line, line + (control.stderr.read() if control.stderr else "")
        base = line.split("venue page at ", 1)[1].split("/venue", 1)[0]
        assert control.stdout.readline().strip() == f"runofshow: lobby screen at {base}/lobby (anyone, no token)"

        def ready(rows: list[dict[str, Any]]) -> bool:
            live = {r["id"] for r in rows if r["live"]}
            return len(rows) == 3 and live == {"r2", "r9"} and any(r["speaker"] for r in rows)

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not ready(board(base)["rooms"]):
            time.sleep(0.2)  # real rooms on a real broker: time must pass
        assert ready(board(base)["rooms"]), board(base)["rooms"]
        yield base
    finally:
        control.terminate()
        control.communicate(timeout=20)
        for app in rooms.values():
            app.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    started = Browser()
    yield started
    started.close()


def test_the_lobby_shows_three_real_rooms_on_a_tv_and_a_phone(venue: str, browser: Browser) -> None:
    with Page(browser, 1920, 1080) as page:
        for lang, words in LATE.items():
            page.resize(1920, 1080)
            page.open(f"{venue}/lobby?lang={lang}")
            page.wait_for("document.querySelectorAll('#rooms .room').length === 3", what=f"three rooms ({lang})")
            rows = page.evaluate(ROWS)
            assert [r["name"] for r in rows] == ["Room 2", "Room 9", "Room 10"]  # by room: 2 before 10
            assert [r["status"] for r in rows] == words, lang
            two, nine, ten = rows
            # Now: the times and what is on; next: when and what (Room 2's slipped by its ten minutes).
            assert two["now"].endswith("14:10 – 14:16 | Opening remarks"), two["now"]
            assert two["next"].endswith("14:16 | Panel 1: Cross-border collaboration"), two["next"]
            assert nine["now"].endswith("14:00 – 14:06 | Opening remarks | Moderator (placeholder)"), nine["now"]
            assert ten["now"].endswith("—") and ten["next"].endswith("14:00 | Opening remarks"), ten
            # From 5 m: titles of 47 px and more on a 1080-line TV; every room in the picture, nothing sideways.
            assert min(r["title"] for r in rows) >= 45, rows
            scroll_width, width, scroll_height, height = page.evaluate(FITS)
            assert scroll_width <= width and scroll_height <= height, (
                f"/lobby ({lang}) at 1920x1080: {page.evaluate(FITS)}"
            )
            page.resize(390, 844, mobile=True)
            page.wait_for("innerWidth === 390")
            page.wait_for("document.querySelectorAll('#rooms .room').length === 3")
            scroll_width, width, _, _ = page.evaluate(FITS)
            assert scroll_width <= width == 390, f"/lobby ({lang}) is {scroll_width} px wide on a phone"
            assert page.evaluate(CUT) == [], f"/lobby ({lang}): cut short on a phone"
            assert [r["status"] for r in page.evaluate(ROWS)] == words
