"""Qt-free core: clock, event model, show state, schedule math and snapshots.

Nothing in this package imports Qt or reads files; it is plain Python (stdlib only).
"""
