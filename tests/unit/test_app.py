"""The composition root's pieces that can run inside the test process."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from runofshow.core.clock import RehearsalClock, SystemClock
from runofshow.core.event import Event
from runofshow.files.check import run_check
from runofshow.files.recent import RecentFiles, initial_path
from runofshow.files.resources import bundled_example
from runofshow.options import gui_parser
from runofshow.session.show_app import build_clock, open_event_interactively
from runofshow.ui.moderator.main_window import OpenDialog
from runofshow.ui.session.error_dialog import FileErrorChoice, FileErrorDialog

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
    from runofshow.ui.session.resume_dialog import ResumeDialog

    box, _ = ResumeDialog.build(None, "Roundtable", "2025-10-25 15:00", rehearsal=rehearsal, ended=ended)
    qtbot.addWidget(box)
    assert box.defaultButton().text() == default
    assert ("rehearsal" in box.text()) is rehearsal


def test_a_room_takes_its_event_file_for_the_day_from_the_venue_file(tmp_path: Path, capsys) -> None:
    """`--venue … --room r313 --plan venue.yaml` and no FILE: the room's file for today (else the next
    day's, else its last), the venue's name and the room's name from the venue file."""
    from runofshow.app import room_from_plan
    from runofshow.core.clock import SystemClock
    from runofshow.files.resources import bundled_example

    today = SystemClock().now().wall.astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).date()
    text = bundled_example().read_text(encoding="utf-8")
    days = []
    for day in (today - timedelta(days=1), today, today + timedelta(days=1)):
        (tmp_path / f"r313-{day}.yaml").write_text(text.replace("2025-10-26", day.isoformat()), encoding="utf-8")
        days.append(f"      - {{date: {day}, file: r313-{day}.yaml}}")
    plan = tmp_path / "venue.yaml"
    plan.write_text("version: 1\nvenue: {name: hanoi-week, timezone: Asia/Ho_Chi_Minh}\nrooms:\n"
                    "  - id: r313\n    name: R313 (Convention)\n    days:\n" + "\n".join(days) + "\n")  # fmt: skip
    options = gui_parser().parse_args(["--venue", "mqtt://127.0.0.1:1", "--room", "r313", "--plan", str(plan)])
    assert room_from_plan(options, str(plan)) is None
    assert options.file == str(tmp_path / f"r313-{today}.yaml")
    assert (options.venue_name, options.room_name) == ("hanoi-week", "R313 (Convention)")
    assert f"room r313 plays {options.file} ({today}, from the venue file {plan})" in capsys.readouterr().out
    other = gui_parser().parse_args(["--venue", "mqtt://127.0.0.1:1", "--room", "r9", "--plan", str(plan)])
    assert room_from_plan(other, str(plan)) == f"room r9 is not in the venue file {plan} (its rooms: r313)"
    alone = gui_parser().parse_args(["--plan", str(plan)])
    assert "give --venue URL and --room ROOM_ID too" in (room_from_plan(alone, str(plan)) or "")
