"""/lower-third in a real headless Chromium, fed by the real app: it follows who has the floor (three
turns, the right names, role and organisation), hides and shows by hand (`lower_third` with the
stage token), hides itself `hold` seconds into a turn and shows the segment's title between turns;
the page is transparent around its box, and a long, a right-to-left and a CJK name are whole at
1920×1080 and at 1280×720. It reads the public view only (no token: no notes, no questions)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App
from tests.helpers.browser import CHROMIUM, Browser
from tests.helpers.devtools import Page

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (Debian's, installed by .ci/run)")
STAGE = "stage-token-1234"

SHOWING = "document.body.dataset.showing"
#: What the box says, once its fade-in is over (the box fully there).
SAYS = """(() => {
  const box = document.getElementById('box');
  if (!box.classList.contains('on') || getComputedStyle(box).opacity !== '1') return null;
  return [document.getElementById('tag').textContent, document.getElementById('name').textContent,
          document.getElementById('about').textContent];
})()"""
#: Whether the name is whole: not cut by its box, the box inside the picture.
WHOLE = """(() => {
  const name = document.getElementById('name'), box = document.getElementById('box').getBoundingClientRect();
  return {cut: name.scrollWidth > name.clientWidth + 1 || name.scrollHeight > name.clientHeight + 1,
          inside: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
          lines: Math.round(name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight)),
          box: [box.left, box.top, box.right, box.bottom], dir: document.getElementById('box').dir,
          lang: name.getAttribute('lang')};
})()"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    started = Browser()
    yield started
    started.close()


@pytest.fixture
def app() -> Iterator[App]:
    running = App(str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--stage-token", STAGE)
    yield running
    running.stop()


def page_url(app: App, query: str = "") -> str:
    return app.base.rsplit("/api/v1", 1)[0] + "/lower-third" + (f"?{query}" if query else "")


def ok(app: App, payload: dict[str, Any], token: str = TOKEN) -> None:
    status, answer = app.command(payload, token=token)
    assert status == 200, answer


#: The page keeps what its box said, frame by frame, from the first `says` on: a name shown for a
#: `hold` of a few seconds is seen even when this test's look comes late (a busy machine: the
#: browser, the app and this process share two cores), as what the page showed, not what a poll
#: happened on.
RECORD = f"""(() => {{
  if (window.seen) return true;
  window.seen = []; window.seenFrom = 0;
  const look = () => {{
    const said = JSON.stringify({SAYS});
    if (window.seen[window.seen.length - 1] !== said) window.seen.push(said);
    requestAnimationFrame(look);
  }};
  look();
  return true;
}})()"""


def says(page: Page, expected: list[str]) -> None:
    """The box said `expected`, whole and fully shown, after what it said at the last `says`."""
    text = json.dumps(json.dumps(expected, ensure_ascii=False, separators=(",", ":")))  # as JSON.stringify writes it
    page.evaluate(RECORD)
    found = f"""(() => {{
  const at = window.seen.indexOf({text}, window.seenFrom);
  if (at < 0) return false;
  window.seenFrom = at + 1;
  return true;
}})()"""
    page.wait_for(found, what=str(expected))


def test_the_lower_third_follows_three_turns_and_is_hidden_by_hand(app: App, browser: Browser) -> None:
    with Page(browser, 1920, 1080) as page:
        page.open(page_url(app))
        page.wait_for("typeof state !== 'undefined' && state !== null", what="the first state")
        assert page.evaluate(SHOWING) == ""  # before the show: nothing on the stream
        ok(app, {"action": "start"})
        page.wait_for("state.live_segment === 'opening'")
        assert page.evaluate(SHOWING) == ""  # between turns, without title=1: nothing
        ok(app, {"action": "speaker_next"})
        says(page, ["", "Moderator (placeholder)", "Moderator"])
        ok(app, {"action": "speaker_next"})
        says(page, ["", "Host representative (placeholder)", "Opening remarks · Host organisation (TBC)"])
        ok(app, {"action": "next"})
        page.wait_for(f"{SHOWING} === ''", what="hidden once the turn has ended")
        ok(app, {"action": "speaker_next"})
        says(
            page,
            ["", "Law-enforcement speaker 1 (placeholder)", "Senior law-enforcement leader · National agency (TBC)"],
        )
        # By hand, with the stage manager's token: hidden it stays hidden, whoever speaks next.
        ok(app, {"action": "lower_third", "shown": False}, token=STAGE)
        page.wait_for(f"{SHOWING} === ''", what="hidden by hand")
        ok(app, {"action": "speaker_next"})
        page.wait_for("state.live_speaker === 'ps1'")
        assert page.evaluate(SHOWING) == ""
        ok(app, {"action": "lower_third", "shown": True}, token=STAGE)
        says(page, ["", "Private-sector speaker 1 (placeholder)", "Executive · Technology company (TBC)"])
        # The page reads the public view: no notes, no questions, no cues, no messages to the moderator.
        ok(app, {"action": "message", "to": "moderator", "text": "private: the minister is late"})
        page.wait_for("state.messages !== undefined && state.version === 1")
        seen = page.evaluate("JSON.stringify(state)")
        assert '"public":true' in seen and "PLACEHOLDER" not in seen and "minister is late" not in seen
        assert "How can cross-border evidence sharing" not in seen and "Panel 1 title slide" not in seen


def test_hold_hides_the_name_into_the_turn_and_title_shows_between_turns(app: App, browser: Browser) -> None:
    with Page(browser, 1920, 1080) as page:
        # The hold counts on the show's clock from when the floor was given; on a busy machine the
        # page may first hear of the turn from a state made a second or two later (a client keeps
        # only the newest): 4 s leave it the time to show the name.
        page.open(page_url(app, "hold=4&title=1&lang=fr"))
        page.wait_for("typeof state !== 'undefined' && state !== null", what="the first state")
        ok(app, {"action": "start"})
        title = (
            "The UN Convention against Cybercrime: A Platform to Safeguard Sovereignty and Strengthen Multilateralism"
        )
        says(page, ["", "Opening remarks", title])  # between turns: the segment's title
        ok(app, {"action": "speaker_add", "name": "Mme Nguyen", "type": "point_of_order", "position": 0})
        ok(app, {"action": "speaker_next"})
        says(page, ["Motion d'ordre", "Mme Nguyen", ""])  # the request's kind, in the page's language
        page.wait_for(f"{SHOWING} === ''", timeout=15, what="hidden 4 s into the turn")
        assert page.evaluate("state.live_speaker") is not None  # the turn goes on: only the name went
        ok(app, {"action": "lower_third", "shown": False})
        ok(app, {"action": "lower_third", "shown": True})  # shown again by hand: the hold counts from now
        says(page, ["Motion d'ordre", "Mme Nguyen", ""])
        page.wait_for(f"{SHOWING} === ''", timeout=15, what="hidden again 4 s after shown by hand")
        ok(app, {"action": "speaker_stop"})
        says(page, ["", "Opening remarks", title])


NAMES = [
    # (person, what the lower third's name line must show whole)
    (
        {"id": "long", "name": "Dr Maria-Alexandra Konstantinopoulou-Vanderbilt de la Fuente y Montenegro",
         "role": "Under-Secretary-General for Legal Affairs and United Nations Legal Counsel",
         "organization": "United Nations Office of Legal Affairs", "language": "English"},
        "ltr", "en",
    ),
    (
        {"id": "amal", "name": "أمل عبد الرحمن المنصوري", "role": "وزيرة العدل",
         "organization": "وزارة العدل", "language": "Arabic"},
        "rtl", "ar",
    ),
    (
        {"id": "kenji", "name": "山田 健二郎 国際協力局 サイバー犯罪対策課 首席調査官", "role": "首席調査官",
         "organization": "外務省", "language": "日本語"},
        "ltr", "ja",
    ),
]  # fmt: skip


def _alpha(png: bytes, x: int, y: int) -> int:
    from PySide6.QtGui import QImage

    image = QImage.fromData(png, "PNG")
    assert not image.isNull() and image.hasAlphaChannel()
    return image.pixelColor(x, y).alpha()


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=["1920x1080", "1280x720"])
def test_long_right_to_left_and_cjk_names_are_whole_over_a_transparent_page(
    app: App, browser: Browser, size: tuple[int, int]
) -> None:
    ok(app, {"action": "start"})
    for person, _, _ in NAMES:
        ok(app, {"action": "person_add", "person": person})
    width, height = size
    with Page(browser, width, height, transparent=True) as page:
        page.open(page_url(app))
        page.wait_for("typeof state !== 'undefined' && state !== null", what="the first state")
        for person, direction, lang in NAMES:
            ok(app, {"action": "speaker_add", "person": person["id"], "position": 0})
            ok(app, {"action": "speaker_next"})
            page.wait_for(f"({SAYS} || [])[1] === {json.dumps(person['name'])}", what=person["name"])
            whole = page.evaluate(WHOLE)
            assert not whole["cut"] and whole["inside"], f"{person['name']} at {width}x{height}: {whole}"
            assert whole["lines"] <= 2 and (whole["dir"], whole["lang"]) == (direction, lang), whole
            png = page.screenshot()
            left, _, right, bottom = (round(v) for v in whole["box"])
            assert _alpha(png, 5, 5) == 0 and _alpha(png, width // 2, height // 3) == 0  # the picture shows through
            assert _alpha(png, (left + right) // 2, bottom - 4) > 200  # the box is painted
