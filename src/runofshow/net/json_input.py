"""JSON from strangers, read within bounds: nothing they send can crash or stall a handler.

Python's `json` recurses once per nesting level, turns a 5,000-digit number into an int (or
raises deep inside), accepts `NaN` and `Infinity`, and returns lone surrogates (`"\\ud800"`) that
can never be encoded again. `load_json` refuses all of these with a `BadJson` message before
anything is applied; the caller answers 400.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 16  # commands are at most two levels deep; 16 leaves room and no more
MAX_NUMBER_CHARS = 24  # digits, sign, point and exponent of one number
MAX_ITEMS = 2_000  # strings, numbers, keys and containers in one document


class BadJsonError(ValueError):
    """The text is not JSON we read; the message says why (for a 400 answer)."""


def _depth_within(text: str, limit: int) -> bool:
    """Nesting depth of `[` and `{` outside strings, found without recursion."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def _number(kind: type[int] | type[float]) -> Any:
    def parse(text: str) -> int | float:
        if len(text) > MAX_NUMBER_CHARS:
            raise BadJsonError(f"a number of {len(text)} characters is too long")
        value = kind(text)
        if isinstance(value, float) and not math.isfinite(value):
            raise BadJsonError("numbers must be finite")
        return value

    return parse


def _refuse_constant(name: str) -> Any:
    raise BadJsonError(f"{name} is not a number we accept")


def _check_items(value: Any) -> None:
    """Every string valid Unicode, and not too many items (iterative: no recursion)."""
    stack, count = [value], 0
    while stack:
        item = stack.pop()
        count += 1
        if count > MAX_ITEMS:
            raise BadJsonError(f"more than {MAX_ITEMS} items")
        if isinstance(item, str):
            _valid(item)
        elif isinstance(item, dict):
            for key, inner in item.items():
                _valid(key)
                stack.append(inner)
        elif isinstance(item, list):
            stack.extend(item)


def _valid(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadJsonError("a string holds a lone surrogate (not valid text)") from None


def load_json(data: bytes | str) -> Any:
    """The decoded value, or `BadJsonError`."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise BadJsonError("the body is not UTF-8") from None
    if not _depth_within(text, MAX_DEPTH):
        raise BadJsonError(f"nested more than {MAX_DEPTH} deep")
    try:
        value = json.loads(text, parse_int=_number(int), parse_float=_number(float), parse_constant=_refuse_constant)
    except BadJsonError:
        raise
    except (ValueError, RecursionError):
        raise BadJsonError("the body is not valid JSON") from None
    _check_items(value)
    return value
