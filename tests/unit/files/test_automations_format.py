"""`automations:` in the event file (core/automation_format.py), read by `runofshow check` and the
app alike: every problem at its line and column, limits on what a stranger's file may ask, values
kept with their JSON types, and the same automations back from the journal's plan record."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from runofshow.core.automations import (
    MAX_AUTOMATIONS,
    MAX_BODY_BYTES,
    MAX_URL_CHARS,
    HttpAction,
    OscAction,
    Trigger,
)
from runofshow.core.plan_data import event_data, read_event
from runofshow.files.check import run_check
from runofshow.files.eventfile import parse_event_text
from runofshow.files.problems import EventFileError, Severity
from runofshow.files.resources import bundled_example

NOW = datetime(2025, 10, 1, 12, 0, tzinfo=UTC)
HEAD = """version: 1
event: {title: T, date: 2025-10-26, start: "14:00", timezone: UTC}
segments:
  - {id: panel1, title: Panel one, kind: panel, duration: 10m}
  - {id: qa, title: Questions, kind: qa, duration: 5m}
automations:
"""


def problems(text: str) -> list[str]:
    with pytest.raises(EventFileError) as caught:
        parse_event_text(HEAD + text, "e.yaml", now=NOW)
    return [p.format("e.yaml") for p in caught.value.problems if p.severity is Severity.ERROR]


def read(text: str) -> tuple:
    return parse_event_text(HEAD + text, "e.yaml", now=NOW).event.automations


def test_the_issue_s_example_reads() -> None:
    http, osc = read(
        """  - on: segment_start          # segment_start, wrap_up, final, time_up, segment_end,
                               # floor_given, message, show_end
    segments: [panel1]         # optional: segment ids or kinds
    http: {method: POST, url: "http://10.0.0.5:9000/hook", body: {title: "{segment.title}"}}
  - on: time_up
    osc: {to: "10.0.0.6:53000", address: /cue/red/start, args: [1]}
"""
    )
    assert http.on is Trigger.SEGMENT_START and http.segments == ("panel1",)
    assert http.action == HttpAction("POST", "http://10.0.0.5:9000/hook", {"title": "{segment.title}"})
    assert osc.on is Trigger.TIME_UP
    assert osc.action == OscAction("10.0.0.6", 53000, "/cue/red/start", (1,))


def test_values_keep_their_json_types_quoted_text_stays_text() -> None:
    (automation,) = read(
        """  - on: final
    http:
      url: http://127.0.0.1:9000/
      body: {n: 1, s: "1", f: 2.5, t: true, q: "true", z: null, neg: -3, word: no, when: 14:00, list: [1, "2"]}
"""
    )
    assert automation.action.body == {
        "n": 1, "s": "1", "f": 2.5, "t": True, "q": "true", "z": None, "neg": -3,
        "word": "no",  # YAML 1.2: only true/false are booleans
        "when": "14:00",  # not YAML 1.1's sexagesimal 840
        "list": [1, "2"],
    }  # fmt: skip
    assert type(automation.action.body["n"]) is int and automation.action.body["t"] is True


def test_the_journal_s_plan_record_gives_the_same_automations(tmp_path: Path) -> None:
    text = bundled_example().read_text(encoding="utf-8") + (
        "\nautomations:\n"
        "  - on: wrap_up\n    segments: [panel, closing]\n    retries: 0\n"
        '    http: {method: put, url: "http://127.0.0.1:1/x?s={segment.id}", body: [1, "a", {b: null}],'
        " headers: {X-Token: abc}}\n"
        '  - on: message\n    osc: {to: "[::1]:9000", address: /m, args: ["{message.text}", 1.5, false]}\n'
    )
    event = parse_event_text(text, "e.yaml", now=NOW).event
    assert len(event.automations) == 2
    record = json.loads(json.dumps(event_data(event)))  # as the journal writes it
    assert read_event(record) == event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  - on: segment_stat\n    osc: {to: '1.2.3.4:1', address: /a}\n",
         "e.yaml:7:9: error: on: unknown trigger 'segment_stat' (one of: segment_start, wrap_up, final, time_up, "
         "segment_end, floor_given, message, show_end); did you mean 'segment_start'?"),
        ("  - on: final\n    http: {url: 'http://127.0.0.1/{segmnt.title}'}\n",
         "e.yaml:8:17: error: url: unknown placeholder {segmnt.title}; did you mean 'segment.title'?"),
        ("  - on: final\n    http: {url: 'http://127.0.0.1/', body: {a: ['{left}', '{lef_s}']}}\n",
         "e.yaml:8:59: error: a: unknown placeholder {lef_s}; did you mean 'left_s'?"),
        ("  - on: final\n    http: {url: 'http://127.0.0.1/', body: {title: {segment.title}}}\n",
         'e.yaml:8:52: error: write a placeholder in quotes: "{segment.title}"'),
        ("  - on: final\n    segments: [panel1, panl]\n    osc: {to: '127.0.0.1:1', address: /a}\n",
         "e.yaml:8:24: error: no segment or kind 'panl' in this plan; did you mean 'panel'?"),
        ("  - on: final\n", "e.yaml:7:5: error: an automation needs 'http' or 'osc'"),
        ("  - on: final\n    http: {url: 'http://127.0.0.1/'}\n    osc: {to: '127.0.0.1:1', address: /a}\n",
         "e.yaml:9:5: error: an automation sends one thing: 'http' or 'osc', not both"),
        ("  - on: final\n    http: {url: 'ftp://127.0.0.1/'}\n",
         "e.yaml:8:17: error: url: 'ftp://127.0.0.1/' is not an http:// or https:// address"),
        ("  - on: final\n    http: {url: 'http://{segment.id}.local/'}\n",
         "e.yaml:8:17: error: url: placeholders go in the address's path or query, not in its host: "
         "'http://{segment.id}.local/'"),
        ("  - on: final\n    http: {url: 'http://127.0.0.1/', method: FETCH}\n",
         "e.yaml:8:46: error: method: unknown HTTP method 'FETCH' (one of: GET, POST, PUT, PATCH, DELETE)"),
        ("  - on: final\n    osc: {to: 'lights', address: /a}\n",
         "e.yaml:8:15: error: to: 'lights' is not HOST:PORT (e.g. 10.0.0.6:53000)"),
        ("  - on: final\n    osc: {to: '127.0.0.1:70000', address: /a}\n",
         "e.yaml:8:15: error: to: '127.0.0.1:70000' is not HOST:PORT (e.g. 10.0.0.6:53000)"),
        ("  - on: final\n    osc: {to: '127.0.0.1:1', address: '/cue/{segment.id}'}\n",
         "e.yaml:8:39: error: address: an OSC address starts with / and holds no spaces, #, commas or braces: "
         "'/cue/{segment.id}'"),
        ("  - on: final\n    osc: {to: '127.0.0.1:1', address: /a, args: [[1]]}\n",
         "e.yaml:8:50: error: an OSC argument is a number, a text, true/false or null"),
        ("  - on: final\n    retries: 6\n    osc: {to: '127.0.0.1:1', address: /a}\n",
         "e.yaml:8:14: error: retries: a whole number from 0 to 5"),
        ("  - on: final\n    http: {url: 'http://127.0.0.1/', headers: {'a b': x}}\n",
         "e.yaml:8:48: error: 'a b' is not a header name"),
        ("  - on: final\n    osc: {to: '127.0.0.1:1', address: /a}\n    http: {}\n    when: now\n",
         "e.yaml:10:5: error: unknown key 'when' in an automation (known: on, segments, http, osc, retries)"),
    ],
)  # fmt: skip
def test_every_problem_is_told_at_its_place(text: str, expected: str) -> None:
    assert expected in problems(text)


def test_what_a_stranger_s_file_may_ask_is_bounded() -> None:
    one = "  - on: final\n    osc: {to: '127.0.0.1:1', address: /a}\n"
    assert "e.yaml:7:3: error: 'automations' has more than 50 items" in problems(one * (MAX_AUTOMATIONS + 1))
    assert len(read(one * MAX_AUTOMATIONS)) == MAX_AUTOMATIONS
    long_url = "http://127.0.0.1/" + "a" * MAX_URL_CHARS
    assert any(
        "url: is limited to 2000 characters" in p for p in problems(f"  - on: final\n    http: {{url: '{long_url}'}}\n")
    )
    body = json.dumps({f"k{i}": "x" * 400 for i in range(45)})  # 45 keys of 400 characters: over 16 KB
    size = len(json.dumps(json.loads(body), separators=(",", ":")))
    assert any(
        f"the body is {size} bytes as JSON; at most {MAX_BODY_BYTES}" in p
        for p in problems(f"  - on: final\n    http: {{url: 'http://127.0.0.1/', body: {body}}}\n")
    )
    deep = "[" * 8 + "1" + "]" * 8
    assert any(
        "nests too deeply" in p
        for p in problems(f"  - on: final\n    http: {{url: 'http://127.0.0.1/', body: {deep}}}\n")
    )


def test_check_warns_of_an_address_beyond_this_network_and_lists_the_automations(tmp_path: Path) -> None:
    path = tmp_path / "e.yaml"
    path.write_text(
        HEAD + "  - on: segment_start\n    segments: [qa]\n    http: {url: 'http://8.8.8.8/x'}\n"
        "  - on: time_up\n    osc: {to: '192.168.1.20:53000', address: /cue/red/start}\n",
        encoding="utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    assert run_check([str(path)], now=NOW, out=out, err=err) == 0
    text = out.getvalue() + err.getvalue()
    assert (
        "warning: 8.8.8.8 is not on this network: sent only when the preferences allow automations to other hosts"
        in text
    )
    assert "192.168.1.20 is not" not in text
    assert "  2 automations:" in text
    assert "    segment_start [qa] → http://8.8.8.8/x" in text
    assert "    time_up → osc://192.168.1.20:53000/cue/red/start" in text


def test_a_plain_null_is_null_with_either_yaml_composer() -> None:
    """libyaml's composer gives a plain scalar the style "" (PyYAML's None): `kind: null` is no
    kind (the default), not the unknown kind 'null'."""
    text = (
        HEAD.replace("kind: qa", "kind: null")
        + "  - on: final\n    http: {url: 'http://127.0.0.1/', body: {z: null}}\n"
    )
    event = parse_event_text(text, "e.yaml", now=NOW).event
    assert event.segments[1].kind == "other"
    assert event.automations[0].action.body == {"z": None}


def test_a_plan_the_app_writes_keeps_its_automations() -> None:
    """A new event file written by the app (plan_file.render) reads back with the same automations,
    types and all (`"1"` stays text, `1` a number, null null)."""
    from runofshow.files.plan_file import render

    event = parse_event_text(
        HEAD + "  - on: segment_start\n    segments: [qa]\n"
        "    http: {url: 'http://127.0.0.1/{segment.id}', body: {n: 1, s: '1', z: null, t: '{left_s}'}}\n"
        "  - on: time_up\n    osc: {to: '127.0.0.1:53000', address: /red, args: [1, '1', true, 2.5]}\n",
        "e.yaml",
        now=NOW,
    ).event
    assert parse_event_text(render(None, None, event), "again.yaml", now=NOW).event == event
