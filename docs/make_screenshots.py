"""Make the user guide's screenshots from the real app (offscreen): python docs/make_screenshots.py

Writes docs/img/*.png: the moderator window mid-panel, the stage manager's window, the speaker
display and the land-on-time plan; then the moderator window in Vietnamese at 200% text size, and
the speaker display with a speaker whose name is written in Arabic.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RUNOFSHOW_HOME", tempfile.mkdtemp(prefix="runofshow-shots-"))

from PySide6.QtWidgets import QApplication

from runofshow.core.clock import FakeClock
from runofshow.core.dispatch import Dispatcher
from runofshow.core.planner import propose
from runofshow.core.show import Show
from runofshow.files.eventfile import load_event
from runofshow.files.resources import bundled_example
from runofshow.ui.displays.speaker_display import SpeakerDisplay
from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.moderator.plan_dialog import PlanDialog
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.i18n import Translation
from runofshow.ui.widgets.style import apply_theme

OUT = Path(__file__).resolve().parent / "img"


def _to_mid_panel(controller: ShowController, clock: FakeClock) -> None:
    """14:08:30: the opening ran 5:40, panel 1 is live, its first speaker has 10 s left."""
    clock.advance(30)
    controller.act("start")
    clock.advance(340)
    controller.act("next")
    controller.act("speaker_next")
    clock.advance(170.3)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    event = load_event(bundled_example(), now=datetime.now(UTC)).event
    clock = FakeClock(datetime(2025, 10, 26, 6, 59, 30, tzinfo=UTC))  # 13:59:30 in Hanoi
    controller = ShowController(Dispatcher(Show(event)), clock)
    window = MainWindow(controller, remote_info="API http://127.0.0.1:8765/api/v1/ · token ••••")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    _to_mid_panel(controller, clock)
    controller.act("speaker_add", name="Ms Tran (from the floor)", type="question", time=60)
    controller.act("speaker_cue", speaker="ps1", cue="ready")
    controller.act("speaker_cue", speaker="le2", cue="standby")
    controller.act("message", to="moderator", text="Interpretation problem")
    controller.tick_now()
    app.processEvents()
    window.grab().save(str(OUT / "moderator.png"))
    window.show_stage()
    assert window.stage is not None
    window.stage.resize(1100, 720)
    app.processEvents()
    window.stage.grab().save(str(OUT / "stage-manager.png"))
    display = SpeakerDisplay(controller, flash=False)
    display.resize(1280, 720)
    display.show()
    clock.advance(15)
    controller.tick_now()
    app.processEvents()
    display.grab().save(str(OUT / "speaker-display.png"))
    controller.act("add_time", seconds=240)  # the panel is given four more minutes: the show runs late
    dialog = PlanDialog(propose(controller.show, clock.now()).as_dict())
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "land-on-time.png"))
    controller.stop_ticking()
    display.close()
    window.close()
    _vietnamese_at_200(app)
    _plan_editor(app)
    print(f"screenshots written to {OUT}")
    return 0


def _vietnamese_at_200(app: QApplication) -> None:
    """The same moment in Vietnamese at the largest font scale; then an Arabic name on the speaker display."""
    translation = Translation(app, "vi")
    apply_theme(app, "dark", 2.0)
    event = load_event(bundled_example(), now=datetime.now(UTC)).event
    clock = FakeClock(datetime(2025, 10, 26, 6, 59, 30, tzinfo=UTC))
    controller = ShowController(Dispatcher(Show(event)), clock)
    window = MainWindow(controller, remote_info="")
    window.resize(1920, 1080)
    window.show()
    _to_mid_panel(controller, clock)
    controller.act("speaker_add", name="Nguyễn Thị Phương Thảo", type="question", time=60)
    controller.act("speaker_add", name="عبد الرحمن الهاشمي", type="statement", time=120)
    controller.act("speaker_cue", speaker="ps1", cue="ready")
    controller.act("message", to="moderator", text="Sự cố phiên dịch")
    controller.tick_now()
    app.processEvents()
    window.grab().save(str(OUT / "moderator-vi-200.png"))
    apply_theme(app, "dark", 1.0)
    controller.act("speaker_stop")
    arabic = next(e for e in controller.show.runs[controller.show.cursor].queue.entries if e.name.startswith("عبد"))
    controller.act("speaker_move", speaker=arabic.id, position=0)
    controller.act("speaker_next")
    display = SpeakerDisplay(controller, flash=False)
    display.resize(1280, 720)
    display.show()
    clock.advance(20)
    controller.tick_now()
    app.processEvents()
    display.grab().save(str(OUT / "speaker-display-arabic.png"))
    controller.stop_ticking()
    translation.remove(app)


def _plan_editor(app: QApplication) -> None:
    """The plan editor on a podium laptop (1366×768), at 100% and at 200% text, mid-show."""
    from runofshow.ui.plan.plan_editor import PlanEditor

    for scale, name in ((1.0, "plan-editor.png"), (2.0, "plan-editor-200.png")):
        apply_theme(app, "dark", scale)
        event = load_event(bundled_example(), now=datetime.now(UTC)).event
        clock = FakeClock(datetime(2025, 10, 26, 6, 59, 30, tzinfo=UTC))
        controller = ShowController(Dispatcher(Show(event)), clock)
        controller.act("start")
        controller.act(
            "segment_insert", after="opening", segment={"title": "Coffee break", "kind": "break", "duration": "5m"}
        )
        editor = PlanEditor(controller)
        editor.resize(1366, 768)
        editor.show()
        editor.segments.setCurrentIndex(editor.segment_model.index(2, 3))
        editor.preview(2, "duration", "15m")
        editor.show_problem("segment.duration: 'soon' is not a duration (try 90s, 5m, 1h30m, 4:30 or 1:02:03)")
        app.processEvents()
        editor.grab().save(str(OUT / name))
        controller.stop_ticking()
        editor.close()
    apply_theme(app, "dark", 1.0)


if __name__ == "__main__":
    sys.exit(main())
