"""Every control a keyboard can reach has a name a screen reader can say."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.gui


def unnamed_focusable(top: QWidget) -> list[str]:
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(top):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_no_focusable_control_of_the_main_window_is_unnamed(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    assert unnamed_focusable(window) == []


def test_the_diagram_is_named_after_its_view_and_forgets_the_last_point(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    diagram = window.explorer.diagram
    window.explorer.show_view("foot-sole")
    face = QAccessible.queryAccessibleInterface(diagram)
    assert face.text(QAccessible.Text.Name) == "Body diagram: Left foot, sole"
    diagram.setFocus()
    qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    on_a_point = face.text(QAccessible.Text.Name)
    assert on_a_point != "Body diagram: Left foot, sole" and "(left)" in on_a_point
    window.explorer.search_box.setFocus()
    assert face.text(QAccessible.Text.Name) == "Body diagram: Left foot, sole"


def test_routine_items_are_read_as_one_line(window):
    routines = window.routines.list
    for row in range(routines.count()):
        said = routines.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
        assert said and "\n" not in said and routines.item(row).text().split("\n")[0] in said
