"""While a segment runs, ask the system not to sleep or blank the screen (where it lets us).

Best effort by platform: the freedesktop ScreenSaver D-Bus service on Linux desktops,
SetThreadExecutionState on Windows, `caffeinate` on macOS. Where none is available the show
simply runs on; nothing here may disturb it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusInterface

import contextlib
import os
import subprocess
import sys
from typing import Protocol

from PySide6.QtCore import QObject

from runofshow.ui.session.controller import ShowController

REASON = "A live event is running"


class Inhibitor(Protocol):
    def inhibit(self) -> None: ...
    def release(self) -> None: ...


class _DBusScreenSaver:
    def __init__(self) -> None:
        self._cookie: int | None = None

    def _interface(self) -> QDBusInterface | None:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        iface = QDBusInterface(
            "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", bus
        )
        return iface if iface.isValid() else None

    def inhibit(self) -> None:
        iface = self._interface()
        if iface is None or self._cookie is not None:
            return
        reply = iface.call("Inhibit", "runofshow", REASON)
        args = reply.arguments()
        if args:
            self._cookie = int(args[0])

    def release(self) -> None:
        iface = self._interface()
        if iface is not None and self._cookie is not None:
            iface.call("UnInhibit", self._cookie)
        self._cookie = None


class _WindowsExecutionState:
    ES_CONTINUOUS, ES_SYSTEM_REQUIRED, ES_DISPLAY_REQUIRED = 0x80000000, 0x00000001, 0x00000002

    def _set(self, flags: int) -> None:
        import ctypes

        ctypes.windll.kernel32.SetThreadExecutionState(flags)  # type: ignore[attr-defined]

    def inhibit(self) -> None:
        self._set(self.ES_CONTINUOUS | self.ES_SYSTEM_REQUIRED | self.ES_DISPLAY_REQUIRED)

    def release(self) -> None:
        self._set(self.ES_CONTINUOUS)


class _Caffeinate:
    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None

    def inhibit(self) -> None:
        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen(["caffeinate", "-d", "-i", "-w", str(os.getpid())])

    def release(self) -> None:
        if self._proc is not None:
            self._proc.terminate()
            self._proc = None


def platform_inhibitor() -> Inhibitor:
    if sys.platform == "win32":
        return _WindowsExecutionState()
    if sys.platform == "darwin":
        return _Caffeinate()
    return _DBusScreenSaver()


class KeepAwake(QObject):
    """Holds the inhibition exactly while the show is running."""

    def __init__(self, controller: ShowController, inhibitor: Inhibitor | None = None) -> None:
        super().__init__(controller)
        self._controller = controller
        self._inhibitor = inhibitor or platform_inhibitor()
        self.active = False
        controller.changed.connect(self.update)
        self.update()

    def update(self) -> None:
        wanted = self._controller.show.running
        if wanted == self.active:
            return
        self.active = wanted
        with contextlib.suppress(Exception):  # a missing service must never disturb the show
            if wanted:
                self._inhibitor.inhibit()
            else:
                self._inhibitor.release()

    def stop(self) -> None:
        if self.active:
            self.active = False
            with contextlib.suppress(Exception):
                self._inhibitor.release()
