"""What the moderator's window has imported by the time it shows (issue #26): spreadsheets,
round-trip YAML, MQTT, WebSocket, PDF, OSC and QR codes load when first used, not at start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Run as the app runs (python -m runofshow FILE), with the window's first frame as the moment.
PROBE = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

original = QApplication.exec


class FirstFrame(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            self.seen = True
            print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def exec_watched(self):
    watcher = FirstFrame(self)
    self.installEventFilter(watcher)
    return original()


QApplication.exec = exec_watched
from runofshow.app import main
from runofshow.files.resources import bundled_example

sys.exit(main([str(bundled_example()), "--new-run"]))
"""

#: Loaded when first used: a module of one of these names at the first frame is a start-up cost
#: the moderator pays for nothing.
NOT_AT_START = (
    "openpyxl",  # spreadsheets: import and export
    "ruamel",  # round-trip YAML: saving a plan
    "paho",  # MQTT: the venue link
    "websockets",
    "wsproto",  # WebSocket: the API's feed
    "pythonosc",  # OSC
    "segno",  # QR codes: Help → Remote control
    "csv",  # tables
    "runofshow.ui.paper",  # the PDFs
    "runofshow.ui.plan.plan_editor",
    "runofshow.ui.plan.import_dialog",
    "runofshow.ui.plan.new_event_dialog",
    "runofshow.ui.venue",
    "runofshow.ui.stage",  # the stage manager's window, until Ctrl+M
    "runofshow.files.agenda_import",
    # (files.plan_file is there: the stamp of the file as loaded, to notice a change; its
    # round-trip writer is ruamel, above.)
    "runofshow.files.report_formats",
    "runofshow.net.server",  # no --serve
    "runofshow.net.osc",
    "runofshow.net.venue_client",
    "runofshow.core.planner",  # fit to the end: when the show runs late
    # The window's second stage (its lower band): built on the loop's turn after the first frame.
    "runofshow.ui.moderator.queue_model",
    "runofshow.ui.moderator.rundown_model",
    "runofshow.ui.widgets.state_table",
    "runofshow.net.venue_topics",  # the venue's names: only with --venue (not the default name)
    "_hashlib",  # OpenSSL's libcrypto, 3.4 MB resident: files/digest.py hashes without it
    "ssl",  # TLS: a venue broker's, an automation's https://
    # Automations: only when the event file or the preferences have one (issue #27).
    "runofshow.ui.session.automations",
    "runofshow.net.automation_sender",
    "runofshow.core.automation_watch",
    "http.client",
)


def test_the_first_frame_loads_only_what_the_window_shows(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    line = next((row for row in result.stdout.splitlines() if row.startswith("MODULES ")), None)
    assert line is not None, result.stdout + result.stderr
    loaded = json.loads(line.removeprefix("MODULES "))
    early = sorted(m for m in loaded if m.split(".")[0] in NOT_AT_START or m.startswith(NOT_AT_START))
    assert early == [], f"loaded before the window showed: {early}"
    # The window itself is there (the probe saw the real app, not an error dialog).
    assert "runofshow.ui.moderator.main_window" in loaded
