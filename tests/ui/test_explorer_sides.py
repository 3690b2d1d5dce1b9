"""The explorer's Left/Right switch, the views' titles on the thumbnails, both sides highlighted."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QToolButton

from acuguide.diagrams import catalog
from acuguide.model.anatomy import SINGLE_LIMB, VIEWS, view_names
from acuguide.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def side_button(window, name) -> QToolButton:
    buttons = [b for b in window.explorer.findChildren(QToolButton) if b.accessibleName() == name]
    assert len(buttons) == 1, name
    return buttons[0]


def thumbnail_names(strip) -> list[str]:
    """The thumbnails' accessible names, as a screen reader gets them."""
    face = QAccessible.queryAccessibleInterface(strip)
    names = []
    for i in range(face.childCount()):
        child = face.child(i)
        if child.role() == QAccessible.Role.ListItem:
            names.append(child.text(QAccessible.Text.Name))
    return names


def grab(widget):
    return widget.grab().toImage()


def test_the_switch_is_two_buttons_named_left_and_right_one_on_at_a_time(window, qtbot):
    left, right = side_button(window, "Left"), side_button(window, "Right")
    assert left.isCheckable() and right.isCheckable()
    assert left.isChecked() != right.isChecked()
    qtbot.mouseClick(right, Qt.MouseButton.LeftButton)
    assert right.isChecked() and not left.isChecked()
    qtbot.mouseClick(left, Qt.MouseButton.LeftButton)
    assert left.isChecked() and not right.isChecked()


@pytest.mark.parametrize("kind", SINGLE_LIMB)
def test_the_switch_flips_the_single_limb_views_and_their_titles(window, qtbot, kind):
    explorer, diagram = window.explorer, window.explorer.diagram
    qtbot.mouseClick(side_button(window, "Left"), Qt.MouseButton.LeftButton)
    explorer.show_view(kind)
    assert diagram.view_name == f"{kind}-left"
    assert diagram.view_geometry.title.startswith("Left ")
    before = grab(diagram.viewport())
    qtbot.mouseClick(side_button(window, "Right"), Qt.MouseButton.LeftButton)
    assert diagram.view_name == f"{kind}-right"
    assert diagram.view_geometry.title.startswith("Right ")
    assert grab(diagram.viewport()) != before, "the drawing flips"
    current = explorer.switcher.currentItem()
    assert current.data(Qt.ItemDataRole.UserRole) == kind, "the same thumbnail stays chosen"


def test_both_limb_views_stay_when_the_switch_flips(window, qtbot):
    explorer = window.explorer
    explorer.show_view("leg-front")
    qtbot.mouseClick(side_button(window, "Right"), Qt.MouseButton.LeftButton)
    assert explorer.diagram.view_name == "leg-front"
    explorer.show_view("foot-top")
    assert explorer.diagram.view_name == "foot-top-right"


def test_the_switch_is_reached_and_worked_with_the_keyboard(window, qtbot):
    explorer = window.explorer
    left, right = side_button(window, "Left"), side_button(window, "Right")
    explorer.show_view("foot-sole")
    explorer.switcher.setFocus()
    qtbot.waitUntil(explorer.switcher.hasFocus)
    qtbot.keyClick(explorer.switcher, Qt.Key.Key_Tab)
    assert left.hasFocus()
    qtbot.keyClick(left, Qt.Key.Key_Tab)
    assert right.hasFocus()
    qtbot.keyClick(right, Qt.Key.Key_Space)
    assert right.isChecked() and explorer.diagram.view_name == "foot-sole-right"
    qtbot.keyClick(right, Qt.Key.Key_Tab)
    assert explorer.diagram.hasFocus()


def test_the_side_is_remembered(qtbot, content, settings, history):
    first = MainWindow(content, settings, history)
    qtbot.addWidget(first)
    first.explorer.show_view("leg-inner")
    qtbot.mouseClick(side_button(first, "Right"), Qt.MouseButton.LeftButton)
    first.close()
    second = MainWindow(content, settings, history)
    qtbot.addWidget(second)
    assert side_button(second, "Right").isChecked()
    assert second.explorer.diagram.view_name == "leg-inner-right"
    second.explorer.show_view("leg-front")
    second.close()
    third = MainWindow(content, settings, history)
    qtbot.addWidget(third)
    assert side_button(third, "Right").isChecked(), "remembered from a both-limb view too"
    third.explorer.show_view("foot-sole")
    assert third.explorer.diagram.view_name == "foot-sole-right"


def test_thumbnails_are_named_and_tipped_with_the_full_titles(window, qtbot):
    strip = window.explorer.switcher
    assert strip.count() == len(VIEWS)

    def titles(side):
        return [catalog.view(catalog.variant(kind, side)).title for kind in VIEWS]

    qtbot.mouseClick(side_button(window, "Left"), Qt.MouseButton.LeftButton)
    assert [strip.item(i).toolTip() for i in range(strip.count())] == titles("left")
    assert thumbnail_names(strip) == titles("left")
    assert "Left foot, sole" in thumbnail_names(strip)
    assert "Both legs, front: their right is on your left" in thumbnail_names(strip)
    qtbot.mouseClick(side_button(window, "Right"), Qt.MouseButton.LeftButton)
    assert [strip.item(i).toolTip() for i in range(strip.count())] == titles("right")
    assert "Right leg, inner side" in thumbnail_names(strip)


def test_a_bilateral_point_lights_on_both_limbs_or_on_the_side_shown(window, qtbot):
    explorer, diagram = window.explorer, window.explorer.diagram
    explorer.show_view("leg-front")
    explorer.select("point", "ST36")
    assert diagram.selected() == {"pt-ST36-L", "pt-ST36-R"}
    qtbot.mouseClick(side_button(window, "Right"), Qt.MouseButton.LeftButton)
    explorer.select("point", "SP6")
    assert diagram.view_name == "leg-inner-right"
    assert diagram.selected() == {"pt-SP6-R"}
    qtbot.mouseClick(side_button(window, "Left"), Qt.MouseButton.LeftButton)
    assert diagram.view_name == "leg-inner-left", "the selection's view follows the switch"
    assert diagram.selected() == {"pt-SP6-L"}
    assert explorer.selection == ("point", "SP6")


def test_every_version_of_every_view_can_be_shown(window, qtbot):
    for kind in VIEWS:
        for name in view_names(kind):
            window.explorer.show_view(name)
            assert window.explorer.diagram.view_name == name
