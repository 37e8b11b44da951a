"""Live plan edits through the API of the real app: acknowledged, saved, killed, recovered, undone."""

from __future__ import annotations

import signal
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from runofshow.files.eventfile import load_event
from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App

EDITS: list[dict[str, Any]] = [
    {"action": "segment_insert", "after": "opening", "segment": {"title": "Coffee", "kind": "break", "duration": "5m"}},
    {"action": "segment_update", "segment": "opening", "fields": {"title": "Welcome", "cues": ["Mic live"]}},
    {"action": "person_add", "person": {"id": "lan", "name": "Nguyễn Thị Lan", "organisation": "Example"}},
    {"action": "segment_update", "segment": "cross-border", "fields": {"speakers": ["le1", "lan"]}},
    {"action": "person_update", "person": "lan", "fields": {"role": "Director"}},
    {"action": "segment_move", "segment": "closing", "after": "coffee"},
    {"action": "segment_remove", "segment": "legal-frameworks"},
]


def plan(state: dict[str, Any]) -> list[tuple[str, str, float, list[str]]]:
    return [(s["id"], s["title"], s["duration_s"], [p["name"] for p in s["speakers"]]) for s in state["segments"]]


def start(path: Path) -> App:
    return App(str(path), "--serve", "127.0.0.1:0", "--token", TOKEN)


@pytest.mark.slow
def test_edits_during_the_show_survive_a_kill_and_each_undoes(tmp_path: Path) -> None:
    path = tmp_path / "roundtable.yaml"
    path.write_bytes(bundled_example().read_bytes())
    app = start(path)
    try:
        assert app.command({"action": "start"})[0] == 200
        status, body = app.command(EDITS[0])
        assert (status, body.get("segment")) == (200, "coffee")
        for edit in EDITS[1:]:
            status, body = app.command(edit)
            assert status == 200, (edit, body)
        status, body = app.command({"action": "segment_remove", "segment": "opening"})
        assert status == 400 and "has started" in body["error"]
        status, body = app.command(
            {"action": "segment_insert", "after": "coffee", "segment": {"title": "X", "duration": "soon"}}
        )
        assert status == 400 and "'soon' is not a duration" in body["error"]
        before = app.state()
        assert [s["id"] for s in before["segments"]] == [
            "opening",
            "coffee",
            "closing",
            "cross-border",
            "convention-platform",
        ]
        assert before["segments"][0]["title"] == "Welcome"
        assert [p["name"] for p in before["segments"][3]["speakers"]][-1] == "Nguyễn Thị Lan"

        status, body = app.command({"action": "plan_save"})
        assert status == 200 and body["path"] == str(path)
        status, body = app.command({"action": "plan_save", "path": "copy.yaml"})
        assert status == 200 and Path(body["path"]) == tmp_path / "copy.yaml"
        status, body = app.command({"action": "plan_save", "path": "/etc/evil.yaml"})
        assert status == 400 and "folder" in body["error"]
        saved = load_event(path, now=datetime.now(UTC))
        assert [s.id for s in saved.event.segments] == [s["id"] for s in before["segments"]]

        app.proc.send_signal(signal.SIGKILL)
        app.proc.wait(timeout=10)
        app.proc.communicate()
        app = start(path)  # the file now holds the edits: recovery must not apply them twice
        after = app.state()
        assert plan(after) == plan(before)
        assert after["live_segment"] == "opening"

        from runofshow.cli import export_main

        table = tmp_path / "live.csv"
        assert export_main([str(tmp_path / "copy.yaml"), "-o", str(table)]) == 0  # the saved copy's plan
        assert "Coffee" in table.read_text(encoding="utf-8-sig")

        for _ in EDITS:
            status, body = app.command({"action": "undo"})
            assert status == 200, body
        undone = app.state()
        original = load_event(bundled_example(), now=saved.event.info.start_at).event
        assert [s["id"] for s in undone["segments"]] == [s.id for s in original.segments]
        assert [s["title"] for s in undone["segments"]] == [s.title for s in original.segments]
        assert export_main([str(path), "-o", str(table), "--session"]) == 0  # the run's live plan: undone
        assert "Coffee" not in table.read_text(encoding="utf-8-sig")
    finally:
        app.stop()


def test_reload_through_the_api_before_the_start_and_a_broken_file_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "roundtable.yaml"
    text = bundled_example().read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    app = start(path)
    try:
        path.write_text(text.replace("title: Opening remarks", "title: Welcome"), encoding="utf-8")
        status, body = app.command({"action": "reload"})  # before the start: no journal yet
        assert status == 200 and body["segments"] == 5, body
        assert app.state()["segments"][0]["title"] == "Welcome"
        assert app.command({"action": "start"})[0] == 200
        path.write_text(text.replace("duration: 6m", "duration: soon"), encoding="utf-8")
        status, body = app.command({"action": "reload"})
        assert status == 400 and "'soon' is not a duration" in body["error"] and "roundtable.yaml:" in body["error"]
        state = app.state()
        assert state["segments"][0]["title"] == "Welcome" and state["live_segment"] == "opening"
        status, body = app.command({"action": "reload"}, token="wrong-token-123")
        assert status == 401
    finally:
        app.stop()


def test_a_huge_file_is_read_for_reload_while_the_show_goes_on(tmp_path: Path) -> None:
    """`reload` reads and checks the file off the GUI thread (issue #23): 40,000 segments take
    seconds to read, and the state is answered promptly all the while; the show is unchanged."""
    import threading
    import time

    path = tmp_path / "roundtable.yaml"
    text = bundled_example().read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    app = start(path)
    try:
        assert app.command({"action": "start"})[0] == 200
        head, _, _ = text.partition("\nsegments:")
        rows = "".join(f"  - {{id: s{n}, title: Segment {n}, duration: 1m}}\n" for n in range(40_000))
        path.write_text(f"{head}\nsegments:\n{rows}", encoding="utf-8")
        answer: list[tuple[int, dict[str, Any]]] = []
        reload = threading.Thread(target=lambda: answer.append(app.command({"action": "reload"})))
        reload.start()
        slowest = 0.0
        while reload.is_alive():
            started = time.monotonic()
            app.state()
            slowest = max(slowest, time.monotonic() - started)
            time.sleep(0.05)
        reload.join()
        # (~0.4 s here while reading, on an idle two-core machine; 2.4 s when the GUI thread read it.)
        assert slowest < 1.2, f"a state took {slowest:.1f} s while the file was read"
        status, body = answer[0]
        assert status == 400 and "'segments' has more than 2000 items" in body["error"], body
        assert app.state()["live_segment"] == "opening"
    finally:
        app.stop()
