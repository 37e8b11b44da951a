"""What a moderator who cannot see the screen must hear, and when.

The windows repaint every second; a screen reader must not read every second. So the show is
followed as a `Situation` (the few facts a listener tracks: the segment, its phase, who has the
floor, the messages not yet read) taken from each frame, and `changes` says what is new between
two of them, in words (core/wording.py: translated by the windows) and with an urgency: polite
for the routine (a new segment, RUNNING, WRAP UP, PAUSED, a new speaker), assertive for what
must interrupt (FINAL, OVERTIME, a message from the stage). `summary` is the whole situation in
one sentence, for the key that speaks it on demand.

Qt-free and pure: the window (ui/session/announcer.py) hands over the frames and speaks the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from runofshow.core.floor_requests import open_requests
from runofshow.core.frame import Frame
from runofshow.core.kinds import Recipient
from runofshow.core.schedule import Phase
from runofshow.core.wording import Words


class Level(StrEnum):
    """How much is announced (the `announcements` setting)."""

    ALL = "all"  # every change of state, segment and speaker, and every message
    URGENT = "urgent"  # FINAL, OVERTIME, the end of the show and messages only
    OFF = "off"


@dataclass(frozen=True, slots=True)
class Announcement:
    words: Words
    urgent: bool  # assertive: interrupts what the screen reader is saying

    def __str__(self) -> str:
        return str(self.words)


@dataclass(frozen=True, slots=True)
class Situation:
    segment: str  # the current segment's id ("" once the show has ended)
    title: str
    live: bool
    phase: str  # a Phase value, or "paused" / "ended"
    speaker: str  # the entry id of who has the floor ("" for no one)
    speaker_name: str
    unread: tuple[tuple[str, str], ...]  # (id, text) of messages to the moderator not yet acknowledged
    senders: tuple[str, ...] = ()  # who wrote each of `unread` ("" the stage, "booth", a venue's name)
    asking: tuple[tuple[str, str], ...] = ()  # (request id, name) of requests to speak waiting


PAUSED = "paused"
ENDED = "ended"


def situation(frame: Frame) -> Situation:
    show = frame.show
    waiting = [m for m in show.messages if m.to is Recipient.MODERATOR and not m.acknowledged]
    unread = tuple((m.id, m.text) for m in waiting)
    senders = tuple(m.sender for m in waiting)
    asking = tuple((r.id, r.name) for r in open_requests(show.floor_requests))
    if show.ended:
        return Situation("", "", False, ENDED, "", "", unread, senders, asking)
    index = show.cursor
    seg = show.segment(index)
    live = show.live_index is not None
    phase = frame.timing(index).phase.value if live else Phase.STANDBY.value
    if live and not show.running:
        phase = PAUSED
    speaking = show.runs[index].queue.speaking
    return Situation(
        seg.id,
        seg.title,
        live,
        phase,
        speaking.id if speaking else "",
        speaking.name if speaking else "",
        unread,
        senders,
        asking,
    )


#: The booth's signals (resources/web/booth.js sends them in English), said in the listener's language.
BOOTH_SIGNALS = {
    "SLOW DOWN": Words("SLOW DOWN"),
    "NO SOUND": Words("NO SOUND"),
    "RELAY LOST": Words("RELAY LOST"),
    "BOOTH READY": Words("BOOTH READY"),
}


def message_words(sender: str, text: str) -> Words:
    """A message to the moderator, said with who wrote it."""
    if sender == "booth":
        return Words("Message from the booth: {text}", text=BOOTH_SIGNALS.get(text, text))
    if sender:
        return Words("Message from {sender}: {text}", sender=sender, text=text)
    return Words("Message from the stage: {text}", text=text)


_PHASE_WORDS = {
    Phase.RUNNING.value: Words("Running"),
    Phase.WRAP_UP.value: Words("Wrap up"),
    Phase.FINAL.value: Words("Final seconds"),
    Phase.OVERTIME.value: Words("Overtime: please conclude"),
    PAUSED: Words("Paused"),
}
_URGENT_PHASES = frozenset({Phase.FINAL.value, Phase.OVERTIME.value})


def changes(before: Situation | None, after: Situation, level: Level = Level.ALL) -> list[Announcement]:
    """What is new in `after`, in the order a listener needs it: the segment, its state, the
    floor, then the messages. Nothing for the first situation seen (the window's first focus
    says it) and nothing at level OFF."""
    if before is None or level is Level.OFF:
        return []
    said: list[Announcement] = []
    if after.phase == ENDED:
        if before.phase != ENDED:
            said.append(Announcement(Words("The show has ended"), urgent=True))
    else:
        new_segment = after.segment != before.segment or after.live != before.live
        if new_segment and after.live:
            said.append(Announcement(Words("{title} started", title=after.title), urgent=False))
        elif new_segment:
            said.append(Announcement(Words("Ready: {title}", title=after.title), urgent=False))
        if after.live and (after.phase != before.phase or new_segment) and after.phase in _PHASE_WORDS:
            routine_start = new_segment and after.phase == Phase.RUNNING.value  # "… started" said it
            if not routine_start:
                said.append(Announcement(_PHASE_WORDS[after.phase], urgent=after.phase in _URGENT_PHASES))
        if after.speaker != before.speaker and after.speaker:
            said.append(Announcement(Words("{name} has the floor", name=after.speaker_name), urgent=False))
    seen = {message_id for message_id, _ in before.unread}
    for (message_id, text), sender in zip(after.unread, after.senders or ("",) * len(after.unread), strict=True):
        if message_id not in seen:
            said.append(Announcement(message_words(sender, text), urgent=True))
    asked_before = {request_id for request_id, _ in before.asking}
    for request_id, name in after.asking:
        if request_id not in asked_before:
            said.append(Announcement(Words("{name} asks for the floor", name=name), urgent=False))
    if level is Level.URGENT:
        said = [a for a in said if a.urgent]
    return said


def spoken_duration(seconds: float) -> Words:
    """A duration as it is said ("10 minutes 48 seconds"), not as it is written ("10:48", which a
    screen reader reads as a time of day)."""
    total = max(round(abs(seconds)), 0)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts: list[Words] = []
    if hours:
        parts.append(Words("1 hour") if hours == 1 else Words("{n} hours", n=hours))
    if minutes:
        parts.append(Words("1 minute") if minutes == 1 else Words("{n} minutes", n=minutes))
    if secs or not parts:
        parts.append(Words("1 second") if secs == 1 else Words("{n} seconds", n=secs))
    return _joined(parts)


def _joined(parts: list[Words]) -> Words:
    """Words in a row: nested pairs, each translated on its own."""
    joined = parts[0]
    for part in parts[1:]:
        joined = Words("{first} {second}", first=joined, second=part)
    return joined


def summary(frame: Frame) -> Words:
    """The whole situation in one sentence (the key that speaks it on demand), e.g. "Panel 1:
    10 minutes 48 seconds left, running. 48 seconds behind. Hard stop in 37 minutes.
    Law-enforcement speaker 1 speaking, 1 minute 55 seconds left."""
    show = frame.show
    if show.ended:
        return Words("The show has ended.")
    index = show.cursor
    seg = show.segment(index)
    timing = frame.timing(index)
    now_at = situation(frame)
    remaining = timing.remaining_s
    sentences: list[Words] = []
    if not now_at.live:
        sentences.append(Words("Ready: {title}, {length}.", title=seg.title, length=spoken_duration(seg.duration_s)))
    elif remaining < 0:
        sentences.append(Words("{title}: {over} over.", title=seg.title, over=spoken_duration(-remaining)))
    else:
        state = _PHASE_WORDS.get(now_at.phase, Words("Running"))
        sentences.append(
            Words("{title}: {left} left, {state}.", title=seg.title, left=spoken_duration(remaining), state=state)
        )
    offset = round(frame.offset_s)
    if offset > 0:
        sentences.append(Words("{amount} behind.", amount=spoken_duration(offset)))
    elif offset < 0:
        sentences.append(Words("{amount} ahead.", amount=spoken_duration(-offset)))
    else:
        sentences.append(Words("On time."))
    hard = frame.basis.hard_end
    if hard is not None:
        left = (hard - frame.local_now).total_seconds()
        if left > 0:
            sentences.append(Words("Hard stop in {left}.", left=spoken_duration(left)))
        else:
            sentences.append(Words("The hard stop passed {ago} ago.", ago=spoken_duration(-left)))
    speaking = show.runs[index].queue.speaking
    if speaking is not None:
        turn_left = speaking.remaining(frame.now)
        if turn_left is None:
            sentences.append(Words("{name} speaking.", name=speaking.name))
        elif turn_left >= 0:
            turn = spoken_duration(turn_left)
            sentences.append(Words("{name} speaking, {left} left.", name=speaking.name, left=turn))
        else:
            over = spoken_duration(-turn_left)
            sentences.append(Words("{name} speaking, {over} over.", name=speaking.name, over=over))
    else:
        following = show.runs[index].queue.next_up()
        if following is not None:
            sentences.append(Words("Next speaker: {name}.", name=following.name))
    unread = len(now_at.unread)
    if unread:
        last = now_at.unread[-1][1]
        sentences.append(Words("Unread message from the stage: {text}", text=last))
    return _joined(sentences)
