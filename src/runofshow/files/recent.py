"""The list of recently opened event files (most recent first)."""

from __future__ import annotations

import json
from pathlib import Path

from runofshow.files.atomic import atomic_write_text
from runofshow.files.resources import bundled_example

MAX_RECENT = 10


class RecentFiles:
    """Kept in `recent.json` in the config dir; a missing or damaged file reads as empty."""

    def __init__(self, config_dir: Path) -> None:
        self._path = config_dir / "recent.json"

    def load(self) -> list[Path]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        items = data.get("recent") if isinstance(data, dict) else None
        if not isinstance(items, list):
            return []
        return [Path(item) for item in items if isinstance(item, str)]

    def last_existing(self) -> Path | None:
        return next((p for p in self.load() if p.is_file()), None)

    def add(self, path: Path) -> None:
        resolved = path.resolve()
        items = [resolved, *(p for p in self.load() if p != resolved)][:MAX_RECENT]
        atomic_write_text(self._path, json.dumps({"recent": [str(p) for p in items]}, indent=2) + "\n")


def initial_path(file_arg: str | None, recent: RecentFiles) -> Path:
    """The file named on the command line, else the last one used, else the bundled example."""
    if file_arg:
        return Path(file_arg)
    return recent.last_existing() or bundled_example()
