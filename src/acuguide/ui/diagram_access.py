"""The diagram as a screen reader sees it: a list whose items are the points and areas.

A ``QGraphicsView`` is, to Qt's accessibility, a scroll area: the hotspots drawn in it are
not widgets and have no interfaces of their own, so a screen reader met one object whose name
changed as Tab moved. Here the diagram is a list (``List``), named after its view, whose
children are its hotspots in reading order (``ListItem``: name with code, English name and
side; description with how to find it; focusable, focused, selectable, selected; their place
on screen), so a screen reader can count them, list them, and follow the keyboard focus from
one to the next (the view sends a focus event for the hotspot, not a name change). A
``HotspotItem`` is a ``QGraphicsObject``, so it is a QObject Qt can key its cache on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleObject
from PySide6.QtWidgets import QAccessibleWidget, QWidget

# Qt answers "no such child" with a null interface; the PySide6 stubs type these methods as
# never returning None, hence the ``type: ignore[override]`` on each.

if TYPE_CHECKING:
    from acuguide.diagrams.describe import Words
    from acuguide.ui.hotspot_items import HotspotItem


class Diagram(Protocol):
    """What the interfaces ask of the diagram view."""

    def hotspot_items(self) -> list[HotspotItem]: ...
    def words_for(self, ident: str) -> Words: ...
    def focused_hotspot(self) -> str: ...
    def selected(self) -> set[str]: ...
    def hasFocus(self) -> bool: ...
    def screen_rect(self, ident: str) -> QRect: ...


class DiagramAccess(QAccessibleWidget):
    """The diagram: a list of its hotspots."""

    def __init__(self, widget: QWidget, view: Diagram) -> None:
        super().__init__(widget, QAccessible.Role.List)
        self._view = view

    def childCount(self) -> int:
        return len(self._view.hotspot_items())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        items = self._view.hotspot_items()
        if 0 <= index < len(items):
            return QAccessible.queryAccessibleInterface(items[index])
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        obj = child.object() if child is not None else None
        for index, item in enumerate(self._view.hotspot_items()):
            if item is obj:
                return index
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        ident = self._view.focused_hotspot() if self._view.hasFocus() else ""
        for item in self._view.hotspot_items():
            if item.hotspot.id == ident:
                return QAccessible.queryAccessibleInterface(item)
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        for item in self._view.hotspot_items():
            if self._view.screen_rect(item.hotspot.id).contains(x, y):
                return QAccessible.queryAccessibleInterface(item)
        return None


class HotspotAccess(QAccessibleObject):
    """One point or area of the diagram."""

    def __init__(self, item: HotspotItem, view: Diagram) -> None:
        super().__init__(item)
        self._item = item
        self._view = view

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def text(self, kind: QAccessible.Text) -> str:
        words = self._view.words_for(self._item.hotspot.id)
        if kind == QAccessible.Text.Name:
            return words.name
        if kind == QAccessible.Text.Description:
            return words.description
        return ""

    def state(self) -> QAccessible.State:
        ident = self._item.hotspot.id
        state = QAccessible.State()
        state.focusable = state.selectable = True
        state.focused = self._view.hasFocus() and self._view.focused_hotspot() == ident
        state.selected = ident in self._view.selected()
        state.offscreen = self._view.screen_rect(ident).isEmpty()
        return state

    def rect(self) -> QRect:
        return self._view.screen_rect(self._item.hotspot.id)

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        view = self._view
        return QAccessible.queryAccessibleInterface(view) if isinstance(view, QObject) else None

    def childCount(self) -> int:
        return 0

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None
