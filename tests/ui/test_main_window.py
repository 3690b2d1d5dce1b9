import pytest

from acuguide.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_main_window_lists_routines_and_points(qtbot, content, settings, history):
    window = MainWindow(content, settings, history)
    qtbot.addWidget(window)
    window.show()
    titles = [window.routine_list.item(i).text() for i in range(window.routine_list.count())]
    # A length in words, not "35:45", which reads like a time of day.
    assert any(t.startswith("Restless legs, evening") and "35 min 45 s" in t for t in titles)
    assert window.point_list.count() == 17
    assert not window.grab().isNull()
