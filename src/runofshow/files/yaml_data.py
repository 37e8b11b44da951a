"""YAML as the plain data a format's walk reads, and the walk's problems back at their lines.

What only YAML can get wrong is found here, with its line and column: tags that are not plain
data, merge keys, keys that are lists or mappings, a key written twice. The rest is the format's
(core/plan_format.py, core/venue_format.py): its walk reads the data this module makes (every
scalar as its own text, so `start: 14:00` is "14:00", not YAML 1.1's 840; a plain null as None)
and says what is wrong at a path (`segments[3].duration`), which `positioned` turns into the
line and column of that key or value in the file.
"""

from __future__ import annotations

import re
from typing import Any

from runofshow.core.data_walk import DataProblem, Path, Unquoted
from runofshow.core.wording import Words
from runofshow.files.problems import Problem, Severity
from runofshow.files.yamlnodes import (
    MappingNode,
    Node,
    ScalarNode,
    SequenceNode,
    bad_tag,
    is_null,
    position,
    unsafe_tags,
)

MERGE_TAG = "tag:yaml.org,2002:merge"
#: An unquoted scalar that YAML 1.2 reads as a number or true/false (core/automation_format.py).
_TYPED = re.compile(r"(true|True|TRUE|false|False|FALSE|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)\Z")
_TYPED_START = frozenset("tTfF+-.0123456789")
#: YAML problems told about one file (tags repeated in a generated file could be thousands).
MAX_PROBLEMS = 200


def _usable_key(key: Node) -> bool:
    return isinstance(key, ScalarNode) and key.tag != MERGE_TAG and bad_tag(key) is None


def yaml_data(root: Node) -> tuple[Any, list[Problem]]:
    """The document as plain data, and what YAML alone makes wrong in it.

    A node reached twice through aliases gives the same object twice: a small file of aliases
    cannot grow into a huge one ("billion laughs"). A key written twice keeps its first value;
    a node with a tag that is not plain data reads as null (and is told)."""
    problems: list[Problem] = []

    def problem(node: Node, words: Words) -> None:
        if len(problems) < MAX_PROBLEMS:
            pos = position(node)
            problems.append(Problem(Severity.ERROR, pos.line, pos.column, words))

    for node, tag in unsafe_tags(root):
        problem(node, Words("tag '{tag}' is not allowed; event files hold plain data only", tag=tag))
    made: dict[int, Any] = {}
    pending: list[tuple[Node, Any]] = []

    def data_of(node: Node) -> Any:
        if id(node) in made:
            return made[id(node)]
        value: Any
        if bad_tag(node) is not None:
            value = None
        elif isinstance(node, MappingNode):
            value = {}
            pending.append((node, value))
        elif isinstance(node, SequenceNode):
            value = []
            pending.append((node, value))
        elif is_null(node):
            value = None
        elif (
            isinstance(node, ScalarNode)
            and not node.style
            and node.value[:1] in _TYPED_START
            and _TYPED.match(node.value)
        ):
            value = Unquoted(node.value)  # `1`, not `"1"`: an automation's body keeps the difference
        else:
            value = node.value
        made[id(node)] = value
        return value

    top = data_of(root)
    while pending:  # no recursion: a file nested a thousand deep is read like any other
        node, out = pending.pop()
        if isinstance(node, SequenceNode):
            out.extend(data_of(item) for item in node.value)
            continue
        first_at: dict[str, Node] = {}
        for key, value in node.value:
            if key.tag == MERGE_TAG:
                problem(key, Words("merge keys ('<<') are not supported in event files"))
            elif bad_tag(key) is not None:
                continue  # told with the tags
            elif not isinstance(key, ScalarNode):
                problem(key, Words("keys must be plain words, not lists or mappings"))
            elif key.value in first_at:
                line = position(first_at[key.value]).line
                problem(key, Words("duplicate key '{name}' (first at line {line})", name=key.value, line=line))
            else:
                first_at[key.value] = key
                out[key.value] = data_of(value)
    return top, problems


def locate(root: Node, path: Path, *, at_key: bool = False) -> Node:
    """The node a walk's path names (its key with `at_key`); as far as the path goes in the file."""
    node, key_node = root, None
    for step in path:
        if isinstance(step, int) and isinstance(node, SequenceNode) and 0 <= step < len(node.value):
            node, key_node = node.value[step], None
        elif isinstance(step, str) and isinstance(node, MappingNode):
            pair = next((p for p in node.value if _usable_key(p[0]) and p[0].value == step), None)
            if pair is None:
                break
            key_node, node = pair
        else:
            break
    return key_node if at_key and key_node is not None else node


def positioned(root: Node, found: DataProblem) -> Problem:
    """A walk's problem at the line and column of what it is about. A value's problem names its
    key first (`duration: 'soon' is not a duration`); a repeat says where the first one is."""
    message = Words("{what}: {reason}", what=found.key, reason=found.words) if found.named else found.words
    if found.first is not None:
        line = position(locate(root, found.first)).line
        message = Words("{problem} (first at line {line})", problem=message, line=line)
    pos = position(locate(root, found.path, at_key=found.at_key))
    return Problem(Severity.WARNING if found.warning else Severity.ERROR, pos.line, pos.column, message)
