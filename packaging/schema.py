"""Write the event file's JSON Schema from the format (core/plan_schema.py): never by hand.

    python packaging/schema.py           # resources/schema/event-file.schema.json, made anew
    python packaging/schema.py --check   # exit 1 when the file there is not what the format makes

Run it after changing core/plan_format.py; the suite (tests/rules/test_schema.py) fails until the
checked-in schema is current.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "schema" / "event-file.schema.json"


def schema_text() -> str:
    """The schema as the checked-in file holds it (two-space indent, a final line break)."""
    sys.path.insert(0, str(ROOT / "src"))  # the format of this checkout, not an installed copy
    from runofshow.core.plan_schema import event_file_schema

    return json.dumps(event_file_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether the file is current")
    args = parser.parse_args(argv)
    text = schema_text()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if args.check:
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is not what the format makes: run python packaging/schema.py")
            return 1
        return 0
    if current != text:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
