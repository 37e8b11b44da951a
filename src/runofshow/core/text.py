"""Small text helpers shared by the file reader and live commands."""

from __future__ import annotations

import re
import unicodedata

# What no text of ours may hold: C0 controls but tab and line breaks, DEL, and the lone halves of
# surrogate pairs (JSON's and YAML's "\ud800" escape makes one: it can be neither shown nor saved).
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")  # also no tab or line break (a name)


def first_not_text(value: str, *, one_line: bool = False) -> int | None:
    """Where `value` first holds a character that is not text, or None when it is all text."""
    found = (_NOT_ONE_LINE if one_line else _NOT_TEXT).search(value)
    return None if found is None else found.start()


def slug(text: str) -> str:
    """`Opening remarks` → `opening-remarks` (ASCII, for ids made from names and titles)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
