import pytest

from runofshow.core.commands import ACTIONS, CommandError, parse_command

IDS = frozenset({"opening", "closing"})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (None, "JSON object"),
        ([], "JSON object"),
        ({}, "missing"),
        ({"action": 3}, "missing"),
        ({"action": "jump"}, "unknown action 'jump'"),
        ({"action": "next", "segment": "opening"}, "takes no argument 'segment'"),
        ({"action": "goto"}, 'needs "segment"'),
        ({"action": "goto", "segment": "nope"}, "no segment with id 'nope'"),
        ({"action": "add_time"}, 'needs "seconds"'),
        ({"action": "add_time", "seconds": "60"}, 'needs "seconds"'),
        ({"action": "add_time", "seconds": True}, 'needs "seconds"'),
        ({"action": "add_time", "seconds": float("nan")}, 'needs "seconds"'),
        ({"action": "add_time", "seconds": 10**9}, "within"),
        ({"action": "set_notes", "segment": "opening", "notes": 5}, 'needs "notes"'),
        ({"action": "set_notes", "segment": "opening", "notes": "x" * 100_001}, "limited"),
    ],
)
def test_bad_commands_are_rejected_with_a_reason(data: object, message: str) -> None:
    with pytest.raises(CommandError, match=message):
        parse_command(data, IDS)


def test_good_commands_parse() -> None:
    for action, arguments in ACTIONS.items():
        data: dict[str, object] = {"action": action}
        if "segment" in arguments:
            data["segment"] = "opening"
        if "seconds" in arguments:
            data["seconds"] = -30
        if "notes" in arguments:
            data["notes"] = "hello"
        command = parse_command(data, IDS)
        assert command.action == action
    assert parse_command({"action": "add_time", "seconds": 60}, IDS).seconds == 60.0
