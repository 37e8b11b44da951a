"""A segment's texts for the interpreters: "Title", or "Title https://link" in the event file."""

from __future__ import annotations

import re

#: Only web links become links: a "javascript:" or "file:" text stays text.
_LINK = re.compile(r"(https?://\S+)\s*$")


def document(text: str) -> dict[str, str | None]:
    """{"title", "link"} of one `documents:` item (the link its trailing http(s) address, if any)."""
    found = _LINK.search(text)
    if found is None:
        return {"title": text.strip(), "link": None}
    title = text[: found.start()].strip(" —-–:·\t")
    return {"title": title or found.group(1), "link": found.group(1)}
