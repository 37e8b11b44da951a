"""A disk that fills up: a real tmpfs of 64 KiB, mounted with the mount(2) system call itself (no
`mount` process: the unit tests start none), and a file that fills whatever disk it is on."""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

MNT_DETACH = 2  # umount2(2): detach now, free once nothing uses it


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    return ctypes.CDLL(None, use_errno=True)


def mount_tmpfs(mount_point: Path, size: str = "64k") -> bool:
    """Mount a tmpfs of `size` on `mount_point`; False when not allowed (needs root with
    CAP_SYS_ADMIN, as on CI)."""
    libc = _libc()
    if libc is None:
        return False
    options = f"size={size},mode=0700".encode()
    return libc.mount(b"tmpfs", os.fsencode(mount_point), b"tmpfs", ctypes.c_ulong(0), options) == 0


def unmount(mount_point: Path) -> None:
    libc = _libc()
    if libc is not None:
        libc.umount2(os.fsencode(mount_point), MNT_DETACH)


def fill(folder: Path) -> Path:
    """Fill the disk `folder` is on; returns the filler file (delete it to free the space)."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as handle:  # unbuffered: nothing left to flush at close
        for size in (4096, 512, 1):  # down to the last byte
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError:
                continue
    return filler
