"""Where a segment stands in the run."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    PENDING = "pending"
    LIVE = "live"
    DONE = "done"
    SKIPPED = "skipped"
