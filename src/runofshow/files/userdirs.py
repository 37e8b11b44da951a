"""Where the app keeps its own files. The only module that asks platformdirs.

Set `RUNOFSHOW_HOME` to keep everything under one folder (tests do, so they never touch the
real user dirs; it also makes a portable install on a USB stick possible).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "runofshow"
HOME_ENV = "RUNOFSHOW_HOME"


@dataclass(frozen=True, slots=True)
class UserDirs:
    config: Path  # settings, recent files
    state: Path  # journals and sessions (later issues)

    @classmethod
    def default(cls) -> UserDirs:
        home = os.environ.get(HOME_ENV)
        if home:
            base = Path(home)
            return cls(config=base / "config", state=base / "state")
        return cls(
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            state=Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
        )
