"""Files and user dirs: event files, settings and the places they live (no Qt)."""
