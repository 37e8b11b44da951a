"""Languages: the shipped translations load, the locale shapes times, the core's words are
translated. (That no visible text escapes tr(): tests/rules/ui/test_every_text_translated.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QApplication,
)
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.dispatch import Dispatcher
from runofshow.core.kinds import Cue, RequestType
from runofshow.core.schedule import Phase
from runofshow.core.show import Show
from runofshow.core.wording import Words
from runofshow.files.resources import resource
from runofshow.files.settings import LANGUAGES
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets import i18n

PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"


def test_every_shipped_language_has_a_compiled_translation() -> None:
    for code in LANGUAGES:
        if code != "en":
            assert resource("translations", f"runofshow_{code}.qm").stat().st_size > 1000


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[Any]:
    """Install a language for one test, and always put English back."""
    installed: list[i18n.Translation] = []

    def install(code: str) -> i18n.Translation:
        translation = i18n.Translation(qapp, code)
        installed.append(translation)
        return translation

    yield install
    for translation in installed:
        translation.remove(qapp)
    QLocale.setDefault(QLocale.c())


def test_vietnamese_and_french_translate_the_windows(translated: Any) -> None:
    translated("vi")
    assert i18n.translate("MainWindow", "Rundown") == "Kịch bản"
    assert i18n.phase_label(Phase.OVERTIME) == "QUÁ GIỜ"
    assert i18n.offset_text(130) == "CHẬM 2:10"
    # Qt's own dialog buttons, which Qt ships no Vietnamese for, come from our file.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"


def test_french_takes_qt_own_translations_too(translated: Any) -> None:
    translated("fr")
    assert i18n.cue_label(Cue.READY) == "● PRÊT"
    assert i18n.type_label(RequestType.POINT_OF_ORDER) == "Motion d'ordre"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_removing_a_translation_puts_english_back(translated: Any, qapp: QApplication) -> None:
    translated("vi").remove(qapp)
    assert i18n.translate("MainWindow", "Rundown") == "Rundown"


def test_times_and_dates_follow_the_locale(translated: Any) -> None:
    moment = datetime(2025, 10, 26, 14, 5, 9)
    translated("vi")
    assert i18n.clock_text(moment) == "14:05:09"
    assert "2025" in i18n.date_text(moment.date()) and "10" in i18n.date_text(moment.date())
    translated("fr")
    assert i18n.clock_text(moment, seconds=False) == "14:05"
    assert i18n.date_text(moment.date()) == "dimanche 26 octobre 2025"
    QLocale.setDefault(QLocale("en_US"))
    i18n._clock_format.cache_clear()
    assert i18n.clock_text(moment).replace("\u202f", " ") == "2:05:09 PM"  # CLDR puts a narrow space


def test_the_language_comes_from_the_setting_else_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.choose_language("fr") == "fr"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("vi_VN"))
    assert i18n.choose_language("") == "vi"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("de_DE"))
    assert i18n.choose_language("") == "en"
    assert i18n.choose_language("xx") == "en"


def test_refusals_and_notices_from_the_core_are_translated(
    translated: Any, show: Show, clock: FakeClock, qtbot: QtBot
) -> None:
    translated("vi")
    controller = ShowController(Dispatcher(show), clock)
    controller.act("start")
    with qtbot.waitSignal(controller.failed) as failed:
        controller.act("speaker_stop")
    assert failed.args == ["không có ai đang nói"]
    nested = Words("cannot undo '{label}': {reason}", label=Words("move {name}", name="Ms Tran"), reason="x")
    assert i18n.words_text(nested) == "không thể hoàn tác 'di chuyển Ms Tran': x"
    controller.stop_ticking()


def test_a_translation_that_lost_a_value_falls_back_to_english(
    translated: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(lambda context, text, *_: "{nom} est parti"))
    assert i18n.words_text(Words("{name} has moved on", name="Ms Tran")) == "Ms Tran has moved on"


def test_event_file_problems_are_shown_in_the_chosen_language(translated: Any, tmp_path: Path) -> None:
    from runofshow.files.eventfile import load_event
    from runofshow.files.problems import EventFileError

    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nevent:\n  title: T\n  start: 9:00\nsegments:\n  - title: A\n    duraton: 5m\n")
    with pytest.raises(EventFileError) as info:
        load_event(bad, now=datetime(2025, 10, 1))
    english = info.value.lines()
    assert f"{bad}:7:5: error: unknown key 'duraton'; did you mean 'duration'?" in english
    translated("vi")
    lines = i18n.problem_lines(info.value)
    assert f"{bad}:7:5: lỗi: không rõ khóa 'duraton'; có phải ý bạn là 'duration'?" in lines
    assert any("một phần cần 'duration'" in line for line in lines), lines
    assert info.value.lines() == english  # the command line's lines stay English


def test_the_remote_stage_window_shows_refusals_in_its_own_language(translated: Any, qtbot: QtBot) -> None:
    from runofshow.ui.stage.remote_show import RemoteShow

    translated("vi")
    remote = RemoteShow("http://127.0.0.1:9", "token")
    assert remote.status() == " · đang kết nối…"
    refusal = {"ok": False, "error": "nothing to undo", "words": {"template": "nothing to undo", "values": {}}}
    with qtbot.waitSignal(remote.failed) as failed:
        remote._take("reply", refusal)
    assert failed.args == ["không có gì để hoàn tác"]
    with qtbot.waitSignal(remote.failed) as failed:  # an older app sends no words: its English
        remote._take("reply", {"ok": False, "error": "nothing to undo"})
    assert failed.args == ["nothing to undo"]


def test_ahead_and_behind_round_to_the_second() -> None:
    assert i18n.offset_text(130.4) == "2:10 BEHIND"
    assert i18n.offset_text(-45) == "0:45 AHEAD"
    assert i18n.offset_text(0.3) == "ON TIME"
