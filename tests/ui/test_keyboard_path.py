"""From the window to a running session with the keyboard alone, in at most eight keys."""

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from acuguide.qtkit.timers import call_later
from acuguide.session.clock import FakeClock
from acuguide.session.states import SessionState
from acuguide.ui.main_window import MainWindow
from acuguide.ui.session_dialogs import SafetyCheck, SessionSummary

pytestmark = pytest.mark.gui


def test_the_restless_legs_session_starts_in_at_most_eight_keys(qtbot, qapp, content,
                                                                  settings, history,
                                                                  monkeypatch):
    # The end-of-session summary is a dialog of its own; this test ends at the start.
    monkeypatch.setattr(SessionSummary, "ask", classmethod(lambda cls, *a, **k: None))
    settings.session = settings.session.with_(voice=False, muted=True)
    window = MainWindow(content, settings, history, clock=FakeClock())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: qapp.focusWidget() is not None, timeout=2000)
    keys = []

    def press(key, modifier=Qt.KeyboardModifier.NoModifier):
        keys.append(key)
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    # Tab from the search field to the routines list (search, points, routines ...).
    while QApplication.focusWidget() is not window.routines.list and len(keys) < 8:
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.routines.list
    rls = [window.routines.list.item(i).data(Qt.ItemDataRole.UserRole)
           for i in range(window.routines.list.count())].index("rls-evening")
    for _ in range(rls + 1 - max(0, window.routines.list.currentRow())):
        if window.routines.current() == "rls-evening":
            break
        press(Qt.Key.Key_Down)
    assert window.routines.current() == "rls-evening"

    # The safety check is modal: answer it with Return once it has the focus.
    owner = QObject()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        focused = QApplication.focusWidget()
        if isinstance(dialog, SafetyCheck) and focused is not None and \
                dialog.isAncestorOf(focused):
            press(Qt.Key.Key_Return)
            return
        if isinstance(dialog, SafetyCheck):
            dialog.activateWindow()  # as a window manager would give the new dialog focus
        if len(keys) < 20:
            call_later(owner, "answer-safety-check", 20, answer)

    call_later(owner, "answer-safety-check", 20, answer)
    press(Qt.Key.Key_Return)  # Return on a routine starts it (itemActivated)
    qtbot.waitUntil(lambda: window.session is not None, timeout=5000)
    screen = window.session.screen
    assert screen.runner.view.state is SessionState.RUNNING
    assert len(keys) <= 8, keys
    screen.stop()
    screen.close()
