"""The venue control room (`runofshow venue`): every room on one broker, and its /venue page."""
