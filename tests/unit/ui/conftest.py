"""Every test of the windows: a fake keep-awake, no sound system and no QTimer left running
(autouse), the controller, the moderator's window and what reached the screen reader
(tests/helpers/qt.py)."""

from tests.helpers.qt import controller, inhibitor, no_sound_system, no_timer_left_running, spoken, window

__all__ = ["controller", "inhibitor", "no_sound_system", "no_timer_left_running", "spoken", "window"]
