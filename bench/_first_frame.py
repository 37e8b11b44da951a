"""Start a window, print the monotonic time of its first frame and the peak RSS, then exit.

`_first_frame.py bare` shows a bare QLabel; `_first_frame.py app FILE` runs the real app's
entry point on FILE. CLOCK_MONOTONIC is system-wide, so the parent compares it with its own.
"""

from __future__ import annotations

import resource
import sys
import time

LINGER_MS = 1500  # let caches and lazy work settle before reading the peak memory


def watch(app) -> None:
    """The first paint of a window shown by now (the bare label; the app's window, shown before
    its event loop starts), watched on the windows themselves: a Python filter on the whole
    application is handed every object of the process, and one of a class PySide6 does not wrap
    (the animation timer of the QPropertyAnimation a QMainWindow makes at its first layout; a
    QLabel makes none) makes it load every class of QtCore, QtGui and QtWidgets, 136 enum
    classes, before the first frame: time and memory the app itself never spends."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    class Watcher(QObject):
        done = False

        def eventFilter(self, obj, event) -> bool:  # noqa: N802
            if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.isWindow():
                self.done = True
                QTimer.singleShot(0, self.first_frame)
            return False

        def first_frame(self) -> None:
            print(time.monotonic(), flush=True)
            QTimer.singleShot(LINGER_MS, self.finish)

        def finish(self) -> None:
            print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
            app.quit()

    watcher = Watcher(app)
    for window in app.topLevelWidgets():
        window.installEventFilter(watcher)
    app._bench_watcher = watcher


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    label = QLabel("12:34")
    label.resize(1280, 800)
    label.show()
    watch(app)
    return app.exec()


def real_app(path: str, *, recover: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    original = QApplication.exec

    def exec_watched(self) -> int:
        watch(self)
        return original()

    QApplication.exec = exec_watched  # type: ignore[method-assign]
    from runofshow.app import main

    # A run that did not end cleanly is always recovered; otherwise start a new one.
    return main([path] if recover else [path, "--new-run"])


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else real_app(sys.argv[2], recover="--recover" in sys.argv[3:]))
