"""Keep the screen awake during a session: freedesktop ScreenSaver.Inhibit over D-Bus.

Where there is no session bus or no screen saver service, this quietly does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


class ScreenAwake(QObject):
    """Holds an inhibit cookie while a session runs; releases it on pause, stop and exit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cookie: int | None = None
        self._interface = None
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface

            bus = QDBusConnection.sessionBus()
            if bus.isConnected():
                interface = QDBusInterface(SERVICE, PATH, SERVICE, bus)
                if interface.isValid():
                    self._interface = interface
        except ImportError:  # pragma: no cover - QtDBus is part of PySide6-Essentials
            self._interface = None

    @property
    def available(self) -> bool:
        """True when there is a screen saver to hold off."""
        return self._interface is not None

    def hold(self, reason: str = "Guided acupressure session") -> None:
        """Keep the screen from blanking (idempotent)."""
        if self._interface is None or self.cookie is not None:
            return
        reply = self._interface.call("Inhibit", "acuguide", reason)
        arguments = reply.arguments()
        if arguments:
            self.cookie = int(arguments[0])

    def release(self) -> None:
        """Let the screen blank again (idempotent)."""
        if self._interface is not None and self.cookie is not None:
            self._interface.call("UnInhibit", self.cookie)
        self.cookie = None
