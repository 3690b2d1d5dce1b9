"""Small Qt helpers shared by the session and the widgets (timers); no business rules."""
