"""The programme path end to end, on a real Mosquitto with real app processes: a generated table of
two days and four rooms → `runofshow import … -o DIR/` → DIR/venue.yaml (checked) → rooms started
from it with `--room ID --plan DIR/venue.yaml` and no event file → `runofshow venue --plan
DIR/venue.yaml` shows all four, the one not started as late, worst first; started too, it is not."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.helpers.app import TOKEN, App, run
from tests.helpers.broker import Broker
from tests.helpers.venue import VENUE_TOKEN, board

ROOMS = ("R311", "R312", "R313", "Hall B")


def zone_at_midday() -> tuple[str, datetime]:
    """A fixed-offset zone where it is about midday now, and now in it: the planned start can then be
    half an hour ago on today's date whenever the test runs (no day's edge in between)."""
    now = datetime.now(UTC)
    hours = (12 - now.hour + 12) % 24 - 12  # -12..11: Etc/GMT-N is N hours ahead of UTC
    zone = "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"
    from zoneinfo import ZoneInfo

    return zone, now.astimezone(ZoneInfo(zone))


def programme_table(path: Path, now: datetime) -> datetime:
    """Two days, four rooms, three talks each: day 1 began half an hour ago. Its planned start."""
    start = (now - timedelta(minutes=30)).replace(second=0, microsecond=0)
    rows: list[list[str]] = [["Date", "Room", "Start", "End", "Title", "Speakers"]]
    for day, first in (
        (start, start),
        (start + timedelta(days=1), start.replace(hour=9, minute=0) + timedelta(days=1)),
    ):
        for room in ROOMS:
            for n in range(3):
                begin = first + timedelta(minutes=40 * n)
                rows.append([f"{day:%d/%m/%Y}", room, f"{begin:%H:%M}", f"{begin + timedelta(minutes=40):%H:%M}",
                             f"{room} talk {n + 1}", f"Speaker {n} ({room})"])  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["Programme of the week"], *rows])
    return start


def start_control_room(broker: Broker, plan: Path, tmp_path: Path) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1", "RUNOFSHOW_HOME": str(tmp_path / "v")}
    venue = subprocess.Popen(
        [sys.executable, "-m", "runofshow", "venue", broker.url, "--plan", str(plan), "--serve", "127.0.0.1:0",
         "--token", VENUE_TOKEN],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert venue.stdout is not None
    line = venue.stdout.readline()
    assert "venue page at" in line, line + (venue.stderr.read() if venue.stderr else "")
    return venue, line.split("venue page at ", 1)[1].split("/venue", 1)[0]


def rooms_seen(base: str, online: int, seconds: float = 45) -> list[dict[str, Any]]:
    """The board's rooms once `online` of them are online and have said what they run (a room's
    presence can reach the board before its first state; a busy two-core machine: generous)."""
    deadline = time.monotonic() + seconds
    rooms: list[dict[str, Any]] = board(base)["rooms"]
    while time.monotonic() < deadline and sum(bool(r["online"] and r["event"]) for r in rooms) < online:
        time.sleep(0.3)  # real processes on a real broker: time must pass
        rooms = board(base)["rooms"]
    return rooms


def test_a_generated_programme_becomes_a_venue_whose_late_room_is_said(broker: Broker, tmp_path: Path) -> None:
    zone, now = zone_at_midday()
    planned = programme_table(tmp_path / "programme.csv", now)
    folder = tmp_path / "week"
    imported = run("import", str(tmp_path / "programme.csv"), "-o", f"{folder}/", "--timezone", zone)
    assert imported.returncode == 0, imported.stderr
    assert "rooms: 4 (R311; R312; R313; Hall B), from the column Room (B)" in imported.stdout
    assert len(list(folder.glob("*.yaml"))) == 9  # 4 rooms × 2 days, and the venue file
    checked = run("check", str(folder / "venue.yaml"))
    assert checked.returncode == 0 and "overlaps" not in checked.stdout, checked.stdout + checked.stderr
    plan = folder / "venue.yaml"
    started = {}
    try:
        for room_id in ("r311", "r312", "r313"):  # Hall B is not started: it should be late
            started[room_id] = App(
                "--serve", "127.0.0.1:0", "--token", TOKEN, "--new-run", "--venue", broker.url, "--room", room_id,
                "--plan", str(plan), home=str(tmp_path / f"home-{room_id}"),
            )  # fmt: skip
        r313 = started["r313"].state()["event"]
        assert (r313["date"], r313["start"][11:16]) == (f"{planned:%Y-%m-%d}", f"{planned:%H:%M}")
        venue, base = start_control_room(broker, plan, tmp_path)
        try:
            rooms = rooms_seen(base, online=3)
            assert rooms[0]["id"] == "hall-b", rooms  # the worst first
            assert {r["id"] for r in rooms} == {"r311", "r312", "r313", "hall-b"}
            late = rooms[0]
            assert (late["late"], late["online"], late["trouble"], late["name"]) == (True, None, 0, "Hall B")
            assert late["planned_start"][11:16] == f"{planned:%H:%M}"
            assert all(r["online"] and not r["late"] for r in rooms[1:])
            assert {r["name"] for r in rooms[1:]} == {"R311", "R312", "R313"}
            # The fourth room is started from the venue file too: online, and no longer late.
            started["hall-b"] = App(
                "--serve", "127.0.0.1:0", "--token", TOKEN, "--new-run", "--venue", broker.url, "--room", "hall-b",
                "--plan", str(plan), home=str(tmp_path / "home-hall-b"),
            )  # fmt: skip
            rooms = rooms_seen(base, online=4)
            hall = next(r for r in rooms if r["id"] == "hall-b")
            assert (hall["online"], hall["late"], hall["event"]) == (True, False, "Programme of the week")
        finally:
            venue.terminate()
            venue.communicate(timeout=20)
    finally:
        for app in started.values():
            app.stop()
