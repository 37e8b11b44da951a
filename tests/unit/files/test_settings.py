from __future__ import annotations

import json
from pathlib import Path

import pytest

from runofshow.files.settings import Settings, load, save


def test_missing_means_defaults(tmp_path: Path) -> None:
    assert load(tmp_path) == (Settings(), [])


def test_round_trip_keeps_unknown_keys(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"version": 1, "font_scale": 1.25, "future_key": [1]}))
    settings, notices = load(tmp_path)
    assert settings.font_scale == 1.25 and not notices
    save(tmp_path, settings)
    assert json.loads((tmp_path / "settings.json").read_text())["future_key"] == [1]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "Could not read"),
        (b"[1, 2]", "does not hold settings"),
        (b"", "not valid JSON"),
        (
            json.dumps({"wrap_up_s": "two minutes", "font_scale": 9, "theme": 3}).encode(),
            "bad values for wrap_up_s, font_scale, theme",
        ),
    ],
)
def test_bad_settings_fall_back_with_a_notice(tmp_path: Path, content: bytes, fragment: str) -> None:
    (tmp_path / "settings.json").write_bytes(content)
    settings, notices = load(tmp_path)
    assert settings == Settings()
    assert len(notices) == 1 and fragment in str(notices[0])


def test_a_folder_in_place_of_the_file(tmp_path: Path) -> None:
    (tmp_path / "settings.json").mkdir()
    settings, notices = load(tmp_path)
    assert settings == Settings() and "Could not read" in str(notices[0])


def test_good_values_survive_next_to_bad_ones(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"wrap_up_s": 90, "final_s": -1}))
    settings, notices = load(tmp_path)
    assert settings.wrap_up_s == 90 and settings.final_s is None and "final_s" in str(notices[0])


def test_the_language_is_a_code_we_ship_or_empty(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"language": "vi"}))
    assert load(tmp_path)[0].language == "vi"
    (tmp_path / "settings.json").write_text(json.dumps({"language": "klingon"}))
    settings, notices = load(tmp_path)
    assert settings.language == "" and "language" in str(notices[0])


def test_the_venues_login_is_a_setting_kept_to_its_owner(tmp_path: Path) -> None:
    """The venue's user and password, so that neither is needed on the command line (where `ps`
    shows it); the file that holds them is readable by its owner only."""
    (tmp_path / "settings.json").write_text(json.dumps({"venue_user": "r311", "venue_password": "s3cret pass"}))
    settings, notices = load(tmp_path)
    assert (settings.venue_user, settings.venue_password, notices) == ("r311", "s3cret pass", [])
    save(tmp_path, settings)
    assert (tmp_path / "settings.json").stat().st_mode & 0o777 == 0o600
    (tmp_path / "settings.json").write_text(json.dumps({"venue_user": ["r311"], "venue_password": "a\nb"}))
    settings, notices = load(tmp_path)
    assert (settings.venue_user, settings.venue_password) == ("", "")
    assert "venue_user, venue_password" in str(notices[0])


def test_the_venue_file_is_a_setting(tmp_path: Path) -> None:
    """`venue_plan`: the venue file the control room and a room without an event file use without --plan."""
    (tmp_path / "settings.json").write_text(json.dumps({"venue_plan": "/srv/hanoi-week/venue.yaml"}))
    assert load(tmp_path) == (load(tmp_path)[0], []) and load(tmp_path)[0].venue_plan == "/srv/hanoi-week/venue.yaml"
    (tmp_path / "settings.json").write_text(json.dumps({"venue_plan": 7}))
    settings, notices = load(tmp_path)
    assert settings.venue_plan == "" and "venue_plan" in str(notices[0])
