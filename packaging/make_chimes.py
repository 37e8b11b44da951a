"""Make the chimes the app plays at WRAP UP, FINAL and time up: resources/sounds/*.wav.

    python packaging/make_chimes.py          # write them
    python packaging/make_chimes.py --check  # exit 1 if a file there is not what this makes

The sounds are the project's own, synthesised here from sine tones (no recording, no third-party
audio): a soft bell for WRAP UP, two rising notes for FINAL, three falling notes for time up, each
under a second, so that they tell themselves apart without a look at a screen. The same numbers
always give the same bytes (integer samples, no randomness, no timestamps in a WAV), so a test
checks that the bundled files are current.
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import sys
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOUNDS = ROOT / "resources" / "sounds"
RATE = 44_100
#: Below full scale: a chime is a cue in a quiet room, not an alarm.
PEAK = 0.5

#: Each chime: its notes as (frequency in Hz, start in s, length in s).
CHIMES: dict[str, tuple[tuple[float, float, float], ...]] = {
    # A5: one soft bell.
    "wrap_up": ((880.0, 0.0, 0.7),),
    # A5 then D6: rising, a little more urgent.
    "final": ((880.0, 0.0, 0.35), (1174.66, 0.22, 0.5)),
    # D6, B5, G5: falling, the last one longer.
    "time_up": ((1174.66, 0.0, 0.3), (987.77, 0.2, 0.3), (783.99, 0.4, 0.6)),
}


def _note(t: float, frequency: float, length: float) -> float:
    """A bell-like note at `t` seconds into it: a short attack, an exponential decay, a soft
    second harmonic, and silence by its end (no click)."""
    if t < 0 or t >= length:
        return 0.0
    attack = min(t / 0.01, 1.0)
    decay = math.exp(-5.0 * t / length)
    fade = min((length - t) / 0.02, 1.0)
    tone = math.sin(2 * math.pi * frequency * t) + 0.3 * math.sin(4 * math.pi * frequency * t)
    return attack * decay * fade * tone / 1.3


def samples(name: str) -> list[int]:
    notes = CHIMES[name]
    total = max(start + length for _, start, length in notes) + 0.05
    count = round(total * RATE)
    out = []
    for i in range(count):
        t = i / RATE
        value = sum(_note(t - start, frequency, length) for frequency, start, length in notes)
        value = max(-1.0, min(1.0, PEAK * value))
        out.append(round(value * 32767))
    return out


def wav_bytes(name: str) -> bytes:
    data = samples(name)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)  # 16-bit PCM: what QSoundEffect plays everywhere
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(data)}h", *data))
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a bundled chime is not what this makes")
    args = parser.parse_args(argv)
    stale = []
    for name in CHIMES:
        path = SOUNDS / f"{name}.wav"
        made = wav_bytes(name)
        if args.check:
            if not path.exists() or path.read_bytes() != made:
                stale.append(path.name)
            continue
        SOUNDS.mkdir(parents=True, exist_ok=True)
        path.write_bytes(made)
        print(f"wrote {path.relative_to(ROOT)} ({len(made)} bytes)")
    if stale:
        print(f"stale: {', '.join(stale)} (run python packaging/make_chimes.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
