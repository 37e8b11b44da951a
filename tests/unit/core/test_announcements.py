"""What is announced to a screen reader as the show runs, and the situation said on demand."""

from __future__ import annotations

from runofshow.core.announcements import Level, Situation, changes, situation, spoken_duration, summary
from runofshow.core.clock import FakeClock
from runofshow.core.frame import Frame
from runofshow.core.schedule import ScheduleBasis
from runofshow.core.show import Show
from tests.helpers.show import do


def now(show: Show, clock: FakeClock) -> Situation:
    return situation(Frame(show, clock.now(), ScheduleBasis(show)))


def said(before: Situation, after: Situation, level: Level = Level.ALL) -> list[tuple[str, bool]]:
    return [(str(a), a.urgent) for a in changes(before, after, level)]


def test_every_change_of_the_live_segment_is_said_once_and_the_urgent_ones_interrupt(
    show: Show, clock: FakeClock
) -> None:
    seen = now(show, clock)
    assert changes(None, seen) == []  # the first focus says where things stand
    do(show, clock, "start")
    step = now(show, clock)
    assert said(seen, step) == [("Opening remarks started", False)]
    seen = step
    heard: list[tuple[str, bool]] = []
    for _ in range(400):  # the 6-minute opening, a second at a time, into overtime
        clock.advance(1)
        step = now(show, clock)
        heard += said(seen, step)
        seen = step
    assert heard == [("Wrap up", False), ("Final seconds", True), ("Overtime: please conclude", True)]
    do(show, clock, "pause")
    step = now(show, clock)
    assert said(seen, step) == [("Paused", False)]
    seen = step
    do(show, clock, "resume")  # overtime again, and said so
    step = now(show, clock)
    assert said(seen, step) == [("Overtime: please conclude", True)]


def test_a_new_segment_a_new_speaker_and_a_message_are_said(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    seen = now(show, clock)
    do(show, clock, "next")
    step = now(show, clock)
    assert said(seen, step) == [("Panel 1: Cross-border collaboration started", False)]
    seen = step
    do(show, clock, "speaker_next")
    step = now(show, clock)
    assert said(seen, step) == [("Law-enforcement speaker 1 (placeholder) has the floor", False)]
    seen = step
    do(show, clock, "message", to="moderator", text="Interpretation channel 2 is silent")
    do(show, clock, "message", to="speaker", text="2 MINUTES")  # the speaker's screen: not the moderator's
    step = now(show, clock)
    assert said(seen, step) == [("Message from the stage: Interpretation channel 2 is silent", True)]
    assert said(step, now(show, clock)) == []  # said once, not every second it stays unread


def test_the_level_setting_keeps_only_the_urgent_or_nothing(show: Show, clock: FakeClock) -> None:
    seen = now(show, clock)
    do(show, clock, "start")
    do(show, clock, "message", to="moderator", text="Mic check")
    step = now(show, clock)
    assert said(seen, step, Level.URGENT) == [("Message from the stage: Mic check", True)]
    assert said(seen, step, Level.OFF) == []


def test_the_end_of_the_show_is_said(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    for _ in range(len(show.runs) - 1):
        do(show, clock, "next")
    seen = now(show, clock)
    do(show, clock, "next")
    assert said(seen, now(show, clock)) == [("The show has ended", True)]


def test_durations_are_said_in_words_not_as_clock_times() -> None:
    assert str(spoken_duration(648)) == "10 minutes 48 seconds"
    assert str(spoken_duration(61)) == "1 minute 1 second"
    assert str(spoken_duration(3600 + 120)) == "1 hour 2 minutes"
    assert str(spoken_duration(0)) == "0 seconds"
    assert str(spoken_duration(-30)) == "30 seconds"


def test_the_whole_situation_in_one_sentence(show: Show, clock: FakeClock) -> None:
    frame = Frame(show, clock.now(), ScheduleBasis(show))
    assert str(summary(frame)).startswith("Ready: Opening remarks, 6 minutes.")
    do(show, clock, "start")
    do(show, clock, "next")
    do(show, clock, "speaker_next")
    clock.advance(72)
    do(show, clock, "message", to="moderator", text="Wrap up")
    text = str(summary(Frame(show, clock.now(), ScheduleBasis(show))))
    assert text.startswith("Panel 1: Cross-border collaboration: 10 minutes 48 seconds left, Running.")
    assert "Hard stop in " in text
    assert "Law-enforcement speaker 1 (placeholder) speaking, 1 minute 48 seconds left." in text
    assert text.endswith("Unread message from the stage: Wrap up")
    assert "10:48" not in text  # durations in words


def test_a_booths_signal_is_said_as_a_word_of_the_listeners_language() -> None:
    from runofshow.core.announcements import message_words
    from runofshow.core.wording import Words

    said = message_words("booth", "SLOW DOWN")
    assert said.template == "Message from the booth: {text}"
    assert said.values["text"] == Words("SLOW DOWN")  # translated where it is said (ui/i18n.words_text)
    assert message_words("booth", "Channel 3 is French").values["text"] == "Channel 3 is French"  # free text as is
    assert str(message_words("Venue control", "Doors close")) == "Message from Venue control: Doors close"
    assert str(message_words("", "Mic check")) == "Message from the stage: Mic check"
