"""The show's side of a standby laptop (#29), for the session: the status line, what the venue is
told of this laptop, and the word of a new show that took this one over (`stand_down`).

Kept out of session/show_app.py so the session reads as the run's life; these are the pieces that
concern who holds the show.
"""

from __future__ import annotations

import contextlib
import socket
from datetime import tzinfo
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from runofshow.core.fields import CommandError
from runofshow.core.records import MAX_HOLDER_CHARS, TermRecord
from runofshow.core.wording import Words

if TYPE_CHECKING:
    from runofshow.core.clock import Clock
    from runofshow.files.journal import Journal
    from runofshow.ui.moderator.main_window import MainWindow
    from runofshow.ui.session.standby_ship import StandbyShipping


def holder(last_term: TermRecord | None) -> dict[str, Any]:
    """What the venue's presence says of this laptop: its name, and whether it took the show over."""
    said: dict[str, Any] = {"host": socket.gethostname()[:60]}
    if last_term is not None and last_term.here:
        said["taken_over"] = {"at": last_term.at.wall.isoformat(), "term": last_term.term}
    return said


def read_stand_down(data: dict[str, Any]) -> tuple[int, str, str]:
    """(term, holder, url) of a `stand_down`, checked; `CommandError` for anything else."""
    term, who, url, by = data.get("term"), data.get("holder", ""), data.get("url", ""), data.get("by", "")
    if isinstance(term, bool) or not isinstance(term, int) or term < 1:
        raise CommandError('stand_down: "term" is not a whole number from 1')
    for name, value in (("holder", who), ("url", url)):
        if not isinstance(value, str) or len(value) > MAX_HOLDER_CHARS or not value.isprintable():
            raise CommandError('stand_down: "{name}" is not a short text', name=name)
    return term, who, reachable(url, by if isinstance(by, str) else "")


def reachable(url: str, by: str) -> str:
    """The new show's address as this laptop reaches it: one on every address ("0.0.0.0") is the
    address its knock came from (`by` is "control@ADDRESS")."""
    parts = urlsplit(url)
    if parts.hostname not in ("0.0.0.0", "::", None) or "@" not in by:
        return url
    address = by.rsplit("@", 1)[1]
    shown = f"[{address}]" if ":" in address else address
    return f"http://{shown}:{parts.port or 80}"


def stood_down_words(record: TermRecord, tz: tzinfo) -> Words:
    """What every command is told once this laptop stood down."""
    at = record.at.wall.astimezone(tz)
    return Words(
        "taken over by {holder} at {time}: this laptop is the standby now; send commands to {url}",
        holder=record.holder or "?",
        time=f"{at:%H:%M}",
        url=record.url or "?",
    )


def show_standby_status(window: MainWindow, shipping: StandbyShipping, journal: Journal, clock: Clock) -> None:
    """A standby laptop holding every command too: said in the status bar, and loudly when it
    falls behind (this laptop alone then holds the newest commands)."""
    from runofshow.ui.widgets.i18n import translate
    from runofshow.ui.widgets.plain_text import PlainLabel

    shipping.follow(journal, clock)
    label = PlainLabel(shipping.status_text())
    label.setObjectName("standbyStatus")
    window.statusBar().addPermanentWidget(label)
    was = [shipping.hub.state()]

    def changed() -> None:
        now = shipping.hub.state()
        try:
            label.setText(shipping.status_text())
        except RuntimeError:  # the window (and its label) closed: a reload made another
            with contextlib.suppress(RuntimeError):
                shipping.changed.disconnect(changed)
            return
        if was[0].in_step and not now.in_step and now.linked:
            window.notices.notify(
                translate("App", "The standby laptop is behind: commands are answered on this laptop's disk alone."),
                level="warning",
            )
        was[0] = now

    shipping.changed.connect(changed)
