"""Qt widgets and models: thin adapters over the core show."""
