"""The app's preferences, in `settings.json` in the user config dir.

A missing file means defaults. A file that cannot be read, is not JSON, or has values of the
wrong kind never stops the app: every bad value falls back to its default and `load` says which.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from runofshow.core.automation_format import read_automations
from runofshow.core.automations import Automation
from runofshow.core.floor_requests import MAX_OPEN_REQUESTS
from runofshow.core.text import first_not_text
from runofshow.core.wording import Words, WordsError
from runofshow.files.atomic import atomic_write_text

SETTINGS_VERSION = 1
FONT_SCALES = (0.8, 2.0)
# The languages the windows speak: code -> the language's own name (what its speakers look for).
LANGUAGES = {"en": "English", "fr": "Français", "vi": "Tiếng Việt"}
ANNOUNCEMENT_LEVELS = ("all", "urgent", "off")  # core/announcements.py: Level


@dataclass(frozen=True, slots=True)
class Settings:
    wrap_up_s: int | None = None  # None: the event file's (or its default, 2 min)
    final_s: int | None = None  # None: the event file's (or its default, 30 s)
    theme: str = "dark"
    language: str = ""  # a code of LANGUAGES; "" = the system's language when we have it, else English
    font_scale: float = 1.0
    stage_screen: str = ""  # name of the screen for the stage manager's window ("" = beside the main one)
    api_listen: str = ""  # default for --serve, e.g. "127.0.0.1:8765" ("" = off)
    api_token: str = ""  # default for --token ("" = a new one each time; at least 12 characters)
    # Tokenless requests on a loopback API see the full state (off: any web page could read it).
    api_loopback_full_view: bool = False
    speaker_screen: str = ""  # "name|model|serial" of the speaker display's screen ("" = off)
    speaker_stop_at_zero: bool = False  # the speaker sees 0:00 (TIME IS UP), the moderator the overtime
    speaker_flash: bool = True  # flash when time runs out (at most 2 Hz, for 4 s)
    # What a screen reader is told as the show runs: "all", "urgent" (FINAL, OVERTIME, messages) or "off".
    announcements: str = "all"
    # The venue's broker (defaults for --venue, --room, --room-name, --venue-name, --venue-ca; "" = off).
    venue_url: str = ""
    venue_room: str = ""
    venue_room_name: str = ""
    venue_name: str = ""
    venue_ca: str = ""
    # The venue's login (defaults for --venue-user and the password): never needed on the command
    # line, where `ps` shows it; RUNOFSHOW_VENUE_PASSWORD comes before venue_password.
    venue_user: str = ""
    venue_password: str = ""
    # The venue file (`runofshow import … -o DIR/` writes DIR/venue.yaml): the default for --plan, for
    # the control room (its rooms on the board, online or not) and for a room started without a file.
    venue_plan: str = ""
    # Requests to speak waiting at once from one phone, and from one network address (core/floor_requests.py).
    floor_per_device: int = 3
    floor_per_address: int = 20
    # Chimes at WRAP UP, FINAL and time up (core/chimes.py), off by default: on this laptop, and
    # for the speaker display (on a sound output of its own, "" = the system's default); a volume in %.
    chime_moderator: bool = False
    chime_speaker: bool = False
    chime_speaker_output: str = ""
    chime_volume: int = 70
    # The app-wide automations (core/automations.py), in the event file's shape (a list of
    # `{on: ..., http: ...}`), sent for every event beside the event file's own; and whether
    # automations may go to hosts beyond this computer and its local networks.
    automations: list[Any] = field(default_factory=list)
    automations_any_host: bool = False
    # The moderator's window where it was last (Qt's saveGeometry, as hex: screen, size, maximised).
    window_geometry: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # keys written by newer versions, kept as they are


def _valid(name: str, value: Any) -> bool:
    if name in ("wrap_up_s", "final_s"):
        return value is None or (isinstance(value, int) and not isinstance(value, bool) and 0 < value <= 3600)
    if name == "font_scale":
        return (
            isinstance(value, int | float) and not isinstance(value, bool) and FONT_SCALES[0] <= value <= FONT_SCALES[1]
        )
    if name == "window_geometry":
        return isinstance(value, str) and len(value) <= 1000 and all(c in "0123456789abcdef" for c in value)
    if name in ("floor_per_device", "floor_per_address"):
        return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_OPEN_REQUESTS
    if name == "language":
        return value == "" or value in LANGUAGES
    if name == "announcements":
        return value in ANNOUNCEMENT_LEVELS
    if name == "chime_volume":
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100
    if name == "automations":
        return automations_problem(value) is None
    if name in (
        "speaker_stop_at_zero", "speaker_flash", "api_loopback_full_view", "chime_moderator", "chime_speaker",
        "automations_any_host",
    ):  # fmt: skip
        return isinstance(value, bool)
    if name in (
        "theme", "stage_screen", "api_listen", "api_token", "speaker_screen",
        "venue_url", "venue_room", "venue_room_name", "venue_name", "venue_ca", "venue_user", "venue_password",
        "venue_plan", "chime_speaker_output",
    ):  # fmt: skip
        # One line of text: JSON's "\ud800" decodes to a lone surrogate that could never be saved again.
        return isinstance(value, str) and len(value) <= 200 and first_not_text(value, one_line=True) is None
    return False


def automations_problem(value: Any) -> Words | None:
    """Why a stored list of automations cannot be used, or None."""
    try:
        read_automations(value)
    except WordsError as exc:
        return exc.words
    return None


def app_automations(settings: Settings) -> tuple[Automation, ...]:
    """The app-wide automations (checked when the settings were loaded or chosen)."""
    try:
        return read_automations(settings.automations)
    except WordsError:
        return ()


def load(config_dir: Path) -> tuple[Settings, list[Words]]:
    """The settings, and notices about anything that had to fall back to a default."""
    path = config_dir / "settings.json"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings(), []
    except (OSError, UnicodeDecodeError) as exc:
        return Settings(), [Words("Could not read {path} ({error}); using default settings.", path=path, error=exc)]
    try:
        data = json.loads(text)
    except ValueError as exc:
        return Settings(), [Words("{path} is not valid JSON ({error}); using default settings.", path=path, error=exc)]
    if not isinstance(data, dict):
        return Settings(), [Words("{path} does not hold settings; using default settings.", path=path)]
    known = {f.name for f in fields(Settings)} - {"extra"}
    values: dict[str, Any] = {}
    bad: list[str] = []
    for name, value in data.items():
        if name == "version":
            continue
        if name not in known:
            values.setdefault("extra", {})[name] = value
        elif _valid(name, value):
            values[name] = value
        else:
            bad.append(name)
    notices = (
        [Words("{path}: bad values for {names}; using the defaults for those.", path=path, names=", ".join(bad))]
        if bad
        else []
    )
    if "automations" in bad:
        problem = automations_problem(data["automations"])
        if problem is not None:
            notices.append(Words("The app-wide automations are not used: {problem}", problem=problem))
    return Settings(**values), notices


def save(config_dir: Path, settings: Settings) -> None:
    data = asdict(settings)
    extra = data.pop("extra")
    atomic_write_text(
        config_dir / "settings.json",
        json.dumps({"version": SETTINGS_VERSION, **extra, **data}, indent=2) + "\n",
        mode=0o600,  # it holds the API token and the venue's password: the user's own
    )
