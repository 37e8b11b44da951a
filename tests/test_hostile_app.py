"""The real app against strangers' text (issue #23, end to end): a name or a message with markup
that points Qt at a FIFO used to block the GUI thread for good (and `/dev/zero` to abort the app),
again after every restart. Here the app keeps answering, shows the text as typed, and recovers
the run that holds it."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from runofshow.files.resources import bundled_example
from tests.test_entry_point import TOKEN, App

ROOM = "room-token-123456"
BOOTH = "booth-token-12345"


def answers_for(app: App, seconds: float) -> None:
    """The app answers the control token's state again and again for `seconds`: a GUI thread
    blocked on a FIFO would answer 503 after the API's 5 s wait (or not at all)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.state()
        time.sleep(0.2)


def test_markup_from_a_phone_the_booth_and_a_script_never_stops_the_app(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    trap = f"<img src='{fifo}'>"
    args = [str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN]
    args += ["--participant-token", ROOM, "--booth-token", BOOTH, "--start-at", "14:00", "--new-run"]
    app = App(*args)
    try:
        assert app.command({"action": "start"})[0] == 200
        ask = {"action": "floor_request", "name": trap, "organization": trap, "type": "question", "device": "p1"}
        assert app.command(ask, ROOM)[0] == 200
        assert app.command({"action": "message", "to": "moderator", "text": f"SLOW {trap} DOWN"}, BOOTH)[0] == 200
        assert app.command({"action": "message", "to": "moderator", "text": trap})[0] == 200
        assert app.command({"action": "speaker_add", "name": trap})[0] == 200
        answers_for(app, 3.0)
        state = app.state()
        assert state["floor_requests"][0]["name"] == trap
        assert [m["text"] for m in state["messages"]][-1] == trap
        # Killed with the message unseen: the next start recovers the run and shows it again.
        app.proc.send_signal(signal.SIGKILL)
        app.proc.wait(timeout=10)
        app.proc.communicate()
        again = App(str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN)
        try:
            answers_for(again, 3.0)
            recovered = again.state()
            assert [m["text"] for m in recovered["messages"]][-1] == trap
            assert any(e["name"] == trap for s in recovered["segments"] for e in s["speakers"])
        finally:
            assert again.stop() == 0
    finally:
        if app.proc.poll() is None:
            app.stop()
