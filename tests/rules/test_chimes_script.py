"""packaging/make_chimes.py: the bundled chimes are the project's own sounds, made by the script
from sine tones, the same bytes every time; the check fails on a file changed by hand."""

from __future__ import annotations

import shutil
import wave
from pathlib import Path

import pytest

from runofshow.core.chimes import Chime
from tests.helpers.packaging import load_script

make_chimes = load_script("make_chimes")


def test_the_bundled_chimes_are_what_the_script_makes() -> None:
    assert make_chimes.main(["--check"]) == 0
    assert sorted(make_chimes.CHIMES) == sorted(chime.value for chime in Chime)


def test_each_chime_is_short_quiet_at_its_ends_and_plain_pcm() -> None:
    for chime in Chime:
        with wave.open(str(make_chimes.SOUNDS / f"{chime.value}.wav")) as sound:
            assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, 44_100)
            seconds = sound.getnframes() / sound.getframerate()
            assert 0.3 < seconds < 1.5
            frames = sound.readframes(sound.getnframes())
        assert frames[:2] == b"\x00\x00" and frames[-2:] == b"\x00\x00"  # no click at either end


def test_the_check_fails_on_a_chime_changed_by_hand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "sounds"
    shutil.copytree(make_chimes.SOUNDS, copy)
    (copy / "final.wav").write_bytes((copy / "final.wav").read_bytes()[:-100])
    monkeypatch.setattr(make_chimes, "SOUNDS", copy)
    monkeypatch.setattr(make_chimes, "ROOT", tmp_path)
    assert make_chimes.main(["--check"]) == 1
    assert make_chimes.main([]) == 0
    assert make_chimes.main(["--check"]) == 0
