"""Every table model passes Qt's model tester, in the states the show really has."""

from __future__ import annotations

import pytest

from runofshow.core.clock import FakeClock
from runofshow.ui.moderator.ledger_panel import LedgerModel
from runofshow.ui.moderator.queue_model import QueueModel
from runofshow.ui.moderator.rundown_model import RundownModel
from runofshow.ui.session.controller import ShowController

MODELS = [RundownModel, QueueModel, LedgerModel]


def mid_panel(controller: ShowController, clock: FakeClock) -> None:
    controller.act("start")
    clock.advance(300)
    controller.act("next")  # panel 1: five speakers
    controller.act("speaker_next")
    clock.advance(95)
    controller.act("speaker_add", name="Ms Floor", type="point_of_order")
    controller.act("speaker_next")
    clock.advance(20)
    controller.tick_now()


@pytest.mark.parametrize("model_class", MODELS, ids=lambda m: m.__name__)
@pytest.mark.parametrize("moment", ["before the start", "mid-panel", "after the end"])
def test_model_passes_the_model_tester(qtmodeltester, controller, clock, model_class, moment: str) -> None:
    if moment != "before the start":
        mid_panel(controller, clock)
    if moment == "after the end":
        for _ in range(len(controller.show.runs)):
            controller.act("next")
    model = model_class(controller)
    qtmodeltester.check(model, force_py=True)
    controller.act("add_time", seconds=60) if not controller.show.ended else controller.act("previous")
    qtmodeltester.check(model, force_py=True)  # after a change that resets or updates rows
