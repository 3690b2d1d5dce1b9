"""Guided sessions: the timing core (pure), cue scheduling, and the Qt adapter and players."""
