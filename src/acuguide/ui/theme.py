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


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    # setColor sets every group: without this a disabled button looked like an enabled one.
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


# Colours by palette role name (QPalette.ColorRole), resolved only when a theme is applied:
# building Qt's Python enums costs start-up time. Every text/background pair keeps 4.5:1
# (7:1 in high contrast; tests/ui/test_theme_contrast.py). The light theme is the style's own
# palette but for these: Fusion's selection blue gave white text 3.7:1 and its half-transparent
# placeholder about 4:1.
LIGHT = {"Highlight": "#2b63b8", "HighlightedText": "#ffffff", "PlaceholderText": "#6b6b6b"}
DARK = {"Window": "#2b2b2b", "WindowText": "#eeeeee", "Base": "#1e1e1e",
        "AlternateBase": "#2f2f2f", "Text": "#eeeeee", "Button": "#353535",
        "ButtonText": "#eeeeee", "Highlight": "#2b63b8", "HighlightedText": "#ffffff",
        "ToolTipBase": "#3a3a3a", "ToolTipText": "#ffffff", "PlaceholderText": "#9a9a9a",
        "Link": "#8ab4f8"}
CONTRAST = {"Window": "#000000", "WindowText": "#ffffff", "Base": "#000000",
            "AlternateBase": "#1a1a1a", "Text": "#ffffff", "Button": "#000000",
            "ButtonText": "#ffffff", "Highlight": "#ffff00", "HighlightedText": "#000000",
            "ToolTipBase": "#ffffff", "ToolTipText": "#000000", "PlaceholderText": "#cccccc",
            "Link": "#00ffff"}


# Text of disabled controls: plainly dimmer than enabled text, still legible (about 4:1 on
# the dark theme's buttons, 8:1 on black).
DISABLED_TEXT = {"dark": "#8a8a8a", "contrast": "#a0a0a0"}


# Boxes that must stand out (cautions, the safety note): (background, text) per theme, each
# pair at least 4.5:1 (7:1 in high contrast; tests/ui/test_theme_contrast.py).
CAUTION = {"light": ("#fdecea", "#7f1d1d"), "dark": ("#3b1d1d", "#ffd9d4"),
           "contrast": ("#000000", "#ffff00")}


def caution_colours(theme: str) -> tuple[str, str]:
    """The background and text colours of a caution box in ``theme``."""
    return CAUTION.get(theme, CAUTION["light"])


def apply(app: QApplication, theme: str) -> None:
    """Give the widgets the palette of ``theme``."""
    if theme in ("dark", "contrast"):
        colours = DARK if theme == "dark" else CONTRAST
        app.setPalette(_palette({getattr(QPalette.ColorRole, k): v for k, v in colours.items()},
                                DISABLED_TEXT[theme]))
    else:
        palette = app.style().standardPalette()
        for role, value in LIGHT.items():
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(value))
        app.setPalette(palette)
