"""The main window: the point explorer with routines beside it, menus and remembered state."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox

from acuguide.model.anatomy import VIEWS, kind_of
from acuguide.qtkit.timers import call_later
from acuguide.store.paths import user_routines_dir
from acuguide.ui import theme as themes
from acuguide.ui.main_menus import build_menus

if TYPE_CHECKING:  # the heavy modules are imported once the window has been painted
    from acuguide.model.content import Content
    from acuguide.model.routine import Routine
    from acuguide.session.clock import Clock
    from acuguide.session.inhibit import ScreenAwake
    from acuguide.store.history import History
    from acuguide.store.settings import Settings
    from acuguide.ui.explorer import Explorer
    from acuguide.ui.session_launch import SessionLauncher
    from acuguide.ui.shortcuts_dialog import Section


class MainWindow(QMainWindow):
    """Top-level window."""

    codes_action: QAction  # View > Show point codes (made with the menus: ui.main_menus)
    theme_actions: dict[str, QAction]  # View > Theme, by theme choice

    def __init__(self, content: Content | Callable[[], Content], settings: Settings,
                 history: History, *, deferred: bool = False,
                 routines_dir: Path | None = None, clock: Clock | None = None,
                 screen_awake: ScreenAwake | None = None) -> None:
        """Build the window; ``content`` may be a loader.

        ``settings`` and ``history`` are the stores, made once by the caller (the app's
        start-up, or a test with its own files): the window never opens its own.

        ``routines_dir`` is the user's routines folder (Help > Open routines folder), by
        default the one in the app-data folder.

        ``clock`` and ``screen_awake`` go to every session (by default the monotonic clock,
        and no holding off the screen saver).

        With ``deferred`` the window paints first and loads and builds its contents right
        after, so nothing slow stands before the first paint.
        """
        super().__init__()
        self.setWindowTitle("acuguide")
        self.settings = settings
        self.theme_choice = self.settings.theme
        self.theme = themes.resolve(self.theme_choice)
        self.session: SessionLauncher | None = None
        self.routines_dir = routines_dir
        self._loader = content if callable(content) else None
        self.history = history
        self.session_clock = clock
        self.screen_awake = screen_awake
        self.resize(1180, 760)
        geometry = self.settings.blob("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.ready = False
        self._pending: Callable[[], None] | None = None
        if deferred:
            waiting = QLabel("Loading the diagrams…")
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setCentralWidget(waiting)
            self._pending = lambda: self._build(content() if callable(content) else content)
        else:
            self._build(content() if callable(content) else content)

    def event(self, event: QEvent) -> bool:
        # Deferred build: start right after the window's first paint has been handled.
        pending = getattr(self, "_pending", None)  # event() runs inside __init__ too
        if pending is not None and event.type() == QEvent.Type.Paint:
            self._pending = None
            call_later(self, "build-after-first-paint", 0, pending)
        return super().event(event)

    def _build(self, content: Content) -> None:
        from acuguide.ui.explorer import Explorer
        from acuguide.ui.routines_panel import RoutinesPanel

        self.content = content
        self.explorer: Explorer = Explorer(content, self.theme)
        self.setCentralWidget(self.explorer)
        self.routines = RoutinesPanel(content)
        self.routine_list = self.routines.list
        self.routines.routine_selected.connect(self.preview_routine)
        self.routines.start_requested.connect(self.start_routine)
        self.routines.print_requested.connect(lambda _id: self.print_routine())
        left = self.explorer.left_panel.layout()
        assert left is not None  # the explorer gives its left panel a layout
        left.addWidget(self.routines)
        self.point_list = self.explorer.point_list
        # Tab in reading order: the left column (search, points, routines, Start, Print)
        # before the diagram, whose Tab walks through every point.
        chain = (self.point_list, self.routines.list, self.routines.start_button,
                 self.routines.print_button, self.explorer.switcher)
        for first, then in itertools.pairwise(chain):
            self.setTabOrder(first, then)
        from acuguide.ui.routine_actions import RoutineActions

        self.routine_actions = RoutineActions(self)
        build_menus(self)
        state = self.settings.blob("window/splitter")
        if state is not None:
            self.explorer.restoreState(state)
        self.explorer.set_side(self.settings.explorer_side)
        last = self.settings.last_view
        self.explorer.show_view(last if last in VIEWS else VIEWS[0])
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        if content.problems:
            self.statusBar().showMessage(
                f"{len(content.problems)} problem(s) in your routine files; "
                "run 'acuguide check' on them for details")
        notice = self.settings.check()
        if notice:  # damaged settings, already reset: told once, without a blocking dialog
            box = QMessageBox(QMessageBox.Icon.Warning, "acuguide", notice,
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("settings-notice")
            box.open()
        self.ready = True
        # A routine left unsaved in the builder by a crash: offered once the window is up.
        call_later(self, "offer-builder-draft", 0, self.routine_actions.offer_draft)

    def show_point_codes(self, on: bool) -> None:
        """View > Show point codes: write each point's code beside it, and remember that."""
        self.explorer.diagram.set_point_codes(on)
        self.settings.show_point_codes = on

    # ---------------------------------------------------------------- help
    def shortcut_sections(self) -> list[Section]:
        """Every shortcut of this window and of the session screen, read from their actions."""
        from acuguide.ui.diagram_focus import keyboard_help
        from acuguide.ui.session_controls import control_actions
        from acuguide.ui.shortcuts_dialog import action_rows, menu_actions

        holder = QObject()  # the session screen's actions, made and dropped here
        session = action_rows(control_actions(holder).values())
        return [("Main window", action_rows([*menu_actions(self.menuBar()), *self.actions()])),
                ("Main window, on the diagram", keyboard_help()),
                ("Session screen", session)]

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts."""
        from acuguide.ui.shortcuts_dialog import ShortcutsDialog

        self._show(ShortcutsDialog(self.shortcut_sections(), self))

    def show_about(self) -> None:
        """Help > About acuguide."""
        from acuguide.model.credits import credits
        from acuguide.ui.about_dialog import AboutDialog

        self._show(AboutDialog(credits(self.content.atlas, self.content.routines.values()), self,
                               theme=self.theme))

    def open_routines_folder(self) -> None:
        """Help > Open routines folder (made first if missing)."""
        from acuguide.ui.routines_folder import open_routines_folder

        open_routines_folder(self.routines_dir or user_routines_dir(), self)

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ---------------------------------------------------------------- routines and sessions
    def folder(self) -> Path:
        """The user's routines folder."""
        return self.routines_dir or user_routines_dir()

    def reload_routines(self, choose: str = "") -> None:
        """Read the routines again (a routine was saved, deleted or imported)."""
        from acuguide.model.content import load_content

        content = self._loader() if self._loader else load_content(self.folder(),
                                                                    self.content.atlas)
        self.content = content
        self.explorer.content = content
        self.routines.set_content(content)
        if choose in content.routines:
            self.routines.choose(choose)

    def preview_routine(self, routine_id: str) -> None:
        """Show a routine's steps and highlight its points."""
        from acuguide.model.plan import expand
        from acuguide.ui.details_html import routine_html

        routine = self.content.routines[routine_id]
        total = expand(routine, self.content.atlas).total_seconds
        targets = {(s.kind, s.target) for s in routine.steps}
        self.explorer.show_routine(routine_html(routine, total, self.content.atlas,
                                                theme=self.theme), targets)

    def start_routine(self, routine_id: str) -> None:
        """Safety check, then the session screen."""
        from acuguide.session.clock import MonotonicClock
        from acuguide.ui.session_launch import SessionLauncher

        if self.session is not None and self.session.screen is not None and \
                self.session.screen.isVisible():
            self.session.screen.raise_()
            return
        launcher = SessionLauncher(self.content.routines[routine_id], self.content,
                                   self.settings.session, self.history,
                                   clock=self.session_clock or MonotonicClock(),
                                   screen_awake=self.screen_awake, theme=self.theme, parent=self)
        launcher.done.connect(self._session_done)
        if launcher.begin(self):
            self.session = launcher

    def _session_done(self, _record: object) -> None:
        kept = self.history.kept_aside
        self.statusBar().showMessage(f"Session kept in {kept} until the history can be written."
                                     if kept else "Session saved in your history.", 5000)
        if self.history.notice:
            QMessageBox.warning(self, "acuguide", self.history.notice)
            self.history.notice = ""

    def chosen_routine(self) -> Routine:
        """The routine chosen in the list (the first one if none is)."""
        routine_id = self.routines.current() or next(iter(self.content.routines))
        return self.content.routines[routine_id]

    def print_routine(self) -> None:
        """File > Print: the chosen routine's sheet."""
        from acuguide.ui.printing import print_sheet

        done = print_sheet(self.chosen_routine(), self.content.atlas, self)
        if done:
            self.statusBar().showMessage("Sent to the printer" if done == "printed"
                                         else f"Saved {done}", 5000)

    def preview_routine_sheet(self) -> None:
        """File > Print preview."""
        from acuguide.ui.printing import preview_sheet

        preview_sheet(self.chosen_routine(), self.content.atlas, self).exec()

    def export_routine(self) -> None:
        """File > Export PDF."""
        from acuguide.ui.printing import export_sheet_pdf

        path = export_sheet_pdf(self.chosen_routine(), self.content.atlas, self)
        if path:
            self.statusBar().showMessage(f"Saved {path}", 5000)

    def edit_settings(self) -> None:
        """The settings dialog."""
        from acuguide.ui.settings_dialog import SettingsDialog

        answer = SettingsDialog.ask(self.settings.session, self.theme_choice, self)
        if answer is not None:
            prefs, theme = answer
            self.settings.session = prefs
            self.set_theme_choice(theme)

    def show_history(self) -> None:
        """Past sessions."""
        from acuguide.ui.session_dialogs import HistoryDialog

        records = self.history.all()  # never raises: an unreadable history sets notice
        notice, self.history.notice = self.history.notice, ""
        HistoryDialog(records, self, notice=notice).exec()

    def set_theme_choice(self, choice: str) -> None:
        """Switch theme (system, light, dark, contrast) and remember it."""
        self.theme_choice = choice
        self.settings.theme = choice
        self.theme_actions[choice].setChecked(True)
        self._apply_theme()

    def _apply_theme(self) -> None:
        self.theme = themes.resolve(self.theme_choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            themes.apply(app, self.theme)
        if self.ready:
            self.explorer.set_theme(self.theme)

    def _system_scheme_changed(self) -> None:
        if self.theme_choice == "system":
            self._apply_theme()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_blob("window/geometry", self.saveGeometry())
        if self.ready:  # closed while "Loading the diagrams…": there is no explorer yet
            self.settings.set_blob("window/splitter", self.explorer.saveState())
            self.settings.last_view = kind_of(self.explorer.diagram.view_name)
            self.settings.explorer_side = self.explorer.side
        self.settings.sync()
        super().closeEvent(event)
