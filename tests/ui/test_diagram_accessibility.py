"""The diagram as a screen reader sees it, through Qt's own QAccessible API (no bus needed)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

pytestmark = pytest.mark.gui

Name, Description = QAccessible.Text.Name, QAccessible.Text.Description


def children(face):
    return [face.child(i) for i in range(face.childCount())]


@pytest.fixture
def leg(window):
    window.explorer.show_view("leg-inner")
    diagram = window.explorer.diagram
    return diagram, QAccessible.queryAccessibleInterface(diagram)


def test_the_diagram_is_a_list_of_its_points_in_reading_order(leg):
    diagram, face = leg
    assert face.role() == QAccessible.Role.List
    assert face.text(Name) == "Body diagram: Left leg, inner side"
    points = children(face)
    assert len(points) == len(diagram.view_geometry.hotspots) > 3
    assert all(p.role() == QAccessible.Role.ListItem for p in points)
    names = [p.text(Name) for p in points]
    assert "SP6 Three Yin Intersection (left)" in names
    assert [face.indexOfChild(p) for p in points] == list(range(len(points)))
    assert all(p.parent().text(Name) == face.text(Name) for p in points)


def test_a_point_says_how_to_find_it_and_where_it_is_on_screen(leg):
    diagram, face = leg
    sp6 = next(p for p in children(face) if p.text(Name).startswith("SP6"))
    assert "Four finger-widths" in sp6.text(Description)
    rect = sp6.rect()
    assert not rect.isEmpty()
    assert diagram.rect().contains(diagram.mapFromGlobal(rect.center()))
    assert face.childAt(rect.center().x(), rect.center().y()).text(Name) == sp6.text(Name)


def test_the_focus_and_the_selection_are_states_of_the_points(leg, qtbot):
    diagram, face = leg
    diagram.setFocus()
    qtbot.waitUntil(diagram.hasFocus)
    qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    focused = face.focusChild()
    assert focused is not None and focused.state().focused
    assert sum(p.state().focused for p in children(face)) == 1
    qtbot.keyClick(diagram, Qt.Key.Key_Return)
    assert focused.state().selected
    assert all(p.state().selectable and p.state().focusable for p in children(face))


def test_another_view_gives_the_diagram_new_children(leg, window):
    _diagram, face = leg
    window.explorer.show_view("face")
    names = [p.text(Name) for p in children(face)]
    assert any(n.startswith("GV26") for n in names)
    assert not any(n.startswith("SP6") for n in names)
