"""What the stage manager's window says as the show's state changes."""

from __future__ import annotations

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from runofshow.core.stage_announcements import StageSituation, stage_changes, stage_situation
from tests.helpers.show import do


def now(show: Show, clock: FakeClock) -> StageSituation:
    return stage_situation(snapshot(show, clock.now()))


def said(before: StageSituation, after: StageSituation) -> list[tuple[str, bool]]:
    return [(str(a), a.urgent) for a in stage_changes(before, after)]


def test_cues_segments_overtime_and_seen_messages_are_said(show: Show, clock: FakeClock) -> None:
    seen = now(show, clock)
    assert stage_changes(None, seen) == []
    do(show, clock, "start")
    step = now(show, clock)
    assert said(seen, step) == [("Opening remarks started", False)]
    seen = step
    do(show, clock, "speaker_cue", speaker="host", cue="standby")
    do(show, clock, "speaker_cue", speaker="host", cue="ready")
    step = now(show, clock)
    assert said(seen, step) == [("Host representative (placeholder) is ready", False)]
    seen = step
    clock.advance(361)
    step = now(show, clock)
    assert said(seen, step) == [("Overtime: please conclude", True)]
    seen = step
    assert said(seen, now(show, clock)) == []  # once
    do(show, clock, "message", to="moderator", text="Mic check")
    seen = now(show, clock)
    do(show, clock, "message_ack", id=show.messages[-1].id)
    step = now(show, clock)
    assert said(seen, step) == [("The moderator saw: Mic check", False)]


def test_a_bad_or_empty_state_says_nothing_and_breaks_nothing() -> None:
    empty = stage_situation({})
    assert stage_changes(empty, stage_situation({"segments": [], "messages": []})) == []
