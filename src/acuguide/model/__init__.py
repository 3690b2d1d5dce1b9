"""Pure content model: points, routines, loading and validation, session plan (no Qt)."""
