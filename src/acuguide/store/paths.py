"""Where the user's files live: the platform's app-data folder (QStandardPaths)."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "acuguide"


def app_data_dir() -> Path:
    """The app-data folder, e.g. ~/.local/share/acuguide on Linux (follows XDG_DATA_HOME)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # No organization name: it would add a second folder level (acuguide/acuguide).
    if QCoreApplication.applicationName() != APP_NAME:
        QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def user_routines_dir() -> Path:
    """The folder the user's routine files are read from."""
    return app_data_dir() / "routines"
