"""Atomic writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_text(path: Path, text: str, *, mode: int | None = None, newline: str = "\n") -> None:
    """`atomic_write_bytes` of the text in UTF-8, its line breaks written as `newline`."""
    lines = text if newline in ("", "\n") else text.replace("\n", newline)
    atomic_write_bytes(path, lines.encode("utf-8"), mode=mode)


def atomic_write_bytes(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write to a temporary file beside `path`, fsync it, rename it over `path`, fsync the folder.

    `mode` gives the new file the permissions of the one it replaces (a temporary file is 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if mode is None:
        # A temporary file is 0600; a new report or event file gets what any new file would.
        mode = os.stat(path).st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def _read_umask() -> int:
    current = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(current)
    return current


# Read once, when the module is first imported (before any thread): os.umask is process-wide.
_UMASK = _read_umask()


def _umask() -> int:
    return _UMASK


def fsync_dir(folder: Path) -> None:
    """Make a new or renamed entry in `folder` durable (POSIX; Windows cannot open folders)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
