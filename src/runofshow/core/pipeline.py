"""The one path a command takes: read its envelope, parse, check, record, apply, answer.

Plain Python (no Qt): the moderator's window (ui/session/controller.py adds the clock, the frames and
the signals), the API's test ports and anything without a window use the same steps in the same
order, which is the rule that nothing is ever in memory that the journal does not have:
1. the envelope (core/envelope.py): a `request_id` this token has used gets its first answer
   again, and nothing more happens;
2. parse: a bad command raises `CommandError` and is not recorded;
3. checks before recording: a stale `if_version` (409) and the command's own `admissible`
   bounds (a stranger's flood of refused requests is never written);
4. record: written to the journal and fsynced (OSError if it cannot be: nothing is applied);
5. apply: a command that turns out not to apply is marked refused in the journal and raises.
When `run` returns, the change is on disk and applied, so the API may answer 200.
A command's moment is the start of the wall-clock second it came in (`on_the_second`): the
countdowns it starts or stops then flip with the time of day.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Protocol

from runofshow.core.clock import Instant, on_the_second
from runofshow.core.command import Command, Outcome
from runofshow.core.dispatch import Dispatcher
from runofshow.core.envelope import Envelope, split
from runofshow.core.fields import CommandError


class Recorder(Protocol):
    """Where commands become durable (the run's journal): each call is on disk when it returns,
    or raises OSError having written nothing."""

    def command(self, cmd: dict[str, Any], at: Instant, request_id: str | None, by: str) -> int:
        """Record a command (with its answer key and sender) before it is applied; returns its `seq`."""
        ...

    def refused(self, seq: int, at: Instant) -> None:
        """The recorded command `seq` did not apply."""
        ...


class Pipeline:
    def __init__(self, dispatcher: Dispatcher, now: Callable[[], Instant], record: Recorder | None = None) -> None:
        self.dispatcher = dispatcher
        self._now = now
        self._record = record

    def prepare(self, data: Any) -> tuple[Command, Envelope] | Outcome:
        """Steps 1-3: the parsed command and its envelope, or the answer already given to its id."""
        from runofshow.core.commands import parse_command  # the registry: loaded at the first command

        data, envelope = split(data)
        previous = self.dispatcher.answered(envelope.answer_key)
        if previous is not None:
            return previous.repeat()
        command = parse_command(data)
        envelope.check_version(self.dispatcher.show.plan_version)
        command.admissible(self.dispatcher.show, self._now())
        return command, envelope

    def commit(self, command: Command, envelope: Envelope) -> Outcome:
        """Steps 4-5 for a journaled command: on disk, then applied (or marked refused)."""
        now = on_the_second(self._now())  # countdowns on the time of day's second grid (core/clock.py)
        rid = envelope.answer_key
        seq = self._record.command(command.to_raw(), now, rid, envelope.by) if self._record is not None else 0
        try:
            return self.dispatcher.apply(command, now, rid, envelope.by)
        except CommandError:
            if self._record is not None:
                with contextlib.suppress(OSError):  # replay refuses it again anyway: commands are deterministic
                    self._record.refused(seq, now)
            raise

    def run(self, data: Any) -> Outcome:
        """All the steps; an unjournaled command (plan_save, reload) is applied and its outcome
        returned for the caller to carry out."""
        prepared = self.prepare(data)
        if isinstance(prepared, Outcome):
            return prepared
        command, envelope = prepared
        if not command.journaled:
            return command.apply(self.dispatcher.show, on_the_second(self._now()))
        return self.commit(command, envelope)
