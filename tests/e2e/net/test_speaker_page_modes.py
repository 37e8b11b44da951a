"""The /speaker page in a real browser (headless Chromium) shows each timer mode: a count up as
the time run without a warning, a count to a time of day with that time, a hidden clock as none."""

from __future__ import annotations

from typing import Any

import pytest

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App
from tests.helpers.browser import CHROMIUM, Browser

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (Debian's, installed by .ci/run)")

READ = "[document.body.dataset.state, document.getElementById('digits').textContent, " \
    "document.getElementById('state').textContent, document.getElementById('who').textContent]"  # fmt: skip


@pytest.fixture(scope="module")
def running() -> Any:
    # A rehearsal from 14:00 on the event's day (`to 14:30` is half an hour ahead), a new run whatever
    # ran before in this home (the question to resume would wait for a click that never comes).
    app = App(str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--start-at", "14:00", "--new-run")
    browser = Browser()
    try:
        assert app.command({"action": "start"})[0] == 200
        yield app, browser
    finally:
        browser.close()
        app.stop()


def change(app: App, **fields: Any) -> None:
    opening = app.state()["live_segment"]
    status, body = app.command({"action": "segment_update", "segment": opening, "fields": fields})
    assert status == 200, body
    assert {key: app.state()["segments"][0][key] for key in fields} == fields


def test_the_speaker_page_shows_each_timer_mode(running: Any) -> None:
    app, browser = running
    url = app.base.rsplit("/api/v1", 1)[0] + "/speaker"
    change(app, count="up")
    _, digits, words, _ = browser.evaluate_after_load(url, READ, "document.body.dataset.state === 'count_up'")
    assert words == "TIME SO FAR" and digits.startswith("0:0")  # the time run, from 0:00
    change(app, count="to 14:30")
    _, digits, words, _ = browser.evaluate_after_load(url, READ, "document.body.dataset.state === 'running'")
    assert words == "ON TIME · until 14:30"
    assert digits.startswith(("29:", "30:"))  # the rehearsal's clock began at 14:00
    change(app, speaker_timer="hidden")
    _, digits, words, who = browser.evaluate_after_load(url, READ, "document.body.dataset.state === 'hidden'")
    assert (digits, words) == ("", "") and who == "Opening remarks"
