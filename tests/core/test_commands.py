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
        ({"action": "add_time", "seconds": "60"}, '"seconds" must be a number'),
        ({"action": "add_time", "seconds": True}, '"seconds" must be a number'),
        ({"action": "add_time", "seconds": float("nan")}, '"seconds" must be a number'),
        ({"action": "add_time", "seconds": 10**9}, "within"),
        ({"action": "set_notes", "segment": "opening", "notes": 5}, '"notes" must be text'),
        ({"action": "set_notes", "segment": "opening", "notes": "x" * 100_001}, "limited"),
        ({"action": "speaker_add"}, 'either "name"'),
        ({"action": "speaker_add", "name": "A", "person": "b"}, 'either "name"'),
        ({"action": "speaker_add", "name": "   "}, "must not be empty"),
        ({"action": "speaker_add", "name": "A", "type": "filibuster"}, '"type" must be one of'),
        ({"action": "speaker_add", "name": "A", "time": "forever"}, '"time"'),
        ({"action": "speaker_add", "name": "A", "position": -1}, '"position"'),
        ({"action": "speaker_add", "name": "A", "position": True}, '"position"'),
        ({"action": "speaker_move", "speaker": "a"}, 'needs "position"'),
        ({"action": "speaker_cue", "speaker": "a", "cue": "speaking"}, '"cue" must be one of: waiting, standby, ready'),
        ({"action": "message", "to": "audience", "text": "hi"}, '"to" must be one of'),
        ({"action": "message", "to": "stage", "text": ""}, "must not be empty"),
        ({"action": "message", "to": "stage", "text": "x" * 501}, "limited to 500"),
        ({"action": "speaker_next", "segment": "nope"}, "no segment with id 'nope'"),
    ],
)
def test_bad_commands_are_rejected_with_a_reason(data: object, message: str) -> None:
    with pytest.raises(CommandError, match=message):
        parse_command(data, IDS)


SAMPLE = {
    "segment": "opening",
    "seconds": -30,
    "notes": "hello",
    "text": "hello",
    "speaker": "lan",
    "name": "Guest",
    "position": 0,
    "type": "point_of_order",
    "time": "2m",
    "cue": "ready",
    "to": "moderator",
    "id": "m1",
    "question": "q1",
    "status": "asked",
    "from": "opening",
}
PER_ACTION = {("move_time", "to"): "closing", ("move_time", "seconds"): 60}


def test_every_action_parses_with_its_required_arguments() -> None:
    for action, (required, _) in ACTIONS.items():
        data: dict[str, object] = {
            "action": action,
            **{name: PER_ACTION.get((action, name), SAMPLE[name]) for name in required},
        }
        if action == "speaker_add":
            data["name"] = "Guest"
        assert parse_command(data, IDS).action == action
    assert parse_command({"action": "add_time", "seconds": 60}, IDS).seconds == 60.0
    added = parse_command({"action": "speaker_add", "name": " Guest ", "time": 90, "type": "question"}, IDS)
    assert (added.name, added.time, added.type.value) == ("Guest", 90, "question")
    assert parse_command({"action": "speaker_add", "person": "lan", "time": "1:30"}, IDS).time == 90
