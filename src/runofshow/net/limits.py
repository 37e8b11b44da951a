"""Bounds on what strangers may make us do per second, computed from clock readings (no timers)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class TokenBucket:
    """At most `rate` events a second on average, `burst` at once; `take` says whether one may pass."""

    rate: float
    burst: float
    _tokens: float = field(default=-1.0, init=False)
    _at: float = field(default=0.0, init=False)

    def take(self, now: float) -> bool:
        """`now`: a monotonic reading in seconds."""
        if self._tokens < 0:
            self._tokens, self._at = self.burst, now
        self._tokens = min(self.burst, self._tokens + max(now - self._at, 0.0) * self.rate)
        self._at = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False
