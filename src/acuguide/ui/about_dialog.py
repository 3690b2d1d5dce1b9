"""Help > About acuguide: version, licence, the source articles, the WHO standard, safety."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import acuguide
from acuguide.model.credits import LICENCE, SAFETY_NOTE, WHO_STANDARD, Credit
from acuguide.ui.theme import caution_colours

SAFETY_BOX = ("<table width='100%' cellpadding='8' style='background:{};color:{}'>"
              "<tr><td><b>Safety.</b> {}</td></tr></table>")
CODES = ("A code is the meridian's letters and the point's number along it: ST36 is the 36th "
         "point of the Stomach meridian, GV26 the 26th of the Governor Vessel.")


def version() -> str:
    """The installed version, or the source tree's when acuguide is not installed."""
    try:
        return metadata.version("acuguide")
    except metadata.PackageNotFoundError:
        return acuguide.__version__


def about_html(credits: list[Credit], theme: str = "light") -> str:
    """The About text: the safety note, the articles and what each gave, the standard."""
    background, text = caution_colours(theme)
    parts = [SAFETY_BOX.format(background, text, escape(SAFETY_NOTE)),
             "<h3>Sources</h3><p>The points, routines and uses come from these articles:</p>"]
    for credit in credits:
        gave = "".join(f"<li>{escape(phrase)}</li>" for phrase in credit.contributions())
        note = f"<br><small>{escape(credit.article.credit)}</small>" if credit.article.credit \
            else ""
        parts.append(f"<p><b>{escape(credit.article.title)}</b>{note}</p><ul>{gave}</ul>")
    parts += ["<h3>Point codes and locations</h3>",
              f"<p>Codes, names and standard locations follow <i>{escape(WHO_STANDARD)}</i>. "
              f"{escape(CODES)}</p>"]
    return "".join(parts)


class AboutDialog(QDialog):
    """What acuguide is, where its content comes from, and its safety note."""

    def __init__(self, credits: list[Credit], parent: QWidget | None = None, *,
                 theme: str = "light") -> None:
        super().__init__(parent)
        self.setWindowTitle("About acuguide")
        self.setObjectName("about")
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        logo = QLabel()
        logo.setObjectName("about-icon")
        logo.setPixmap(self.windowIcon().pixmap(64, 64))
        logo.setAccessibleName("acuguide icon")
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"acuguide {escape(version())}")
        title.setObjectName("about-title")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        summary = (acuguide.__doc__ or "").partition(": ")[2]
        facts = QLabel(f"{escape(summary[:1].upper() + summary[1:])}<br>Licence: {LICENCE}")
        facts.setObjectName("about-facts")
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words = QVBoxLayout()
        words.addWidget(title)
        words.addWidget(facts)
        head.addLayout(words, 1)
        layout.addLayout(head)
        self.text = QTextBrowser()
        self.text.setObjectName("about-text")
        self.text.setAccessibleName("About acuguide")
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(about_html(credits, theme))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def visible_text(self) -> str:
        """Everything the dialog says, as plain text."""
        labels = " ".join(label.text() for label in self.findChildren(QLabel))
        return f"{labels}\n{self.text.toPlainText()}"
