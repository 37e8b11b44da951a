"""Small text helpers shared by the file reader and live commands."""

from __future__ import annotations

import re
import unicodedata


def slug(text: str) -> str:
    """`Opening remarks` → `opening-remarks` (ASCII, for ids made from names and titles)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
