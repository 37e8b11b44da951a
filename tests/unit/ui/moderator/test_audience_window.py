"""The moderator's audience questions: counted in the Questions heading, decided on in a window
of their own (Ctrl+Shift+A), and once approved in the bank marked "from the audience"."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from runofshow.core.audience import AudienceStatus
from runofshow.ui.moderator.audience_window import AudienceWindow
from runofshow.ui.moderator.main_window import MainWindow


def three_questions(window: MainWindow) -> None:
    act = window.controller.act
    act("goto", segment="cross-border")
    act("start")
    act("audience_question", text="How is evidence shared across borders?", device="a", name="Lan", organization="VNU")
    act("audience_question", text="Who pays for the platform?", device="b")
    act("audience_question", text="And who pays, in the end?", device="c")


def opened(window: MainWindow, qtbot: QtBot) -> AudienceWindow:
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    audience = window.audience
    assert audience is not None and audience.isVisible()
    return audience


def test_the_heading_counts_them_and_the_window_approves_edits_merges_rejects_orders(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    three_questions(window)
    qtbot.waitUntil(lambda: "Questions · 3 from the audience" in window.details._questions_box.title())
    audience = opened(window, qtbot)
    show = window.controller.show
    assert [audience.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(audience.list.count())] == [
        "a1",
        "a2",
        "a3",
    ]
    assert "Lan · VNU" in audience.list.item(0).text()
    assert audience.into.currentData() == "cross-border" and audience.into.currentText().startswith("Now: ")
    # Order: the third up above the second.
    audience.select("a3")
    audience.move_by(-1)
    assert [q.id for q in show.audience_questions if q.status is AudienceStatus.WAITING] == ["a1", "a3", "a2"]
    # Merge the third into the second.
    audience.select("a3")
    audience.merge_target.setCurrentIndex(audience.merge_target.findData("a2"))
    audience.merge_button.click()
    status = {q.id: q.status for q in show.audience_questions}
    assert status["a3"] is AudienceStatus.MERGED
    assert "+1 similar" in audience.list.item(1).text() and audience.list.count() == 2
    # Approve the first, edited, into the next segment.
    audience.select("a1")
    audience.editor.setPlainText("How is evidence shared?")
    audience.into.setCurrentIndex(audience.into.findData("legal-frameworks"))
    audience.approve_button.click()
    assert [(q.id, q.text, q.source) for q in show.runs[2].questions][-1] == (
        "a1",
        "How is evidence shared?",
        "audience",
    )
    assert audience.selected_id() == "a2"  # on to the next one
    qtbot.keyClick(audience.list, Qt.Key.Key_Delete)
    second = next(q for q in show.audience_questions if q.id == "a2")
    assert second.status is AudienceStatus.REJECTED
    qtbot.waitUntil(lambda: "from the audience" not in window.details._questions_box.title())
    audience.grab().save(str(tmp_path / "audience-window.png"))
    # Ctrl+Z in the main window takes the rejection back.
    window.activateWindow()
    window.controller.act("undo")
    assert second.status is AudienceStatus.WAITING


def test_an_approved_question_is_in_the_bank_from_the_audience_and_q_asks_it(window: MainWindow, qtbot: QtBot) -> None:
    three_questions(window)
    audience = opened(window, qtbot)
    audience.select("a2")
    qtbot.keyClick(audience.list, Qt.Key.Key_Return)  # Enter approves (into the live segment)
    details = window.details
    qtbot.waitUntil(
        lambda: any("from the audience" in details.questions.item(r).text() for r in range(details.questions.count()))
    )
    rows = [details.questions.item(r).text() for r in range(details.questions.count())]
    assert "☐ Who pays for the platform?  · from the audience" in rows
    show = window.controller.show
    bank = show.runs[1].questions
    for question in bank[:-1]:  # the plan's first
        window.controller.act("question", question=question.id, status="asked")
    window.activateWindow()
    details.mark_next_question("asked")  # Q: the next open question, the audience's now
    assert bank[-1].status.value == "asked"
    audience.refresh()
    assert "Who pays for the platform?" not in [audience.list.item(r).text() for r in range(audience.list.count())]


def test_a_flood_of_questions_keeps_the_window_responsive(window: MainWindow, qtbot: QtBot) -> None:
    """200 questions applied one after another with the audience window open: each costs the GUI
    thread little (the list is rebuilt once per loop turn, not once per question)."""
    act = window.controller.act
    act("start")
    audience = opened(window, qtbot)
    started = time.perf_counter()
    for n in range(200):
        act("audience_question", text=f"Question {n}", device=f"phone-{n % 50}-{n}")
    applied = time.perf_counter() - started
    qtbot.waitUntil(lambda: audience.list.count() == 200, timeout=5000)
    assert applied < 5.0, f"200 questions took {applied:.2f} s on the GUI thread"
    assert "200 from the audience" in window.details._questions_box.title()


def test_a_change_that_leaves_the_toolbars_words_does_not_refit_it(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Measuring the toolbar on every change was half of what a question cost the window."""
    from runofshow.ui.moderator import main_window

    fits: list[int] = []
    real = main_window.fit_toolbar
    monkeypatch.setattr(main_window, "fit_toolbar", lambda *args: fits.append(1) or real(*args))
    act = window.controller.act
    act("start")
    started = len(fits)
    assert started >= 1  # ▶ Start became ❚❚ Pause: fitted again
    for n in range(10):
        act("audience_question", text=f"Question {n}", device=f"phone-{n}")
    assert len(fits) == started
    act("pause")
    assert len(fits) > started
