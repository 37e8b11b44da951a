"""The event file's JSON Schema, made from the format itself (core/plan_format.py), for editors'
completion and quick checks. packaging/schema.py writes it to resources/schema; the suite checks
that the file there is what the format makes now. `runofshow check` stays the authority: it also
knows repeated keys, person ids, made ids, end after start and the schedule's warnings.
"""

from __future__ import annotations

from typing import Any

from runofshow.core.plan_format import FORMAT_VERSION, ROOT

SCHEMA_ID = f"https://runofshow.invalid/schema/event-file-{FORMAT_VERSION}.schema.json"


def event_file_schema() -> dict[str, Any]:
    """The schema as a JSON document (its keys in a fixed order, so the written file is stable)."""
    defs: dict[str, Any] = {}
    body = ROOT.body(defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"runofshow event file, version {FORMAT_VERSION}",
        "description": "One event and its segments. Full reference: docs/event-file.md. `runofshow check FILE` "
        "gives line-precise errors; this schema is made from the same format, for editor completion and quick "
        "checks.",
        **body,
        "$defs": defs,
    }
