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


def test_reports_and_event_files_are_readable_like_any_new_file_but_settings_stay_private(tmp_path: Path) -> None:
    import os

    from runofshow.files import settings as settings_file
    from runofshow.files.atomic import _umask, atomic_write_text

    atomic_write_text(tmp_path / "report.md", "# report\n")
    assert (tmp_path / "report.md").stat().st_mode & 0o777 == 0o666 & ~_umask()
    os.chmod(tmp_path / "report.md", 0o640)
    atomic_write_text(tmp_path / "report.md", "# again\n")  # a replaced file keeps its permissions
    assert (tmp_path / "report.md").stat().st_mode & 0o777 == 0o640
    settings_file.save(tmp_path, settings_file.Settings())
    assert (tmp_path / "settings.json").stat().st_mode & 0o777 == 0o600
