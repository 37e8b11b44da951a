"""What a connection to the venue's broker says about itself beyond "online" and "offline".

A refused login, a TLS failure, a broker that lets anyone in, a network thread that ended, and
callbacks that keep failing: each in words (core/wording.Words, shown in the window's language and
logged in English), so that a room whose link is broken never says "online" while it hears
nothing, and a wrong password is not mistaken for a broker that is down.

Bad input from the broker (a message that is not what a room or the control room sends) is
counted in `rejected` and logged once per kind: the broker is shared, and anyone who can publish
to it can send it again and again, so the log gets one line, not one per message. An exception we
did not expect is counted too (never raised into paho's thread, which would stop the link); a few
in a row with nothing good between them make the link say that it keeps failing.
"""

from __future__ import annotations

import logging
import ssl
import threading
from typing import Any

from runofshow.core.wording import Words

LOG = logging.getLogger("runofshow.venue")
FAILING_AFTER = 3  # unexpected failures in a row, nothing handled between them: the link is broken
MAX_LOGGED_KINDS = 64  # kinds of refusal logged (a stranger could invent kinds; the rest are counted)

# CONNACK reasons that mean "not this user, not this password" (MQTT 3.1.1's 4 and 5 arrive as these).
BAD_CREDENTIALS = frozenset({0x86, 0x87})  # bad user name or password; not authorised

OPEN_BROKER = Words(
    "the broker lets anyone on the network in (no password) — anyone can send messages to the rooms; see docs/venue.md"
)


def refused_words(reason: Any, user: str | None) -> Words:
    """The broker's CONNACK refusal (paho's ReasonCode), said for the person who set the link up."""
    value = getattr(reason, "value", None)
    if value in BAD_CREDENTIALS:
        if user:
            return Words("the broker refused user {user} — check the password", user=user)
        return Words(
            "the broker refuses clients without a user name — give --venue-user, and the password in "
            "RUNOFSHOW_VENUE_PASSWORD"
        )
    return Words("the broker refused the connection ({reason})", reason=str(reason))


def tls_words(error: BaseException) -> Words | None:
    """A failed TLS handshake in words (None for anything else: a broker that is down is "offline")."""
    if isinstance(error, ssl.SSLCertVerificationError):
        return Words("TLS failed: {error}", error=f"certificate verify failed: {error.verify_message}")
    if isinstance(error, ssl.SSLError):
        return Words("TLS failed: {error}", error=error.reason or str(error))
    return None


class LinkHealth:
    """Thread-safe: paho's thread reports, the window's thread reads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._problem: Words | None = None
        self._warning: Words | None = None
        self._failing: Words | None = None
        self._logged: set[str] = set()
        self.rejected = 0  # messages refused (bad input) and callbacks that failed, all counted here
        self.failures_in_row = 0

    # --- what went wrong ---------------------------------------------------------------------------
    def set_problem(self, words: Words | None) -> None:
        """The connection's trouble now (a refusal, TLS), or None: logged when it changes."""
        with self._lock:
            changed = words != self._problem
            self._problem = words
        if changed and words is not None:
            LOG.warning("venue: %s", words)

    def set_warning(self, words: Words | None) -> None:
        with self._lock:
            changed = words != self._warning
            self._warning = words
        if changed and words is not None:
            LOG.warning("venue: %s", words)

    def refused(self, kind: str, error: BaseException) -> None:
        """Bad input from the broker: counted, logged once per kind, nothing else."""
        self.rejected += 1
        self._log_once(kind, "venue: refused a message on %s (%s); more like it are counted, not logged", error)

    def failed(self, kind: str, error: BaseException) -> None:
        """An exception we did not expect in a callback: counted, logged once per kind; several in a row
        and the link says it keeps failing."""
        self.rejected += 1
        self.failures_in_row += 1
        self._log_once(kind, "venue: %s failed (%r); more like it are counted, not logged", error)
        if self.failures_in_row >= FAILING_AFTER:
            with self._lock:
                self._failing = Words("messages from the broker keep failing ({error})", error=type(error).__name__)

    def note(self, kind: str, error: BaseException) -> None:
        """Something that went wrong on our side, not the broker's input: logged once, not counted."""
        self._log_once(kind, "venue: %s failed (%r)", error)

    def handled(self) -> None:
        """A callback that did its work: the link is not (or no longer) failing."""
        if self.failures_in_row:
            self.failures_in_row = 0
            with self._lock:
                self._failing = None

    def _log_once(self, kind: str, message: str, error: BaseException) -> None:
        key = f"{kind}: {type(error).__name__}"
        with self._lock:
            if key in self._logged or len(self._logged) >= MAX_LOGGED_KINDS:
                return
            self._logged.add(key)
        LOG.warning(message, kind, error)

    # --- what the window says ------------------------------------------------------------------------
    def problem(self, *, thread_alive: bool = True) -> Words | None:
        """What keeps the link from working, worst first; None when nothing does (online or offline)."""
        if not thread_alive:
            words = Words("the link to the broker stopped (its network thread ended): restart runofshow")
            self._log_once("network thread", "venue: the %s ended (%s)", RuntimeError(str(words)))
            return words
        with self._lock:
            return self._failing or self._problem

    def warning(self) -> Words | None:
        """What is wrong while it works (a broker open to anyone)."""
        with self._lock:
            return self._warning
