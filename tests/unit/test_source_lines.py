"""Source lines read at start-up are not kept (issue #26: PySide6's import hook reads every
module's source, and linecache kept ~5 MiB of them through the start-up's peak)."""

from __future__ import annotations

import linecache
from pathlib import Path

from runofshow.session.source_lines import source_lines_not_kept


def test_lines_are_read_but_not_kept_while_on(tmp_path: Path) -> None:
    source = tmp_path / "module.py"
    source.write_text("x = 1\ny = 2\n", encoding="utf-8")
    name = str(source)
    with source_lines_not_kept():
        assert linecache.getlines(name) == ["x = 1\n", "y = 2\n"]
        assert name not in linecache.cache
        assert linecache.getline(name, 2) == "y = 2\n"  # a traceback still reads its lines
    linecache.getlines(name)
    assert name in linecache.cache  # as Python does, once off
    linecache.clearcache()


def test_off_again_after_an_error(tmp_path: Path) -> None:
    kept = linecache.updatecache
    try:
        with source_lines_not_kept():
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert linecache.updatecache is kept
