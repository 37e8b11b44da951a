"""The app-wide automations and the "other hosts" setting in settings.json (files/settings.py):
kept as the event file writes them, checked by the same format when loaded, and a bad list never
stops the app: it is not used, and the notice says why."""

from __future__ import annotations

import json
from pathlib import Path

from runofshow.core.automations import OscAction, Trigger
from runofshow.files import settings as settings_file
from runofshow.files.automations_text import automations_text, read_automations_text
from runofshow.files.settings import Settings, app_automations

ONE = {"on": "time_up", "segments": ["closing"], "osc": {"to": "127.0.0.1:53000", "address": "/red", "args": [1, "1"]}}


def test_saved_and_read_back(tmp_path: Path) -> None:
    settings_file.save(tmp_path, Settings(automations=[ONE], automations_any_host=True))
    loaded, notices = settings_file.load(tmp_path)
    assert notices == []
    assert loaded.automations == [ONE] and loaded.automations_any_host is True
    (automation,) = app_automations(loaded)
    assert automation.on is Trigger.TIME_UP and automation.segments == ("closing",)
    assert automation.action == OscAction("127.0.0.1", 53000, "/red", (1, "1"))


def test_a_list_that_does_not_read_is_not_used_and_the_notice_says_why(tmp_path: Path) -> None:
    bad = {**ONE, "on": "time_upp"}
    (tmp_path / "settings.json").write_text(json.dumps({"version": 1, "automations": [bad], "theme": "light"}))
    loaded, notices = settings_file.load(tmp_path)
    assert loaded.automations == [] and loaded.theme == "light"
    assert [str(n) for n in notices][-1].startswith(
        "The app-wide automations are not used: automations[0].on: unknown trigger 'time_upp'"
    )


def test_the_preferences_text_is_the_event_file_s_yaml_and_reads_back_the_same() -> None:
    text = "- on: time_up\n  segments: [closing]\n  osc: {to: '127.0.0.1:53000', address: /red, args: [1, '1']}\n"
    automations, problems = read_automations_text(text)
    assert problems == [] and len(automations) == 1
    text = automations_text(automations)
    assert text.startswith("- on: time_up\n")  # not YAML 1.1's quoted 'on'
    assert read_automations_text(text)[0] == automations
    none, problems = read_automations_text("- on: final\n  http: {url: 'ftp://x'}\n")
    assert none == () and [(p.line, p.column) for p in problems] == [(2, 15)]
