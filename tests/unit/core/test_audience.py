"""Questions from the audience: sent from a phone, bounded, then approved (maybe edited, into a
chosen segment, at a place), merged, rejected, ordered, undone; in the bank "from the audience",
in the private view only, and rebuilt the same from the journal. All on a fake clock."""

from __future__ import annotations

from typing import Any

import pytest

from runofshow.core.audience import (
    MAX_KEPT_QUESTIONS,
    MAX_WAITING_QUESTIONS,
    AudienceLimits,
    AudienceStatus,
)
from runofshow.core.clock import FakeClock, Instant
from runofshow.core.commands import parse_command
from runofshow.core.dispatch import Dispatcher
from runofshow.core.event import Event
from runofshow.core.fields import CommandError, ConflictError, RateLimitedError
from runofshow.core.pipeline import Pipeline
from runofshow.core.records import CommandRecord, Record, RunRecord, SessionRecord
from runofshow.core.replay import replay
from runofshow.core.report import build_report
from runofshow.core.show import Show
from runofshow.core.snapshot import public_view, snapshot


class Journal:
    """What the pipeline would write: every command it records, in order."""

    def __init__(self) -> None:
        self.commands: list[tuple[dict[str, Any], Instant, str]] = []
        self.refusals: list[int] = []

    def command(self, cmd: dict[str, Any], at: Instant, request_id: str | None, by: str) -> int:
        self.commands.append((cmd, at, by))
        return len(self.commands)

    def refused(self, seq: int, at: Instant) -> None:
        self.refusals.append(seq)


@pytest.fixture
def journal() -> Journal:
    return Journal()


@pytest.fixture
def pipe(show: Show, clock: FakeClock, journal: Journal) -> Pipeline:
    pipeline = Pipeline(Dispatcher(show), clock.now, journal)
    pipeline.run({"action": "start"})  # the opening is live
    return pipeline


def ask(pipe: Pipeline, text: str, device: str = "phone-1", **more: Any) -> str:
    result = pipe.run({"action": "audience_question", "text": text, "device": device, **more}).result
    assert result is not None
    return str(result["question"])


def moderate(pipe: Pipeline, question: str, decision: str, **more: Any) -> dict[str, Any]:
    result = pipe.run({"action": "audience_moderate", "question": question, "decision": decision, **more}).result
    assert result is not None
    return result


def bank(show: Show, segment: int) -> list[tuple[str, str, str]]:
    return [(q.id, q.text, q.source) for q in show.runs[segment].questions]


def test_a_question_waits_then_joins_the_live_bank_from_the_audience(
    pipe: Pipeline, show: Show, clock: FakeClock
) -> None:
    first = ask(pipe, "How will evidence cross borders?", name="Lan", organization="VNU")
    second = ask(pipe, "Who funds the platform?", device="phone-2")
    assert (first, second) == ("a1", "a2")
    state = snapshot(show, clock.now())
    rows = {r["id"]: r for r in state["audience_questions"]}
    assert (rows["a1"]["status"], rows["a1"]["place"], rows["a2"]["place"]) == ("waiting", 1, 2)
    assert rows["a1"]["asked_in"] == "opening" and rows["a1"]["name"] == "Lan"
    assert not any(q.source for q in show.runs[0].questions)  # not in the bank before a decision
    planned = len(show.runs[0].questions)
    assert moderate(pipe, "a1", "approve") == {"question": "a1", "status": "approved"}
    assert bank(show, 0)[planned:] == [("a1", "How will evidence cross borders?", "audience")]
    state = snapshot(show, clock.now())
    asked = state["segments"][0]["questions"][planned]
    assert asked == {
        "id": "a1",
        "text": "How will evidence cross borders?",
        "status": "open",
        "to": "",
        "from": "audience",
        "name": "Lan",
        "organization": "VNU",
    }
    assert all("from" not in q for q in state["segments"][0]["questions"][:planned])  # the plan's say nothing
    # Asked like any question of the bank; the phone's row follows it.
    pipe.run({"action": "question", "question": "a1", "status": "asked"})
    rows = {r["id"]: r for r in snapshot(show, clock.now())["audience_questions"]}
    assert (rows["a1"]["status"], rows["a1"]["bank"], rows["a1"]["segment"]) == ("approved", "asked", "opening")
    assert rows["a2"]["place"] == 1


def test_approved_edited_into_a_chosen_segment_at_a_place(pipe: Pipeline, show: Show) -> None:
    ask(pipe, "what about the data, privacy??")
    moderate(pipe, "a1", "approve", text="What about privacy?", segment="cross-border", position=0)
    assert bank(show, 1)[0] == ("a1", "What about privacy?", "audience")
    question = show.audience_questions[0]
    assert (question.original, question.text, question.segment) == (
        "what about the data, privacy??",
        "What about privacy?",
        "cross-border",
    )
    ask(pipe, "Another one")
    with pytest.raises(CommandError, match="past the last place"):
        moderate(pipe, "a2", "approve", position=99)
    with pytest.raises(CommandError, match="approved already"):
        moderate(pipe, "a1", "approve")
    with pytest.raises(CommandError, match="no audience question 'a9'"):
        moderate(pipe, "a9", "reject")
    pipe.run({"action": "next"})  # the opening is over: its bank takes no more
    with pytest.raises(CommandError, match="is over"):
        moderate(pipe, "a2", "approve", segment="opening")


def test_edit_merge_reject_and_move(pipe: Pipeline, show: Show, clock: FakeClock) -> None:
    for n in range(1, 5):
        ask(pipe, f"Question {n}", device=f"phone-{n}")
    moderate(pipe, "a1", "edit", text="Question one")
    assert show.audience_questions[0].text == "Question one"
    moderate(pipe, "a2", "merge", into="a1", text="Questions one and two")
    rows = {r["id"]: r for r in snapshot(show, clock.now())["audience_questions"]}
    assert rows["a2"]["status"] == "merged" and rows["a2"]["merged_into"] == "a1"
    assert rows["a1"]["merged"] == ["a2"] and rows["a1"]["text"] == "Questions one and two"
    with pytest.raises(CommandError, match="merged into itself"):
        moderate(pipe, "a3", "merge", into="a3")
    with pytest.raises(CommandError, match="merge into a waiting or approved one"):
        moderate(pipe, "a3", "merge", into="a2")
    moderate(pipe, "a4", "move", position=0)  # the waiting in the moderator's order
    assert [r["id"] for r in snapshot(show, clock.now())["audience_questions"] if r["place"]] == ["a4", "a1", "a3"]
    moderate(pipe, "a3", "reject")
    # Approved, the merged one follows its target: asked together.
    planned = len(show.runs[0].questions)
    moderate(pipe, "a1", "approve")
    moderate(pipe, "a4", "approve", position=0)
    assert [q.id for q in show.runs[0].questions] == ["a4", *(f"q{n}" for n in range(1, planned + 1)), "a1"]
    moderate(pipe, "a1", "move", position=0)  # in its bank once approved
    assert [q.id for q in show.runs[0].questions][:2] == ["a1", "a4"]
    moderate(pipe, "a1", "edit", text="Questions one and two, briefly")
    assert show.runs[0].questions[0].text == "Questions one and two, briefly"
    pipe.run({"action": "question", "question": "a1", "status": "asked"})
    rows = {r["id"]: r for r in snapshot(show, clock.now())["audience_questions"]}
    assert (rows["a2"]["bank"], rows["a3"]["status"]) == ("asked", "rejected")
    with pytest.raises(CommandError, match="asked already"):
        moderate(pipe, "a1", "reject")
    moderate(pipe, "a4", "reject")  # approved, not yet asked: back out of the bank
    assert "a4" not in [q.id for q in show.runs[0].questions]


def test_every_decision_is_undone_and_an_asked_one_no_longer(pipe: Pipeline, show: Show) -> None:
    ask(pipe, "One")
    ask(pipe, "Two", device="phone-2")
    before = bank(show, 0)
    moderate(pipe, "a1", "approve", text="One, edited")
    pipe.run({"action": "undo"})
    assert bank(show, 0) == before
    assert (show.audience_questions[0].status, show.audience_questions[0].text) == (AudienceStatus.WAITING, "One")
    moderate(pipe, "a2", "merge", into="a1", text="One and two")
    pipe.run({"action": "undo"})
    assert show.audience_questions[1].status is AudienceStatus.WAITING and show.audience_questions[0].text == "One"
    assert show.audience_questions[0].merged == []
    moderate(pipe, "a2", "move", position=0)
    pipe.run({"action": "undo"})
    assert [q.id for q in show.audience_questions] == ["a1", "a2"]
    moderate(pipe, "a1", "approve")
    moderate(pipe, "a1", "reject")
    pipe.run({"action": "undo"})
    assert show.audience_questions[0].status is AudienceStatus.APPROVED and bank(show, 0)[-1][0] == "a1"
    # Asked (here by a script): the approval can no longer be taken back. The phone's question
    # itself is an event, never undone.
    pipe.run({"action": "question", "question": "a1", "status": "asked", "by": "control@10.0.0.9"})
    with pytest.raises(CommandError, match="cannot undo 'approving question a1'"):
        pipe.run({"action": "undo"})
    assert show.audience_questions[0].status is AudienceStatus.APPROVED


def test_the_bounds_are_refused_before_the_journal(
    pipe: Pipeline, show: Show, clock: FakeClock, journal: Journal
) -> None:
    written = len(journal.commands)
    with pytest.raises(CommandError, match="limited to 500"):
        ask(pipe, "x" * 501)
    ask(pipe, "x" * 500)
    with pytest.raises(ConflictError, match="sent already"):
        ask(pipe, "X" + "x" * 499)  # the same text as it reads (case, width, spaces) while it waits
    for n in range(4):
        clock.advance(30)
        ask(pipe, f"Question {n}")
    with pytest.raises(RateLimitedError, match="5 questions in the last 10 minutes") as refused:
        ask(pipe, "One too many")
    # The oldest of the five leaves the 10-minute window 600 s after it came (2 min ago).
    assert refused.value.retry_after_s == pytest.approx(600 - 120, abs=1)
    ask(pipe, "Another phone", device="phone-2")  # the bound is the phone's
    # The duplicate and the sixth counted (the too-long one never parsed); none of them written.
    assert show.audience_refused == 2 and len(journal.commands) == written + 6
    clock.advance(refused.value.retry_after_s + 1)
    ask(pipe, "One too many")


def test_all_phones_together_are_bounded_in_a_minute(pipe: Pipeline, show: Show, clock: FakeClock) -> None:
    show.audience_limits = AudienceLimits(total=300, total_window_s=60)
    for n in range(300):
        ask(pipe, f"Question {n}", device=f"phone-{n}")  # 300 phones at once: a full hall
    with pytest.raises(RateLimitedError, match="300 questions have come in the last minute"):
        ask(pipe, "One more", device="phone-x")
    clock.advance(61)
    ask(pipe, "One more", device="phone-x")


def test_waiting_and_kept_questions_are_bounded(show: Show, clock: FakeClock) -> None:
    dispatcher = Dispatcher(show)  # replaying: no rates, only the show's own bounds
    for n in range(MAX_WAITING_QUESTIONS):
        dispatcher.apply(
            parse_command({"action": "audience_question", "text": f"Q{n}", "device": f"d{n}"}), clock.now()
        )
    with pytest.raises(CommandError, match="waiting already"):
        dispatcher.apply(parse_command({"action": "audience_question", "text": "Q", "device": "d"}), clock.now())
    for n in range(1, MAX_WAITING_QUESTIONS + 1):
        dispatcher.apply(
            parse_command({"action": "audience_moderate", "question": f"a{n}", "decision": "reject"}), clock.now()
        )
    for round_ in range(4):
        for n in range(MAX_WAITING_QUESTIONS):
            text = {"action": "audience_question", "text": f"R{round_}-{n}", "device": f"d{n}"}
            dispatcher.apply(parse_command(text), clock.now())
        for question in list(show.audience_questions):
            if question.status is AudienceStatus.WAITING:
                raw = {"action": "audience_moderate", "question": question.id, "decision": "reject"}
                dispatcher.apply(parse_command(raw), clock.now())
    assert len(show.audience_questions) == MAX_KEPT_QUESTIONS  # the oldest decided ones went


def test_questions_are_the_crews_only_and_devices_never_leave(pipe: Pipeline, show: Show, clock: FakeClock) -> None:
    ask(pipe, "Private?", name="Lan")
    moderate(pipe, "a1", "approve")
    state = snapshot(show, clock.now())
    public = public_view(state)
    assert "audience_questions" not in public and "audience_refused" not in public
    assert all("questions" not in s for s in public["segments"])
    assert state["audience_questions"][0]["device"] == "phone-1"  # only for the phone's own view


def test_after_the_show_no_more_questions(pipe: Pipeline, show: Show) -> None:
    while not show.ended:
        pipe.run({"action": "next"})
    with pytest.raises(CommandError, match="no longer taken"):
        ask(pipe, "Too late")


def test_a_plan_edit_of_the_questions_keeps_the_audiences(pipe: Pipeline, show: Show) -> None:
    ask(pipe, "From the room")
    moderate(pipe, "a1", "approve")
    pipe.run({"action": "segment_update", "segment": "opening", "fields": {"questions": ["A new prompt"]}})
    assert [(q.id, q.source) for q in show.runs[0].questions] == [("q1", ""), ("a1", "audience")]


def test_replay_rebuilds_the_questions_and_decisions(roundtable: Event, clock: FakeClock) -> None:
    dispatcher = Dispatcher(Show(roundtable))
    start = clock.now()
    records: list[Record] = [SessionRecord("s1", "event.yaml", start.wall), RunRecord("boot-a", start.mono, start)]
    script: list[dict[str, Any]] = [
        {"action": "start"},
        {"action": "audience_question", "text": "One", "device": "p1", "name": "Lan"},
        {"action": "audience_question", "text": "Two", "device": "p2"},
        {"action": "audience_question", "text": "Three", "device": "p3"},
        {"action": "audience_moderate", "question": "a2", "decision": "merge", "into": "a1"},
        {"action": "audience_moderate", "question": "a1", "decision": "approve", "text": "One and two"},
        {"action": "audience_moderate", "question": "a3", "decision": "reject"},
        {"action": "question", "question": "a1", "status": "asked"},
    ]
    for seq, data in enumerate(script, start=1):
        clock.advance(7)
        command = parse_command(data)
        dispatcher.apply(command, clock.now())
        records.append(CommandRecord(seq, clock.now(), command.to_raw()))
    result = replay(roundtable, records, clock.now(), "boot-a")
    assert not result.skipped
    assert snapshot(result.show, clock.now()) == snapshot(dispatcher.show, clock.now())
    report = build_report(result.show, clock.now())
    assert [(q.id, q.status, q.outcome) for q in report.audience] == [
        ("a1", "approved", "asked"),
        ("a2", "merged", "asked"),
        ("a3", "rejected", None),
    ]
    assert [(q.id, q.source, q.name) for q in report.questions if q.source] == [("a1", "audience", "Lan")]
