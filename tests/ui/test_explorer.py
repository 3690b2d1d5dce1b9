import itertools

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import QToolTip

from acuguide.diagrams import catalog
from acuguide.diagrams.geometry import hit_test, neighbour, reading_order
from acuguide.diagrams.palette import colour
from acuguide.model.anatomy import VIEWS, kind_of
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
        assert kind_of(diagram.view_name) == name


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
    (sp6,) = diagram.view_geometry.for_target("point", "SP6")
    for _ in diagram.view_geometry.hotspots:
        if diagram.focused_hotspot() == sp6.id:
            break
        qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    assert diagram.focused_hotspot() == sp6.id
    point = QAccessible.queryAccessibleInterface(diagram).focusChild()
    assert point.text(QAccessible.Text.Name) == f"SP6 Three Yin Intersection ({sp6.side})"
    assert "Four finger-widths" in point.text(QAccessible.Text.Description)
    assert "pregnan" in point.text(QAccessible.Text.Description)


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
    assert kind_of(diagram.view_name) == view
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


@pytest.mark.parametrize(("code", "view", "start", "says"), [
    ("SP6", "leg-inner", "medial-malleolus", "3 cun: four fingers (a hand-width)"),
    ("ST36", "leg-front", "ST35", "3 cun: four fingers (a hand-width)"),
    ("ST36", "leg-outer", "ST35", "3 cun: four fingers (a hand-width)"),
    ("ST34", "leg-front", "patella-base", "2 cun: three fingers"),
    ("KI1", "foot-sole", "toe-web-2-3", "a third of the way to the back of the heel"),
])
def test_how_to_find_draws_the_landmark_and_a_ruler_that_says_what_the_text_says(
        window, code, view, start, says):
    explorer, diagram = window.explorer, window.explorer.diagram
    explorer.show_view(view)
    explorer.select("point", code)
    before = grab(diagram.viewport())
    explorer.find_button.setChecked(True)
    rulers = diagram.rulers()
    assert rulers and {r.landmark for r in rulers} == {start}
    assert says in [" ".join(text.split()) for text, _ in diagram.ruler_labels()]
    assert explorer.find_note.isVisible() and says in explorer.find_note.text()
    port = diagram.viewport().rect()
    for text, rect in diagram.ruler_labels():  # whole, and not cut off by the view's edge
        assert port.contains(rect), (text, rect, port)
    shown = grab(diagram.viewport())
    assert shown != before
    ink = QColor(colour("landmark", "light"))
    for tick in rulers[0].ticks:  # a tick is drawn, in the landmark colour, at each mark
        at = to_viewport(diagram, *tick)
        near = [shown.pixelColor(at.x() + dx, at.y() + dy) for dx in range(-3, 4)
                for dy in range(-3, 4)]
        assert any(close(c, ink) for c in near), (code, tick)
    explorer.find_button.setChecked(False)
    assert diagram.rulers() == [] and diagram.ruler_labels() == []


def close(a: QColor, b: QColor, slack: int = 40) -> bool:
    return all(abs(x - y) <= slack for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def grab(widget) -> QImage:
    return widget.grab().toImage()


def test_hover_changes_what_is_drawn_and_shows_the_hotspot(window, qtbot):
    diagram = window.explorer.diagram
    window.explorer.show_view("leg-inner")
    before = grab(diagram.viewport())
    (hotspot,) = diagram.view_geometry.for_target("point", "SP6")
    with qtbot.waitSignal(diagram.hotspot_hovered, check_params_cb=lambda i: i == hotspot.id):
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
    assert kind_of(second.explorer.diagram.view_name) == "foot-sole"
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


def points_on(view) -> list[str]:
    return sorted({h.target for h in view.hotspots.values() if h.kind == "point"})


def assert_labels_whole_and_in_view(diagram, where):
    port = diagram.viewport().rect()
    labels = diagram.ruler_labels()
    assert labels, where
    ruler = diagram.rulers()[0]
    said = {" ".join(text.split()) for text, _ in labels}
    assert ruler.label in said and ruler.words in said, (where, said)  # every word drawn
    for text, rect in labels:
        assert port.contains(rect), (where, text, rect, port)
        assert rect.height() >= 11 + 4, (where, text, rect)  # 11 px text, at least


def test_every_points_ruler_labels_are_whole_and_in_view_at_fit_and_zoomed(window):
    """The 'How to find it' labels keep their screen size: none may be cut off by the edge."""
    explorer, diagram = window.explorer, window.explorer.diagram
    explorer.find_button.setChecked(True)
    for view in catalog.views():
        for code in points_on(view):
            for zoom in (1, 3):
                where = (view.name, code, zoom)
                explorer.show_view(view.name)
                diagram.fit()
                if zoom != 1:
                    diagram.zoom(zoom)
                explorer.select("point", code, reveal=False)
                assert diagram.view_name == view.name, where
                assert_labels_whole_and_in_view(diagram, where)
            diagram.zoom(3)  # zoomed in with the ruler on show
            assert_labels_whole_and_in_view(diagram, (view.name, code, "zoomed after"))
            diagram.horizontalScrollBar().setValue(diagram.horizontalScrollBar().maximum())
            diagram.verticalScrollBar().setValue(0)
            assert_labels_whole_and_in_view(diagram, (view.name, code, "scrolled"))
    explorer.find_button.setChecked(False)


# ---------------------------------------------------------------- small windows
def splitter_widths(window):
    explorer = window.explorer
    return [explorer.widget(i).width() for i in range(explorer.count())]


@pytest.mark.parametrize("size", [(800, 600), (1024, 640), (1280, 800)])
def test_the_diagram_keeps_half_the_window_and_the_side_panels_give_way(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    left, centre, right = splitter_widths(window)
    assert window.explorer.diagram.width() >= window.width() / 2, (left, centre, right)
    assert left >= 150 and right >= 100  # still there, and usable


def test_a_window_made_small_after_a_large_one_still_keeps_half_for_the_diagram(
        qtbot, new_window):
    first = new_window(1600, 900)
    first.explorer.setSizes([400, 800, 400])
    first.close()  # remembers the window and the splitter
    second = new_window(800, 600)
    qtbot.waitUntil(lambda: second.width() == 800)
    assert second.explorer.diagram.width() >= 400, splitter_widths(second)


def across_in_sight(strip) -> bool:
    """The chosen thumbnail is inside the strip from side to side (to a pixel or two)."""
    rect, port = strip.visualItemRect(strip.currentItem()), strip.viewport().rect()
    return port.left() - 2 <= rect.left() and rect.right() <= port.right() + 2


def test_the_thumbnail_strip_keeps_the_chosen_view_in_sight(window, qtbot):
    strip = window.explorer.switcher
    names = [strip.item(row).data(Qt.ItemDataRole.UserRole) for row in range(strip.count())]

    def in_sight():
        return across_in_sight(strip)

    window.resize(1280, 800)
    window.explorer.show_view(names[-1])
    window.resize(800, 600)  # narrower with the last view chosen
    qtbot.waitUntil(lambda: window.width() == 800)
    assert in_sight()
    for name in (names[0], names[-1], names[len(names) // 2]):
        window.explorer.show_view(name)
        assert in_sight(), name


def test_the_last_view_is_in_sight_in_the_strip_when_a_small_window_opens(
        new_window, settings):
    settings.last_view = "forearm-hand"
    win = new_window(800, 600)
    strip = win.explorer.switcher
    assert strip.currentItem().data(Qt.ItemDataRole.UserRole) == "forearm-hand"
    assert across_in_sight(strip)


# ---------------------------------------------------------------- point codes
def view_action(win, text):
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&View")
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_show_point_codes_writes_each_code_beside_its_point_and_is_remembered(
        new_window, settings):
    win = new_window()
    diagram = win.explorer.diagram
    action = view_action(win, "Show point codes")
    assert action.isCheckable() and not action.isChecked()  # off by default
    win.explorer.show_view("leg-front")
    assert diagram.point_codes() == []
    before = grab(diagram.viewport())
    action.trigger()
    assert grab(diagram.viewport()) != before
    for name in ("leg-front", "head-neck", "foot-top"):
        win.explorer.show_view(name)
        view = diagram.view_geometry
        codes = diagram.point_codes()
        expected = sorted(h.target for h in view.hotspots.values() if h.kind == "point")
        assert sorted(code for code, _ in codes) == expected, name
        port = diagram.viewport().rect()
        for (code, rect), hotspot in zip(codes, [h for h in view.hotspots.values()
                                                 if h.kind == "point"], strict=True):
            assert code == hotspot.target
            at = to_viewport(diagram, *hotspot.centre)
            gap = max(rect.left() - at.x(), at.x() - rect.right(), 0)
            assert gap <= 24 and rect.top() <= at.y() <= rect.bottom(), (name, code, rect, at)
            assert port.contains(rect) and rect.height() >= 11, (name, code, rect)
    win.close()
    again = new_window()
    assert view_action(again, "Show point codes").isChecked()
    assert again.explorer.diagram.point_codes()
    view_action(again, "Show point codes").trigger()
    assert again.explorer.diagram.point_codes() == [] and not settings.show_point_codes


def test_a_click_on_an_unfocused_zoomed_diagram_lands_on_the_point_aimed_at(window, qtbot):
    explorer, diagram = window.explorer, window.explorer.diagram
    explorer.show_view("leg-front")
    order = reading_order(diagram.view_geometry)
    first, last = order[0], order[-1]
    diagram.zoom(4)
    diagram.reveal({last.id})
    explorer.search_box.setFocus()
    assert not diagram.hasFocus()
    pos = to_viewport(diagram, *click_position(diagram.view_geometry, last))
    assert diagram.viewport().rect().contains(pos)
    assert not diagram.viewport().rect().contains(
        to_viewport(diagram, *first.centre)), "the first point is out of sight"
    qtbot.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert explorer.selection == (last.kind, last.target)
