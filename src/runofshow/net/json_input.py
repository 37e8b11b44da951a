"""JSON from strangers, read within bounds: nothing they send can crash or stall a handler.

Python's `json` recurses once per nesting level, turns a 5,000-digit number into an int (or
raises deep inside), accepts `NaN` and `Infinity`, and returns lone surrogates (`"\\ud800"`) that
can never be encoded again. `load_json` refuses all of these with a `BadJson` message before
anything is applied; the caller answers 400 (or, on the venue's broker, refuses the message).

Depth is bounded twice, without recursion of ours: json's C scanner counts its own nesting and
raises RecursionError long before the stack is at risk (4 KB of `[` is refused at once, however
deep), and the one iterative walk that counts the items also measures the depth of what parsed.
That walk costs half of what a character-by-character scan of the text did (a room's state is
read fifty times a second in the venue's control room).
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 16  # commands are at most two levels deep; 16 leaves room and no more
MAX_NUMBER_CHARS = 24  # digits, sign, point and exponent of one number
MAX_ITEMS = 2_000  # strings, numbers, keys and containers in one document


class BadJsonError(ValueError):
    """The text is not JSON we read; the message says why and where, without saying what the text
    was ("expecting value at line 1, column 1"): the caller says that ("the body is not valid JSON: …")."""


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


def _check_items(value: Any, max_items: int, max_depth: int) -> None:
    """Every string valid Unicode, not too many items, not too deep (iterative: no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    count = 0
    while stack:
        item, depth = stack.pop()
        count += 1
        if count > max_items:
            raise BadJsonError(f"more than {max_items} items")
        if isinstance(item, str):
            _valid(item)
        elif isinstance(item, dict | list):
            if depth >= max_depth:
                raise BadJsonError(f"nested more than {max_depth} deep")
            if isinstance(item, dict):
                for key, inner in item.items():
                    _valid(key)
                    stack.append((inner, depth + 1))
            else:
                stack.extend((inner, depth + 1) for inner in item)


def _valid(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadJsonError("a string holds a lone surrogate (not valid text)") from None


def load_json(data: bytes | str, *, max_items: int = MAX_ITEMS, max_depth: int = MAX_DEPTH) -> Any:
    """The decoded value, or `BadJsonError`. The bounds are the API's unless a caller reads a larger
    document it knows (a room's whole state: net/venue_board.py)."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise BadJsonError(f"byte {exc.start + 1} is not UTF-8") from None
    try:
        value = json.loads(text, parse_int=_number(int), parse_float=_number(float), parse_constant=_refuse_constant)
    except BadJsonError:
        raise
    except RecursionError:
        raise BadJsonError(f"nested more than {max_depth} deep") from None
    except json.JSONDecodeError as exc:
        # json's own words and place ("Expecting ',' delimiter", line 1, column 12), once.
        raise BadJsonError(f"{exc.msg[:1].lower()}{exc.msg[1:]} at line {exc.lineno}, column {exc.colno}") from None
    except ValueError:  # from our number parsing (an int past Python's digit limit)
        raise BadJsonError("a number we cannot read") from None
    _check_items(value, max_items, max_depth)
    return value
