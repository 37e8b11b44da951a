"""Time budgets by sector: read from the event file (line-precise errors), kept live from the
turns, shown per waiting speaker (does their turn keep the balance?), carried by the report."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from runofshow.core.budgets import budget_rows, keeps_balance, pool_s
from runofshow.core.clock import FakeClock
from runofshow.core.event import Budgets, Event, Share
from runofshow.core.ledger import ledger
from runofshow.core.plan_data import event_data, read_event
from runofshow.core.report import build_report
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from runofshow.files.report_formats import to_data, to_markdown
from tests.helpers.eventfile import errors_of, load_text
from tests.helpers.show import do

BUDGETS = """
budgets:
  by: sector
  shares:
    government: 40%
    law enforcement: 30%
    private sector: 30%
"""


def with_budgets(roundtable: Event) -> Event:
    shares = (Share("government", fraction=0.4), Share("law enforcement", fraction=0.3), Share("private sector", 0.3))
    return replace(roundtable, budgets=Budgets("sector", shares))


def test_the_event_file_gives_budgets_as_shares_or_times(tmp_path: Path) -> None:
    from runofshow.files.resources import bundled_example

    text = bundled_example().read_text(encoding="utf-8").replace("\ndefaults:", BUDGETS + "\ndefaults:", 1)
    event = load_text(tmp_path, text).event
    assert event.budgets == Budgets(
        "sector",
        (Share("government", fraction=0.4), Share("law enforcement", fraction=0.3), Share("private sector", 0.3)),
    )
    minutes = text.replace("government: 40%", "government: 15m")
    assert load_text(tmp_path, minutes).event.budgets.shares[0] == Share("government", seconds=900)
    # The journal's plan record keeps them (a recovered run has its budgets).
    assert read_event(event_data(event)).budgets == event.budgets


@pytest.mark.parametrize(
    ("shares", "expected"),
    [
        ("    government: 70%\n    private sector: 40%\n", "the shares add up to 110%, more than 100%"),
        ("    government: lots\n", "'lots' is neither a share (40%) nor a time (15m)"),
        ("    government: 0%\n", "a share must be more than 0% and at most 100% (not 0%)"),
    ],
)
def test_bad_budgets_get_line_precise_errors(tmp_path: Path, shares: str, expected: str) -> None:
    head = "version: 1\nevent:\n  title: T\n  start: 9:00\nbudgets:\n  shares:\n"
    text = f"{head}{shares}segments:\n  - title: A\n    duration: 5m\n"
    found = errors_of(tmp_path, text)
    assert any(expected in line for line in found), found
    assert all(line.split(":")[0].isdigit() for line in found)  # LINE:COL: each time
    assert any(line.startswith(("6:", "7:")) for line in found), found
    wrong_by = text.replace("budgets:\n", "budgets:\n  by: country\n")
    assert any("'by' is sector or organization, not 'country'" in line for line in errors_of(tmp_path, wrong_by))


def test_budgets_count_the_turns_live_and_say_who_keeps_the_balance(roundtable: Event, clock: FakeClock) -> None:
    show = Show(with_budgets(roundtable))
    pool = pool_s(show)
    assert pool == sum(e.allotted_s or 0 for run in show.runs for e in run.queue.entries)
    rows = {r.group: r for r in budget_rows(show, ledger(show, clock.now()))}
    assert rows["government"].planned_s == pytest.approx(0.4 * pool) and rows["government"].used_s == 0
    do(show, clock, "start")
    do(show, clock, "speaker_next")  # the moderator (no sector)
    clock.advance(60)
    do(show, clock, "speaker_next")  # the host (government) speaks
    clock.advance(200)
    rows = {r.group: r for r in budget_rows(show, ledger(show, clock.now()))}
    assert rows["government"].used_s == pytest.approx(200)
    assert rows["government"].remaining_s == pytest.approx(0.4 * pool - 200)
    state = snapshot(show, clock.now())
    government = next(b for b in state["budgets"] if b["group"] == "government")
    assert (government["share"], government["used_s"]) == (0.4, 200)
    assert government["remaining_s"] == pytest.approx(government["planned_s"] - 200)
    # A private-sector speaker waiting in panel 1 fits the sector's budget: their turn keeps it.
    entry = show.runs[1].queue.entries[1]
    assert entry.sector == "private sector"
    assert keeps_balance(show, budget_rows(show, ledger(show, clock.now())), entry, clock.now()) is True
    speakers = {p["id"]: p for p in state["segments"][1]["speakers"]}
    assert (speakers["ps1"]["budget_group"], speakers["ps1"]["keeps_balance"]) == ("private sector", True)
    # Give the private sector almost nothing: the same speaker would now break it.
    tight = replace(show.event, budgets=Budgets("sector", (Share("private sector", seconds=60),)))
    show.event = tight
    assert keeps_balance(show, budget_rows(show, ledger(show, clock.now())), entry, clock.now()) is False


def test_the_report_carries_the_budgets(roundtable: Event, clock: FakeClock) -> None:
    show = Show(with_budgets(roundtable))
    do(show, clock, "start")
    do(show, clock, "speaker_next")
    do(show, clock, "speaker_next")
    clock.advance(120)
    report = build_report(show, clock.now())
    assert [b.group for b in report.budgets] == ["government", "law enforcement", "private sector"]
    data = to_data(report)
    assert data["budgets"][0]["used_s"] == 120 and data["budgets"][0]["share"] == 0.4
    text = to_markdown(report)
    assert "## Time budgets (by sector)" in text and "| government | 40% |" in text
    assert build_report(Show(roundtable), clock.now()).budgets == []  # none in the file: none in the report
