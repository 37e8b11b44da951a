"""The speaker's display on a second screen, and the screens it may go to."""
