"""The event file reader: what valid files mean, and a corpus of broken ones."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
import yaml

from runofshow.files import yamlnodes
from runofshow.files.eventfile import load_event
from runofshow.files.problems import EventFileError
from tests.helpers.eventfile import MINIMAL, errors_of, load_text
from tests.helpers.moments import FIXED_NOW


def test_the_bundled_roundtable_is_valid(roundtable) -> None:
    info = roundtable.info
    assert info.timezone_name == "Asia/Ho_Chi_Minh"
    assert info.date == date(2025, 10, 26)
    assert f"{info.start:%H:%M}-{info.end:%H:%M}" == "14:00-14:45"
    assert info.interpretation == "TBC"
    assert [s.kind for s in roundtable.segments] == ["opening", "panel", "panel", "panel", "closing"]
    assert sum(s.duration_s for s in roundtable.segments) == 45 * 60
    # No real people are invented: every roster name says it is a placeholder.
    assert all("placeholder" in p.name for p in roundtable.people.values())


def test_yaml_1_1_traps_are_read_from_the_text(tmp_path: Path) -> None:
    loaded = load_text(
        tmp_path,
        MINIMAL.replace("  start: 9:00", "  start: 14:00\n  end: 15:00\n  date: 2025-10-26\n  notes: no"),
    )
    info = loaded.event.info
    assert f"{info.start:%H:%M}" == "14:00"  # PyYAML alone would say 840
    assert info.date == date(2025, 10, 26)
    assert info.notes == "no"  # not False
    assert loaded.event.segments[0].duration_s == 270  # unquoted 4:30


def test_defaults_ids_and_speakers(tmp_path: Path) -> None:
    text = """\
version: 1
event: {title: T, start: "10:00", timezone: Europe/Paris}
defaults: {speaker_time: 2m}
people:
  - {id: lan, name: Nguyễn Thị Lan, organization: Org, pronunciation: "win tee lahn"}
segments:
  - title: Opening remarks
    duration: 5m
    speakers: [lan, {ref: lan, time: 1m}, {name: Guest from the floor}]
  - title: Opening remarks
    duration: 1m
"""
    event = load_text(tmp_path, text).event
    assert [s.id for s in event.segments] == ["opening-remarks", "opening-remarks-2"]
    slots = event.segments[0].speakers
    assert [s.id for s in slots] == ["lan", "lan-2", "guest-from-the-floor"]
    assert [s.allotted_s for s in slots] == [120, 60, 120]
    assert slots[0].pronunciation == "win tee lahn"
    assert slots[2].person is None
    assert event.info.date == date(2025, 10, 1)  # no date: today in the event's zone


def test_warnings_do_not_fail_the_file(tmp_path: Path) -> None:
    text = """\
version: 1
event: {title: T, start: "10:00", end: "10:05"}
segments:
  - {title: A, duration: 4m, speakers: [{name: X, time: 5m}]}
  - {title: B, duration: 3m, start: "10:03"}
"""
    loaded = load_text(tmp_path, text)
    messages = [p.format("f") for p in loaded.warnings]
    assert any(":4:" in m and "speaker times add up" in m for m in messages), messages
    assert any(":5:" in m and "overlaps" in m for m in messages), messages
    assert any(":2:" in m and "after the hard stop" in m for m in messages), messages


# --- the malformed-file corpus: (name, content, expected "LINE:COL: error: ..." fragments) ----------
CORPUS: list[tuple[str, str | bytes, list[str]]] = [
    ("empty", "", ["1:1: error: the file is empty"]),
    ("only-comments", "# nothing\n", ["1:1: error: the file is empty"]),
    ("not-a-mapping", "- 1\n- 2\n", ["1:1: error: the event file must be a mapping"]),
    ("yaml-syntax", "version: 1\nevent: [\n", ["YAML syntax"]),
    ("tab-indent", "version: 1\nevent:\n\ttitle: x\n", ["3:1: error: YAML syntax"]),
    ("two-documents", MINIMAL + "---\nversion: 1\n", ["error: YAML syntax"]),
    ("non-utf8", b"version: 1\nevent:\n  title: caf\xe9\n", ["3:13: error: the file is not UTF-8"]),
    ("missing-everything", "foo: 1\n", ["1:1: error: unknown key 'foo'", "needs 'version'", "needs 'segments'"]),
    ("wrong-version", MINIMAL.replace("version: 1", "version: 2"), ["1:10: error: version: unknown version '2'"]),
    (
        "misspelt-key",
        MINIMAL.replace("duration:", "duraton:"),
        ["7:5: error: unknown key 'duraton'; did you mean 'duration'?"],
    ),
    ("duplicate-key", MINIMAL + "    title: Again\n", ["8:5: error: duplicate key 'title' (first at line 6)"]),
    (
        "bad-duration",
        MINIMAL.replace("4:30", "five minutes"),
        ["7:15: error: duration: 'five minutes' is not a duration"],
    ),
    ("zero-duration", MINIMAL.replace("4:30", "0"), ["7:15: error: duration: a duration must be more than 0"]),
    ("too-long", MINIMAL.replace("4:30", "25h"), ["7:15: error: duration: a duration must be at most 24h"]),
    ("bad-time", MINIMAL.replace("9:00", "25:00"), ["4:10: error: start: '25:00' is not a time of day"]),
    (
        "end-before-start",
        MINIMAL.replace("  start: 9:00", "  start: 9:00\n  end: 8:00"),
        ["5:8: error: end 08:00 must be after start 09:00"],
    ),
    (
        "bad-zone",
        MINIMAL.replace("  start: 9:00", "  start: 9:00\n  timezone: Mars/Base"),
        ["5:13: error: timezone: unknown time zone"],
    ),
    (
        "bad-date",
        MINIMAL.replace("  start: 9:00", "  start: 9:00\n  date: 2025-02-30"),
        ["5:9: error: date: '2025-02-30' is not a date"],
    ),
    ("bad-kind", MINIMAL + "    kind: panle\n", ["8:11: error: kind: unknown kind 'panle'", "did you mean 'panel'?"]),
    (
        "no-segments",
        MINIMAL.split("segments:")[0] + "segments: []\n",
        ["5:11: error: 'segments' needs at least one segment"],
    ),
    (
        "segments-not-list",
        MINIMAL.split("segments:")[0] + "segments: lots\n",
        ["5:11: error: 'segments' must be a list"],
    ),
    ("unknown-person", MINIMAL + "    speakers: [lan]\n", ["8:16: error: unknown person id 'lan'"]),
    ("unknown-moderator", MINIMAL + "    moderator: mod\n", ["8:16: error: unknown person id 'mod'"]),
    (
        "duplicate-segment-id",
        MINIMAL + "    id: a\n  - {id: a, title: B, duration: 1m}\n",
        ["9:10: error: duplicate segment id 'a' (first at line 8)"],
    ),
    (
        "duplicate-person-id",
        MINIMAL + "people:\n  - {id: p, name: P}\n  - {id: p, name: Q}\n",
        ["10:10: error: duplicate person id 'p'"],
    ),
    (
        "python-tag",
        MINIMAL + '    notes: !!python/object/apply:os.system ["touch /tmp/pwned"]\n',
        ["8:12: error: tag '!!python/object/apply:os.system' is not allowed"],
    ),
    ("local-tag", MINIMAL + "    notes: !secret x\n", ["8:12: error: tag '!secret' is not allowed"]),
    (
        "merge-key",
        "base: &b {duration: 1m}\n" + MINIMAL + "  - <<: *b\n    title: B\n",
        ["error: unknown key 'base'", "merge keys"],
    ),
    (
        "list-as-title",
        MINIMAL.replace("title: Only", "title: [a, b]"),
        ["6:12: error: title: must be text, not a list"],
    ),
    ("bad-bool", MINIMAL + "    locked: maybe\n", ["8:13: error: locked: 'maybe' is not true or false"]),
    ("min-over-duration", MINIMAL + "    min_duration: 5m\n", ["8:19: error: min_duration is longer"]),
    (
        "speaker-ref-and-name",
        MINIMAL + "    speakers: [{ref: x, name: y}]\npeople: [{id: x, name: X}]\n",
        ["unknown key 'name'"],
    ),
    ("speaker-without-name", MINIMAL + "    speakers: [{role: Chair}]\n", ["8:16: error: a speaker"]),
    ("deep-nesting", "version: 1\nevent: " + "[" * 5000 + "]" * 5000 + "\n", ["error:"]),
    # Escapes that make what is not text: refused (libyaml already refuses a lone surrogate).
    ("nul-in-a-name", MINIMAL.replace("title: Only", 'title: "Ms \\x00Tran"'), ["not text (U+0000)"]),
    ("lone-surrogate", MINIMAL.replace("title: Only", 'title: "a\\ud800"'), ["error:"]),
]


@pytest.fixture(params=["libyaml", "pure-python"])
def yaml_loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both PyYAML composers must report the same positions."""
    if request.param == "pure-python":
        monkeypatch.setattr(yamlnodes, "_LOADER", yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML was built without libyaml")


@pytest.mark.usefixtures("yaml_loader")
@pytest.mark.parametrize(("content", "expected"), [c[1:] for c in CORPUS], ids=[c[0] for c in CORPUS])
def test_malformed_files_get_line_precise_errors(tmp_path: Path, content: str | bytes, expected: list[str]) -> None:
    lines = errors_of(tmp_path, content)
    joined = "\n".join(lines)
    for fragment in expected:
        assert fragment in joined, joined
    assert all(":" in line for line in lines)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = MINIMAL.replace("duration: 4:30", "duraton: 4:30\n    kind: nope").replace("9:00", "99:00")
    lines = errors_of(tmp_path, text)
    assert len(lines) >= 4, lines
    assert lines == sorted(lines, key=lambda line: tuple(int(x) for x in line.split(":")[:2]))


def test_an_alias_bomb_fails_fast(tmp_path: Path) -> None:
    bomb = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        bomb.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    text = "version: 1\n" + "\n".join(bomb) + "\nevent: {title: T, start: '9:00'}\nsegments:\n"
    text += "  - {title: A, duration: 1m, questions: *a9, cues: *a9}\n"
    started = time.monotonic()
    lines = errors_of(tmp_path, text)
    assert time.monotonic() - started < 5
    assert any("error:" in line for line in lines)


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "event.yaml"
    with path.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024 + 1)
    with pytest.raises(EventFileError, match="10 MB"):
        load_event(path, now=FIXED_NOW)


def test_a_folder_and_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(EventFileError, match="folder"):
        load_event(tmp_path, now=FIXED_NOW)
    with pytest.raises(EventFileError, match="no such file"):
        load_event(tmp_path / "nope.yaml", now=FIXED_NOW)


def test_a_python_tag_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = MINIMAL + f'    notes: !!python/object/apply:os.system ["touch {marker}"]\n'
    errors_of(tmp_path, text)
    assert not marker.exists()


def test_organisation_is_a_spelling_of_organization(tmp_path: Path) -> None:
    text = MINIMAL + "people:\n  - {id: p, name: P, organisation: Ministry}\n"
    event = load_text(tmp_path, text).event
    assert event.people["p"].organization == "Ministry"
    both = MINIMAL + "people:\n  - {id: p, name: P, organisation: A, organization: B}\n"
    assert any("duplicate key 'organization'" in line for line in errors_of(tmp_path, both))


def test_a_file_of_many_warnings_still_opens(tmp_path: Path) -> None:
    """Warnings never stop the reader: 300 segments whose speakers overrun them are a plan (it said
    "the file does not describe an event" once the 200th warning was counted as a problem)."""
    rows = "".join(f"  - {{title: S{n}, duration: 1m, speakers: [{{name: X, time: 2m}}]}}\n" for n in range(300))
    loaded = load_text(tmp_path, MINIMAL.split("segments:")[0] + "segments:\n" + rows)
    assert len(loaded.event.segments) == 300
    assert len(loaded.warnings) == 200 and all("speaker times add up" in str(w.message) for w in loaded.warnings)
