from datetime import UTC, datetime
from pathlib import Path

import pytest

from runofshow.app import main
from runofshow.files.resources import bundled_example


def test_check_accepts_the_bundled_roundtable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(bundled_example())]) == 0
    out = capsys.readouterr().out
    assert "OK" in out
    assert "14:00:00-14:06:00" in out and "Opening remarks" in out
    assert "total 45m in 5 segments; planned end 14:45:00" in out
    assert "hard stop 14:45:00: ends exactly on time" in out


def test_check_fails_when_any_file_is_invalid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nevent:\n  title: T\n  start: 9:00\nsegments:\n  - title: A\n    duraton: 5m\n")
    assert main(["check", str(bundled_example()), str(bad)]) == 1
    captured = capsys.readouterr()
    assert f"{bad}:7:5: error: unknown key 'duraton'; did you mean 'duration'?" in captured.err
    assert f"{bad}:6:5: error: a segment needs 'duration'" in captured.err
    assert "OK" in captured.out


def test_check_without_files_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["check"])
    assert info.value.code == 2
    assert "usage" in capsys.readouterr().err


def test_check_prints_warnings_but_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    late = tmp_path / "late.yaml"
    late.write_text(
        "version: 1\nevent: {title: T, start: '9:00', end: '9:05'}\nsegments:\n  - {title: A, duration: 10m}\n"
    )
    assert main(["check", str(late)]) == 0
    out = capsys.readouterr().out
    assert "OVER by 5m" in out
    assert f"{late}:2:39: warning: the planned end 09:10:00 is after the hard stop by 5m00s" in out


def test_a_date_near_the_end_of_the_calendar_is_a_problem_not_a_traceback(tmp_path) -> None:
    from runofshow.files.eventfile import load_event
    from runofshow.files.problems import EventFileError

    path = tmp_path / "late.yaml"
    path.write_text(
        'version: 1\nevent: {title: Late, date: 9999-12-31, start: "23:50", end: "23:59", timezone: UTC}\n'
        "segments:\n  - {id: a, title: A, duration: 30m}\n"
    )
    with pytest.raises(EventFileError) as caught:
        load_event(path, now=datetime(2025, 1, 1, tzinfo=UTC))
    assert "date must be from 1970" in "\n".join(caught.value.lines())


def test_check_says_each_timer_mode_and_where_a_count_to_disagrees(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "modes.yaml"
    plan.write_text(
        "version: 1\nevent: {title: T, date: 2025-10-26, start: '9:00'}\nsegments:\n"
        "  - {title: Q&A, duration: 10m, count: up, speaker_timer: hidden}\n"
        "  - title: Close\n    duration: 5m\n    count: to 9:20\n"
    )
    assert main(["check", str(plan)]) == 0
    out = capsys.readouterr().out
    assert "Q&A [other] (count up) (no clock for the speaker)" in out
    assert "Close [other] (count to 09:20)" in out
    assert (
        f"{plan}:7:12: warning: 'count: to 09:20' ends this segment at 09:20, but its duration ends it at 09:15:00 "
        "(a duration of 10m00s would end it at 09:20)"
    ) in out
