"""Files shipped with the app (examples, schema, styles), installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def resource_dir() -> Path:
    """`runofshow/resources` in an installed wheel, else the checkout's top-level `resources/`."""
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def bundled_example() -> Path:
    return resource("examples", "roundtable-2025-10-26.yaml")
