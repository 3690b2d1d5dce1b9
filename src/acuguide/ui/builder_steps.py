"""The builder's list of steps: reordered by drag and drop or Alt+Up / Alt+Down.

The list shows the document; it never changes it itself. A drag, a key or a button asks
for a move or a removal through its signals, and the builder turns each into one undoable
change and shows the result.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from acuguide.model.atlas import Atlas, Point
from acuguide.model.routine_doc import RoutineDoc, StepDoc, format_duration

SIDES_TEXT = {"both-in-turn": "both sides in turn", "both-at-once": "both sides at once",
              "left": "left side", "right": "right side", "midline": "centre line"}


def target_name(atlas: Atlas, kind: str, target: str) -> str:
    """'SP6 Three Yin Intersection', 'Calf massage area', 'Right thumb finger hold'."""
    entry = atlas.target(kind, target)
    if isinstance(entry, Point):
        return f"{entry.code} {entry.english[0]}"
    title = getattr(entry, "title", target)
    return f"{title} massage area" if kind == "area" else f"{title} finger hold"


def serious_cautions(atlas: Atlas, step: StepDoc) -> list[str]:
    """The pregnancy and blood-vessel cautions of a step's point (none for areas, holds)."""
    if step.kind != "point":
        return []
    return [c.text for c in atlas.points[step.target].cautions if c.serious]


def step_line(atlas: Atlas, doc: RoutineDoc, index: int) -> str:
    """One line for step ``index``: number, target, time per side, sides, a caution mark."""
    step = doc.steps[index]
    seconds = step.seconds if step.seconds is not None else doc.defaults.seconds
    mark = "⚠ " if serious_cautions(atlas, step) else ""
    parts = [f"{index + 1}. {mark}{target_name(atlas, step.kind, step.target)}"]
    if seconds is not None:
        parts.append(format_duration(seconds))
    entry = atlas.target(step.kind, step.target)
    if step.kind == "hold":
        pass
    elif isinstance(entry, Point) and entry.laterality == "midline":
        parts.append(SIDES_TEXT["midline"])
    else:
        parts.append(SIDES_TEXT[step.sides or doc.defaults.sides or "both-in-turn"])
    return " · ".join(parts)


class StepList(QListWidget):
    """The steps, one line each.

    Signals:
        move_requested(int, int): move the step at the first index to the second.
        remove_requested(int): remove the step at this index.
    """

    move_requested = Signal(int, int)
    remove_requested = Signal(int)

    def __init__(self, problem_colour: str = "#b3261e", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steps")
        self.setAccessibleName("Steps")
        self.setAccessibleDescription("Alt+Up and Alt+Down move the chosen step; Delete removes "
                                      "it; drag a step to move it")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._problem_brush = QBrush(QColor(problem_colour))  # 4.5:1 on the theme's list

    def show_doc(self, atlas: Atlas, doc: RoutineDoc, problems: dict[int, list[str]],
                 current: int) -> None:
        """Show the document's steps, marking those with problems, and choose ``current``."""
        self.blockSignals(True)
        try:
            while self.count() > len(doc.steps):
                self.takeItem(self.count() - 1)
            for index in range(len(doc.steps)):
                item = self.item(index)
                if item is None:
                    item = QListWidgetItem()
                    self.addItem(item)
                text = step_line(atlas, doc, index)
                said = problems.get(index, [])
                if said:
                    text = f"{text}  ✖ {said[0]}"
                item.setText(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             text.replace("⚠ ", "Caution: ").replace("✖", "problem:"))
                item.setToolTip("\n".join(said))
                item.setForeground(self._problem_brush if said else QBrush())
            if 0 <= current < self.count():
                self.setCurrentRow(current)
        finally:
            self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and row >= 0:
            to = row + (-1 if event.key() == Qt.Key.Key_Up else 1)
            if 0 <= to < self.count():
                self.move_requested.emit(row, to)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and row >= 0:
            self.remove_requested.emit(row)
            event.accept()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """A drop asks for the move; the builder redraws the list from the document."""
        source = self.currentRow()
        index: QModelIndex = self.indexAt(event.position().toPoint())
        position = self.dropIndicatorPosition()
        to = index.row() if index.isValid() else self.count() - 1
        if position == QAbstractItemView.DropIndicatorPosition.BelowItem:
            to += 1
        if to > source:
            to -= 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source >= 0 and to != source and 0 <= to < self.count():
            self.move_requested.emit(source, to)
