"""The control API on the local network: reads snapshots, sends validated commands."""
