"""The Qt-free layers stay Qt-free: checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
import runofshow.core.clock, runofshow.core.commands, runofshow.core.durations, runofshow.core.event
import runofshow.core.schedule, runofshow.core.show, runofshow.core.snapshot
import runofshow.files.check, runofshow.files.eventfile, runofshow.files.recent, runofshow.files.userdirs
import runofshow.net.api, runofshow.net.server
import runofshow.app, runofshow.session.show_app
from runofshow.app import main
from runofshow.files.resources import bundled_example
assert main(["check", str(bundled_example())]) == 0
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print("QT:", loaded)
"""


def test_core_files_net_and_check_load_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout
