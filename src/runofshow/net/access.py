"""Who may do what over the network: a control token, a stage token, or nobody (public)."""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from enum import StrEnum


class Role(StrEnum):
    PUBLIC = "public"  # the public view of the state; no commands
    STAGE = "stage"  # the full state; cues and messages only
    CONTROL = "control"  # everything


#: What the stage token may send: the stage manager's handshake and messages, never the clock.
STAGE_ACTIONS = frozenset({"speaker_cue", "message"})


class Access:
    def __init__(self, control_token: str, stage_token: str | None = None) -> None:
        if not control_token:
            raise ValueError("the control token must not be empty")
        self.control_token = control_token
        self.stage_token = stage_token or ""

    def role_of(self, given: str | None) -> Role:
        """Compare in constant time against both tokens (both are always compared)."""
        candidate = (given or "").encode()
        control = hmac.compare_digest(candidate, self.control_token.encode())
        stage = bool(self.stage_token) and hmac.compare_digest(candidate, self.stage_token.encode())
        if control:
            return Role.CONTROL
        return Role.STAGE if stage else Role.PUBLIC

    def role_from_headers(self, headers: Mapping[str, str]) -> Role:
        value = headers.get("authorization") or headers.get("Authorization") or ""
        scheme, _, given = value.partition(" ")
        return self.role_of(given.strip()) if scheme.lower() == "bearer" else Role.PUBLIC


def allows(role: Role, action: object) -> bool:
    return role is Role.CONTROL or (role is Role.STAGE and action in STAGE_ACTIONS)
