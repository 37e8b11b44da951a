"""Automations in the running app: the Qt side, kept thin.

Follows the controller of the run on screen (`attach`; a reload brings a new one, the same run)
and looks for what happened (core/automation_watch.py) after every change, at every tick, and at
the moment the live countdown reaches a threshold (its own timer, aimed from the show's
timestamps, so WRAP UP goes out when it happens, not at the next repaint). What fires is filled
from the show and handed to the sender's lanes (net/automation_sender.py): the GUI thread never
waits on the network. Each outcome comes back as a signal: counted in the status bar, every
failure said there and in the log (`runofshow.automations`, on stderr).

A run taken up again (recovered, resumed) starts with a baseline: what had happened by then is
never sent (see core/automation_watch.py for why); what happened after the journal's last record
may not have gone out, and the log and the status bar say which.
"""

from __future__ import annotations

import contextlib
import logging
import math
from collections import deque

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from runofshow.core.automation_watch import Occurrence, TriggerWatch, filled, placeholder_values
from runofshow.core.automations import Automation
from runofshow.core.clock import Instant
from runofshow.core.wording import Words, WordsError
from runofshow.net.automation_sender import AutomationSender, Job, Outcome
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.i18n import translate, words_text
from runofshow.ui.widgets.plain_text import plain_tip

LOG = logging.getLogger("runofshow.automations")
#: Lines kept for the status bar's tooltip.
LOG_LINES = 20


class AutomationRunner(QObject):
    #: An outcome from a lane's thread (delivered on the GUI thread).
    finished = Signal(object)
    #: What the status bar shows ("" when there are no automations), and its tooltip (the recent
    #: problems, as a plain-text tooltip).
    status_changed = Signal(str)
    details_changed = Signal(str)

    def __init__(
        self,
        app_wide: tuple[Automation, ...] = (),
        *,
        any_host: bool = False,
        sender: AutomationSender | None = None,
    ) -> None:
        super().__init__()
        self.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.lanes = sender or AutomationSender(self.finished.emit, any_host=any_host)
        self.lanes.any_host = any_host
        self._app_wide = app_wide
        self._controller: ShowController | None = None
        self._session: str | None = None
        self._watch = TriggerWatch()
        self._primed = False
        self._since: Instant | None = None
        self._due = QTimer(self)
        self._due.setSingleShot(True)
        self._due.setTimerType(Qt.TimerType.PreciseTimer)
        self._due.timeout.connect(self._on_due)
        self.sent = 0
        self.failed = 0
        self.fired = 0
        self.lines: deque[str] = deque(maxlen=LOG_LINES)
        self._status = ""

    # --- following the run -----------------------------------------------------------------
    def attach(self, controller: ShowController, session_id: str, last_record: Instant | None = None) -> None:
        """Follow `controller`. Another run (a new session) starts a new watch; the same run
        reloaded keeps what it has fired. `last_record`: a run taken up again, its journal's last."""
        if self._controller is not None:
            with contextlib.suppress(RuntimeError):  # the old controller may be gone with its window
                self._controller.changed.disconnect(self._changed)
                self._controller.tick.disconnect(self._tick)
        if session_id != self._session:
            self._session = session_id
            self._watch = TriggerWatch()
            self._primed = False
            self._since = last_record
        self._controller = controller
        controller.changed.connect(self._changed)
        controller.tick.connect(self._tick)
        self._look(controller.frame.now, changed=True)
        self._update_status()

    def configure(self, app_wide: tuple[Automation, ...], any_host: bool) -> None:
        """The preferences' automations and whether other hosts are allowed (they apply at once)."""
        self._app_wide = app_wide
        self.lanes.any_host = any_host
        if self._controller is not None:
            self._look(self._controller.frame.now, changed=True)
        self._update_status()

    @property
    def automations(self) -> tuple[Automation, ...]:
        controller = self._controller
        own = controller.show.event.automations if controller is not None else ()
        return own + self._app_wide

    def close(self) -> None:
        self._due.stop()
        self.lanes.close()

    # --- looking ---------------------------------------------------------------------------
    def _changed(self) -> None:
        assert self._controller is not None
        self._look(self._controller.frame.now, changed=True)

    def _tick(self) -> None:
        assert self._controller is not None
        self._look(self._controller.frame.now, changed=False)

    def _on_due(self) -> None:
        if self._controller is not None:
            self._look(self._controller.clock.now(), changed=False)

    def _look(self, now: Instant, *, changed: bool) -> None:
        controller = self._controller
        automations = self.automations
        if controller is None or not automations:
            # Nothing to send, nothing to look for: automations that come later (a reload, the
            # preferences) start from a baseline of their own, never with what happened meanwhile.
            self._due.stop()
            self._primed = False
            return
        show = controller.show
        if not self._primed:
            self._primed = True
            self._missed(self._watch.baseline(show, now), automations)
            self._since = None
        else:
            for occurrence in self._watch.observe(show, now, changed=changed):
                self._fire(occurrence, automations)
        due = self._watch.next_due(show, now)
        if due is None:
            self._due.stop()
        else:
            # Rounded up: a wake-up a moment early finds nothing and is aimed again, at once.
            self._due.start(max(math.ceil(due / controller.clock.rate * 1000), 0))

    def _fire(self, occurrence: Occurrence, automations: tuple[Automation, ...]) -> None:
        matching = occurrence.matching(automations)
        if not matching:
            return
        assert self._controller is not None
        values = placeholder_values(self._controller.show, occurrence)
        for automation in matching:
            label = self._label(automation, occurrence)
            self.fired += 1
            try:
                request = filled(automation, values)
            except WordsError as exc:
                self._failed(label, exc.words)
                continue
            self.lanes.submit(Job(label, automation.destination, request, automation.retries, occurrence.key))

    def _missed(self, occurrences: list[Occurrence], automations: tuple[Automation, ...]) -> None:
        """A run taken up again: what happened after its journal's last record (while the app was
        not running, or in its last moment) and may not have gone out; never sent now."""
        since = self._since
        if since is None:
            return
        for occurrence in occurrences:
            if occurrence.at.mono < since.mono - 1.0:  # the last command's second: on_the_second
                continue
            for automation in occurrence.matching(automations):
                what = self._label(automation, occurrence)
                if occurrence.at.mono > since.mono:
                    line = translate(
                        "Automations",
                        "{what}: happened while the app was not running; not sent (send it by hand if needed)",
                    ).format(what=what)
                else:
                    line = translate(
                        "Automations",
                        "{what}: came as the app stopped; it may not have gone out (send it by hand if needed)",
                    ).format(what=what)
                LOG.warning("%s", line)
                self.lines.append(line)
                self.failed += 1

    @staticmethod
    def _label(automation: Automation, occurrence: Occurrence) -> str:
        about = f" · {occurrence.segment}" if occurrence.segment else ""
        return f"{occurrence.trigger.value}{about} → {automation.label().split(' → ', 1)[1]}"

    # --- outcomes --------------------------------------------------------------------------
    def _finished(self, outcome: Outcome) -> None:
        if outcome.sent:
            self.sent += 1
            LOG.info("sent %s", outcome.job.label)
            self._update_status()
            return
        self._failed(outcome.job.label, outcome.problem or Words("not sent"), outcome.attempts)

    def _failed(self, label: str, problem: Words, attempts: int = 0) -> None:
        self.failed += 1
        tries = translate("Automations", " (tried {count} times)").format(count=attempts) if attempts > 1 else ""
        line = f"{label}: {words_text(problem)}{tries}"
        LOG.warning("not sent: %s", line)
        self.lines.append(line)
        self._update_status()

    def status_text(self) -> str:
        if not self.automations and not self.fired and not self.lines:
            return ""
        text = translate("Automations", "automations: {sent} sent").format(sent=self.sent)
        if self.failed:
            text += translate("Automations", ", {failed} not sent. The last: {last}").format(
                failed=self.failed, last=self.lines[-1] if self.lines else ""
            )
        return text

    def tooltip(self) -> str:
        """The recent problems, newest last (the status bar's tooltip)."""
        return "\n".join(self.lines)

    def _update_status(self) -> None:
        status = self.status_text()
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)
            self.details_changed.emit(plain_tip(self.tooltip()))  # what failed may hold `<`
