"""What travels with a command besides its arguments: who sent it, its request id, and the plan
version it was made against. The network layer fills these in (net/access.py `admit`); the
moderator's own keys send none.

- `request_id`: the sender's id for one command; the same id again gets the first answer and
  applies nothing. Ids are kept per token (`answer_key`): a phone that uses an id first cannot
  make the control token's command with that id a no-op.
- `by`: who sent it, "ROLE@ADDRESS" ("control@10.0.0.7", "participant@10.0.0.31"); "" is the
  moderator at the app. `undo` takes back the sender's own changes (core/history.py).
- `if_version`: the `plan_version` the sender read; the command is refused (a conflict, 409)
  when the plan has changed since, instead of overwriting someone else's edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from runofshow.core.fields import CommandError, ConflictError, request_id, valid_text

ENVELOPE_KEYS = ("request_id", "by", "if_version")
MAX_BY_CHARS = 120  # a role, "@" and an IPv6 address with its zone fit well within
#: The token whose request ids are kept unprefixed (as journals before per-token ids have them).
UNSCOPED = ("", "control")


@dataclass(frozen=True, slots=True)
class Envelope:
    request_id: str | None = None
    by: str = ""
    if_version: int | None = None

    @property
    def role(self) -> str:
        return self.by.partition("@")[0]

    @property
    def answer_key(self) -> str | None:
        """Where the answer to `request_id` is kept: per token."""
        if self.request_id is None:
            return None
        return self.request_id if self.role in UNSCOPED else f"{self.role}:{self.request_id}"

    def check_version(self, plan_version: int) -> None:
        if self.if_version is not None and self.if_version != plan_version:
            raise ConflictError(
                "the plan has changed since version {sent} (it is now {now}): read the state again",
                sent=self.if_version,
                now=plan_version,
            )


def split(data: Any) -> tuple[Any, Envelope]:
    """(the command without its envelope, the envelope); `CommandError` for a bad envelope."""
    if not isinstance(data, dict) or not any(key in data for key in ENVELOPE_KEYS):
        return data, Envelope()
    rid = request_id(data["request_id"]) if "request_id" in data else None
    by = data.get("by", "")
    if not isinstance(by, str) or len(by) > MAX_BY_CHARS:
        raise CommandError('"by" must be text of at most {limit} characters', limit=MAX_BY_CHARS)
    valid_text(by, '"by"', one_line=True)
    version = data.get("if_version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, int) or version < 0):
        raise CommandError('"if_version" must be the plan_version of the state (a whole number)')
    command = {key: value for key, value in data.items() if key not in ENVELOPE_KEYS}
    return command, Envelope(rid, by, version)
