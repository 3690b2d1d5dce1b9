"""``acuguide sheet``: lay out and export a routine sheet without a window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from acuguide.model.content import Content
from acuguide.model.routine import Routine


def default_paper() -> str:
    """Letter where the locale measures in inches (US), A4 elsewhere."""
    from PySide6.QtCore import QLocale

    system = QLocale.system().measurementSystem()
    return "letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def ensure_gui_application() -> None:
    """Fonts and PDF writing need a QGuiApplication; without a screen, use offscreen."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from acuguide.qtkit import messages as qt_messages

    if QGuiApplication.instance() is None:
        qt_messages.install()
        QGuiApplication([sys.argv[0]])


def export_sheet(routine: Routine, content: Content, path: Path, paper: str | None = None,
                 notes_lines: int = 0, log_days: int = 0) -> int:
    """Write the PDF; returns the number of pages."""
    ensure_gui_application()
    from acuguide.sheet.layout import layout
    from acuguide.sheet.render import export_pdf, qt_measure

    sheet = layout(routine, content.atlas, paper or default_paper(), measure=qt_measure,
                   notes_lines=notes_lines, log_days=log_days)
    export_pdf(sheet, path, routine.title)
    return len(sheet.pages)
