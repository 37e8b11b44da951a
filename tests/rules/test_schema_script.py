"""packaging/schema.py: the checked-in JSON Schema is made from the format, and its check fails on
one edited by hand."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers.packaging import load_script

schema = load_script("schema")


def test_the_checked_in_schema_is_current() -> None:
    assert schema.main(["--check"]) == 0


def test_the_check_fails_on_a_schema_edited_by_hand_and_writing_mends_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "event-file.schema.json"
    shutil.copy(schema.TARGET, copy)
    copy.write_text(copy.read_text(encoding="utf-8").replace('"maxLength": 200', '"maxLength": 300', 1))
    monkeypatch.setattr(schema, "TARGET", copy)
    monkeypatch.setattr(schema, "ROOT", tmp_path)
    assert schema.main(["--check"]) == 1
    assert schema.main([]) == 0
    assert schema.main(["--check"]) == 0
