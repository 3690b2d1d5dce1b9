"""The GUI: build the application and its main window (wiring only)."""

from __future__ import annotations

import sys


def run_gui() -> int:
    """Start the window and run the event loop until it closes."""
    from PySide6.QtWidgets import QApplication

    from acuguide import qt_messages

    qt_messages.install()

    from acuguide.store.paths import APP_NAME
    from acuguide.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("acuguide")
    app.setStyle("Fusion")  # the same look and palettes on every desktop
    from acuguide.model.content import load_content
    from acuguide.store.paths import user_routines_dir
    from acuguide.store.settings import Settings
    from acuguide.ui import theme

    settings = Settings()
    theme.apply(app, theme.resolve(settings.theme))
    content = load_content(user_routines_dir())
    window = MainWindow(content, settings)
    window.show()
    return app.exec()
