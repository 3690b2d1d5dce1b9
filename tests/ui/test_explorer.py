import itertools

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QToolTip

from acuguide.diagrams import catalog
from acuguide.diagrams.finding import in_fingers
from acuguide.diagrams.geometry import hit_test, neighbour, reading_order
from acuguide.model.anatomy import VIEWS
from acuguide.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def click_position(view, hotspot):
    """The hotspot's centre, or for an area under a point, another spot inside it."""
    if hit_test(view, *hotspot.centre) is hotspot:
        return hotspot.centre
    xs = [p[0] for p in hotspot.polygon]
    ys = [p[1] for p in hotspot.polygon]
    for fx, fy in itertools.product([i / 10 for i in range(1, 10)], repeat=2):
        x = min(xs) + fx * (max(xs) - min(xs))
        y = min(ys) + fy * (max(ys) - min(ys))
        if hit_test(view, x, y, slop=8) is hotspot:
            return (x, y)
    raise AssertionError(f"{hotspot.id} cannot be clicked anywhere")


def to_viewport(diagram, x, y) -> QPoint:
    return diagram.mapFromScene(QPointF(x, y))


@pytest.mark.parametrize("name", VIEWS)
def test_clicking_each_hotspot_selects_it(window, qtbot, name):
    explorer, diagram = window.explorer, window.explorer.diagram
    explorer.show_view(name)
    for hotspot in diagram.view_geometry.hotspots.values():
        pos = to_viewport(diagram, *click_position(diagram.view_geometry, hotspot))
        qtbot.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert explorer.selection == (hotspot.kind, hotspot.target), hotspot.id
        assert hotspot.id in diagram.selected()
        assert diagram.view_name == name


def test_bilateral_point_highlights_both_sides(window):
    window.explorer.show_view("leg-front")
    window.explorer.select("point", "ST36")
    assert window.explorer.diagram.selected() == {"pt-ST36-L", "pt-ST36-R"}


@pytest.mark.parametrize("name", VIEWS)
def test_tab_reaches_every_hotspot_in_reading_order(window, qtbot, name):
    diagram = window.explorer.diagram
    window.explorer.show_view(name)
    diagram.setFocus()
    qtbot.waitUntil(diagram.hasFocus)
    seen = [diagram.focused_hotspot()]
    for _ in range(len(diagram.view_geometry.hotspots) - 1):
        qtbot.keyClick(diagram, Qt.Key.Key_Tab)
        seen.append(diagram.focused_hotspot())
    assert seen == [h.id for h in reading_order(diagram.view_geometry)]
    qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    assert not diagram.hasFocus() or diagram.focused_hotspot() == ""


def test_arrows_move_to_the_neighbour_and_enter_selects(window, qtbot):
    explorer, diagram = window.explorer, window.explorer.diagram
    explorer.show_view("leg-inner")
    diagram.setFocus()
    qtbot.waitUntil(diagram.hasFocus)
    view = diagram.view_geometry
    start = view.hotspots[diagram.focused_hotspot()]
    expected = neighbour(view, start, "down")
    qtbot.keyClick(diagram, Qt.Key.Key_Down)
    assert diagram.focused_hotspot() == (expected.id if expected else start.id)
    qtbot.keyClick(diagram, Qt.Key.Key_Return)
    focused = view.hotspots[diagram.focused_hotspot()]
    assert explorer.selection == (focused.kind, focused.target)


def test_focused_hotspot_has_an_accessible_name_and_description(window, qtbot):
    diagram = window.explorer.diagram
    window.explorer.show_view("leg-inner")
    diagram.setFocus()
    qtbot.waitUntil(diagram.hasFocus)
    while diagram.focused_hotspot() != "pt-SP6":
        qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    assert diagram.accessibleName() == "SP6 Three Yin Intersection"
    assert "Four finger-widths" in diagram.accessibleDescription()
    assert "pregnan" in diagram.accessibleDescription()


@pytest.mark.parametrize(("typed", "code", "view"), [
    ("lv3", "LR3", "foot-top"), ("B 40", "BL40", "leg-back"), ("taichong", "LR3", "foot-top"),
    ("cramp", "ST34", "leg-front"),
])
def test_search_selects_switches_view_and_centres(window, qtbot, typed, code, view):
    explorer, diagram = window.explorer, window.explorer.diagram
    explorer.show_view("face")
    explorer.search_box.setFocus()
    qtbot.keyClicks(explorer.search_box, typed)
    explorer.search_box.completer().popup().hide()
    qtbot.keyClick(explorer.search_box, Qt.Key.Key_Return)
    assert explorer.selection == ("point", code)
    assert diagram.view_name == view
    hotspots = diagram.view_geometry.for_target("point", code)
    xs = [h.centre[0] for h in hotspots]
    ys = [h.centre[1] for h in hotspots]
    centre = to_viewport(diagram, (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
    port = diagram.viewport().rect()
    assert abs(centre.x() - port.center().x()) < port.width() * 0.2
    assert abs(centre.y() - port.center().y()) < port.height() * 0.2


def test_search_filters_the_list_by_use_words(window, qtbot):
    explorer = window.explorer
    qtbot.keyClicks(explorer.search_box, "restless")
    visible = {explorer.point_list.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(explorer.point_list.count())
               if not explorer.point_list.item(i).isHidden()}
    assert "SP6" in visible and "ST34" not in visible and len(visible) == 13


def test_completer_offers_aliases(window):
    model = window.explorer.search_box.completer().model()
    entries = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert "LV3 (LR3)" in entries and "B 40 (BL40)" in entries
    assert "taichong (LR3)" in entries


@pytest.mark.parametrize("code", ["SP6", "GB21"])
def test_details_show_the_pregnancy_caution(window, code):
    window.explorer.select("point", code)
    text = window.explorer.details.toPlainText()
    assert "Pregnancy" in text and "forbidden in pregnancy" in text
    assert "How to find it" in text and "Routines" in text


def test_details_of_an_area_and_a_hold(window):
    window.explorer.select("area", "calf")
    assert "Calf muscles" in window.explorer.details.toPlainText()
    window.explorer.select("hold", "left-thumb")
    assert "Hold your left thumb with your right hand" in window.explorer.details.toPlainText()


@pytest.mark.parametrize(("code", "view", "landmark", "cun", "tolerance"), [
    ("SP6", "leg-inner", "medial-malleolus", 3, 0.3),
    ("ST36", "leg-front", "patella-apex", 3, 0.4),
    ("ST34", "leg-front", "patella-base", 2, 0.3),
])
def test_how_to_find_draws_the_landmark_and_a_ruler_of_the_right_length(
        window, code, view, landmark, cun, tolerance):
    explorer = window.explorer
    explorer.show_view(view)
    explorer.select("point", code)
    explorer.find_button.setChecked(True)
    rulers = explorer.diagram.rulers()
    assert rulers
    for ruler in rulers:
        assert ruler.landmark == landmark
        assert ruler.cun == pytest.approx(cun, abs=tolerance)
        assert len(ruler.ticks) == int(ruler.cun + 1e-6)
        lm = catalog.view(view).landmark(landmark, "")
        assert abs(ruler.start[1] - lm[1]) < 1e-6
    assert explorer.find_note.isVisible()
    assert in_fingers(rulers[0].cun) in explorer.find_note.text()
    view_rect = explorer.diagram.viewport().rect()
    for label in explorer.diagram.ruler_labels():  # not cut off by the edge of the view
        assert view_rect.contains(label), (label, view_rect)
    explorer.find_button.setChecked(False)
    assert explorer.diagram.rulers() == []


def grab(widget) -> QImage:
    return widget.grab().toImage()


def test_hover_changes_what_is_drawn_and_shows_the_hotspot(window, qtbot):
    diagram = window.explorer.diagram
    window.explorer.show_view("leg-inner")
    before = grab(diagram.viewport())
    hotspot = diagram.view_geometry.hotspots["pt-SP6"]
    with qtbot.waitSignal(diagram.hotspot_hovered, check_params_cb=lambda i: i == "pt-SP6"):
        qtbot.mouseMove(diagram.viewport(), to_viewport(diagram, *hotspot.centre))
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text().startswith("SP6"))
    assert grab(diagram.viewport()) != before
    with qtbot.waitSignal(diagram.hotspot_hovered, check_params_cb=lambda i: i == ""):
        qtbot.mouseMove(diagram.viewport(), QPoint(2, 2))
    assert grab(diagram.viewport()) == before


def lightness(image: QImage) -> float:
    total = 0
    step = 7
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += image.pixelColor(x, y).lightness()
            count += 1
    return total / count


def test_dark_theme_differs_from_light_and_is_darker(window):
    diagram = window.explorer.diagram
    window.set_theme_choice("light")
    light = grab(diagram.viewport())
    window.set_theme_choice("dark")
    dark = grab(diagram.viewport())
    assert dark != light
    assert lightness(dark) < lightness(light) - 60
    window.set_theme_choice("contrast")
    assert grab(diagram.viewport()) not in (light, dark)


@pytest.mark.parametrize("name", VIEWS)
def test_each_view_renders_non_blank(window, name):
    window.explorer.show_view(name)
    image = grab(window.explorer.diagram.viewport())
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5)
               for y in range(0, image.height(), 5)}
    assert len(colours) > 20


def test_zoom_keys_wheel_and_fit(window, qtbot):
    diagram = window.explorer.diagram
    base = diagram.transform().m11()
    diagram.zoom_in()
    assert diagram.transform().m11() == pytest.approx(base * 1.25)
    for _ in range(30):
        diagram.zoom_in()
    assert diagram.transform().m11() <= base * 8.01
    diagram.fit()
    assert diagram.transform().m11() == pytest.approx(base)


def test_last_view_and_theme_are_remembered(qtbot, content, settings, history):
    first = MainWindow(content, settings, history)
    qtbot.addWidget(first)
    first.explorer.show_view("foot-sole")
    first.set_theme_choice("dark")
    first.close()
    second = MainWindow(content, settings, history)
    qtbot.addWidget(second)
    assert second.explorer.diagram.view_name == "foot-sole"
    assert second.theme_choice == "dark" and second.theme == "dark"


def test_shift_tab_walks_backwards(window, qtbot):
    diagram = window.explorer.diagram
    window.explorer.show_view("leg-front")
    diagram.setFocus()
    qtbot.waitUntil(diagram.hasFocus)
    order = [h.id for h in reading_order(diagram.view_geometry)]
    qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    assert diagram.focused_hotspot() == order[2]
    qtbot.keyClick(diagram, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert diagram.focused_hotspot() == order[1]


def test_every_points_ruler_and_labels_are_in_view(window, atlas):
    """The 'How to find it' labels keep their screen size: none may be cut off by the edge."""
    explorer = window.explorer
    explorer.find_button.setChecked(True)
    view_rect = explorer.diagram.viewport().rect()
    for code in atlas.points:
        explorer.select("point", code)
        for label in explorer.diagram.ruler_labels():
            assert view_rect.contains(label), (code, explorer.diagram.view_name, label)
    explorer.find_button.setChecked(False)
