"""Screenshots of the real app under a real X server and window manager, maximised.

    python docs/screens_under_x.py [--out DIR] [--size 1280x720 ...] [--scale 1.0 ...] [--state before ...]

For every size × font scale × moment of the show it starts Xvfb with openbox, runs the app on
the bundled roundtable with the control API, brings the show to that moment through the API,
maximises the moderator's window and grabs the screen; then opens the stage manager's window
(`runofshow connect`) on the same show and grabs that. Needs Xvfb, openbox, wmctrl and
ImageMagick's `import` (Debian: xvfb openbox wmctrl imagemagick). The pictures are for looking
at: the checks that the parts are whole are tests (tests/unit/ui/moderator/test_layout_sizes.py).

The moments: `before` (a minute before the start), `panel` (panel 1 live, five speakers waiting,
with notes, three cues and three questions), `message` (the same with a message from the stage and
the show a quarter of an hour late), `overtime` (the opening over by a minute or so), `end` (every
segment done).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "roundtable-2025-10-26.yaml"
TOKEN = "shot-token-12345"
MOMENTS = ("before", "panel", "message", "overtime", "end")

_PANEL = [
    {"action": "start"},
    {"action": "next"},
    {
        "action": "segment_update",
        "segment": "cross-border",
        "fields": {
            "notes": "Ask each panellist for one concrete example. Keep answers to two minutes; "
            "the floor gets the last three minutes. Thank the interpreters before closing.",
            "cues": ["Panel mics 1-4 live", "Panel 1 title slide", "Roving mic to the floor at 14:15"],
            "questions": [
                "How can cross-border evidence sharing under the Convention work in practice?",
                "What do law enforcement and industry each need from the other to act quickly?",
                "Where should the first joint training programme start?",
            ],
        },
    },
    {"action": "speaker_add", "name": "Ms Trần Thị Thu Hà (from the floor)", "type": "question"},
]
STEPS: dict[str, list[dict[str, object]]] = {
    "before": [],
    "panel": _PANEL,
    # A message from the stage and the show a quarter of an hour late, at once.
    "message": [
        *_PANEL,
        {"action": "message", "to": "moderator", "text": "Minister arriving in 5 minutes: keep the last slot for her"},
        {"action": "add_time", "seconds": 900},
    ],
    "overtime": [{"action": "start"}, {"action": "add_time", "seconds": -350}],
    "end": [{"action": "start"}] + [{"action": "next"}] * 5,
}


@contextmanager
def x_server(width: int, height: int) -> Iterator[dict[str, str]]:
    display = f":{90 + os.getpid() % 9}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{width}x{height}x24"], stderr=subprocess.DEVNULL)
    time.sleep(1)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    try:
        yield env
    finally:
        for process in (wm, xvfb):
            process.terminate()
            process.wait(10)


def _home(scale: float) -> Path:
    home = Path(tempfile.mkdtemp(prefix="runofshow-screens-"))
    (home / "config").mkdir()
    (home / "config" / "settings.json").write_text(json.dumps({"version": 1, "font_scale": scale}))
    shutil.copy(EXAMPLE, home / "event.yaml")
    return home


def _wait_for(path: Path, text: str, seconds: float = 30) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and text in (found := path.read_text()):
            return found
        time.sleep(0.2)
    raise RuntimeError(f"no {text!r} in {path}")


def _command(base: str, body: dict[str, object]) -> None:
    request = urllib.request.Request(
        base + "/command",
        data=json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        answer.read()


def _maximise_and_grab(env: dict[str, str], title: str, out: Path) -> None:
    subprocess.run(["wmctrl", "-r", title, "-b", "add,maximized_vert,maximized_horz"], env=env, check=False)
    time.sleep(2.5)
    subprocess.run(["import", "-window", "root", str(out)], env=env, check=True)


def shoot(width: int, height: int, scale: float, moment: str, out_dir: Path) -> list[Path]:
    name = f"{width}x{height}-{scale:g}-{moment}"
    home = _home(scale)
    # "before": one minute to go; otherwise the show starts on time.
    start_at = "13:58" if moment == "before" else "13:59"
    shots = []
    with x_server(width, height) as env:
        env = dict(env, RUNOFSHOW_HOME=str(home), PYTHONPATH=str(ROOT / "src"))
        log = home / "app.txt"
        with log.open("w") as output:
            app = subprocess.Popen(
                [sys.executable, "-m", "runofshow", str(home / "event.yaml"), "--serve", "127.0.0.1:0"]
                + ["--token", TOKEN, "--stage-token", TOKEN + "-stage", "--start-at", start_at]
                # Overtime: ten seconds left, then show time runs 30 times faster to over a minute.
                + (["--clock-speed", "30"] if moment == "overtime" else []),
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        stage = None
        try:
            text = _wait_for(log, "control API at")
            base = text.split("control API at ", 1)[1].split()[0].rstrip("/")
            for step in STEPS[moment]:
                _command(base, step)
            shots.append(out_dir / f"{name}-moderator.png")
            _maximise_and_grab(env, "The UN Convention", shots[-1])
            stage_log = home / "stage.txt"
            with stage_log.open("w") as output:
                stage = subprocess.Popen(
                    [sys.executable, "-m", "runofshow", "connect", base, "--token", TOKEN + "-stage"],
                    env=env,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                )
            _wait_for(stage_log, "following the show")
            time.sleep(1)
            shots.append(out_dir / f"{name}-stage.png")
            _maximise_and_grab(env, "Stage manager", shots[-1])
        finally:
            for process in (stage, app):
                if process is not None:
                    process.send_signal(signal.SIGTERM)
                    process.wait(15)
            shutil.rmtree(home, ignore_errors=True)
    return shots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "runofshow-screens")
    parser.add_argument("--size", nargs="*", default=["1280x720", "1366x768", "1920x1080"])
    parser.add_argument("--scale", nargs="*", type=float, default=[1.0, 1.25, 1.5, 2.0])
    parser.add_argument("--state", nargs="*", choices=MOMENTS, default=list(MOMENTS))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for size in args.size:
        width, height = (int(part) for part in size.split("x"))
        for scale in args.scale:
            for moment in args.state:
                for shot in shoot(width, height, scale, moment, args.out):
                    print(shot)


if __name__ == "__main__":
    main()
