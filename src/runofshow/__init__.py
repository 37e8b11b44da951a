"""runofshow: run a live event from the podium."""

__version__ = "0.1.0"
