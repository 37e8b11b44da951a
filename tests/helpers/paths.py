"""Where the repository is, for the tests that read its files (docs, sources, examples, scripts):
one place, so a test module can move between tiers without counting its parents."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
DOCS = ROOT / "docs"
PACKAGING = ROOT / "packaging"
HELPERS = Path(__file__).resolve().parent
