import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton

from acuguide.model.credits import SAFETY_NOTE, WHO_STANDARD
from acuguide.session.clock import FakeClock
from acuguide.session.prefs import SessionPrefs
from acuguide.store.history import History
from acuguide.ui import session_controls
from acuguide.ui.about_dialog import AboutDialog, version
from acuguide.ui.session_launch import SessionLauncher
from acuguide.ui.shortcuts_dialog import ShortcutsDialog, menu_actions

pytestmark = pytest.mark.gui

NATIVE = QKeySequence.SequenceFormat.NativeText


def help_action(window, text):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    return next(a for a in menu.actions() if a.text() == text)


def opened(window, qtbot, kind, text):
    help_action(window, text).trigger()
    dialog = window.findChild(kind)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def sections(dialog):
    """The shortcuts table as {section title: [(keys, does), ...]}."""
    found, current = {}, None
    for row in dialog.rows():
        if len(row) == 1:
            current = found.setdefault(row[0], [])
        else:
            current.append(row)
    return found


def keys_of(action):
    return ", ".join(k.toString(NATIVE) for k in action.shortcuts())


def test_about_names_the_version_licence_articles_standard_and_safety(window, qtbot, content):
    about = opened(window, qtbot, AboutDialog, "&About acuguide")
    text = about.visible_text()
    assert version() in text and "0." in version()
    assert "Licence: MIT" in text
    for article in content.atlas.articles.values():
        assert article.title in text
    assert "the routine: Leg cramps" in text
    assert "ST34, BL37, KI1, ST36, GB34" in text
    assert "4 finger holds: Right thumb" in text
    assert WHO_STANDARD in " ".join(text.split())
    assert SAFETY_NOTE in " ".join(text.split())
    close = next(b for b in about.findChildren(QPushButton) if b.accessibleName() == "Close")
    close.click()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is None)


def test_the_shortcuts_list_has_every_shortcut_of_the_main_window(window, qtbot):
    listed = sections(opened(window, qtbot, ShortcutsDialog, "&Keyboard shortcuts"))
    rows = dict((does, keys) for keys, does in listed["Main window"])
    with_keys = [a for a in menu_actions(window.menuBar()) if not a.shortcut().isEmpty()]
    assert len(with_keys) >= 9
    for action in with_keys:
        assert action.shortcut().toString(NATIVE) in rows[action.text().replace("&", "")]
    assert rows["Print…"] == "Ctrl+P"
    assert rows["Quit"] == "Ctrl+Q"
    assert rows["Zoom in"] == "Ctrl++, Ctrl+="
    assert rows["Search points"] == "Ctrl+F, Ctrl+K"
    assert rows["Keyboard shortcuts"] == "F1"
    diagram = listed["Main window, on the diagram"]
    assert ("Left, Right, Up, Down", "The nearest point in that direction") in diagram
    assert any(keys.startswith("Return, Enter, Space") for keys, _ in diagram)


def test_the_shortcuts_list_has_every_key_of_a_real_session_screen(window, qtbot, content,
                                                                   tmp_path):
    listed = sections(ShortcutsDialog(window.shortcut_sections()))["Session screen"]
    session = SessionLauncher(content.routines["leg-cramps"], content,
                              SessionPrefs(voice=False, muted=True),
                              History(tmp_path / "h.sqlite3"),
                              clock=FakeClock(), summary=False, speech_engine="mock")
    assert session.begin(ask=False)
    screen = session.screen
    qtbot.addWidget(screen)
    try:
        with_keys = [a for a in screen.actions() if not a.shortcut().isEmpty()]
        assert {a.objectName() for a in with_keys} == {n for n, *_ in session_controls.CONTROLS}
        assert sorted((keys_of(a), a.statusTip()) for a in with_keys) == sorted(listed)
        assert ("Space", "Pause or resume") in listed
        assert screen.findChild(QPushButton, "button-pause").text() == "Pause  [Space]"
    finally:
        screen.stop()
        screen.close()


def test_changing_a_shortcut_changes_the_list(window, qtbot, monkeypatch):
    zoom = next(a for a in menu_actions(window.menuBar()) if a.text() == "Zoom &in")
    zoom.setShortcuts([QKeySequence("Ctrl+Shift+I")])
    changed = list(session_controls.CONTROLS)
    changed[1] = ("pause", "Pause", "P", "Pause or resume")
    monkeypatch.setattr(session_controls, "CONTROLS", tuple(changed))
    listed = sections(ShortcutsDialog(window.shortcut_sections()))
    assert ("Ctrl+Shift+I", "Zoom in") in listed["Main window"]
    assert not any(keys.startswith("Ctrl++") for keys, _ in listed["Main window"])
    assert ("P", "Pause or resume") in listed["Session screen"]
    assert ("Space", "Pause or resume") not in listed["Session screen"]


class FileUrls(QObject):
    """Receives file: URLs instead of the desktop's file manager."""

    def __init__(self):
        super().__init__()
        self.urls = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url)


@pytest.fixture
def file_urls():
    receiver = FileUrls()
    QDesktopServices.setUrlHandler("file", receiver, "open")
    yield receiver
    QDesktopServices.unsetUrlHandler("file")


def test_open_routines_folder_makes_it_and_opens_it(window, file_urls, tmp_path):
    window.routines_dir = tmp_path / "data" / "routines"
    help_action(window, "Open &routines folder").trigger()
    assert window.routines_dir.is_dir()
    assert file_urls.urls == [QUrl.fromLocalFile(str(window.routines_dir))]
    assert window.findChild(QMessageBox) is None


def test_the_default_routines_folder_is_the_app_data_one(window, file_urls):
    help_action(window, "Open &routines folder").trigger()
    (url,) = file_urls.urls
    assert url.toLocalFile().endswith("/acuguide/routines")


def test_when_the_folder_cannot_be_opened_its_path_can_be_copied(window, qtbot, tmp_path,
                                                                 monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    window.routines_dir = tmp_path / "routines"
    help_action(window, "Open &routines folder").trigger()
    box = window.findChild(QMessageBox, "routines-folder-message")
    assert box is not None and box.isVisible()
    assert "could not open" in box.text()
    assert str(window.routines_dir) in box.informativeText()
    box.findChild(QPushButton, "copy-path").click()
    assert QGuiApplication.clipboard().text() == str(window.routines_dir)


def test_a_folder_that_cannot_be_made_is_reported(window, tmp_path, file_urls):
    (tmp_path / "file").write_text("not a folder")
    window.routines_dir = tmp_path / "file" / "routines"
    help_action(window, "Open &routines folder").trigger()
    box = window.findChild(QMessageBox, "routines-folder-message")
    assert "could not create" in box.text()
    assert str(window.routines_dir) in box.informativeText()
    assert file_urls.urls == []
    box.close()
