"""`runofshow connect`: a second app process follows a show over the network and cues speakers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App


def wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)  # two real processes: time must pass
    return False


@pytest.mark.parametrize(("language", "ready"), [(None, "READY"), ("fr", "PRÊT")])
def test_a_connected_stage_manager_sees_and_sends_cues(tmp_path, language: str | None, ready: str) -> None:
    show = App(str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--stage-token", "stage-token-12")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    # The connected app runs a tiny test hook: it reports its window's state on stdout.
    hook = tmp_path / "hook.py"
    hook.write_text(
        "import sys, runpy\n"
        "from PySide6.QtCore import QTimer\n"
        "from runofshow.ui.stage import stage_window as sw\n"
        "original = sw.StageWindow.__init__\n"
        "def init(self, *a, **k):\n"
        "    original(self, *a, **k)\n"
        "    def report():\n"
        "        line = [self.upcoming.item(i).text().split()[1] + ':' + self.upcoming.item(i).text().split()[0]\n"
        "                for i in range(self.upcoming.count()) if 'Law-enforcement' in self.upcoming.item(i).text()]\n"
        "        print('ROWS', ' '.join(line[:1]), flush=True)\n"
        "    self._probe = QTimer(self, interval=50); self._probe.timeout.connect(report); self._probe.start()\n"
        "    def cue():\n"
        "        row = next(i for i, (_, e) in enumerate(self._ids) if e == 'ps1')\n"
        "        self.upcoming.setCurrentRow(row); self.set_cue(sw.Cue.STANDBY)\n"
        "    QTimer.singleShot(1500, cue)\n"
        "sw.StageWindow.__init__ = init\n"
        "sys.argv = ['runofshow'] + sys.argv[1:]\n"
        "runpy.run_module('runofshow', run_name='__main__')\n"
    )
    url = show.base.rsplit("/api/v1", 1)[0]
    follower = subprocess.Popen(
        [
            sys.executable,
            str(hook),
            "connect",
            url,
            "--token",
            "stage-token-12",
            *(["--language", language] if language else []),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert show.command({"action": "goto", "segment": "cross-border"})[0] == 200
        assert show.command({"action": "start"})[0] == 200
        assert follower.stdout is not None
        line = ""
        while "following the show" not in line:
            line = follower.stdout.readline()
            assert line, follower.stderr.read() if follower.stderr else ""
        changed_at = time.monotonic()
        assert show.command({"action": "speaker_cue", "speaker": "le1", "cue": "ready"})[0] == 200
        seen = ""
        deadline = time.monotonic() + 10
        while ready not in seen:  # in the window's language
            seen = follower.stdout.readline()
            assert time.monotonic() < deadline, f"the window never showed {ready}: {seen!r}"
        assert time.monotonic() - changed_at < 0.5 + 0.1  # within half a second (+ the probe's 50 ms)
        # Its own cue (ps1 → standby, sent by the connected window) reaches the show.
        assert wait_for(
            lambda: (
                next(
                    p["cue"]
                    for s in show.state()["segments"]
                    if s["id"] == "cross-border"
                    for p in s["speakers"]
                    if p["id"] == "ps1"
                )
                == "standby"
            ),
            5,
        )
    finally:
        follower.send_signal(signal.SIGTERM)
        follower.communicate(timeout=20)
        assert show.stop() == 0, show.stderr
