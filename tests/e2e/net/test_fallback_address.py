"""If the show's laptop dies (issue #29): the browser pages and a `connect` window given the
standby's address (`fallback`) move to it by themselves within 5 s.

Two real apps, each with its own home and its own server: the show (`--fallback` naming the
other) and the one that takes over (here a plain show: the standby's takeover is its own test).
A headless Chromium follows the show's /speaker page from its link (Help → Remote control's,
`?fallback=`) and its /agenda page opened with no fallback in its link (the server names its
own in the page); a RemoteShow follows it as `runofshow connect --fallback` does. The show is
SIGKILLed; each is on the other app within 5 s of the kill. A laptop that loses its power says
nothing at all (no FIN, no RST): a page that follows a show through a link gone silent moves too.
With a real standby (`runofshow standby --serve`), the show learns the address from the standby
itself, and the pages and the connect window are on the standby's show once it takes over."""

from __future__ import annotations

import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from pytestqt.qtbot import QtBot

from runofshow.files.resources import bundled_example
from runofshow.net.fallback import with_fallback
from runofshow.ui.stage.remote_show import RemoteShow
from tests.helpers.app import TOKEN, App
from tests.helpers.blackhole import Blackhole
from tests.helpers.browser import CHROMIUM, Browser
from tests.helpers.devtools import Page
from tests.helpers.standby import Standby

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (Debian's, installed by .ci/run)")

MOVE_BOUND_S = 5.0  # the bound, from the kill


def origin(app: App) -> str:
    return app.base.rsplit("/api/v1", 1)[0]


@pytest.fixture
def two_apps(tmp_path: Path) -> Any:
    example = str(bundled_example())
    standby = App(example, "--serve", "127.0.0.1:0", "--token", TOKEN, "--new-run", home=str(tmp_path / "standby"))
    show = None
    try:
        show = App(
            example,
            "--serve",
            "127.0.0.1:0",
            "--token",
            TOKEN,
            "--new-run",
            "--fallback",
            origin(standby),
            home=str(tmp_path / "show"),
        )
        yield show, standby
    finally:
        if show is not None:
            show.stop()
        standby.stop()


def test_pages_and_a_connect_window_move_to_the_fallback_within_5_s_of_the_kill(
    two_apps: tuple[App, App], qtbot: QtBot
) -> None:
    show, standby = two_apps
    here, there = origin(show), origin(standby)
    assert show.command({"action": "start"})[0] == 200  # the show runs; the other app has not started
    # What the show serves names its fallback: in a page's <meta>, and in the one origin the page
    # may knock at beyond its own (its Content-Security-Policy).
    with urllib.request.urlopen(f"{here}/agenda", timeout=10) as answer:
        page = answer.read().decode()
        policy = answer.headers["Content-Security-Policy"]
    assert f'<meta name="runofshow-fallback" content="{there}">' in page
    assert f"connect-src 'self' ws: wss: {there};" in policy
    # A link's own fallback is let in too, if it is an address and nothing more.
    for given, allowed in [("http://10.0.0.9:8766", True), ("http://10.0.0.9:8766; script-src *", False)]:
        with urllib.request.urlopen(f"{here}/speaker?fallback={quote(given, safe='')}", timeout=10) as answer:
            policy = answer.headers["Content-Security-Policy"]
        assert ("http://10.0.0.9:8766" in policy) is allowed and "script-src" not in policy

    browser = Browser()
    remote = RemoteShow(here, TOKEN, fallback=there)
    try:
        remote.start()
        assert remote.wait_for_state(15) and remote.snapshot()["running"]
        with Page(browser, 800, 600) as speaker, Page(browser, 800, 600, new_tab=True) as agenda:
            speaker.open(with_fallback(f"{here}/speaker", there))  # as Help → Remote control gives it
            agenda.open(f"{here}/agenda")
            speaker.wait_for("document.body.dataset.state === 'running'", what="the speaker page follows the show")
            agenda.wait_for("document.getElementById('conn').textContent === 'live'", what="the agenda is live")

            show.proc.kill()  # SIGKILL: the laptop is gone
            killed = time.monotonic()
            on_the_other = f"location.origin === {there!r}"
            speaker.wait_for(
                f"{on_the_other} && document.body.dataset.state === 'idle'", timeout=15, what="speaker moved"
            )
            agenda.wait_for(
                f"{on_the_other} && document.getElementById('conn').textContent === 'live'",
                timeout=15,
                what="agenda moved",
            )
            qtbot.waitUntil(lambda: remote.linked() is True and remote.following() == there, timeout=15_000)
            qtbot.waitUntil(lambda: not remote.snapshot()["running"], timeout=5_000)  # the other app's show
            took = time.monotonic() - killed
            assert took <= MOVE_BOUND_S, f"on the fallback {took:.1f} s after the kill"
            assert remote.following_fallback() == there

            # On the other app, each page's `fallback` names where it came from (to go back to).
            came_from = f"fallback={quote(here, safe='')}"
            assert speaker.evaluate("location.href") == f"{there}/speaker?{came_from}"
            assert agenda.evaluate("location.href") == f"{there}/agenda?{came_from}"
    finally:
        remote.stop()
        browser.close()


def test_a_page_leaves_a_show_gone_silent_for_its_fallback(two_apps: tuple[App, App]) -> None:
    show, standby = two_apps
    there = origin(standby)
    host, port = show.base.split("//", 1)[1].split("/", 1)[0].rsplit(":", 1)
    proxy = Blackhole((host, int(port)))
    assert show.command({"action": "start"})[0] == 200  # the show runs; the other app has not started
    here = f"http://127.0.0.1:{proxy.address[1]}"
    browser = Browser()
    try:
        with Page(browser, 800, 600) as speaker:
            speaker.open(with_fallback(f"{here}/speaker", there))
            speaker.wait_for("document.body.dataset.state === 'running'", what="the speaker page follows the show")
            proxy.dead.set()  # bytes vanish both ways: the page hears nothing, not even a close
            silent = time.monotonic()
            speaker.wait_for(f"location.origin === {there!r} && document.body.dataset.state === 'idle'", timeout=20)
            took = time.monotonic() - silent
            # A state each second; 3 s of silence; a fresh link tried at once and the fallback 1 s later.
            assert took <= 6.0, f"on the fallback {took:.1f} s after the link went silent"
            assert speaker.evaluate("location.search") == f"?fallback={quote(here, safe='')}"
    finally:
        browser.close()
        proxy.close()


def test_with_a_real_standby_the_pages_follow_it_and_its_show_once_it_takes_over(tmp_path: Path, qtbot: QtBot) -> None:
    show = App(
        str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--new-run", home=str(tmp_path / "a")
    )
    here = origin(show)
    standby = Standby(here, home=str(tmp_path / "b"))
    there = standby.base.rsplit("/api/v1", 1)[0]
    browser = Browser()
    remote = RemoteShow(here, TOKEN, fallback=there)
    try:
        assert show.command({"action": "start"})[0] == 200
        # No --fallback given: the standby said where it serves, and the show's pages name it.
        deadline = time.monotonic() + 15
        while f'content="{there}"' not in urllib.request.urlopen(f"{here}/speaker", timeout=10).read().decode():
            assert time.monotonic() < deadline, "the show never named its standby in its pages"
            time.sleep(0.1)  # two real processes: time must pass
        remote.start()
        assert remote.wait_for_state(15)
        with Page(browser, 800, 600) as speaker:
            speaker.open(f"{here}/speaker")  # a typed address: no fallback in the link
            speaker.wait_for("document.body.dataset.state === 'running'", what="the speaker page follows the show")
            show.proc.kill()
            killed = time.monotonic()
            speaker.wait_for(f"location.origin === {there!r}", timeout=15, what="speaker moved to the standby")
            qtbot.waitUntil(lambda: remote.linked() is True and remote.following() == there, timeout=15_000)
            took = time.monotonic() - killed
            assert took <= MOVE_BOUND_S, f"on the standby {took:.1f} s after the kill"
            status, answer = standby.command({"action": "takeover"})
            assert status == 200, answer
            # The standby's show now: a command there reaches the page and the window that moved.
            said = {"action": "message", "to": "speaker", "text": "Still on air", "request_id": "still-on-air"}
            deadline = time.monotonic() + 20
            while True:  # the standby's server becomes the show's: a moment without one
                try:
                    status, answer = standby.command(said)
                    break
                except OSError:
                    assert time.monotonic() < deadline, "the new show's API never answered"
                    time.sleep(0.2)  # two real processes: time must pass
            assert status == 200, answer
            speaker.wait_for("document.getElementById('message').textContent === 'Still on air'", timeout=15)
            qtbot.waitUntil(
                lambda: any(m["text"] == "Still on air" for m in remote.snapshot()["messages"]), timeout=15_000
            )
    finally:
        remote.stop()
        browser.close()
        standby.stop()
        show.stop()
