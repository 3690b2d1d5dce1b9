"""The main window's menus: File, View, Routines, Session and Help, wired to the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QActionGroup, QKeySequence

from acuguide.ui import theme as themes

if TYPE_CHECKING:
    from acuguide.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """Add the menus to ``window``'s menu bar (its ``codes_action`` and ``theme_actions`` too)."""
    diagram = window.explorer.diagram
    file_menu = window.menuBar().addMenu("&File")
    file_actions: list[tuple[str, QKeySequence | None, Callable[[], None]]] = [
        ("&Print…", QKeySequence(QKeySequence.StandardKey.Print), window.print_routine),
        ("Print pre&view…", None, window.preview_routine_sheet),
        ("&Export PDF…", None, window.export_routine)]
    for text, shortcut, slot in file_actions:
        action = file_menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
    file_menu.addSeparator()
    quit_action = file_menu.addAction("&Quit")
    # Linux desktops without a platform theme (and Qt's generic one) bind no Quit key.
    quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
                             or [QKeySequence("Ctrl+Q")])
    quit_action.triggered.connect(window.close)
    view_menu = window.menuBar().addMenu("&View")
    view_actions: list[tuple[str, list[QKeySequence], Callable[[], None]]] = [
        ("Zoom &in", [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
         diagram.zoom_in),
        ("Zoom &out", [QKeySequence(QKeySequence.StandardKey.ZoomOut)], diagram.zoom_out),
        ("&Fit to window", [QKeySequence("Ctrl+0")], diagram.fit)]
    for text, keys, slot in view_actions:
        action = view_menu.addAction(text)
        action.setShortcuts(keys)
        action.triggered.connect(slot)
    find = view_menu.addAction("Show the &ruler on the diagram")
    find.setCheckable(True)
    find.setShortcut(QKeySequence("Ctrl+L"))
    find.toggled.connect(window.explorer.find_button.setChecked)
    window.explorer.find_button.toggled.connect(find.setChecked)
    window.codes_action = view_menu.addAction("Show point &codes")
    window.codes_action.setCheckable(True)
    window.codes_action.setToolTip("Write each point's code beside it on the diagram")
    window.codes_action.toggled.connect(window.show_point_codes)
    window.codes_action.setChecked(window.settings.show_point_codes)
    search = view_menu.addAction("&Search points")
    search.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")])
    search.triggered.connect(lambda: window.explorer.search_box.setFocus())
    theme_menu = view_menu.addMenu("&Theme")
    group = QActionGroup(window)
    window.theme_actions = {}
    for key, label in themes.CHOICES.items():
        action = theme_menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(key == window.theme_choice)
        action.triggered.connect(lambda _=False, k=key: window.set_theme_choice(k))
        group.addAction(action)
        window.theme_actions[key] = action
    window.routine_actions.add_menu(window.menuBar().addMenu("&Routines"))
    session_menu = window.menuBar().addMenu("&Session")
    start = session_menu.addAction("&Start the chosen routine…")
    start.setShortcut(QKeySequence("Ctrl+Return"))
    start.triggered.connect(lambda: window.start_routine(window.routines.current() or next(
        iter(window.content.routines))))
    settings_action = session_menu.addAction("Se&ttings…")
    settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
    settings_action.triggered.connect(window.edit_settings)
    history_action = session_menu.addAction("&History…")
    history_action.triggered.connect(window.show_history)
    help_menu = window.menuBar().addMenu("&Help")
    shortcuts = help_menu.addAction("&Keyboard shortcuts")
    shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
    shortcuts.triggered.connect(window.show_shortcuts)
    folder = help_menu.addAction("Open &routines folder")
    folder.triggered.connect(window.open_routines_folder)
    help_menu.addSeparator()
    about = help_menu.addAction("&About acuguide")
    about.triggered.connect(window.show_about)
