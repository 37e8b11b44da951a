"""A budget's shares as the event file writes them: `40%` of the floor, or a time (`15m`)."""

from __future__ import annotations

import re

from runofshow.core.durations import DurationError, parse_duration
from runofshow.core.event import Share
from runofshow.core.wording import WordsError

BUDGET_BY = ("sector", "organization")
MAX_GROUPS = 50
_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")


def parse_share(group: str, text: str) -> Share:
    """`40%` or a duration (`15m`, `900`); WordsError otherwise."""
    found = _PERCENT.match(text)
    if found is not None:
        percent = float(found.group(1))
        if not 0 < percent <= 100:
            raise WordsError("a share must be more than 0% and at most 100% (not {value})", value=text.strip())
        return Share(group, fraction=percent / 100)
    try:
        return Share(group, seconds=parse_duration(text))
    except DurationError:
        raise WordsError("'{value}' is neither a share (40%) nor a time (15m)", value=text.strip()) from None


def check_shares(shares: tuple[Share, ...]) -> None:
    """Shares may not promise more than the whole floor."""
    total = sum(s.fraction or 0.0 for s in shares)
    if total > 1.0 + 1e-9:
        raise WordsError("the shares add up to {total}%, more than 100%", total=f"{total * 100:g}")
