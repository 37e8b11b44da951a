import pytest

from runofshow.core.command import argument_names
from runofshow.core.commands import ALIASES, REGISTRY, parse_command
from runofshow.core.fields import CommandError

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
        ({"action": "note"}, 'needs "text"'),
        ({"action": "note", "text": "x", "notes": "y"}, "takes no argument 'notes'"),
        ({"action": "goto", "segment": "x" * 201}, "limited to 200"),
        ({"action": "fit_to_end", "apply": "yes"}, '"apply" must be true or false'),
        ({"action": "move_time", "from": "opening", "to": "closing", "seconds": 0}, "more than 0"),
        ({"action": "audience_question", "text": "x" * 501, "device": "d"}, "limited to 500"),
        ({"action": "audience_question", "text": "  ", "device": "d"}, "must not be empty"),
        ({"action": "audience_question", "text": "Why?"}, 'needs "device"'),
        ({"action": "audience_question", "text": "Why?", "device": "d", "name": "A\nB"}, "not text"),
        ({"action": "audience_moderate", "question": "a1", "decision": "keep"}, '"decision" must be one of'),
        ({"action": "audience_moderate", "question": "a1", "decision": "merge"}, 'needs "into"'),
        ({"action": "audience_moderate", "question": "a1", "decision": "edit"}, 'needs "text"'),
        ({"action": "audience_moderate", "question": "a1", "decision": "move"}, 'needs "position"'),
        ({"action": "audience_moderate", "question": "a1", "decision": "reject", "text": "x"}, "takes no argument"),
        ({"action": "audience_moderate", "question": "a1", "decision": "approve", "into": "a2"}, "takes no argument"),
    ],
)
def test_bad_commands_are_rejected_with_a_reason(data: object, message: str) -> None:
    with pytest.raises(CommandError, match=message):
        parse_command(data)


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
    "request": "r1",
    "device": "phone-1",
    "decision": "reject",
    "shown": False,
}
PER_ACTION = {
    ("move_time", "to"): "closing",
    ("move_time", "seconds"): 60,
    ("segment_insert", "segment"): {"title": "New", "duration": "5m"},
    ("segment_update", "fields"): {"title": "New"},
    ("person_add", "person"): {"id": "lan", "name": "Lan"},
    ("person_update", "person"): "lan",
    ("person_remove", "person"): "lan",
    ("person_update", "fields"): {"role": "Chair"},
}


def test_every_action_parses_with_its_required_arguments() -> None:
    for action, command in REGISTRY.items():
        required, _ = argument_names(command)
        data: dict[str, object] = {
            "action": action,
            **{name: PER_ACTION[action, name] if (action, name) in PER_ACTION else SAMPLE[name] for name in required},
        }
        if action == "speaker_add":
            data["name"] = "Guest"
        parsed = parse_command(data)
        assert parsed.action == action
        assert parse_command(parsed.to_raw()) == parsed  # the journal's form parses back to the same
    assert parse_command({"action": "add_time", "seconds": 60}).seconds == 60.0
    added = parse_command({"action": "speaker_add", "name": " Guest ", "time": 90, "type": "question"})
    assert (added.name, added.time, added.type.value) == ("Guest", 90, "question")
    assert parse_command({"action": "speaker_add", "person": "lan", "time": "1:30"}).time == 90


def test_note_is_set_notes_under_its_old_name() -> None:
    assert "note" in ALIASES and "note" not in REGISTRY
    assert parse_command({"action": "note", "text": "hi", "segment": "opening"}) == parse_command(
        {"action": "set_notes", "notes": "hi", "segment": "opening"}
    )


def test_an_unknown_segment_is_refused_when_applied_and_changes_nothing(show, clock) -> None:
    from runofshow.core.dispatch import Dispatcher
    from runofshow.core.snapshot import snapshot

    before = snapshot(show, clock.now())
    for data in ({"action": "goto", "segment": "nope"}, {"action": "speaker_next", "segment": "nope"}):
        with pytest.raises(CommandError, match="no segment with id 'nope'"):
            Dispatcher(show).apply(parse_command(data), clock.now())
    assert snapshot(show, clock.now()) == before


def test_every_command_is_a_frozen_dataclass_with_a_unique_name() -> None:
    import dataclasses

    for name, command in REGISTRY.items():
        assert command.action == name
        assert dataclasses.is_dataclass(command) and command.__dataclass_params__.frozen, name
