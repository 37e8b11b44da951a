"""A bare PySide6 window that repaints a label once a second (the CPU baseline)."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
label = QLabel("0")
label.resize(1280, 800)
label.show()
count = [0]


def tick() -> None:
    count[0] += 1
    label.setText(str(count[0]))


timer = QTimer(interval=1000)
timer.timeout.connect(tick)
timer.start()
print("ready", flush=True)
sys.exit(app.exec())
