"""One accessibility factory for the objects whose default interface says too little.

Qt gives each widget an accessible interface from its own factory; a plain top-level
``QWidget`` comes out as a "filler" (``Client``), and a ``QGraphicsView`` as a scroll area
whose viewport and scroll bars are its only children, so the points drawn in it do not exist
for a screen reader. Qt for Python lets Python install a factory
(``QAccessible.installFactory``) and subclass ``QAccessibleWidget`` and
``QAccessibleObject``, so an object that wants a better interface says so with a
``make_accessible()`` method and this factory hands it to Qt. Qt keeps each interface it is
given in its cache, keyed by the object, and drops it when the object is destroyed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_installed = False


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    make = getattr(obj, "make_accessible", None)
    return make() if callable(make) else None


def install() -> None:
    """Install the factory (once; later calls do nothing). Call before the first query."""
    global _installed  # one factory per process: Qt keeps every factory it is given
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def window_interface(widget: QWidget) -> QAccessibleInterface:
    """A top-level widget read as a window (a "frame" on Linux), not as a filler."""
    return QAccessibleWidget(widget, QAccessible.Role.Window)
