"""The shipped JSON Schema is made from the format (core/plan_schema.py), is current, and agrees
with the reader on the bundled example."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml

from runofshow.core.plan_schema import event_file_schema
from runofshow.files.resources import bundled_example, resource


def shipped() -> dict[str, Any]:
    return json.loads(resource("schema", "event-file.schema.json").read_text(encoding="utf-8"))


def test_the_checked_in_schema_is_what_the_format_makes_now() -> None:
    """Change core/plan_format.py, then run `python packaging/schema.py`: never edit the file by hand."""
    assert shipped() == event_file_schema(), "run: python packaging/schema.py"


def test_schema_names_every_key_of_the_format() -> None:
    from runofshow.core.plan_format import EVENT_KEYS, PERSON_KEYS, ROOT_KEYS, SEGMENT_KEYS

    schema = shipped()
    assert set(schema["$defs"]["segment"]["properties"]) == set(SEGMENT_KEYS)
    assert set(schema["$defs"]["person"]["properties"]) == set(PERSON_KEYS)
    assert set(schema["properties"]["event"]["properties"]) == set(EVENT_KEYS)
    assert set(schema["properties"]) == set(ROOT_KEYS)


def test_bundled_example_durations_match_the_schema_pattern() -> None:
    schema = shipped()
    pattern = re.compile(schema["$defs"]["duration"]["oneOf"][1]["pattern"])
    data = yaml.safe_load(bundled_example().read_text(encoding="utf-8"))
    for segment in data["segments"]:
        assert pattern.match(str(segment["duration"])), segment["duration"]


def test_the_plan_the_app_writes_is_valid_by_the_schema(roundtable: Any) -> None:
    """What `event_data` writes (a journal's plan record, a saved file's data) fits the schema."""
    jsonschema = pytest.importorskip("jsonschema")
    from runofshow.core.plan_data import event_data

    jsonschema.Draft202012Validator(shipped()).validate(event_data(roundtable))
