"""The printable routine sheet: a pure layout of positioned items, and a Qt painter for it."""
