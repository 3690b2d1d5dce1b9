"""Light, dark and high-contrast looks; 'system' follows the desktop's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

CHOICES = {"system": "Follow the system", "light": "Light", "dark": "Dark",
           "contrast": "High contrast"}


def resolve(choice: str) -> str:
    """The theme to draw with: the choice, or light/dark from the system's colour scheme."""
    if choice in ("light", "dark", "contrast"):
        return choice
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return "dark"
    if scheme == Qt.ColorScheme.Light:
        return "light"
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 128 else "light"


def _palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    return palette


R = QPalette.ColorRole
DARK = {R.Window: "#2b2b2b", R.WindowText: "#eeeeee", R.Base: "#1e1e1e",
        R.AlternateBase: "#2f2f2f", R.Text: "#eeeeee", R.Button: "#353535",
        R.ButtonText: "#eeeeee", R.Highlight: "#3d7bd9", R.HighlightedText: "#ffffff",
        R.ToolTipBase: "#3a3a3a", R.ToolTipText: "#ffffff", R.PlaceholderText: "#9a9a9a",
        R.Link: "#8ab4f8"}
CONTRAST = {R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000",
            R.AlternateBase: "#1a1a1a", R.Text: "#ffffff", R.Button: "#000000",
            R.ButtonText: "#ffffff", R.Highlight: "#ffff00", R.HighlightedText: "#000000",
            R.ToolTipBase: "#ffffff", R.ToolTipText: "#000000", R.PlaceholderText: "#cccccc",
            R.Link: "#00ffff"}


def apply(app: QApplication, theme: str) -> None:
    """Give the widgets the palette of ``theme``."""
    if theme == "dark":
        app.setPalette(_palette(DARK))
    elif theme == "contrast":
        app.setPalette(_palette(CONTRAST))
    else:
        app.setPalette(app.style().standardPalette())
