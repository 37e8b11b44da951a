"""Safe reading of YAML as positioned nodes, never as Python objects.

PyYAML's resolver follows YAML 1.1 (`14:00` is 840, `no` is False), so the event file reader
looks at each scalar's own text instead; this module only parses the text into nodes, checks
that every tag is a plain data tag, and turns every parser failure into a positioned problem.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from runofshow.core.wording import Words
from runofshow.files.problems import Problem, Severity

MAX_FILE_BYTES = 10 * 1024 * 1024

_STD = "tag:yaml.org,2002:"
# `merge` is what `<<` resolves to: harmless, and reported with a clearer message by the reader.
SAFE_TAGS = frozenset(_STD + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "merge"))
NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})


@dataclass(frozen=True, slots=True)
class Position:
    line: int
    column: int


def position(node: Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


def is_null(node: Node) -> bool:
    """A plain (unquoted) null: `~`, `null` or nothing at all. (libyaml's composer gives a plain
    scalar the style "", PyYAML's None.)"""
    return isinstance(node, ScalarNode) and not node.style and node.value in NULL_WORDS


def decode(data: bytes) -> tuple[str | None, Problem | None]:
    """UTF-8 (a BOM allowed) to text, or a problem at the first bad byte."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        message = Words("the file is not UTF-8 text (byte 0x{byte}); save it as UTF-8", byte=f"{data[exc.start]:02x}")
        return None, Problem(Severity.ERROR, line, column, message)


# libyaml's composer is about ten times faster and caps nesting at 1,000 levels by itself.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compose(text: str) -> tuple[Node | None, Problem | None]:
    """Parse one YAML document into nodes; never constructs objects or runs tags."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or "not valid YAML"
        return None, Problem(Severity.ERROR, line, column, Words("YAML syntax: {problem}", problem=what))
    except yaml.YAMLError as exc:
        return None, Problem(Severity.ERROR, 1, 1, Words("YAML syntax: {problem}", problem=exc))
    except RecursionError:
        return None, Problem(Severity.ERROR, 1, 1, Words("the file nests too deeply to be an event file"))
    if node is None:
        return None, Problem(Severity.ERROR, 1, 1, Words("the file is empty; an event file starts with 'version: 1'"))
    return node, None


def bad_tag(node: Node) -> str | None:
    """The tag as written when it is not a plain data tag (e.g. `!!python/object`)."""
    if node.tag in SAFE_TAGS:
        return None
    tag: str = node.tag
    return "!!" + tag[len(_STD) :] if tag.startswith(_STD) else tag


def distinct_nodes(root: Node) -> list[Node]:
    """Every node of the tree once, in document order (aliases share nodes; no recursion)."""
    found: list[Node] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        found.append(node)
        if isinstance(node, MappingNode):
            for key, value in reversed(node.value):
                stack.extend((value, key))
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
    return found


def unsafe_tags(root: Node) -> list[tuple[Node, str]]:
    """Every node whose tag is not plain data, each distinct node once."""
    return [(node, tag) for node in distinct_nodes(root) if (tag := bad_tag(node)) is not None]


__all__ = [
    "MAX_FILE_BYTES",
    "MappingNode",
    "Node",
    "Position",
    "ScalarNode",
    "SequenceNode",
    "bad_tag",
    "compose",
    "decode",
    "distinct_nodes",
    "is_null",
    "position",
    "unsafe_tags",
]
