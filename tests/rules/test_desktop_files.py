"""The Linux desktop entry and AppStream metainfo are valid (when the validators are installed)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from runofshow.files.resources import resource


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(resource("linux", "io.github.runofshow.desktop"))],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_appstream_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(resource("linux", "io.github.runofshow.metainfo.xml"))],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_icons_are_shipped() -> None:
    assert resource("icons", "runofshow.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert resource("icons", f"runofshow-{size}.png").is_file()
