"""The shipped JSON Schema agrees with the reader on the bundled example."""

from __future__ import annotations

import json
import re

import yaml

from runofshow.files.resources import bundled_example, resource


def test_schema_is_valid_json_and_names_every_segment_key() -> None:
    from runofshow.core.plan_format import EVENT_KEYS, SEGMENT_KEYS

    schema = json.loads(resource("schema", "event-file.schema.json").read_text(encoding="utf-8"))
    assert set(schema["$defs"]["segment"]["properties"]) == set(SEGMENT_KEYS)
    assert set(schema["properties"]["event"]["properties"]) == set(EVENT_KEYS)


def test_bundled_example_durations_match_the_schema_pattern() -> None:
    schema = json.loads(resource("schema", "event-file.schema.json").read_text(encoding="utf-8"))
    pattern = re.compile(schema["$defs"]["duration"]["oneOf"][1]["pattern"])
    data = yaml.safe_load(bundled_example().read_text(encoding="utf-8"))
    for segment in data["segments"]:
        assert pattern.match(str(segment["duration"])), segment["duration"]
