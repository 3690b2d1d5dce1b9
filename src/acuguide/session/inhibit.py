"""Keep the screen awake during a session: freedesktop ScreenSaver.Inhibit over D-Bus.

Where there is no session bus or no screen saver service, this quietly does nothing. The app
makes one at start-up and hands it to every session; it reaches for D-Bus only when a session
first holds the screen, so building it costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusInterface

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


class ScreenAwake(QObject):
    """Holds an inhibit cookie while a session runs; releases it on pause, stop and exit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cookie: int | None = None
        self._interface: QDBusInterface | None = None
        self._looked = False

    def _service(self) -> QDBusInterface | None:
        """The screen saver's D-Bus interface, looked up once (None where there is none)."""
        if not self._looked:
            self._looked = True
            try:
                from PySide6.QtDBus import QDBusConnection, QDBusInterface

                bus = QDBusConnection.sessionBus()
                if bus.isConnected():
                    interface = QDBusInterface(SERVICE, PATH, SERVICE, bus, self)
                    if interface.isValid():
                        self._interface = interface
            except ImportError:  # pragma: no cover - QtDBus is part of PySide6-Essentials
                self._interface = None
        return self._interface

    @property
    def available(self) -> bool:
        """True when there is a screen saver to hold off."""
        return self._service() is not None

    def hold(self, reason: str = "Guided acupressure session") -> None:
        """Keep the screen from blanking (idempotent)."""
        interface = self._service()
        if interface is None or self.cookie is not None:
            return
        reply = interface.call("Inhibit", "acuguide", reason)
        arguments = reply.arguments()
        if arguments:
            self.cookie = int(arguments[0])

    def release(self) -> None:
        """Let the screen blank again (idempotent)."""
        if self._interface is not None and self.cookie is not None:
            self._interface.call("UnInhibit", self.cookie)
        self.cookie = None
