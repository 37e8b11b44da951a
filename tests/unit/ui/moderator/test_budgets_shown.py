"""Time budgets in the window: the floor ledger's budget and what is left, live; the queue says
whether each waiting speaker's turn keeps their group within budget."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.event import Budgets, Event, Share
from runofshow.core.show import Show
from runofshow.ui.moderator.ledger_panel import COL_BUDGET, COL_LEFT
from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.moderator.queue_model import COL_TYPE


@pytest.fixture
def show(roundtable: Event) -> Show:
    shares = (Share("government", fraction=0.4), Share("law enforcement", fraction=0.3), Share("private sector", 0.3))
    return Show(replace(roundtable, budgets=Budgets("sector", shares)))


def ledger_rows(window: MainWindow) -> dict[str, tuple[str, str]]:
    model = window.ledger.model()
    return {
        model.index(r, 1).data(): (model.index(r, COL_BUDGET).data(), model.index(r, COL_LEFT).data())
        for r in range(model.rowCount())
        if model.index(r, 0).data() == "Sector"
    }


def test_the_ledger_shows_each_groups_budget_and_what_is_left_live(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    rows = ledger_rows(window)
    assert set(rows) == {"government", "law enforcement", "private sector"}  # before anyone speaks
    assert rows["government"][0].endswith("(40%)")
    act = window.controller.act
    act("start")
    act("speaker_next")
    clock.advance(30)
    act("speaker_next")  # the host, government
    clock.advance(125)
    window.controller.tick_now()
    window.ledger.model_.refresh()  # (each tick does it while the ledger is in sight)
    _, left = ledger_rows(window)["government"]
    planned_s = 0.4 * sum(e.allotted_s or 0 for run in window.controller.show.runs for e in run.queue.entries)
    expected = round(planned_s) - 125
    assert left == f"{expected // 60}:{expected % 60:02d}"
    assert not window.ledger.isColumnHidden(COL_BUDGET)


def test_the_queue_says_whether_a_turn_keeps_the_balance(window: MainWindow, clock: FakeClock) -> None:
    act = window.controller.act
    act("goto", segment="cross-border")
    act("start")
    model = window.queue.model
    assert "✓ law enforcement within budget" in model.index(0, COL_TYPE).data()
    window.controller.show.event = replace(
        window.controller.show.event, budgets=Budgets("sector", (Share("law enforcement", seconds=60),))
    )
    window.controller.act("add_time", seconds=0)  # any change refreshes
    assert "⚠ law enforcement over budget" in model.index(0, COL_TYPE).data()


def test_without_budgets_the_ledger_has_no_budget_columns(qtbot: QtBot, controller, qapp) -> None:
    from runofshow.core.dispatch import Dispatcher
    from runofshow.core.plan_data import event_data, read_event
    from runofshow.ui.moderator.ledger_panel import LedgerView
    from runofshow.ui.session.controller import ShowController

    plain = replace(controller.show.event, budgets=None)
    other = ShowController(Dispatcher(Show(read_event(event_data(plain)))), FakeClock(controller.frame.now.wall))
    view = LedgerView(other)
    qtbot.addWidget(view)
    assert view.isColumnHidden(COL_BUDGET) and view.isColumnHidden(COL_LEFT)
    other.stop_ticking()
