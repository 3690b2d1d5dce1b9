"""Widgets only: thin views over the model, no business rules."""
