"""A real X server (Xvfb) on a free display number, for the tests under X and the screen reader."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.helpers.waiting import wait_for


def start_xvfb(numbers: range) -> tuple[str, subprocess.Popen[bytes]]:
    """An X server on the first free display number of `numbers`: (its name, the process)."""
    for number in numbers:
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    name = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", name, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists()), "Xvfb did not start"
    return name, server
