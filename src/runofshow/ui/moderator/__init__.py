"""The moderator's window: the countdown, the header, the rundown, the queue, the details, the
banners and the keys."""
