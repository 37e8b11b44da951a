"""Words: English for the API and logs, template and values for the windows to translate."""

from __future__ import annotations

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.fields import CommandError
from runofshow.core.show import Show
from runofshow.core.wording import Words
from tests.helpers.show import do


def test_words_read_as_english_and_keep_template_and_values() -> None:
    words = Words("{name} has moved on", name="Ms Tran")
    assert str(words) == "Ms Tran has moved on"
    assert (words.template, words.values) == ("{name} has moved on", {"name": "Ms Tran"})
    assert words == Words("{name} has moved on", name="Ms Tran") != Words("{name} has moved on", name="Mr Le")


def test_a_template_without_values_is_not_formatted() -> None:
    assert str(Words('like {"action": "next"}')) == 'like {"action": "next"}'


def test_a_refused_command_carries_its_words(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    with pytest.raises(CommandError) as info:
        do(show, clock, "speaker_stop")
    assert str(info.value) == "no one is speaking"
    assert info.value.words == Words("no one is speaking")


def test_words_travel_as_json_and_come_back() -> None:
    words = Words("cannot undo '{label}': {reason}", label=Words("move {name}", name="Ms Tran"), reason=3)
    data = words.as_dict()
    assert data == {
        "template": "cannot undo '{label}': {reason}",
        "values": {"label": {"template": "move {name}", "values": {"name": "Ms Tran"}}, "reason": "3"},
    }
    assert Words.from_dict(data) == Words(
        "cannot undo '{label}': {reason}", label=Words("move {name}", name="Ms Tran"), reason="3"
    )


@pytest.mark.parametrize("junk", [None, "x", {"template": 3}, {"template": "t", "values": [1]}])
def test_words_from_the_network_that_are_not_words_are_refused(junk: object) -> None:
    assert Words.from_dict(junk) is None
