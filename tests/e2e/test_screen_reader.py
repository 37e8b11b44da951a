"""A real screen reader follows the show: Orca, on AT-SPI, under Xvfb with a window manager.

Orca runs with speech off and its debug log on; the log's "SPEECH OUTPUT" lines are what it
would have said. Skipped where Orca, Xvfb, openbox or the AT-SPI bus are not installed (.ci/run
installs them, and on CI a skip is a failure).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from runofshow.files.resources import bundled_example
from tests.helpers.paths import HELPERS
from tests.helpers.xvfb import start_xvfb

TOOLS = ("orca", "Xvfb", "openbox", "dbus-run-session", "xdotool")
pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in TOOLS) or not Path("/usr/libexec/at-spi-bus-launcher").exists(),
    reason="needs orca, Xvfb, openbox, dbus-run-session, xdotool and at-spi2-core installed",
)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[str]:
    """An X display with a window manager (a window gets the keyboard focus, as on a laptop)."""
    name, server = start_xvfb(range(160, 180))
    env = {**os.environ, "DISPLAY": name}
    manager = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)  # the window manager up before the first window
    yield name
    manager.terminate()
    manager.wait(timeout=10)
    server.terminate()
    server.wait(timeout=10)


@pytest.mark.slow  # Orca follows a scripted show in real time (~25 s)
def test_orca_speaks_the_first_focus_the_states_a_new_speaker_a_message_and_what_tab_reaches(
    desktop: str, tmp_path: Path
) -> None:
    env = {**os.environ, "DISPLAY": desktop}
    session = HELPERS / "orca_session.py"
    subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(session), str(tmp_path), str(bundled_example())],
        env=env,
        check=True,
        timeout=120,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    spoken = re.findall(r"SPEECH OUTPUT: '(.*?)'", (tmp_path / "orca.log").read_text())
    said = "\n".join(spoken)
    assert "READY: Opening remarks — STANDBY" in said  # the first focus names the state
    for line in (
        "Opening remarks started.",
        "Wrap up.",
        "Final seconds.",
        "Overtime: please conclude.",
        "Panel 1: Cross-border collaboration started.",
        "Law-enforcement speaker 1 (placeholder) has the floor.",
        "Message from the stage: Interpretation channel 2 is silent.",
    ):
        assert line in spoken, f"Orca did not say {line!r}; it said:\n{said}"
    # Never the clock every second (a reading is read when the moderator goes to it, once).
    assert not any(re.search(r"\d+:\d\d left", line) for line in spoken if not line.endswith("label."))
    # By keyboard: the header's readings as text, the toolbar's buttons by their plain names, the
    # stage manager's window as a frame; no tab bar claiming the focus it does not have.
    for line in ("ON TIME · ends ~14:45:00 label.", "Acknowledge push button.", "Undo push button."):
        assert line in spoken, f"Orca did not say {line!r}; it said:\n{said}"
    assert any(re.fullmatch(r"HARD STOP 14:45 · \d+:\d\d left label\.", line) for line in spoken), said
    assert any(line.startswith("Stage manager · ") and line.endswith(" frame.") for line in spoken), said
    assert not any("page tab" in line for line in spoken), said
