"""Under a real X server (Xvfb), a key press reaches the show: Space toggles the timer.

Skipped where Xvfb or xdotool is not installed (see README: system libraries).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App
from tests.helpers.waiting import wait_for
from tests.helpers.xvfb import start_xvfb

pytestmark = pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool")


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    name, server = start_xvfb(range(140, 160))
    yield name
    server.terminate()
    server.wait(timeout=10)


def test_space_toggles_the_timer_in_a_real_window(display: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", display)
    app = App(
        str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--start-at", "14:00",
        "--clock-speed", "60", platform="xcb",
    )  # fmt: skip
    try:
        env = {**os.environ, "DISPLAY": display}

        def window_id() -> str:
            found = subprocess.run(
                ["xdotool", "search", "--name", "UN Convention"], capture_output=True, text=True, env=env, check=False
            )
            return found.stdout.split()[0] if found.stdout.split() else ""

        assert wait_for(lambda: bool(window_id())), "the window did not appear"
        wid = window_id()

        def focused() -> bool:
            subprocess.run(["xdotool", "windowfocus", wid], env=env, check=False, timeout=10)
            got = subprocess.run(["xdotool", "getwindowfocus"], capture_output=True, text=True, env=env, check=False)
            return got.stdout.strip() == wid

        assert wait_for(focused), "the window did not take the keyboard focus"
        time.sleep(0.3)  # let Qt see the focus change before the key arrives

        def press_space() -> None:
            subprocess.run(["xdotool", "key", "--window", wid, "space"], env=env, check=True, timeout=10)

        press_space()
        assert wait_for(lambda: app.state()["running"]), "Space did not start the timer"
        assert app.state()["live_segment"] == "opening"
        press_space()
        assert wait_for(lambda: not app.state()["running"]), "Space did not pause the timer"

        # "+" on this (US) layout is Shift and =: it was bound as "+" and "Shift+=", which made
        # both ambiguous to Qt, and neither fired. Also = alone, and the keypad's +.
        def opening() -> float:
            return app.state()["segments"][0]["duration_s"]

        before = opening()
        for n, key in enumerate(("plus", "equal", "KP_Add"), start=1):
            subprocess.run(["xdotool", "key", "--window", wid, key], env=env, check=True, timeout=10)
            assert wait_for(lambda n=n: opening() == before + 60 * n), f"'{key}' did not add a minute"
        for _ in range(5):
            assert app.command({"action": "next"})[0] == 200
        assert app.state()["ended"] is True
    finally:
        assert app.stop() == 0, app.stderr


def test_sigterm_quits_at_the_first_signal_with_the_stage_window_open(display: str, tmp_path: Path) -> None:
    """The stage manager's window hides instead of closing (View → Stage manager brings it back):
    it must not cancel the quit a signal asks for (under X, Qt asks each window before quitting)."""
    hook = tmp_path / "hook.py"
    hook.write_text(
        "import sys, runpy\n"
        "from PySide6.QtCore import QTimer\n"
        "from runofshow.ui.moderator import main_window as mw\n"
        "build = mw.MainWindow._build_rest\n"
        "def built(self):\n"
        "    build(self)\n"
        "    self.show_stage()\n"
        "    QTimer.singleShot(200, lambda: print('STAGE OPEN', flush=True))\n"
        "mw.MainWindow._build_rest = built\n"
        "sys.argv = ['runofshow'] + sys.argv[1:]\n"
        "runpy.run_module('runofshow', run_name='__main__')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, str(hook), str(bundled_example()), "--new-run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + 30
        line = ""
        while "STAGE OPEN" not in line:
            line = proc.stdout.readline()
            assert line and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
        proc.send_signal(signal.SIGTERM)  # once
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=10)  # and the pipes closed
