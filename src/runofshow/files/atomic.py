"""Atomic writes: a reader sees the old file or the new one, never half of either.

`save_over` is the careful kind for a file someone else may also edit (the event file): it
writes the file a symlink points to, keeps hard links, and replaces only the very file that was
read (`FileStamp`), checked right before the rename.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from runofshow.files.digest import sha256_hex


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
    tmp = _write_temp(path, data, mode)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def _write_temp(path: Path, data: bytes, mode: int) -> str:
    """`data` in a new temporary file beside `path`, fsynced, with `mode`; removed if that fails."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


@dataclass(frozen=True, slots=True)
class FileStamp:
    """Which file a path held and what was in it. The identity (device, inode) tells a file
    replaced by a rename (an editor's "atomic" save); size and change time an edit in place; the
    hash the edit that kept both (a filesystem that counts time in seconds, or 2 s on FAT)."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    sha256: str


#: The stamp of a path with no file: a save expecting it creates the file, or finds it taken.
ABSENT = FileStamp(-1, -1, -1, -1, "")


class ChangedOnDiskError(Exception):
    """The file is not the one that was read (someone else wrote it): nothing was written."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} changed on disk since it was read")
        self.path = path


def _stamp_of_open(fd: int, data: bytes) -> FileStamp:
    st = os.fstat(fd)
    return FileStamp(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, sha256_hex(data))


def read_stamped(path: Path) -> tuple[bytes, FileStamp]:
    """The file's bytes and its stamp, both from one open file (a symlink followed)."""
    with open(path, "rb") as handle:
        data = handle.read()
        return data, _stamp_of_open(handle.fileno(), data)


def stamp_of(path: Path) -> FileStamp:
    """What `path` holds now (ABSENT when nothing)."""
    try:
        return read_stamped(path)[1]
    except FileNotFoundError:
        return ABSENT


class _NotPutBackError(OSError):
    """An in-place write failed half-way and the old bytes could not be put back either."""


def save_over(path: Path, data: bytes, *, expected: FileStamp | None = None, mode: int | None = None) -> Path:
    """Write `data` to the file `path` names, whole or not at all; returns the real path written.

    - A symlink is followed: the file it points to gets the data and the link stays a link (the
      real file, in a synced folder say, is the one that must get the edit).
    - A file with other hard links is written in place, so every link sees it (`_write_in_place`).
    - `expected` (a stamp taken when the file was read; ABSENT: there was none) is compared with
      the file right before the rename or the in-place write, after all the slow work: a file
      written meanwhile raises ChangedOnDiskError and nothing is written. None: no check.

    What is left between that last check and the rename is a few system calls, not the render and
    read-back of a save; no lock closes it for an editor that takes none."""
    real = Path(os.path.realpath(path))
    real.parent.mkdir(parents=True, exist_ok=True)
    try:
        st: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        st = None
    if mode is None:
        mode = st.st_mode & 0o7777 if st is not None else 0o666 & ~_umask()
    tmp = _write_temp(real, data, mode)
    keep = False  # the temporary file goes, unless it holds the only whole copy
    try:
        if st is not None and st.st_nlink > 1:
            _write_in_place(real, data, expected, tmp)
        else:
            if expected is not None and stamp_of(real) != expected:
                raise ChangedOnDiskError(real)
            os.replace(tmp, real)
            keep = True  # it is the file now
    except _NotPutBackError:
        keep = True  # the error names it
        raise
    finally:
        if not keep:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    fsync_dir(real.parent)
    return real


def _write_in_place(real: Path, data: bytes, expected: FileStamp | None, whole_copy: str) -> None:
    """Write `data` into the file's own inode, so that every hard link to it sees the new bytes
    (a rename would give one link a new file and leave the others the old one).

    Safest order, and why: the new bytes are first whole and fsynced in `whole_copy` beside it (the
    caller's temporary file), so at every instant one complete version exists on disk: the old
    file, or that copy while the old one is rewritten. Room for the new length is reserved before
    a byte changes (posix_fallocate), so a full disk fails with the file as it was. Then the bytes
    are written over it, cut to their length and fsynced; if that fails anyway the old bytes
    (read for the check) are written back. Readers may see a half-written file for those few
    moments: there is no atomic way to change a file with several names."""
    fd = os.open(real, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        old = _read_all(fd)
        if expected is not None and _stamp_of_open(fd, old) != expected:
            raise ChangedOnDiskError(real)
        if len(data) > len(old) and hasattr(os, "posix_fallocate"):
            try:
                os.posix_fallocate(fd, 0, len(data))
            except OSError as exc:
                os.ftruncate(fd, len(old))  # what a partial reservation added
                if exc.errno not in (errno.EINVAL, errno.EOPNOTSUPP, errno.ENOSYS):  # else: cannot reserve here
                    raise
        try:
            _write_all(fd, data)
            os.ftruncate(fd, len(data))
            os.fsync(fd)
        except OSError as exc:
            try:
                _write_all(fd, old)
                os.ftruncate(fd, len(old))
                os.fsync(fd)
            except OSError:
                raise _NotPutBackError(
                    exc.errno or errno.EIO,
                    f"{real} was written half-way ({exc.strerror}); the whole new version is in {whole_copy}",
                ) from exc
            raise
    finally:
        os.close(fd)


def _read_all(fd: int) -> bytes:
    """The whole file from its start (lseek and read: Windows has no pread)."""
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    """`data` from the file's start; a short write goes on where it stopped."""
    os.lseek(fd, 0, os.SEEK_SET)
    view, written = memoryview(data), 0
    while written < len(data):
        written += os.write(fd, view[written:])


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
