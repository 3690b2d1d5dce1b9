"""Things acuguide keeps on disk: the user's routines, settings and history."""
