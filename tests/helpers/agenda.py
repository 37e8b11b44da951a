"""What the agenda tests take as the present (a programme's dates are read against it)."""

from __future__ import annotations

from datetime import UTC, datetime

NOW = datetime(2026, 12, 1, tzinfo=UTC)
