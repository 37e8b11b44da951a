"""A venue's rooms and control room as real processes on a real Mosquitto (tests/e2e)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App
from tests.helpers.broker import Broker

VENUE_TOKEN = "venue-token-12345"


def board(base: str, token: str | None = VENUE_TOKEN) -> dict[str, Any]:
    request = urllib.request.Request(
        f"{base}/api/v1/venue", headers={"Authorization": f"Bearer {token}"} if token else {}
    )
    with urllib.request.urlopen(request, timeout=5) as answer:
        return dict(json.loads(answer.read()))


def room(broker: Broker, tmp_path: Path, room_id: str) -> App:
    return App(
        str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--new-run",
        "--venue", broker.url, "--room", room_id, "--room-name", f"Room {room_id.upper()}",
        home=str(tmp_path / f"home-{room_id}"),
    )  # fmt: skip


def start_venue(broker: Broker, tmp_path: Path) -> subprocess.Popen[str]:
    """The real `runofshow venue`, offscreen, with /venue served on a free port."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    env["RUNOFSHOW_HOME"] = str(tmp_path / "venue")
    return subprocess.Popen(
        [sys.executable, "-m", "runofshow", "venue", broker.url, "--serve", "127.0.0.1:0", "--token", VENUE_TOKEN],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
