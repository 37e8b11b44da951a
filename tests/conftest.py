"""Shared fixtures. Qt runs offscreen and the app's user dirs point at a temporary folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt; subprocesses inherit both.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Times read the same on every machine (24-hour C locale), and the windows speak English.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
_SESSION_HOME = tempfile.mkdtemp(prefix="runofshow-test-home-")
os.environ["RUNOFSHOW_HOME"] = _SESSION_HOME

from runofshow.core.clock import FakeClock  # noqa: E402
from runofshow.core.event import Event  # noqa: E402
from runofshow.core.show import Show  # noqa: E402
from runofshow.files.eventfile import load_event  # noqa: E402
from runofshow.files.resources import bundled_example  # noqa: E402
from tests.helpers.broker import Broker, need_mosquitto  # noqa: E402
from tests.helpers.disk import mount_tmpfs, unmount  # noqa: E402
from tests.helpers.moments import BEFORE_START, FIXED_NOW  # noqa: E402


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own app home, never the real user dirs."""
    home = tmp_path / "home"
    monkeypatch.setenv("RUNOFSHOW_HOME", str(home))
    yield home


@pytest.fixture(scope="session")
def roundtable() -> Event:
    return load_event(bundled_example(), now=FIXED_NOW).event


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(BEFORE_START)


@pytest.fixture
def show(roundtable: Event) -> Show:
    return Show(roundtable)


# Skips that mean "a tool is missing on this machine". On CI (RUNOFSHOW_CI=1, set by .ci/run, which
# installs every tool) such a skip is a failure: a suite that passes by skipping proves nothing.
_MISSING_TOOL_WORDS = ("needs ", "not installed", "without libyaml")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not (os.environ.get("RUNOFSHOW_CI") and report.skipped and isinstance(report.longrepr, tuple)):
        return
    reason = str(report.longrepr[2])
    if any(word in reason for word in _MISSING_TOOL_WORDS):
        report.outcome = "failed"
        report.longrepr = f"skipped on CI, where .ci/run installs every tool the tests need: {reason}"


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB tmpfs: a disk that fills up (root with CAP_SYS_ADMIN, as on CI)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if not mount_tmpfs(mount_point):
        pytest.skip("needs permission to mount a tmpfs (root with CAP_SYS_ADMIN) for the disk-full tests")
    try:
        yield mount_point
    finally:
        unmount(mount_point)


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Broker]:
    """A running Mosquitto of the test's own, on a free loopback port (skips without one
    installed; on CI that skip is a failure)."""
    need_mosquitto()
    running = Broker(tmp_path / "broker")
    running.start()
    yield running
    running.stop()
