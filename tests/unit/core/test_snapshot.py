import json
from datetime import datetime

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from tests.helpers.show import do

SEGMENT_KEYS = {
    "id", "title", "kind", "planned_start", "planned_duration_s", "duration_s", "expected_start", "status",
    "actual_start", "actual_end", "elapsed_s", "remaining_s", "notes", "speakers",
}  # fmt: skip


def test_snapshot_has_the_contract_fields_and_is_json(show: Show, clock: FakeClock) -> None:
    clock.advance(60)
    do(show, clock, "start")
    clock.advance(12.3456)
    state = snapshot(show, clock.now())
    json.dumps(state)
    assert state["version"] == 1
    assert set(state["event"]) >= {"title", "date", "timezone", "start", "hard_end"}
    assert state["event"]["date"] == "2025-10-26"
    assert state["event"]["timezone"] == "Asia/Ho_Chi_Minh"
    assert state["event"]["start"] == "2025-10-26T14:00:00.000+07:00"
    assert state["now"] == "2025-10-26T14:00:12.345+07:00"  # truncated, as a clock shows it
    assert datetime.fromisoformat(state["now"]).utcoffset() is not None
    assert state["running"] is True
    assert state["live_segment"] == "opening"
    assert set(state["schedule"]) >= {"planned_end", "projected_end", "offset_s"}
    first = state["segments"][0]
    assert set(first) >= SEGMENT_KEYS
    assert first["elapsed_s"] == 12.346
    assert first["remaining_s"] == 347.654
    assert first["status"] == "live"
    assert {k: first["speakers"][0][k] for k in ("id", "name", "role", "organization", "allotted_s")} == {
        "id": "moderator",
        "name": "Moderator (placeholder)",
        "role": "Moderator",
        "organization": "",
        "allotted_s": 60,
    }
    assert state["segments"][1]["actual_start"] is None


def test_snapshot_is_computed_at_the_moment_of_asking(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    clock.advance(0.001)
    assert snapshot(show, clock.now())["segments"][0]["elapsed_s"] == 0.001
