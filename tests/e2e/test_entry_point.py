"""The real entry point in a subprocess: `python -m runofshow`, as a person starts it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App, run


def test_check_command_exit_codes(tmp_path: Path) -> None:
    assert run("check", str(bundled_example())).returncode == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nevent: {title: T}\n")
    result = run("check", str(bad))
    assert result.returncode == 1
    assert f"{bad}:2:8: error: 'event' needs 'start'" in result.stderr
    assert run("check").returncode == 2
    assert run("--version").stdout.startswith("runofshow ")


@pytest.fixture
def rehearsal() -> Any:
    app = App(
        str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--start-at", "14:00", "--clock-speed", "60"
    )
    yield app
    if app.proc.poll() is None:
        app.stop()
    app.proc.communicate()


def test_the_api_drives_the_whole_roundtable(rehearsal: App) -> None:
    state = rehearsal.state()
    assert state["event"]["timezone"] == "Asia/Ho_Chi_Minh"
    assert state["now"].startswith("2025-10-26T14:0")  # --start-at 14:00 on the event's date
    assert state["live_segment"] is None
    assert rehearsal.command({"action": "start"}, token="wrong")[0] == 401
    assert rehearsal.command({"action": "start"}) == (200, {"ok": True})
    # At 60x, a quarter of a real second is a quarter of a show minute.
    started = time.monotonic()
    while time.monotonic() - started < 0.25:
        time.sleep(0.02)  # a real process: time must pass for real
    live = rehearsal.state()["segments"][0]
    assert live["status"] == "live"
    assert live["elapsed_s"] >= 14
    assert rehearsal.command({"action": "add_time", "seconds": 60})[0] == 200
    assert rehearsal.command({"action": "bogus"})[0] == 400
    for expected in ("cross-border", "legal-frameworks", "convention-platform", "closing", None):
        status, _ = rehearsal.command({"action": "next"})
        assert status == 200
        assert rehearsal.state()["live_segment"] == expected
    final = rehearsal.state()
    assert final["ended"] is True and final["running"] is False
    assert [s["status"] for s in final["segments"]] == ["done"] * 5
    assert all(s["actual_start"] and s["actual_end"] for s in final["segments"])
    assert final["segments"][0]["duration_s"] == 420
    assert rehearsal.stop() == 0, rehearsal.stderr


def test_osc_drives_the_real_app() -> None:
    from pythonosc.udp_client import SimpleUDPClient

    app = App(str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--osc", "127.0.0.1:0")
    try:
        assert app.proc.stdout is not None
        line = app.proc.stdout.readline()
        assert "OSC on udp://" in line
        port = int(line.rsplit(":", 1)[1])
        client = SimpleUDPClient("127.0.0.1", port)
        client.send_message("/runofshow/start", [])
        client._sock.close()  # python-osc's client has no close()
        deadline = time.monotonic() + 5
        while not app.state()["running"] and time.monotonic() < deadline:
            time.sleep(0.02)  # a real process: time must pass
        assert app.state()["running"] is True
    finally:
        assert app.stop() == 0, app.stderr


def test_osc_without_the_api_server_starts_and_obeys_pause(tmp_path: Path) -> None:
    """`runofshow FILE --osc PORT` alone (no --serve) used to crash at start-up."""
    from pythonosc.udp_client import SimpleUDPClient

    from runofshow.core.records import CommandRecord, EndRecord
    from runofshow.files.journal import decode

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1", "RUNOFSHOW_HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "runofshow", str(bundled_example()), "--osc", "127.0.0.1:0", "--new-run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "OSC on udp://" in line, line + (proc.stderr.read() if proc.poll() is not None else "")  # type: ignore[union-attr]
        client = SimpleUDPClient("127.0.0.1", int(line.rsplit(":", 1)[1]))

        def journaled() -> list[str]:
            found = list((tmp_path / "state" / "sessions").glob("*/*.jsonl"))
            if not found:
                return []
            records = decode(found[0].read_bytes()).records
            return [r.cmd["action"] for r in records if isinstance(r, CommandRecord)]

        client.send_message("/runofshow/start", [])
        deadline = time.monotonic() + 10
        while journaled() != ["start"] and time.monotonic() < deadline:
            time.sleep(0.02)  # a real process: time must pass
        client.send_message("/runofshow/pause", [])
        while journaled() != ["start", "pause"] and time.monotonic() < deadline:
            time.sleep(0.02)
        client._sock.close()  # python-osc's client has no close()
        assert journaled() == ["start", "pause"]  # applied (only applied commands are journaled)
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=20)
        _, stderr = proc.communicate()
    assert code == 0, stderr
    journal = next((tmp_path / "state" / "sessions").glob("*/*.jsonl"))
    assert isinstance(decode(journal.read_bytes()).records[-1], EndRecord)  # closed cleanly


def test_help_names_every_command_and_no_display_is_said_plainly() -> None:
    helped = run("--help")
    assert helped.returncode == 0
    for command in ("check FILE", "import AGENDA", "export EVENT", "report", "print EVENT", "connect URL"):
        assert command in " ".join(helped.stdout.split()), command
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    started = subprocess.run(
        [sys.executable, "-m", "runofshow"], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert started.returncode == 2 and "no display to open a window on: set DISPLAY" in started.stderr


def test_runs_lists_the_runs_of_an_event(tmp_path: Path) -> None:
    path = tmp_path / "event.yaml"
    path.write_bytes(bundled_example().read_bytes())
    assert "no runs yet" in run("runs", str(path)).stdout
    app = App(str(path), "--serve", "127.0.0.1:0", "--token", TOKEN, "--start-at", "13:58", "--clock-speed", "10")
    try:
        assert app.command({"action": "start"})[0] == 200
        assert app.state()["rehearsal"] is True
    finally:
        app.stop()
    listed = run("runs", str(path))
    assert listed.returncode == 0 and "rehearsal" in listed.stdout and "0/5" in listed.stdout, listed.stdout


@pytest.mark.parametrize(
    ("kind", "args", "said"),
    [
        ("tcp", [str(bundled_example()), "--new-run", "--serve"], "runofshow: port {port} is in use: {choose} --serve"),
        ("udp", [str(bundled_example()), "--new-run", "--osc"], "runofshow: port {port} is in use: {choose} --osc"),
        ("tcp", ["venue", "mqtt://127.0.0.1:1", "--serve"], "runofshow venue: port {port} is in use: {choose} --serve"),
    ],
)  # fmt: skip
def test_a_port_in_use_is_one_line_and_exit_2(tmp_path: Path, kind: str, args: list[str], said: str) -> None:
    """#27: `--serve` on a busy port crashed with two tracebacks (server_close before the lock existed)."""
    import socket

    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM if kind == "tcp" else socket.SOCK_DGRAM)
    with holder:
        holder.bind(("127.0.0.1", 0))
        if kind == "tcp":
            holder.listen()
        port = holder.getsockname()[1]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_HOME": str(tmp_path)}
        result = subprocess.run(
            [sys.executable, "-m", "runofshow", *args, f"127.0.0.1:{port}"],
            capture_output=True, text=True, timeout=60, env=env, check=False,
        )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [said.format(port=port, choose="choose another with")]
