"""The routines list: choose a routine, preview it, start it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acuguide.model.content import Content
from acuguide.model.plan import expand
from acuguide.model.timefmt import minutes_words
from acuguide.ui.named import named


class RoutinesPanel(QWidget):
    """Built-in and user routines with a Start button.

    Signals:
        routine_selected(str): a routine was chosen in the list (its id).
        start_requested(str): Start was pressed for a routine.
        print_requested(str): Print was pressed for a routine.
    """

    routine_selected = Signal(str)
    start_requested = Signal(str)
    print_requested = Signal(str)

    def _current_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is not None:
            self.routine_selected.emit(self.current())

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(QLabel("<b>Routines</b>"))
        self.list = named(QListWidget(), "routines")
        self.list.setAccessibleName("Routines")
        self.list.setSpacing(3)
        self.set_content(content)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(lambda _item: self._start())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.start_button = named(QPushButton("Start…"), "start-routine")
        self.start_button.setToolTip("Start the chosen routine (Ctrl+Return)")
        self.start_button.clicked.connect(self._start)
        row.addWidget(self.start_button)
        self.print_button = named(QPushButton("Print…"), "print-routine")
        self.print_button.setToolTip("Print the routine sheet (Ctrl+P)")
        self.print_button.clicked.connect(
            lambda: self.print_requested.emit(self.current() or ""))
        row.addWidget(self.print_button)
        layout.addLayout(row)
        # After Routines > Delete: the file is in the trash; this brings it back.
        self.undo_delete_button = named(QPushButton(), "undo-delete")
        self.undo_delete_button.hide()
        layout.addWidget(self.undo_delete_button)

    def set_content(self, content: Content) -> None:
        """List the routines of ``content`` (again, after a routine was saved or deleted)."""
        chosen = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        for routine in content.routines.values():
            total = minutes_words(expand(routine, content.atlas).total_seconds)
            origin = "" if routine.builtin else " · yours"
            item = QListWidgetItem(f"{routine.title}\n{total} · {len(routine.steps)} steps"
                                   f"{origin}")
            item.setData(Qt.ItemDataRole.UserRole, routine.id)
            item.setToolTip(routine.summary)
            # Read out as one line, not with the line break the list shows.
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{routine.title}, {total}, {len(routine.steps)} steps{origin}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        if chosen:
            self.choose(chosen)

    def current(self) -> str:
        """The chosen routine's id ("" when none)."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def choose(self, routine_id: str) -> None:
        """Select a routine in the list."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == routine_id:
                self.list.setCurrentRow(row)

    def _start(self) -> None:
        if not self.current() and self.list.count():
            self.list.setCurrentRow(0)
        if self.current():
            self.start_requested.emit(self.current())
