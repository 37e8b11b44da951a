"""The one rule for ids the plan makes itself: for a segment without an `id:` (from its title), a
speaker's turn (from the person's id or name), a person or a room an import names.

An id made from a text is the text in lower-case ASCII with dashes (`Opening remarks` →
`opening-remarks`; `segment` when nothing of the title is left), made unique with `-2`, `-3`...
against every id already taken, and the ids a file writes are taken first: a segment written
with `id: opening` keeps it, and an earlier `Opening` without one becomes `opening-2`. Made ids
never pass the limit of an id, so a plan with a 200-character title still reads back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from runofshow.core.fields import MAX_ID_CHARS
from runofshow.core.text import slug


def unique_id(base: str, taken: set[str] | dict[str, Any], limit: int = MAX_ID_CHARS) -> str:
    """`base`, else `base-2`, `base-3`... whichever is not taken, never over `limit` characters."""
    candidate, n = base[:limit], 2
    while candidate in taken:
        suffix = f"-{n}"
        candidate, n = base[: limit - len(suffix)] + suffix, n + 1
    return candidate


def made_id(text: str, fallback: str) -> str:
    """An id made from a title or a name (`fallback` when none of it is ASCII letters or digits)."""
    return slug(text)[:MAX_ID_CHARS].strip("-") or fallback


def segment_base(title: str) -> str:
    return made_id(title, "segment")


def fill_ids(written: Sequence[str], bases: Sequence[str]) -> list[str]:
    """Each written id as it is ("" for none: one is made from its base), unique among them all.

    The written ids must already be unique (a file that repeats one is refused before this)."""
    taken = {w for w in written if w}
    out = []
    for given, base in zip(written, bases, strict=True):
        if given:
            out.append(given)
            continue
        made = unique_id(base, taken)
        taken.add(made)
        out.append(made)
    return out


def new_segment_id(title: str, taken: set[str]) -> str:
    """The id of a segment added to a plan without one: from its title, unique in the plan."""
    return unique_id(segment_base(title), taken)
