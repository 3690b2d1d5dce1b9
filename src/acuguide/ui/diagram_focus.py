"""The diagram's hotspots for the keyboard and for screen readers (the base of DiagramView).

Tab and the arrow keys move a focus from hotspot to hotspot, Enter or Space chooses one; a
screen reader reads the diagram as a list of its hotspots (``ui.diagram_access``) and hears
the focus move. The drawing, zoom, rulers and the mouse are ``ui.diagram_view``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleStateChangeEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from acuguide.diagrams.describe import Words
from acuguide.diagrams.geometry import Hotspot, View, neighbour
from acuguide.qtkit import accessibility
from acuguide.qtkit.timers import call_later
from acuguide.ui.diagram_access import DiagramAccess
from acuguide.ui.hotspot_items import HotspotItem

ARROWS = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up",
          Qt.Key.Key_Down: "down"}
SELECT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def keyboard_help() -> list[tuple[str, str]]:
    """The keys the focused diagram answers to itself, as (keys, what they do) rows."""
    def names(keys: Iterable[Qt.Key]) -> str:
        return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                         for k in keys)

    return [("Tab, Shift+Tab", "The next or previous point, from top to bottom"),
            (names(ARROWS), "The nearest point in that direction"),
            (names(SELECT_KEYS), "Select the point that has the focus")]


class FocusableHotspots(QGraphicsView):
    """Hotspots with a keyboard focus, selection and accessible interfaces.

    The subclass draws them: it fills ``_geometry``, ``_items`` and ``_order`` (reading order)
    when it shows a view, then calls ``_refresh`` and ``_name_view``.

    Signals:
        hotspot_activated(str): a hotspot was clicked or chosen with Enter/Space.
    """

    hotspot_activated = Signal(str)

    def __init__(self, describe: Callable[[Hotspot], Words],
                 parent: QWidget | None = None) -> None:
        accessibility.install()
        super().__init__(parent)
        self._describe = describe
        self._geometry: View | None = None
        self._items: dict[str, HotspotItem] = {}
        self._order: list[str] = []
        self._hovered = ""
        self._focused = ""
        self._selected: set[str] = set()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def make_accessible(self) -> DiagramAccess:
        """The diagram as a list of its hotspots, for screen readers (``ui.diagram_access``)."""
        return DiagramAccess(self, self)

    def hotspot_items(self) -> list[HotspotItem]:
        """The hotspots shown, in reading order (top to bottom, then left to right)."""
        return [self._items[ident] for ident in self._order]

    def words_for(self, ident: str) -> Words:
        """The tooltip, accessible name and description of hotspot ``ident``."""
        assert self._geometry is not None
        return self._describe(self._geometry.hotspots[ident])

    def screen_rect(self, ident: str) -> QRect:
        """Where hotspot ``ident`` is on screen (global pixels); empty when scrolled away."""
        item = self._items.get(ident)
        if item is None or not self.isVisible():
            return QRect()
        shown = self.mapFromScene(item.sceneBoundingRect()).boundingRect()
        shown &= self.viewport().rect()
        if shown.isEmpty():
            return QRect()
        return QRect(self.viewport().mapToGlobal(shown.topLeft()), shown.size())

    def _tell_state(self, ident: str, **changed: bool) -> None:
        item = self._items.get(ident)
        if item is None or not QAccessible.isActive():
            return
        state = QAccessible.State()
        for name, value in changed.items():
            setattr(state, name, value)
        QAccessible.updateAccessibility(QAccessibleStateChangeEvent(item, state))

    def _name_view(self) -> None:
        """Name the diagram after its view while no point has the focus (not the last point)."""
        view = self._geometry
        name = f"Body diagram: {view.title}" if view else "Body diagram"
        count = len(self._order)
        description = (f"{count} points and areas: Tab and the arrow keys move between them, "
                       "Enter selects" if count else "")
        for widget in (self, self.viewport()):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def _refresh(self) -> None:
        for ident, item in self._items.items():
            item.set_state(hovered=ident == self._hovered, selected=ident in self._selected,
                           focused=ident == self._focused and self.hasFocus())

    def selected(self) -> set[str]:
        """The ids shown as selected."""
        return set(self._selected)

    def focused_hotspot(self) -> str:
        """The id with keyboard focus ("" when none)."""
        return self._focused

    def _set_focus_id(self, ident: str, *, tell: bool = True) -> None:
        """Move the keyboard focus to hotspot ``ident``: a screen reader hears that hotspot.

        The diagram keeps its name ("Body diagram: ..."); the focus event is the hotspot's,
        as it would be for the items of a list.
        """
        before, self._focused = self._focused, ident
        self._refresh()
        if before and before != ident:
            self._tell_state(before, focused=True)
        if ident and self._geometry:
            hotspot = self._geometry.hotspots[ident]
            self.ensureVisible(QRectF(hotspot.centre[0] - 20, hotspot.centre[1] - 20, 40, 40))
            if tell:
                self._tell_focus()

    def _tell_focus(self) -> None:
        """Send the focused hotspot's focus event (while the diagram has the keyboard focus)."""
        item = self._items.get(self._focused)
        if item is not None and self.hasFocus() and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(item, QAccessible.Event.Focus))

    def focusNextPrevChild(self, next: bool) -> bool:
        if not self._order:
            return super().focusNextPrevChild(next)
        if self._focused not in self._order:
            index = 0 if next else len(self._order) - 1
        else:
            index = self._order.index(self._focused) + (1 if next else -1)
        if 0 <= index < len(self._order):
            self._set_focus_id(self._order[index])
            return True
        self._set_focus_id("")
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        # Not for a click: the first point would be scrolled into view between the press and
        # the release, and the click would land beside the point it was aimed at.
        if not self._focused and self._order and reason != Qt.FocusReason.MouseFocusReason:
            self._set_focus_id(self._order[-1] if reason == Qt.FocusReason.BacktabFocusReason
                               else self._order[0], tell=False)
        self._refresh()
        # Qt announces the diagram's own focus after this handler returns; the point's
        # focus goes after it, so a screen reader ends on the point, not on the diagram.
        call_later(self, "tell-focused-point", 0, self._tell_focus)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._name_view()
        self._refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in ARROWS and self._focused and self._geometry:
            direction = ARROWS[Qt.Key(key)]  # key() is typed int; the arrows are Qt.Keys
            nxt = neighbour(self._geometry, self._geometry.hotspots[self._focused], direction)
            if nxt:
                self._set_focus_id(nxt.id)
            event.accept()
            return
        if key in SELECT_KEYS and self._focused:
            self.hotspot_activated.emit(self._focused)
            event.accept()
            return
        super().keyPressEvent(event)
