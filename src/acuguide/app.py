"""The GUI: build the application, the main window or a session screen (wiring only)."""

from __future__ import annotations

import sys
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from acuguide.model.content import Content
    from acuguide.model.routine import Routine
    from acuguide.ui.main_window import MainWindow


def qt_workarounds() -> None:
    """Work around Qt for Python's known problems; once, before the widgets are imported.

    - PySide6's import hook keeps the source of every module imported after it in
      ``linecache`` (its per-module ``__feature__`` scan, PYSIDE-2029):
      ``acuguide.qtkit.feature_scan`` answers the same question without keeping it.

    The others are not run-time switches: QSoundEffect is avoided for the chimes (see
    ``acuguide.session.sounds``) and PySide6 6.12 is excluded by the pin in pyproject.toml.
    """
    from acuguide.qtkit import feature_scan

    feature_scan.lighten()


def _application() -> QApplication:
    qt_workarounds()  # first: every module imported from here on is scanned the light way
    from PySide6.QtWidgets import QApplication

    from acuguide.qtkit import messages as qt_messages
    from acuguide.store.paths import APP_NAME
    from acuguide.ui import app_icon

    qt_messages.install()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("acuguide")
    app.setStyle("Fusion")  # the same look and palettes on every desktop
    app_icon.install(app)  # docks and task switchers show acuguide, not python3
    return app


def main_window() -> MainWindow:
    """The application and its main window, wired, not yet shown (also for the benchmarks).

    The stores (settings, history) are opened here, once, and handed to the window, with
    the sessions' clock and screen-awake inhibitor.
    """
    app = _application()  # before the window's modules: see qt_workarounds
    from acuguide.session.clock import MonotonicClock
    from acuguide.session.inhibit import ScreenAwake
    from acuguide.store.history import History
    from acuguide.store.paths import history_path, user_routines_dir
    from acuguide.store.settings import Settings
    from acuguide.ui import theme
    from acuguide.ui.main_window import MainWindow

    folder = user_routines_dir()

    def load() -> Content:
        from acuguide.model.content import load_content

        return load_content(folder)

    settings = Settings()
    history = History(history_path())
    history.merge_waiting()  # sessions kept aside while the history could not be written
    theme.apply(app, theme.resolve(settings.theme))
    # What every session needs; the inhibitor reaches for D-Bus only when a session starts.
    return MainWindow(load, settings, history, deferred=True, routines_dir=folder,
                      clock=MonotonicClock(), screen_awake=ScreenAwake(app))


def run_gui() -> int:
    """Start the window and run the event loop until it closes."""
    from PySide6.QtWidgets import QApplication

    window = main_window()
    window.show()
    app = QApplication.instance()
    assert app is not None
    return app.exec()


def run_session_window(routine: Routine, content: Content, *, speed: float = 1.0,
                       accept: bool = False, summary: bool = True, voice: bool = True,
                       mute: bool = False,
                       cue_log: IO[str] | None = None) -> int:
    """``acuguide run ROUTINE``: the safety check (skipped with ``accept``), then the screen.

    The end summary with its rating is shown unless ``summary`` is False (``--no-summary``);
    ``accept`` (``--yes``) only accepts the safety check.

    Returns 0 when the session ends, 1 if the safety check was cancelled, 128 + the signal
    after SIGINT, SIGTERM or SIGHUP (the session is stopped and recorded). The history, the
    clock and the screen-awake inhibitor are made here, once, and handed to the launcher.
    """
    app = _application()  # before the widgets' modules: see qt_workarounds
    from acuguide.session.clock import MonotonicClock
    from acuguide.session.headless import StopSignals
    from acuguide.session.inhibit import ScreenAwake
    from acuguide.store.history import History
    from acuguide.store.paths import history_path
    from acuguide.store.settings import Settings
    from acuguide.ui import theme
    from acuguide.ui.session_launch import SessionLauncher

    settings = Settings()
    theme_name = theme.resolve(settings.theme)
    theme.apply(app, theme_name)
    prefs = settings.session.with_(voice=voice and settings.session.voice, muted=mute)
    launcher = SessionLauncher(routine, content, prefs, History(history_path()),
                               clock=MonotonicClock(), screen_awake=ScreenAwake(app),
                               theme=theme_name, speed=speed, summary=summary,
                               cue_log=cue_log)
    launcher.done.connect(lambda _record: app.quit())
    # SIGINT, SIGTERM and SIGHUP end the session as the user would (its record is kept);
    # the exit status is then 128 + the signal (130, 143, 129).
    stop_signals = StopSignals(app)
    stop_signals.caught.connect(lambda _signum: launcher.interrupt())
    stop_signals.install()
    try:
        if not launcher.begin(ask=not accept):
            if stop_signals.exit_code is not None:
                return stop_signals.exit_code
            print("acuguide: session cancelled", file=sys.stderr)
            return 1
        if stop_signals.exit_code is None:
            app.exec()
        else:  # the signal came while the screen was opening
            launcher.interrupt()
    finally:
        stop_signals.uninstall()
    return stop_signals.exit_code or 0
