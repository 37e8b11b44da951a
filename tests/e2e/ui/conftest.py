"""The windows against real sockets and tools: the same Qt fixtures as in tests/unit/ui (a fake
keep-awake and no QTimer left running, autouse; the controller, the moderator's window, what
reached the screen reader), from tests/helpers/qt.py."""

from tests.helpers.qt import controller, inhibitor, no_sound_system, no_timer_left_running, spoken, window

__all__ = ["controller", "inhibitor", "no_sound_system", "no_timer_left_running", "spoken", "window"]
