"""The composition root's pieces that can run inside the test process."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from runofshow.app import build_clock, gui_parser, open_event_interactively
from runofshow.core.clock import RehearsalClock, SystemClock
from runofshow.core.event import Event
from runofshow.files.check import run_check
from runofshow.files.recent import RecentFiles, initial_path
from runofshow.files.resources import bundled_example
from runofshow.ui.error_dialog import FileErrorChoice, FileErrorDialog
from runofshow.ui.main_window import OpenDialog

BAD = "version: 1\nevent:\n  title: T\n  start: 9:00\nsegments:\n  - title: A\n    duraton: 5m\n"


def test_a_bad_file_shows_the_same_lines_as_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD)
    shown: list[list[str]] = []

    def ask(cls, path: str, lines: list[str], parent=None) -> FileErrorChoice:
        shown.append(lines)
        return FileErrorChoice.QUIT

    monkeypatch.setattr(FileErrorDialog, "ask", classmethod(ask))
    assert open_event_interactively(str(bad)) is None
    err = io.StringIO()
    run_check([str(bad)], now=datetime.now(UTC), out=io.StringIO(), err=err)
    assert shown[0] == err.getvalue().splitlines()[:-1]  # all but the "N errors" total


def test_open_another_file_or_retry_after_fixing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD)
    choices = iter([FileErrorChoice.OPEN_OTHER])
    monkeypatch.setattr(FileErrorDialog, "ask", classmethod(lambda cls, path, lines, parent=None: next(choices)))
    monkeypatch.setattr(OpenDialog, "ask", classmethod(lambda cls, parent: str(bundled_example())))
    loaded = open_event_interactively(str(bad))
    assert loaded is not None and loaded.path == str(bundled_example())

    def fix_then_retry(cls, path: str, lines: list[str], parent=None) -> FileErrorChoice:
        bad.write_text(BAD.replace("duraton", "duration"))
        return FileErrorChoice.RETRY

    monkeypatch.setattr(FileErrorDialog, "ask", classmethod(fix_then_retry))
    loaded = open_event_interactively(str(bad))
    assert loaded is not None and loaded.event.segments[0].duration_s == 300


def test_initial_path_prefers_argument_then_recent_then_bundled(tmp_path: Path) -> None:
    recent = RecentFiles(tmp_path)
    assert initial_path(None, recent) == bundled_example()
    mine = tmp_path / "mine.yaml"
    mine.write_text("x")
    recent.add(mine)
    assert initial_path(None, recent) == mine.resolve()
    assert initial_path("other.yaml", recent) == Path("other.yaml")


def test_rehearsal_clock_options(roundtable: Event) -> None:
    assert isinstance(build_clock(roundtable, None, 1.0), SystemClock)
    options = gui_parser().parse_args(["--start-at", "14:00", "--clock-speed", "60"])
    clock = build_clock(roundtable, options.start_at, options.clock_speed)
    assert isinstance(clock, RehearsalClock)
    local = clock.now().wall.astimezone(roundtable.info.tz)
    assert f"{local:%Y-%m-%d %H:%M}" == "2025-10-26 14:00"
    assert clock.rate == 60


@pytest.mark.parametrize(
    "arguments",
    [
        ["--clock-speed", "0"],
        ["--clock-speed", "fast"],
        ["--start-at", "25:00"],
        ["--serve", "nope"],
        ["a", "b"],
        ["--language", "xx"],
        ["--osc", "9000", "--osc-allow", "192.168.1.300"],
        ["--osc", "9000", "--osc-allow", "the-lan"],
    ],
)
def test_bad_options_are_usage_errors(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        gui_parser().parse_args(arguments)
    assert info.value.code == 2
    assert "usage" in capsys.readouterr().err


def test_osc_takes_packets_from_the_addresses_it_is_told() -> None:
    options = gui_parser().parse_args(
        ["--osc", "0.0.0.0:9000", "--osc-allow", "192.168.1.30", "--osc-allow", "fd00::/8"]
    )
    assert [str(network) for network in options.osc_allow] == ["192.168.1.30/32", "fd00::/8"]
    assert gui_parser().parse_args(["--osc", "9000"]).osc_allow is None  # the default: this computer only


@pytest.mark.parametrize("option", ["--token", "--stage-token"])
def test_a_short_token_is_a_usage_error(option: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        gui_parser().parse_args(["event.yaml", option, "4321"])
    assert exit_.value.code == 2
    assert "at least 12 characters" in capsys.readouterr().err
    assert gui_parser().parse_args(["event.yaml", option, "long-enough-token"]) is not None


@pytest.mark.parametrize(
    ("rehearsal", "ended", "default"),
    [(False, False, "Resume"), (True, False, "Start a new run"), (False, True, "Start a new run")],
)
def test_enter_resumes_only_a_real_run_closed_mid_show(qtbot, rehearsal: bool, ended: bool, default: str) -> None:
    from runofshow.ui.resume_dialog import ResumeDialog

    box, _ = ResumeDialog.build(None, "Roundtable", "2025-10-25 15:00", rehearsal=rehearsal, ended=ended)
    qtbot.addWidget(box)
    assert box.defaultButton().text() == default
    assert ("rehearsal" in box.text()) is rehearsal
