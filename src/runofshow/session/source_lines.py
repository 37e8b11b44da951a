"""Source lines read while the app runs are not kept in memory.

PySide6's import hook reads the whole source of every module imported once Qt is loaded, to see
whether it says `from __feature__ import` (shibokensupport/feature.py: inspect.getsource), and
Python's linecache keeps every line it read: ~5 MiB at start-up (the window's modules and the
libraries under them) that nothing reads again, held through the start-up's peak. While
`source_lines_not_kept` is on, lines are read as before and dropped at once; a traceback reads
its file again when it is printed.
"""

from __future__ import annotations

import contextlib
import linecache
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def source_lines_not_kept() -> Iterator[None]:
    read = linecache.updatecache

    def read_and_forget(filename: str, module_globals: dict[str, Any] | None = None) -> list[str]:
        lines = read(filename, module_globals)
        linecache.cache.pop(filename, None)
        return lines

    linecache.clearcache()  # what was kept before (the modules imported after Qt but before this)
    setattr(linecache, "updatecache", read_and_forget)  # noqa: B010 (typeshed: a function, not a variable)
    try:
        yield
    finally:
        if linecache.updatecache is read_and_forget:
            setattr(linecache, "updatecache", read)  # noqa: B010
