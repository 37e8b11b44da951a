"""Rebuilding a show from its journal: same state, same timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from runofshow.core.clock import FakeClock, Instant
from runofshow.core.commands import parse_command
from runofshow.core.dispatch import Dispatcher
from runofshow.core.event import Event
from runofshow.core.records import CommandRecord, Record, RunRecord, SessionRecord
from runofshow.core.replay import replay
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot

SCRIPT: list[tuple[float, dict[str, Any]]] = [
    (10, {"action": "start"}),
    (300, {"action": "next"}),
    (5, {"action": "speaker_cue", "speaker": "le1", "cue": "ready"}),
    (3, {"action": "speaker_next"}),
    (95.5, {"action": "speaker_add", "name": "Ms Floor", "type": "point_of_order"}),
    (1, {"action": "speaker_next"}),
    (20, {"action": "speaker_pause"}),
    (15, {"action": "speaker_resume"}),
    (2, {"action": "message", "to": "moderator", "text": "Wrap up"}),
    (1, {"action": "message_ack", "id": "m1"}),
    (4, {"action": "note", "text": "Ask about evidence sharing"}),
    (6, {"action": "add_time", "seconds": 60}),
    (7, {"action": "pause"}),
]


def run_script(event: Event, clock: FakeClock) -> tuple[Dispatcher, list[Record]]:
    dispatcher = Dispatcher(Show(event))
    start = clock.now()
    records: list[Record] = [SessionRecord("s1", "event.yaml", start.wall), RunRecord("boot-a", start.mono, start)]
    for seq, (wait, data) in enumerate(SCRIPT, start=1):
        clock.advance(wait)
        now = clock.now()
        command = parse_command(data)
        dispatcher.apply(command, now)
        records.append(CommandRecord(seq, now, command.to_raw()))
    return dispatcher, records


def test_replay_rebuilds_the_same_state(roundtable: Event, clock: FakeClock) -> None:
    original, records = run_script(roundtable, clock)
    clock.advance(42)
    result = replay(roundtable, records, clock.now(), "boot-a")
    assert result.commands == len(SCRIPT) and not result.skipped
    assert result.shift == 0  # same boot: the same monotonic axis goes on
    assert snapshot(result.show, clock.now()) == snapshot(original.show, clock.now())
    assert result.last_seq == len(SCRIPT)


def test_after_a_reboot_the_wall_clock_time_that_passed_counts(roundtable: Event, clock: FakeClock) -> None:
    original, records = run_script(roundtable, clock)
    original.apply(parse_command({"action": "resume"}), clock.now())
    records.append(CommandRecord(len(records), clock.now(), {"action": "resume"}))
    clock.advance(30)  # down for 30 s; after the reboot, monotonic time starts near zero
    live = Instant(5.0, clock.now().wall)
    result = replay(roundtable, records, live, "boot-b")
    after = Instant(live.mono + result.shift, live.wall)
    assert snapshot(result.show, after)["live_remaining_s"] == pytest.approx(
        snapshot(original.show, clock.now())["live_remaining_s"], abs=1e-6
    )


def test_commands_that_no_longer_apply_are_skipped(roundtable: Event, clock: FakeClock) -> None:
    _, records = run_script(roundtable, clock)
    # The file was edited: panel 1 lost its speakers.
    edited = replace(
        roundtable,
        segments=tuple(replace(s, speakers=()) if s.id == "cross-border" else s for s in roundtable.segments),
    )
    result = replay(edited, records, clock.now(), "boot-a")
    assert any(line.startswith("speaker_cue: no speaker 'le1'") for line in result.skipped), result.skipped
    assert result.show.runs[0].status.value == "done"
    assert result.show.runs[1].notes == "Ask about evidence sharing"  # what still applies is kept


def test_a_wall_clock_step_back_does_not_count_negative_time(roundtable: Event, clock: FakeClock) -> None:
    _, records = run_script(roundtable, clock)
    live = Instant(1.0, clock.now().wall - timedelta(hours=1))
    result = replay(roundtable, records, live, None)
    assert live.mono + result.shift == pytest.approx(records[-1].at.mono)


def test_a_lost_or_repeated_journal_line_is_reported_and_a_repeat_not_replayed(roundtable: Event, clock) -> None:
    original, records = run_script(roundtable, clock)
    commands = [r for r in records if isinstance(r, CommandRecord)]
    lost = [r for r in records if r is not commands[2]]  # the third command's line is gone
    result = replay(roundtable, lost, clock.now(), "boot-a")
    assert result.sequence_problems == ["command(s) 3 missing before command 4"]
    twice = [*records[:4], records[3], *records[4:]]  # a line written twice
    result = replay(roundtable, twice, clock.now(), "boot-a")
    assert result.sequence_problems == ["command 2 was written twice; the repeat was not replayed"]
    assert snapshot(result.show, clock.now()) == snapshot(original.show, clock.now())


def test_a_record_that_breaks_replay_is_skipped_and_reported(roundtable: Event, clock, monkeypatch) -> None:
    from runofshow.core import show_actions

    _, records = run_script(roundtable, clock)

    def broken(self, show, now):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(show_actions.AddTime, "apply", broken)
    result = replay(roundtable, records, clock.now(), "boot-a")  # does not raise: the run is recoverable
    assert any("add_time: could not be replayed (ZeroDivisionError" in s for s in result.skipped)
