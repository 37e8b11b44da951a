"""The moments the tests take as now."""

from __future__ import annotations

from datetime import UTC, datetime

#: 13:59:00 in Hanoi (UTC+7) on the roundtable's date: one minute before the start.
BEFORE_START = datetime(2025, 10, 26, 6, 59, tzinfo=UTC)
FIXED_NOW = datetime(2025, 10, 1, 12, 0, tzinfo=UTC)
