"""Give a widget its object name as it is made (the names tests and style rules find it by)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """``widget`` with ``objectName`` set to ``name``.

    Qt for Python also takes ``objectName=`` as a keyword, but its type stubs do not know it.
    """
    widget.setObjectName(name)
    return widget
