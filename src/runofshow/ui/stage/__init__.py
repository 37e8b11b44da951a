"""The stage manager's window, beside the moderator's or on another laptop (`runofshow connect`)."""
