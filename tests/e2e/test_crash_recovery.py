"""Never lose the show: SIGKILL the real app at many points of a scripted show, restart it,
and check that nothing acknowledged was lost and the timing is within a second."""

from __future__ import annotations

import signal
import time
from typing import Any

import pytest

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App

# Each step's commands are acknowledged (200) before the app is killed.
STEPS: list[list[dict[str, Any]]] = [
    [{"action": "start"}],
    [{"action": "add_time", "seconds": 45}, {"action": "note", "text": "Thank the host"}],
    [{"action": "next"}, {"action": "speaker_cue", "speaker": "le1", "cue": "ready"}, {"action": "speaker_next"}],
    [
        {"action": "speaker_add", "name": "Ms Floor", "type": "point_of_order"},
        {"action": "message", "to": "moderator", "text": "Mic check"},
    ],
    [{"action": "speaker_next"}, {"action": "speaker_pause"}],
    [{"action": "message_ack", "id": "m1"}, {"action": "speaker_resume"}, {"action": "pause"}],
    [{"action": "resume"}, {"action": "speaker_skip", "speaker": "ps2"}, {"action": "undo"}],
]


def essentials(state: dict[str, Any]) -> dict[str, Any]:
    """Everything that must survive exactly (times are compared separately)."""
    return {
        "running": state["running"],
        "live_segment": state["live_segment"],
        "live_speaker": state["live_speaker"],
        "segments": [
            (
                s["id"],
                s["status"],
                s["duration_s"],
                s["notes"],
                [(p["id"], p["cue"], p["turns"]) for p in s["speakers"]],
            )
            for s in state["segments"]
        ],
        "messages": [(m["id"], m["text"], m["acknowledged"]) for m in state["messages"]],
    }


def start() -> App:
    return App(str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN)


@pytest.mark.slow
def test_sigkill_at_every_step_loses_nothing() -> None:
    app = start()
    try:
        for step in STEPS:
            for data in step:
                status, body = app.command(data)
                assert status == 200, (data, body)
            before = app.state()
            killed_at = time.monotonic()
            app.proc.send_signal(signal.SIGKILL)
            app.proc.wait(timeout=10)
            app.proc.communicate()
            app = start()
            after = app.state()
            waited = time.monotonic() - killed_at
            assert essentials(after) == essentials(before), step
            expected = before["live_remaining_s"] - (waited if before["running"] else 0.0)
            assert abs(after["live_remaining_s"] - expected) < 1.0, (
                before["live_remaining_s"],
                after["live_remaining_s"],
            )
            if before["speaker_remaining_s"] is not None:
                speaker_running = before["running"] and not next(
                    p["paused"] for s in before["segments"] for p in s["speakers"] if p["id"] == before["live_speaker"]
                )
                expected = before["speaker_remaining_s"] - (waited if speaker_running else 0.0)
                assert abs(after["speaker_remaining_s"] - expected) < 1.0
    finally:
        assert app.stop() == 0, app.stderr


def test_a_clean_close_then_new_run_starts_fresh_and_keeps_the_old(user_home) -> None:
    app = start()
    assert app.command({"action": "start"})[0] == 200
    assert app.stop() == 0
    resumed = App(str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--resume")
    try:
        assert resumed.state()["live_segment"] == "opening"
    finally:
        assert resumed.stop() == 0
    fresh = App(str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--new-run")
    try:
        assert fresh.state()["live_segment"] is None
        assert fresh.command({"action": "note", "text": "a new run"})[0] == 200
    finally:
        assert fresh.stop() == 0
    runs = list((user_home / "state" / "sessions").glob("*/*.jsonl"))
    assert len(runs) == 2  # the old run is archived, never deleted


def test_sigterm_while_asking_to_resume_quits(user_home) -> None:
    import os
    import subprocess
    import sys

    app = start()
    assert app.command({"action": "start"})[0] == 200
    assert app.stop() == 0  # closed cleanly: the next start asks "Resume or new run?"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    asking = subprocess.Popen(
        [sys.executable, "-m", "runofshow", str(bundled_example())],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    time.sleep(3)  # a real process: let it reach the question
    asking.send_signal(signal.SIGTERM)
    try:
        code = asking.wait(timeout=20)
    finally:
        if asking.poll() is None:
            asking.kill()
        asking.communicate()
    assert code == 0
