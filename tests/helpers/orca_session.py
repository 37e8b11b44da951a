"""Run inside `dbus-run-session`, on an X display with a window manager (tests/e2e/test_screen_reader.py).

Starts the accessibility bus, Orca with speech off and its debug log on, and the app with the
control API; drives the roundtable through the moments a blind moderator must hear (the first
focus, WRAP UP, OVERTIME, a new speaker, a message from the stage, the readings and buttons
reached by Shift+Tab, the stage manager's window) and leaves Orca's log in
OUTDIR/orca.log. Usage: python3 tests/helpers/orca_session.py OUTDIR EVENT
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

TOKEN = "orca-token-12345"


def wait_for_line(path: Path, text: str, seconds: float = 30) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and text in (found := path.read_text()):
            return found
        time.sleep(0.1)  # real processes: time must pass
    raise SystemExit(f"no {text!r} in {path}")


def heard(path: Path, text: str, seconds: float = 30) -> bool:
    """Whether `text` is in the log within `seconds` (a bound for a busy two-core machine)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and text in path.read_text():
            return True
        time.sleep(0.1)  # real processes: time must pass
    return False


def main() -> None:
    out, event = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    bus = subprocess.Popen(
        ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    orca = subprocess.Popen(
        ["orca", "--replace", "-d", "speech", "-u", str(out / "prefs"), "--debug-file", str(out / "orca.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_line(out / "orca.log", "registering listener for: object:state-changed:showing")
    log = out / "app.txt"
    env = {
        **os.environ,
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_QPA_PLATFORM": "xcb",
        "RUNOFSHOW_HOME": tempfile.mkdtemp(prefix="runofshow-orca-"),
    }
    with log.open("w") as output:
        app = subprocess.Popen(
            [
                *(sys.executable, "-m", "runofshow", event, "--serve", "127.0.0.1:0", "--token", TOKEN),
                *("--start-at", "13:59", "--new-run"),
            ],
            stdout=output,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        base = wait_for_line(log, "control API at").split("control API at ", 1)[1].split()[0].rstrip("/")
        wait_for_line(out / "orca.log", "runofshow")
        time.sleep(3)  # the first focus, spoken

        def command(said: str, **body: object) -> None:
            """Send a command, then wait until Orca has said what it brings (what the app sent
            against what Orca heard: on a busy machine either may take seconds, and the next
            command must not overtake the last one's announcement). Not said within the bound,
            the session goes on and the test says what Orca did say."""
            request = urllib.request.Request(
                base + "/command",
                data=json.dumps(body).encode(),
                headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
            )
            with urllib.request.urlopen(request, timeout=30) as answer:
                answer.read()
            heard(out / "orca.log", f"SPEECH OUTPUT: '{said}'")

        command("Opening remarks started.", action="start")
        command("Wrap up.", action="add_time", seconds=-240)  # two minutes left: WRAP UP
        command("Final seconds.", action="add_time", seconds=-95)  # twenty seconds: FINAL
        command("Overtime: please conclude.", action="add_time", seconds=-25)  # none: OVERTIME
        command("Panel 1: Cross-border collaboration started.", action="next")
        command("Law-enforcement speaker 1 (placeholder) has the floor.", action="speaker_next")
        said = "Message from the stage: Interpretation channel 2 is silent."
        command(said, action="message", to="moderator", text="Interpretation channel 2 is silent")
        # By keyboard alone: Esc to the countdown, then Shift+Tab back through the header's
        # readings to the toolbar's buttons; Ctrl+M opens the stage manager's window (a frame).
        for key in ("Escape", "shift+Tab", "shift+Tab", "shift+Tab", "shift+Tab", "shift+Tab", "ctrl+m"):
            subprocess.run(["xdotool", "key", key], check=True)
            time.sleep(0.8)
        time.sleep(1)
    finally:
        app.terminate()
        app.wait(15)
        orca.terminate()
        orca.wait(15)
        bus.terminate()
        bus.wait(15)


if __name__ == "__main__":
    main()
