"""Help > Open routines folder: make it if needed and open it, or say where it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def open_routines_folder(folder: Path, parent: QWidget | None = None) -> QMessageBox | None:
    """Create ``folder`` if missing and open it in the file manager.

    When that fails, a message (shown, and returned) gives the folder's path to copy.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        return _tell(folder, f"acuguide could not create your routines folder "
                     f"({err.strerror or err}).", parent)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return None
    return _tell(folder, "acuguide could not open your routines folder in a file manager.",
                 parent)


def _tell(folder: Path, problem: str, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, "Routines folder", problem,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("routines-folder-message")
    box.setInformativeText(f"Your routine files go in:\n{folder}")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    copy = box.addButton("Copy the path", QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copy-path")
    copy.setAccessibleName("Copy the folder's path")
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(folder)))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
