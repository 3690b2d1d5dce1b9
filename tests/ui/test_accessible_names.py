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


def test_the_diagram_keeps_its_name_while_the_focus_moves_over_its_points(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    diagram = window.explorer.diagram
    window.explorer.show_view("foot-sole")
    face = QAccessible.queryAccessibleInterface(diagram)
    assert face.text(QAccessible.Text.Name) == "Body diagram: Left foot, sole"
    diagram.setFocus()
    qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    assert face.text(QAccessible.Text.Name) == "Body diagram: Left foot, sole"
    on_a_point = face.focusChild()
    assert on_a_point is not None and "(left)" in on_a_point.text(QAccessible.Text.Name)
    window.explorer.search_box.setFocus()
    assert face.text(QAccessible.Text.Name) == "Body diagram: Left foot, sole"
    assert face.focusChild() is None


def test_routine_items_are_read_as_one_line(window):
    routines = window.routines.list
    for row in range(routines.count()):
        said = routines.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
        assert said and "\n" not in said and routines.item(row).text().split("\n")[0] in said
