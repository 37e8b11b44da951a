"""save_over: the real file behind a symlink, every hard link, and only the file that was read."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import runofshow.files.atomic as atomic
from runofshow.files.atomic import ABSENT, ChangedOnDiskError, read_stamped, save_over, stamp_of
from tests.helpers.disk import fill


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_file_that_appears_meanwhile_is_not_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "copy.yaml"
    expected = stamp_of(path)
    assert expected == ABSENT
    write_temp = atomic._write_temp

    def someone_saves_there_first(target: Path, data: bytes, mode: int) -> str:
        made = write_temp(target, data, mode)
        target.write_text("theirs\n", encoding="utf-8")
        return made

    monkeypatch.setattr(atomic, "_write_temp", someone_saves_there_first)
    with pytest.raises(ChangedOnDiskError):
        save_over(path, b"mine\n", expected=expected)
    assert path.read_text(encoding="utf-8") == "theirs\n" and temporaries(tmp_path) == []


def test_the_same_file_read_before_is_replaced_and_stamped_anew(tmp_path: Path) -> None:
    path = tmp_path / "event.yaml"
    path.write_bytes(b"old\n")
    os.chmod(path, 0o640)
    data, stamp = read_stamped(path)
    assert data == b"old\n" and save_over(path, b"new\n", expected=stamp) == path
    assert path.read_bytes() == b"new\n" and (path.stat().st_mode & 0o777) == 0o640
    assert stamp_of(path) != stamp  # another file now: a save expecting the old one is refused
    with pytest.raises(ChangedOnDiskError):
        save_over(path, b"newer\n", expected=stamp)
    assert path.read_bytes() == b"new\n"


def linked(folder: Path, content: bytes) -> tuple[Path, Path]:
    path, other = folder / "event.yaml", folder / "other.yaml"
    path.write_bytes(content)
    os.link(path, other)
    return path, other


def test_a_hard_link_on_a_full_disk_keeps_its_old_bytes(tiny_disk: Path) -> None:
    """Room for the whole new copy, not for the file to grow as well: the reservation fails
    before a byte of the file changes."""
    path, other = linked(tiny_disk, b"old\n" * 1024)  # 4 KiB
    filler = fill(tiny_disk)
    os.truncate(filler, filler.stat().st_size - 48 * 1024)  # 48 KiB free: a 40 KiB copy fits, not twice
    _, stamp = read_stamped(path)
    with pytest.raises(OSError) as caught:
        save_over(path, b"new\n" * 10 * 1024, expected=stamp)
    assert caught.value.errno == errno.ENOSPC
    assert other.read_bytes() == path.read_bytes() == b"old\n" * 1024 and temporaries(tiny_disk) == []


def test_a_write_in_place_that_fails_half_way_puts_the_old_bytes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, other = linked(tmp_path, b"old content\n")
    write_all = atomic._write_all
    calls: list[bytes] = []

    def fails_once_half_way(fd: int, data: bytes) -> None:
        calls.append(data)
        if len(calls) == 1:
            write_all(fd, data[: len(data) // 2])
            raise OSError(errno.EIO, "Input/output error")
        write_all(fd, data)

    monkeypatch.setattr(atomic, "_write_all", fails_once_half_way)
    with pytest.raises(OSError, match="Input/output error"):
        save_over(path, b"the new content, longer\n", expected=read_stamped(path)[1])
    assert other.read_bytes() == b"old content\n" and temporaries(tmp_path) == []


def test_when_the_old_bytes_cannot_be_put_back_the_whole_new_copy_stays_and_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = linked(tmp_path, b"old content\n")

    def always_fails(fd: int, data: bytes) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic, "_write_all", always_fails)
    with pytest.raises(OSError, match="the whole new version is in") as caught:
        save_over(path, b"new\n", expected=read_stamped(path)[1])
    [kept] = temporaries(tmp_path)
    assert kept in str(caught.value) and (tmp_path / kept).read_bytes() == b"new\n"
