"""The breathing pacer: a circle that grows on the in-breath and shrinks on the out-breath."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from acuguide.qtkit.timers import make_timer
from acuguide.session.breathing import Breath

# Looked at 4 times a second (a 4 s in-breath grows in 16 steps), repainted only when the
# circle or the words change (15 repaints a second cost 2.5 % of a core; 6 cost 1.15 %).
FRAME_MS = 250


class BreathPacer(QWidget):
    """Draws the breath that ``breath()`` returns; animates only while paced and visible.

    With reduced motion it shows the words and a countdown, updated once a second.
    """

    def __init__(self, breath: Callable[[], Breath | None], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("breath-pacer")
        self._breath = breath
        self.reduced_motion = False
        self.colour = QColor("#4f8fd6")
        self._fill = QColor(self.colour)
        self._fill.setAlpha(90)
        self._font = QFont()
        self._font.setPointSize(16)
        self._font.setBold(True)
        # A steady frame clock, stopped whenever idle.
        self._timer = make_timer(self, "pacer-frames", single_shot=False, on_timeout=self._tick)
        self._shown: tuple[int, str] | None = None
        self.setMinimumSize(160, 160)
        self.setAccessibleName("Breathing pace")
        # It paints its whole rectangle, so Qt need not repaint the window behind each frame.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def run(self, on: bool) -> None:
        """Start or stop animating (stopped when not paced, paused or hidden)."""
        interval = 1000 if self.reduced_motion else FRAME_MS
        if on and not self._timer.isActive():
            self._timer.start(interval)
        elif not on:
            self._timer.stop()
        self.update()

    def _tick(self) -> None:
        breath = self._breath()
        side = min(self.width(), self.height()) - 8
        key = (0 if breath is None else round(side / 2 * (0.35 + 0.65 * breath.size)),
               self.text(breath))
        if key != self._shown:
            self._shown = key
            self.update()

    @property
    def animating(self) -> bool:
        """True while frames are being drawn."""
        return self._timer.isActive()

    def text(self, breath: Breath | None = None) -> str:
        """What the pacer says now ("Breathe in · 3"), for screen readers and reduced motion."""
        breath = breath or self._breath()
        if breath is None:
            return ""
        return f"{'Breathe in' if breath.inhaling else 'Breathe out'} · {breath.seconds_left}"

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()))
        breath = self._breath()
        if breath is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        centre = self.rect().center()
        if not self.reduced_motion:
            radius = side / 2 * (0.35 + 0.65 * breath.size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._fill)
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(self.colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, side / 2, side / 2)
        painter.setFont(self._font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.text(breath))
