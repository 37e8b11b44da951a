"""`; did you mean 'duration'?`: the hint after a misspelt key, kind or id, for files and commands alike."""

from __future__ import annotations

from collections.abc import Sequence

from runofshow.core.wording import Words


def did_you_mean(word: str, choices: Sequence[str]) -> Words | str:
    """`; did you mean 'duration'?` for a near miss, else an empty string."""
    import difflib  # only mistakes pay for it

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return Words("; did you mean '{word}'?", word=close[0]) if close else ""
