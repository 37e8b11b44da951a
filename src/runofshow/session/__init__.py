"""The running session (show_app.py): an open event's run in the moderator's window, between the
composition root (app.py) and the windows it opens (ui/)."""
