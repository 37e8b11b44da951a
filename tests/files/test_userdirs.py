import json
import os
from pathlib import Path

from runofshow.files.atomic import atomic_write_text
from runofshow.files.recent import RecentFiles
from runofshow.files.userdirs import UserDirs


def test_user_dirs_follow_runofshow_home(user_home: Path) -> None:
    dirs = UserDirs.default()
    assert dirs.config == user_home / "config"
    assert dirs.state == user_home / "state"


def test_atomic_write_replaces_whole_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "file.json"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two")
    assert target.read_text() == "two"
    assert os.listdir(target.parent) == ["file.json"]


def test_recent_files_most_recent_first_and_damaged_file_reads_empty(tmp_path: Path) -> None:
    recent = RecentFiles(tmp_path)
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text("x")
    recent.add(a)
    recent.add(b)
    recent.add(a)
    assert recent.load() == [a.resolve(), b.resolve()]
    assert recent.last_existing() == a.resolve()
    (tmp_path / "recent.json").write_text("{not json")
    assert recent.load() == []
    (tmp_path / "recent.json").write_text(json.dumps({"recent": [1, "x"]}))
    assert recent.load() == [Path("x")]
