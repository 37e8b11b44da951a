"""The rules checked on real windows in the test process: the same Qt fixtures as the windows'
own tests (tests/helpers/qt.py)."""

from tests.helpers.qt import controller, inhibitor, no_sound_system, no_timer_left_running, spoken, window

__all__ = ["controller", "inhibitor", "no_sound_system", "no_timer_left_running", "spoken", "window"]
