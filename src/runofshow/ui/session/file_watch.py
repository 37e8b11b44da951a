"""Notice when the event file changes on disk (editors often replace it, so keep re-watching)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

SETTLE_MS = 400  # editors write in several steps; look once they are done


class FileWatch(QObject):
    def __init__(self, path: Path, on_change: Callable[[Path], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._on_change = on_change
        self._last = self._stamp()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.addPaths([str(path), str(path.parent)])
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._check)
        self._watcher.fileChanged.connect(self._settle.start)
        self._watcher.directoryChanged.connect(self._settle.start)

    def _stamp(self) -> tuple[int, int] | None:
        try:
            stat = self._path.stat()
        except OSError:
            return None
        return stat.st_mtime_ns, stat.st_size

    def _check(self) -> None:
        if str(self._path) not in self._watcher.files() and self._path.exists():
            self._watcher.addPath(str(self._path))  # it was replaced: watch the new file
        stamp = self._stamp()
        if stamp is not None and stamp != self._last:
            self._last = stamp
            self._on_change(self._path)

    def stop(self) -> None:
        self._settle.stop()
        self._watcher.removePaths(self._watcher.files() + self._watcher.directories())
