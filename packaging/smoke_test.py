"""Smoke test of the built app: `check` on the bundled event, the translations inside, then the
window with the API, offscreen and in Vietnamese (the translation files load from the bundle).

Usage: python packaging/smoke_test.py dist/runofshow
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path


def main(folder: Path) -> int:
    suffix = ".exe" if os.name == "nt" else ""
    cli = folder / f"runofshow-cli{suffix}"
    gui = folder / f"runofshow{suffix}"
    example = next(folder.rglob("roundtable-2025-10-26.yaml"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_HOME": tempfile.mkdtemp()}
    checked = subprocess.run([str(cli), "check", str(example)], capture_output=True, text=True, env=env, timeout=120)
    print(checked.stdout)
    assert checked.returncode == 0, checked.stderr
    assert "total 45m in 5 segments" in checked.stdout
    for language in ("fr", "vi"):
        assert any(folder.rglob(f"runofshow_{language}.qm")), f"runofshow_{language}.qm is not in the bundle"
    assert any(folder.rglob("qtbase_fr.qm")), "Qt's own French translation is not in the bundle"
    fonts = [p.name for p in folder.rglob("fonts/*") if p.suffix.lower() in (".ttf", ".otf", ".ttc")]
    print(f"bundled fonts: {', '.join(fonts) or 'none (names in CJK use the system fonts)'}")
    app = subprocess.Popen(
        [str(cli), str(example), "--serve", "127.0.0.1:0", "--token", "smoke", "--new-run", "--language", "vi"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert app.stdout is not None
    line = app.stdout.readline()
    assert "control API at" in line, line + (app.stderr.read() if app.stderr else "")
    base = line.split("control API at ", 1)[1].split()[0].rstrip("/")
    with urllib.request.urlopen(f"{base}/state", timeout=20) as response:
        state = json.loads(response.read())
    assert state["event"]["timezone"] == "Asia/Ho_Chi_Minh" and len(state["segments"]) == 5
    app.send_signal(signal.SIGTERM)
    code = app.wait(timeout=30)
    app.communicate()
    assert code == 0, f"the app exited with {code}"
    assert gui.exists()
    print(f"smoke test passed: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/runofshow")))
