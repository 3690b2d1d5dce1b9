"""Keep the screen awake during a session: freedesktop ScreenSaver.Inhibit over D-Bus.

The calls go through jeepney, a small pure-Python D-Bus library, so that every argument has the
type the interface declares: ``Inhibit(s application, s reason) -> u cookie`` and
``UnInhibit(u cookie)``. QtDBus sends a Python int as a signed ``i``, which a service that checks
signatures rejects, and the screen would then stay unblankable until the app quits.

Where there is no session bus or no screen saver service, this says so once (in the log) and
does nothing. Every call waits at most ``TIMEOUT`` seconds, so the session screen is never held
up for long. The app makes one at start-up and hands it to every session; it reaches for D-Bus
only when a session first holds the screen, so building it costs nothing. The connection is
kept while the screen is held (screen savers drop a client's inhibits when its connection
closes) and closed on release and when the app quits.
"""

from __future__ import annotations

import contextlib
import logging

# jeepney ships no type information (no py.typed); its objects are typed Any here.
from jeepney import DBusAddress, new_method_call  # type: ignore[import-untyped]
from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
from jeepney.io.blocking import (  # type: ignore[import-untyped]
    DBusConnection,
    open_dbus_connection,
)
from jeepney.low_level import Message  # type: ignore[import-untyped]
from jeepney.wrappers import unwrap_msg  # type: ignore[import-untyped]
from PySide6.QtCore import QCoreApplication, QObject

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
TIMEOUT = 1.0  # seconds, for connecting and for every call

log = logging.getLogger(__name__)


class ScreenAwake(QObject):
    """Holds an inhibit cookie while a session runs; releases it on pause, stop and exit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cookie: int | None = None
        self._connection: DBusConnection | None = None
        self._available: bool | None = None  # not looked up yet
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)

    def _unavailable(self, why: str) -> None:
        """Note once that there is nothing to hold off, and why."""
        if self._available is not False:
            log.info("The screen may blank during sessions: %s", why)
        self._available = False
        self._close()

    def _connect(self) -> DBusConnection | None:
        """An open connection to the session bus where the screen saver is (None where not)."""
        if self._connection is not None:
            return self._connection
        if self._available is False:
            return None
        try:
            connection = open_dbus_connection("SESSION", auth_timeout=TIMEOUT)
        except Exception as error:  # no bus address, no socket, refused, timed out
            self._unavailable(f"no session bus ({error or type(error).__name__})")
            return None
        self._connection = connection
        try:
            reply = connection.send_and_get_reply(message_bus.NameHasOwner(SERVICE),
                                                  timeout=TIMEOUT)
            owned = bool(_body(reply)[0])
        except Exception as error:
            self._unavailable(f"the session bus did not answer ({error or type(error).__name__})")
            return None
        if not owned:
            self._unavailable(f"no {SERVICE} service on the session bus")
            return None
        self._available = True
        return connection

    def _call(self, method: str, signature: str, body: tuple[object, ...]) -> tuple[object, ...]:
        """Call a ScreenSaver method with the declared signature; raise on error or time-out."""
        connection = self._connect()
        if connection is None:
            raise ConnectionError("no screen saver")
        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        message = new_method_call(address, method, signature, body)
        return _body(connection.send_and_get_reply(message, timeout=TIMEOUT))

    @property
    def available(self) -> bool:
        """True when there is a screen saver to hold off."""
        if self._available is None:
            self._connect()
        return bool(self._available)

    def hold(self, reason: str = "Guided acupressure session") -> None:
        """Keep the screen from blanking (idempotent)."""
        if self.cookie is not None or self._connect() is None:
            return
        try:
            reply = self._call("Inhibit", "ss", ("acuguide", reason))
            cookie = reply[0] if reply else None
            if not isinstance(cookie, int):
                raise TypeError(f"Inhibit answered {reply!r}, not a cookie")
        except Exception as error:  # an error reply, a time-out, a bus that went away
            log.warning("Could not keep the screen awake: %s", error or type(error).__name__)
            self._close()
            return
        self.cookie = cookie

    def release(self) -> None:
        """Let the screen blank again (idempotent); closes the connection."""
        cookie, self.cookie = self.cookie, None
        if cookie is not None and self._connection is not None:
            try:
                self._call("UnInhibit", "u", (cookie,))
            except Exception as error:  # closing the connection below still lets it go
                log.warning("Could not release the screen: %s", error or type(error).__name__)
        self._close()

    def _close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(OSError):  # a socket that is already gone
                connection.close()


def _body(reply: Message) -> tuple[object, ...]:
    """The body of a reply, raising jeepney's DBusErrorResponse for an error reply."""
    return tuple(unwrap_msg(reply))
