"""`runofshow venue`: the control room as a real process on a real Mosquitto, with two real rooms:
it sees both, sends one a message, and sees the acknowledgement come back (on /venue's API)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.broker import Broker
from tests.helpers.venue import VENUE_TOKEN, board, room, start_venue


def test_the_control_room_sees_every_room_and_a_message_is_seen(broker: Broker, tmp_path: Path) -> None:
    rooms = {room_id: room(broker, tmp_path, room_id) for room_id in ("r1", "r2")}
    venue = start_venue(broker, tmp_path)
    try:
        assert venue.stdout is not None
        line = venue.stdout.readline()
        assert "venue page at" in line, line + (venue.stderr.read() if venue.stderr else "")
        base = line.split("venue page at ", 1)[1].split("/venue", 1)[0]
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and len(board(base)["rooms"]) < 2:
            time.sleep(0.2)
        seen = board(base)
        assert {r["id"] for r in seen["rooms"]} == {"r1", "r2"}
        assert all(r["online"] and r["event"].startswith("The UN Convention") for r in seen["rooms"])
        assert board(base, None)["sent"] == []  # without the token: no messages
        request = urllib.request.Request(
            f"{base}/api/v1/command",
            data=json.dumps({"action": "venue_message", "text": "Please close by 14:45", "room": "r1"}).encode(),
            headers={"Authorization": f"Bearer {VENUE_TOKEN}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=5) as answer:
            message_id = json.loads(answer.read())["id"]
        r1 = rooms["r1"]
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not r1.state()["messages"]:
            time.sleep(0.2)
        (message,) = r1.state()["messages"]
        assert (message["text"], message["from"], message["ref"]) == (
            "Please close by 14:45",
            "Venue control",
            message_id,
        )
        while time.monotonic() < deadline and not any(r["unacked_messages"] for r in board(base)["rooms"]):
            time.sleep(0.2)
        assert next(r for r in board(base)["rooms"] if r["id"] == "r1")["unacked_messages"] == 1
        assert r1.command({"action": "message_ack", "id": message["id"]})[0] == 200
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not board(base)["sent"][0]["acks"]:
            time.sleep(0.2)
        assert list(board(base)["sent"][0]["acks"]) == ["r1"]
    finally:
        venue.terminate()
        venue.communicate(timeout=20)
        for app in rooms.values():
            app.stop()


def test_the_venue_page_on_a_phone_and_a_laptop(broker: Broker, tmp_path: Path) -> None:
    """/venue in headless Chromium: every room in the table, nothing sideways at 390 px."""
    from tests.helpers.browser import CHROMIUM, CUT, Browser

    if CHROMIUM is None:
        pytest.skip("needs chromium (Debian's, installed by .ci/run)")
    rooms = {room_id: room(broker, tmp_path, room_id) for room_id in ("r1", "r2")}
    venue = start_venue(broker, tmp_path)
    browser = Browser()
    try:
        assert venue.stdout is not None
        base = venue.stdout.readline().split("venue page at ", 1)[1].split("/venue", 1)[0]
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and len(board(base)["rooms"]) < 2:
            time.sleep(0.2)
        for lang in ("en", "fr", "vi"):  # whole in every language (#25)
            measured = browser.evaluate_after_load(
                f"{base}/venue?lang={lang}#token={VENUE_TOKEN}",
                "[document.documentElement.scrollWidth, document.documentElement.clientWidth,"
                " document.querySelectorAll('#rooms tr').length, document.getElementById('send').hidden]",
                "document.querySelectorAll('#rooms tr').length >= 2",
            )
            scroll_width, client_width, rows, send_hidden = measured
            assert rows == 2 and send_hidden is False  # the token in the link: sending is offered
            assert scroll_width <= client_width == 390, f"/venue ({lang}) is {scroll_width} px wide at 390 px"
            cut = browser.evaluate_after_load(
                f"{base}/venue?lang={lang}#token={VENUE_TOKEN}",
                CUT,
                "document.querySelectorAll('#rooms tr').length >= 2",
            )
            assert cut == [], f"/venue ({lang}): cut short"
    finally:
        browser.close()
        venue.terminate()
        venue.communicate(timeout=20)
        for app in rooms.values():
            app.stop()


def test_the_control_room_says_a_refused_login_and_takes_its_password_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Was: a wrong password read "broker offline: reconnecting" (as if the broker were down), and
    the password could only be given in the address, where `ps` shows it to anyone."""
    from runofshow.net.venue_login import PASSWORD_ENV
    from tests.helpers.broker import need_mosquitto

    need_mosquitto()
    secret = "control-secret-password"
    locked = Broker(tmp_path / "locked", users={"control": secret}, anonymous=False)
    locked.start()

    def control_room(url: str, *options: str) -> tuple[subprocess.Popen[str], str]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
        env["RUNOFSHOW_HOME"] = str(tmp_path / "venue")
        command = [sys.executable, "-m", "runofshow", "venue", url, *options]
        venue = subprocess.Popen(
            [*command, "--serve", "127.0.0.1:0", "--token", VENUE_TOKEN],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert venue.stdout is not None
        line = venue.stdout.readline()
        assert "venue page at" in line, line + (venue.stderr.read() if venue.stderr else "")
        return venue, line.split("venue page at ", 1)[1].split("/venue", 1)[0]

    def link_of(base: str, ready: Any, seconds: float = 15) -> dict[str, Any]:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not ready(board(base)["link"]):
            time.sleep(0.2)  # a real process and a real broker: time must pass
        return dict(board(base)["link"])

    try:
        wrong, base = control_room(f"mqtt://control:wrong@127.0.0.1:{locked.port}")
        try:
            link = link_of(base, lambda link: link["problem"])
            assert link["problem"] == "venue: the broker refused user control — check the password"
            assert link["online"] is False
        finally:
            wrong.terminate()
            _, stderr = wrong.communicate(timeout=20)
        assert "the venue's password is on the command line" in stderr and "(ps)" in stderr
        monkeypatch.setenv(PASSWORD_ENV, secret)
        right, base = control_room(locked.url, "--venue-user", "control")
        try:
            link = link_of(base, lambda link: link["online"])
            assert link["online"] is True and link["problem"] is None
            assert secret.encode() not in Path(f"/proc/{right.pid}/cmdline").read_bytes()
        finally:
            right.terminate()
            _, stderr = right.communicate(timeout=20)
        assert "password" not in stderr, stderr
    finally:
        locked.stop()
