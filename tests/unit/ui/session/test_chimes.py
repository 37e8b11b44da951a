"""Sound cues in the window (ui/session/chimes.py): a chime played once per phase, counted through a
fake sink; the speaker display's chimes only while it shows; the preferences' settings and test
buttons; and without QtMultimedia, words instead of sound."""

from __future__ import annotations

import importlib.util

import pytest
from pytestqt.qtbot import QtBot

from runofshow.core.chimes import Chime
from runofshow.core.clock import FakeClock
from runofshow.files.settings import Settings
from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.moderator.preferences_dialog import PreferencesDialog
from runofshow.ui.session import chimes
from runofshow.ui.session.chimes import SoundCues, moderator_cues, sound_file
from runofshow.ui.session.controller import ShowController


class FakeSink:
    def __init__(self, output: str = "", parent: object = None) -> None:
        self.output = output
        self.played: list[tuple[Chime, float]] = []

    def play(self, chime: Chime, volume: float) -> None:
        self.played.append((chime, volume))


class Sinks:
    """A sink factory that keeps every sink it made."""

    def __init__(self) -> None:
        self.made: list[FakeSink] = []

    def __call__(self, output: str, parent: object) -> FakeSink:
        sink = FakeSink(output)
        self.made.append(sink)
        return sink


def run_for(controller: ShowController, clock: FakeClock, seconds: float) -> None:
    """The ticker's wake-ups for `seconds`, each where the controller aims it (about one a second)."""
    end = clock.now().mono + seconds
    while clock.now().mono < end:
        clock.advance(max(controller._ticker.interval(), 1) / 1000)
        controller.tick_now()


def test_a_chime_is_played_once_per_phase(controller: ShowController, clock: FakeClock) -> None:
    sink = FakeSink()
    cues = moderator_cues(controller, sink, 0.7, controller)
    controller.act("start")  # the opening, 6 min: WRAP UP at 4:00, FINAL at 5:30, time up at 6:00
    run_for(controller, clock, 3 * 60)
    assert sink.played == []
    run_for(controller, clock, 3 * 60 + 30)
    assert sink.played == [(Chime.WRAP_UP, 0.7), (Chime.FINAL, 0.7), (Chime.TIME_UP, 0.7)]
    controller.act("add_time", seconds=60)  # back to WRAP UP: heard already
    run_for(controller, clock, 90)
    assert cues.played == 3 and len(sink.played) == 3
    cues.stop()


def test_the_speaker_display_chimes_only_while_it_shows(window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.complete)
    sinks = Sinks()
    sound = SoundCues(window.controller, window.speaker_display_shown, window, sink=sinks)
    assert sound.configure(moderator=True, speaker=True, speaker_output="hdmi", volume=50) is None
    laptop, speaker = sinks.made
    assert (laptop.output, speaker.output) == ("", "hdmi")
    controller = window.controller
    controller.act("start")
    run_for(controller, clock, 4 * 60 + 5)  # WRAP UP, the display not shown
    assert laptop.played == [(Chime.WRAP_UP, 0.5)] and speaker.played == []
    window.display.toggle()  # shown now, in WRAP UP: that phase is not chimed late
    qtbot.waitUntil(window.display.display.isVisible)
    run_for(controller, clock, 2 * 60)
    assert [c for c, _ in speaker.played] == [Chime.FINAL, Chime.TIME_UP]
    assert [c for c, _ in laptop.played] == [Chime.WRAP_UP, Chime.FINAL, Chime.TIME_UP]
    assert sound.configure(moderator=False, speaker=False, volume=50) is None
    assert sound.listeners == []
    window.display.close()


def test_without_qt_multimedia_the_chimes_say_so_and_stay_off(
    controller: ShowController, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(chimes, "multimedia_installed", lambda: False)
    sound = SoundCues(controller, lambda: True, controller)
    problem = sound.configure(moderator=True, speaker=False, volume=70)
    assert problem is not None and "Qt Multimedia" in problem and "runofshow[sound]" in problem
    assert sound.listeners == []
    dialog = PreferencesDialog(Settings(chime_moderator=True, chime_speaker=True), [])
    qtbot.addWidget(dialog)
    assert dialog.sound_problem == problem
    assert not dialog.chime_moderator.isEnabled() and not dialog.chime_moderator.isChecked()
    assert not dialog.try_buttons[Chime.FINAL].isEnabled()
    chosen = dialog.value()
    assert (chosen.chime_moderator, chosen.chime_speaker) == (False, False)


def test_the_preferences_keep_the_chimes_and_play_each_to_try(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    sinks = Sinks()
    monkeypatch.setattr(PreferencesDialog, "make_sink", sinks)
    dialog = PreferencesDialog(Settings(), [])
    qtbot.addWidget(dialog)
    assert not dialog.chime_moderator.isChecked() and not dialog.chime_speaker.isChecked()  # off by default
    dialog.chime_moderator.setChecked(True)
    dialog.chime_volume.setValue(40)
    dialog.try_buttons[Chime.TIME_UP].click()
    dialog.try_buttons[Chime.WRAP_UP].click()
    (sink,) = sinks.made
    assert sink.played == [(Chime.TIME_UP, 0.4), (Chime.WRAP_UP, 0.4)]
    chosen = dialog.value()
    assert (chosen.chime_moderator, chosen.chime_speaker, chosen.chime_volume) == (True, False, 40)


#: Taken before any test's fixtures replace it (tests/helpers/qt.py: no test wakes the sound system).
REAL_OUTPUTS = chimes.outputs
HAS_MULTIMEDIA = importlib.util.find_spec("PySide6.QtMultimedia") is not None


@pytest.mark.skipif(not HAS_MULTIMEDIA, reason="needs PySide6-Addons (QtMultimedia; .ci/run installs runofshow[sound])")
@pytest.mark.qt_log_level_fail("CRITICAL")  # QtMultimedia warns about every audio library it does not find
def test_the_real_sink_loads_the_bundled_chimes(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QObject

    owner = QObject()
    sink = chimes.QtChimeSink("", owner)
    for chime, effect in sink._effects.items():
        assert effect.source().toLocalFile() == sound_file(chime)
    sink.play(Chime.FINAL, 0.5)  # no sound output here: Qt says so on its log, nothing breaks
    from PySide6.QtMultimedia import QMediaDevices

    found = [(bytes(d.id().data()).decode(), d.description()) for d in QMediaDevices.audioOutputs()]
    monkeypatch.setattr(chimes, "outputs", REAL_OUTPUTS)  # not the suite's none (tests/helpers/qt.py)
    assert sorted(chimes.outputs()) == sorted(found)
    problem = chimes.sound_problem()
    assert (problem is None) == bool(found)
    assert found or (problem is not None and "no sound output" in problem)
