"""Return in the safety check starts the session (it used to press Cancel)."""

import pytest
from PySide6.QtCore import Qt

from acuguide.ui.session_dialogs import SafetyCheck

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("routine", ["leg-cramps", "rls-evening"])
def test_return_starts_the_session_from_wherever_the_focus_is(qtbot, qapp, content, routine):
    dialog = SafetyCheck(content.routines[routine], content.atlas)
    qtbot.addWidget(dialog)
    dialog.show()

    def focused_inside():
        # As a window manager would; again until it takes, since an earlier test's window
        # may still hold the focus for a moment.
        dialog.activateWindow()
        widget = qapp.focusWidget()
        return widget is not None and dialog.isAncestorOf(widget)

    qtbot.waitUntil(focused_inside, timeout=3000)
    focused = qapp.focusWidget()
    assert focused is not None and dialog.isAncestorOf(focused)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_escape_still_cancels(qtbot, qapp, content):
    dialog = SafetyCheck(content.routines["leg-cramps"], content.atlas)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: qapp.focusWidget() is not None, timeout=2000)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(qapp.focusWidget(), Qt.Key.Key_Escape)
