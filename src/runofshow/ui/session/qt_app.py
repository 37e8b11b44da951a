"""Qt start-up for every window of ours (the show, and `runofshow connect`).

The application object, its name and icon, the bundled fonts, the settings, the language (set
before any window exists: widgets take their texts when they are made), the theme, and quitting
cleanly on SIGINT/SIGTERM.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

from PySide6.QtCore import QSocketNotifier
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from runofshow.core.wording import Words
from runofshow.files import settings as settings_file
from runofshow.files.resources import resource
from runofshow.files.settings import Settings
from runofshow.files.userdirs import UserDirs
from runofshow.ui.widgets.fonts import register_bundled_fonts
from runofshow.ui.widgets.i18n import Translation, choose_language
from runofshow.ui.widgets.style import apply_theme

QUIT_REQUESTED = "runofshow-quit-requested"  # set on the QApplication by SIGINT/SIGTERM


def start_qt_app(language: str | None) -> tuple[QApplication, Settings, list[Words], Translation]:
    """The Qt application every window of ours runs in (the show, and `connect`): name, icon,
    bundled fonts, the settings, the language (before any window: widgets take their texts when
    they are made), the theme and the quit signals. Returns (app, settings, notices, translation)."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName("runofshow")
    app.setApplicationDisplayName("runofshow")
    app.setDesktopFileName("io.github.runofshow")
    set_app_icon(app)
    register_bundled_fonts(app)
    settings, notices = settings_file.load(UserDirs.default().config)
    translation = Translation(app, language or choose_language(settings.language))
    apply_theme(app, settings.theme, settings.font_scale)
    quit_on_signals(app)
    return app, settings, notices, translation


def set_app_icon(app: QApplication) -> None:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource("icons", f"runofshow-{size}.png")))
    app.setWindowIcon(icon)


def quit_on_signals(app: QApplication) -> None:
    """Quit cleanly on SIGINT/SIGTERM.

    Qt's event loop keeps Python's handlers from running, so the signal is written to a pipe
    (set_wakeup_fd) that a QSocketNotifier watches: no polling timer.
    """
    if os.name == "posix":
        read_fd, write_fd = os.pipe()
        os.set_blocking(read_fd, False)
        os.set_blocking(write_fd, False)

        def read_wakeup() -> None:
            os.read(read_fd, 64)

        keep: tuple[object, ...] = (read_fd, write_fd)
    else:  # Windows wants a socket here
        import socket

        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        read_fd, write_fd = reader.fileno(), writer.fileno()

        def read_wakeup() -> None:
            reader.recv(64)

        keep = (reader, writer)
    signal.set_wakeup_fd(write_fd)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: None)

    def drain() -> None:
        with contextlib.suppress(OSError):
            read_wakeup()
        # A signal may come while a dialog runs its own loop (e.g. "Resume?"), before the main
        # loop exists: remember it, close the dialog, and never start the main loop.
        app.setProperty(QUIT_REQUESTED, True)
        modal = app.activeModalWidget()
        if modal is not None:
            modal.close()
        app.quit()

    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, app)
    notifier.activated.connect(drain)
    # As long as the app lives: the sockets (Windows) and the notifier's Python wrapper.
    setattr(app, "_signal_wakeup", (keep, notifier))  # noqa: B010 (QApplication declares no such attribute)
