"""Help > Keyboard shortcuts: a table read from the actions themselves, so it cannot go stale."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

GAP = 24  # px between the keys and what they do, and after the longest description
MAX_TABLE_HEIGHT = 620
Row = tuple[str, str]  # keys as the user reads them, what they do
Section = tuple[str, Sequence[Row]]


def plain(text: str) -> str:
    """A menu text without its mnemonic marks: '&Print…' -> 'Print…', 'A && B' -> 'A & B'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _on_most_keyboards(keys: QKeySequence) -> bool:
    """False for a dedicated key such as Help, Find or Zoom In pressed on its own."""
    if keys.isEmpty():
        return False
    first = keys[0]  # type: ignore[index]  # a QKeyCombination; the stubs lack __getitem__
    if first.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        return True
    return bool(first.key().value < Qt.Key.Key_Help.value)


def key_names(action: QAction) -> str:
    """The action's shortcuts as the user reads them, e.g. 'Ctrl++, Ctrl+='.

    Standard shortcuts also bind dedicated keys (Help, Find, Zoom In) that few keyboards
    have; the list leaves those out when the action has ordinary keys too.
    """
    shortcuts = [k for k in action.shortcuts() if not k.isEmpty()]
    common = [k for k in shortcuts if _on_most_keyboards(k)] or shortcuts
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in common)


def action_rows(actions: Iterable[QAction]) -> list[Row]:
    """(keys, what it does) for every action that has a shortcut, in the order given.

    What it does is the action's status tip when it has one, else its text.
    """
    rows = []
    for action in actions:
        keys = key_names(action)
        if keys:
            rows.append((keys, action.statusTip() or plain(action.text())))
    return rows


def menu_actions(menus: QMenuBar | QMenu) -> list[QAction]:
    """Every action in a menu bar or menu and its submenus, in menu order."""
    found = []
    for action in menus.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += menu_actions(submenu)
        elif not action.isSeparator():
            found.append(action)
    return found


class ShortcutsDialog(QDialog):
    """The keys of each window, one section a window, in a read-only table."""

    def __init__(self, sections: Sequence[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setObjectName("shortcuts")
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcuts-table")
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(("Keys", "Action"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                          | Qt.AlignmentFlag.AlignVCenter)
        for title, rows in sections:
            self._add_heading(title)
            for keys, does in rows:
                row = self.table.rowCount()
                self.table.insertRow(row)
                self.table.setItem(row, 0, QTableWidgetItem(keys))
                self.table.setItem(row, 1, QTableWidgetItem(does))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        close.setFocus()  # not the table: it would show its first row as current
        self._fit()

    def _add_heading(self, title: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(title)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        item.setBackground(self.palette().window())  # a heading, not a striped row
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, 2)

    def _fit(self) -> None:
        """Wide and tall enough to show every row without scrolling, up to a sensible size."""
        table = self.table
        table.resizeColumnsToContents()
        table.setColumnWidth(0, table.columnWidth(0) + GAP)
        table.setColumnWidth(1, table.columnWidth(1) + GAP)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeRowsToContents()
        for row in range(table.rowCount()):
            if table.columnSpan(row, 0) == 2:
                table.setRowHeight(row, round(table.rowHeight(row) * 1.7))
        frame = 2 * table.frameWidth()
        width = sum(table.columnWidth(c) for c in range(2)) + frame
        height = sum(table.rowHeight(r) for r in range(table.rowCount())) + frame + \
            table.horizontalHeader().sizeHint().height()
        if height > MAX_TABLE_HEIGHT:
            width += table.verticalScrollBar().sizeHint().width()
        table.setMinimumSize(min(width, 860), min(height, MAX_TABLE_HEIGHT))
        self.adjustSize()

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (a heading is a one-cell row)."""
        return [tuple(item.text() for c in range(2)
                      if (item := self.table.item(r, c)) is not None)
                for r in range(self.table.rowCount())]
