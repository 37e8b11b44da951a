"""Automations from the app in the test process to a real HTTP server on this computer (a socket
and the sender's threads: end-to-end): the event file's and the preferences' both go out, and a
run taken up again sends nothing of what it sent before."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from runofshow.files.resources import bundled_example
from runofshow.files.settings import Settings
from runofshow.ui.moderator.preferences_dialog import PreferencesDialog
from tests.helpers.session import close_app, open_app


class Hook:
    def __init__(self) -> None:
        self.got: queue.Queue[dict[str, Any]] = queue.Queue()
        got = self.got

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                got.put(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hook() -> Iterator[Hook]:
    running = Hook()
    yield running
    running.stop()


def test_the_app_sends_the_event_file_s_and_the_preferences_automations(
    tmp_path: Path, qtbot: QtBot, hook: Hook, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "roundtable.yaml"
    http = f'{{url: "{hook.url}/start", body: {{s: "{{segment.id}}"}}}}'
    path.write_text(
        bundled_example().read_text(encoding="utf-8") + f"\nautomations:\n  - on: segment_start\n    http: {http}\n",
        encoding="utf-8",
    )
    app = open_app(path, qtbot, Settings(), "--new-run")
    try:
        assert app.automations is not None
        from PySide6.QtWidgets import QLabel

        label = app.window.findChild(QLabel, "automationsStatus")  # type: ignore[union-attr]
        assert label is not None
        app.window.controller.act("start")  # type: ignore[union-attr]
        assert hook.got.get(timeout=10) == {"s": "opening"}
        qtbot.waitUntil(lambda: label.text() == "automations: 1 sent")
        # An app-wide automation, chosen in the preferences: from now on, beside the file's.
        chosen = Settings(automations=[{"on": "floor_given", "http": {"url": f"{hook.url}/f", "body": "{speaker.id}"}}])
        monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, parent, settings, recent: chosen))
        app.window.act_prefs.trigger()  # type: ignore[union-attr]
        app.window.controller.act("speaker_next")  # type: ignore[union-attr]
        assert hook.got.get(timeout=10) == "moderator"
    finally:
        close_app(app)
    # The same run taken up again (resumed): nothing of it is sent again.
    again = open_app(path, qtbot, chosen, "--resume")
    try:
        assert again.automations is not None and again.automations.fired == 0
        again.window.controller.act("next")  # type: ignore[union-attr]
        assert hook.got.get(timeout=10) == {"s": "cross-border"}
        with pytest.raises(queue.Empty):
            hook.got.get(timeout=0.3)
    finally:
        close_app(again)
