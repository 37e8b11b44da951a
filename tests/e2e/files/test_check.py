"""`runofshow check` as a process: a file that never ends (a FIFO, a device) is refused, not read
for ever (the timeout is the proof)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_a_fifo_or_a_device_is_refused_without_hanging(tmp_path) -> None:
    fifo = tmp_path / "event.yaml"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero"):
        result = subprocess.run(
            [sys.executable, "-m", "runofshow", "check", str(path)], capture_output=True, text=True, timeout=20
        )
        assert result.returncode == 1
        assert "not a regular file" in result.stderr
