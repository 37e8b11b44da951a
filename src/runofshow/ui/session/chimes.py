"""Sound cues: the chimes core/chimes.py says are due, played through QtMultimedia.

What is due is the core's (`ChimeGate`: once per phase of a countdown, from the state at the
moment); this module follows the controller's frames like the announcer does and hands each due
chime to a `ChimeSink`. The real sink plays the bundled sounds (resources/sounds, made by
packaging/make_chimes.py) with QSoundEffect; a test counts plays through a fake one.

QtMultimedia is in PySide6-Addons, not in PySide6-Essentials (the app's dependency): it is the
optional extra `runofshow[sound]`. Without it, or without any sound output, `sound_problem()`
says so in words, the preferences keep the chimes off, and nothing is imported or played.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QUrl

from runofshow.core.chimes import Chime, ChimeGate, Countdown, segment_countdown, speaker_clock
from runofshow.core.frame import Frame
from runofshow.files.resources import resource
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioDevice, QSoundEffect

#: Volume as the settings keep it (percent) and its default.
DEFAULT_VOLUME = 70


class ChimeSink(Protocol):
    """Where a chime is played: `volume` from 0.0 to 1.0."""

    def play(self, chime: Chime, volume: float) -> None: ...


def sound_file(chime: Chime) -> str:
    return str(resource("sounds", f"{chime.value}.wav"))


def multimedia_installed() -> bool:
    """QtMultimedia is there to import (PySide6-Addons), without importing it yet."""
    try:
        return importlib.util.find_spec("PySide6.QtMultimedia") is not None
    except (ImportError, ValueError):
        return False


def sound_problem() -> str | None:
    """Why chimes cannot play on this computer, in words; None when they can."""
    if not multimedia_installed():
        return translate(
            "Chimes",
            "Sound needs Qt Multimedia, which is not installed (pip install 'runofshow[sound]'); the chimes stay off.",
        )
    if not outputs():
        return translate("Chimes", "This computer has no sound output; the chimes stay off.")
    return None


def outputs() -> list[tuple[str, str]]:
    """The sound outputs as (id, name), the system's default first; [] without QtMultimedia."""
    if not multimedia_installed():
        return []
    from PySide6.QtMultimedia import QMediaDevices

    default = QMediaDevices.defaultAudioOutput()
    found = [(_device_id(d), d.description()) for d in QMediaDevices.audioOutputs()]
    first = _device_id(default) if not default.isNull() else ""
    return sorted(found, key=lambda item: item[0] != first)


def _device_id(device: QAudioDevice) -> str:
    """A sound output's id as the settings keep it (text; PulseAudio's and others' are ASCII)."""
    return bytes(device.id().data()).decode("utf-8", "replace")


class QtChimeSink(QObject):
    """Plays the bundled chimes with QSoundEffect on one sound output ("" = the system's default).

    Each chime is loaded once; playing one stops nothing else (they are short and never overlap
    within a listener, which chimes at most once a phase)."""

    def __init__(self, output: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        device = next((d for d in QMediaDevices.audioOutputs() if _device_id(d) == output), None) if output else None
        self._effects: dict[Chime, QSoundEffect] = {}
        for chime in Chime:
            effect = QSoundEffect(device, self) if device is not None else QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(sound_file(chime)))
            self._effects[chime] = effect

    def play(self, chime: Chime, volume: float) -> None:
        effect = self._effects[chime]
        effect.setVolume(max(0.0, min(volume, 1.0)))
        effect.play()


class ChimeCues(QObject):
    """One listener: follows the frames, and plays what its countdown's gate says is due.

    `countdown` picks the countdown it listens to (the live segment's for the moderator, what the
    speaker display shows for the speaker); `active` says whether it listens now (the speaker
    display shown and not blanked). A listener that stops listening forgets nothing of what it
    chimed, and does not chime the phase it comes back to."""

    def __init__(
        self,
        controller: ShowController,
        sink: ChimeSink,
        countdown: Callable[[Frame], Countdown | None],
        *,
        volume: float,
        active: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._sink = sink
        self._countdown = countdown
        self._active = active
        self.volume = volume
        self._gate = ChimeGate()
        self.played = 0
        controller.changed.connect(self.follow)
        controller.tick.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        if not self._active():
            self._gate.stop_listening()
            return
        chime = self._gate.due(self._countdown(self._controller.frame))
        if chime is not None:
            self.played += 1
            self._sink.play(chime, self.volume)

    def stop(self) -> None:
        self._controller.changed.disconnect(self.follow)
        self._controller.tick.disconnect(self.follow)


def moderator_cues(controller: ShowController, sink: ChimeSink, volume: float, parent: QObject) -> ChimeCues:
    """Chimes on this laptop: the live segment's countdown."""
    return ChimeCues(controller, sink, segment_countdown, volume=volume, parent=parent)


def speaker_cues(
    controller: ShowController, sink: ChimeSink, volume: float, shown: Callable[[], bool], parent: QObject
) -> ChimeCues:
    """Chimes for the speaker display, while it is shown: what it counts down (nothing when the
    segment hides its clock)."""

    def countdown(frame: Frame) -> Countdown | None:
        clock = speaker_clock(frame)
        return clock.countdown if clock is not None else None

    return ChimeCues(controller, sink, countdown, volume=volume, active=shown, parent=parent)


class SoundCues(QObject):
    """The chimes as the settings want them: a listener for this laptop, one for the speaker
    display (while it shows), each on its sound output; none when sound cannot play here."""

    def __init__(
        self,
        controller: ShowController,
        speaker_shown: Callable[[], bool],
        parent: QObject | None = None,
        *,
        sink: Callable[[str, QObject], ChimeSink] | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._speaker_shown = speaker_shown
        #: Where chimes play: QtMultimedia's, or a test's (which needs no sound output).
        self._make_sink = sink
        self.listeners: list[ChimeCues] = []

    def configure(self, *, moderator: bool, speaker: bool, speaker_output: str = "", volume: int) -> str | None:
        """Listen as asked; the reason in words when sound cannot play (then nothing listens)."""
        for listener in self.listeners:
            listener.stop()
            listener.deleteLater()
        self.listeners = []
        if not (moderator or speaker):
            return None
        make = self._make_sink
        if make is None:
            problem = sound_problem()
            if problem is not None:
                return problem
            make = QtChimeSink
        level = volume / 100
        if moderator:
            self.listeners.append(moderator_cues(self._controller, make("", self), level, self))
        if speaker:
            sink = make(speaker_output, self)
            self.listeners.append(speaker_cues(self._controller, sink, level, self._speaker_shown, self))
        return None
