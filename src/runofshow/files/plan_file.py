"""Saving the plan back to its event file, keeping everything of the file that did not change.

The file is read again with a round-trip YAML library (ruamel.yaml): comments, key order,
quoting, blank lines and indentation stay as the organiser wrote them, and only the values that
differ between the plan the file describes and the plan to save are written (segments and
people matched by id). What is written is checked like any event file before it replaces the
old one (atomically), and it must describe exactly the plan that was saved.

A file changed on disk since it was loaded (someone edited it in a text editor) is never
overwritten silently: `save` raises `FileChangedError` and the caller asks what to do. The file is
read and stamped when the save begins (its identity, size, change time and a hash of its bytes)
and the stamp is checked again right before the rename, after the render and the read-back
(files/atomic.save_over): an editor's write in that time is a conflict too, not lost. A symlinked
event file is saved into the file it points to, and a hard-linked one in place, so that every
name of it sees the plan.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from runofshow.core.event import Event
from runofshow.core.plan_data import event_data, person_data, segment_data
from runofshow.core.plan_format import EVENT_KEYS, PERSON_KEYS, SEGMENT_KEYS, SPELLINGS
from runofshow.core.plan_ids import segment_base
from runofshow.files.atomic import ABSENT, ChangedOnDiskError, FileStamp, read_stamped, save_over, stamp_of
from runofshow.files.eventfile import LoadedEvent, parse_event_text

ROOT_ORDER = ("version", "event", "defaults", "people", "segments")
DEFAULT_ORDER = ("wrap_up", "final", "speaker_time")
HEADER = "# Event file (docs/event-file.md, version 1). Check it with:  runofshow check FILE\n"


class FileChangedError(Exception):
    """The event file on disk is not the one the plan was loaded from."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} changed on disk since it was loaded")
        self.path = path


class SaveError(ValueError):
    """What would be written does not read back as the plan (a bug of ours): nothing was written."""


def _yaml() -> Any:
    from ruamel.yaml import YAML  # only saving pays for it

    yaml = YAML()  # round-trip
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long title that the file had on one line
    return yaml


def _spelt(node: Mapping[str, Any], key: str) -> str:
    """The key as the file spells it (`organisation` for `organization`)."""
    if key in node:
        return key
    for written, canonical in SPELLINGS.items():
        if canonical == key and written in node:
            return written
    return key


def _fresh(value: Any) -> Any:
    """New data as round-trip nodes: lists and maps in block style, long text as a `|` block."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import LiteralScalarString

    if isinstance(value, dict):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = _fresh(item)
        return out
    if isinstance(value, list):
        return CommentedSeq(_fresh(item) for item in value)
    if isinstance(value, str) and _literal_reads_back(value):
        return LiteralScalarString(value)
    return value


def _literal_reads_back(text: str) -> bool:
    """A text of several lines that a `|` block holds as it is: none with a tab, a space at its
    start or at a line's end (where a block's indentation and trimming would change it); any
    other stays a quoted string, with its escapes."""
    if "\n" not in text.rstrip("\n") or "\t" in text or text[:1] == " ":
        return False
    return not any(line != line.rstrip(" ") for line in text.split("\n"))


def _set(node: Any, key: str, value: Any, order: tuple[str, ...]) -> None:
    """Set one key, in its place in the canonical order when it is new."""
    spelt = _spelt(node, key)
    if spelt in node:
        node[spelt] = value
        return
    rank = order.index(key) if key in order else len(order)
    position = len(node)
    for i, existing in enumerate(node):
        canonical = SPELLINGS.get(existing, existing)
        if canonical in order and order.index(canonical) > rank:
            position = i
            break
    node.insert(position, key, value)


def _sync_list(node: Any, old: list[Any], new: list[Any]) -> Any:
    """The list's items that did not change stay the file's own; the rest are new."""
    from ruamel.yaml.comments import CommentedSeq

    if old == new:
        return node
    if not isinstance(node, CommentedSeq):
        return _fresh(new)
    pool = list(zip(old, node, strict=False))
    items = []
    for item in new:
        found = next((i for i, (was, _) in enumerate(pool) if was == item), None)
        items.append(pool.pop(found)[1] if found is not None else _fresh(item))
    node[:] = items
    return node


def _sync_map(node: Any, old: Mapping[str, Any], new: Mapping[str, Any], order: tuple[str, ...]) -> None:
    for key, value in new.items():
        if old.get(key) == value:
            continue
        spelt = _spelt(node, key)
        if isinstance(value, list) and isinstance(old.get(key), list) and spelt in node:
            node[spelt] = _sync_list(node[spelt], old[key], value)
        else:
            _set(node, key, _fresh(value), order)
    for key in old:
        if key not in new:
            spelt = _spelt(node, key)
            if spelt in node:
                del node[spelt]


def _sync_items(
    items: Any, old: list[dict[str, Any]], new: list[dict[str, Any]], order: tuple[str, ...], *, keep_ids: set[str]
) -> None:
    """Segments or people, matched by id: unchanged ones untouched, order and membership as `new`.

    `keep_ids`: items whose file has no `id:` but whose id must now be written, changed or not: an
    id made from the title would be another (the title changed, or a namesake moved ahead of it:
    `talk-2` moved first would read back as `talk`)."""
    by_id = {data["id"]: (data, item) for data, item in zip(old, items, strict=True)}
    out = []
    for data in new:
        kept = by_id.get(data["id"])
        if kept is None:
            out.append(_fresh(data))
            continue
        was, item = kept
        if "id" not in item and data["id"] in keep_ids:
            item.insert(0, "id", data["id"])
        if was != data:
            _sync_map(item, was, data, order)
        out.append(item)
    if [id(i) for i in out] != [id(i) for i in items]:
        before = list(items)
        _spaced(out, before)
        items[:] = out


_TOP_KEY = re.compile(r"^[A-Za-z_]+:\s*(#.*)?$")
_NESTED_KEY = re.compile(r"^( +)[A-Za-z_]+:")
_ITEM = re.compile(r"^( *)-( +)\S")


def _indentation(text: str) -> tuple[int, int, int]:
    """(mapping indent, list item indent, spaces before the dash) as the file has them."""
    mapping = offset = sequence = None
    lines = text.splitlines()
    for before, line in itertools.pairwise(lines):
        if not _TOP_KEY.match(before):
            continue
        if mapping is None and (m := _NESTED_KEY.match(line)):
            mapping = len(m.group(1))
        if offset is None and (m := _ITEM.match(line)):
            offset = len(m.group(1))
            sequence = offset + 1 + len(m.group(2))
    return mapping or 2, sequence or 4, offset if offset is not None else 2


def _trailing(node: Any) -> tuple[Any, Any] | None:
    """Where the blank lines after a list item are kept: (the comments' owner, its key)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    while True:
        if isinstance(node, CommentedMap) and node:
            key = list(node)[-1]
        elif isinstance(node, CommentedSeq) and node:
            key = len(node) - 1
        else:
            return None
        value = node[key]
        if isinstance(value, CommentedMap | CommentedSeq) and value:
            node = value
            continue
        return node, key


def _comment(node: Any) -> Any:
    place = _trailing(node)
    if place is None:
        return None
    owner, key = place
    entry = owner.ca.items.get(key)
    if not entry:
        return None
    index = 2 if isinstance(key, str) else 0
    return entry[index] if len(entry) > index else None


def _set_comment(node: Any, token: Any) -> None:
    from ruamel.yaml.scalarstring import LiteralScalarString
    from ruamel.yaml.tokens import CommentToken

    place = _trailing(node)
    if place is None:
        return
    owner, key = place
    if token is not None and isinstance(owner[key], LiteralScalarString) and token.value.startswith("\n"):
        # A `|` block ends its own line; the blank lines after it are one newline fewer.
        token = CommentToken(token.value[1:], token.start_mark, None)
    index = 2 if isinstance(key, str) else 0
    entry = owner.ca.items.setdefault(key, [None, None, None, None])
    while len(entry) <= index:
        entry.append(None)
    entry[index] = token


def _spaced(items: list[Any], before: list[Any]) -> None:
    """Keep the file's spacing of a list: what followed each item but the last, and the last."""
    if not before:
        return
    between = [_comment(item) for item in before[:-1]]
    sep = between[0] if between and all(c is not None for c in between) else None
    tail = _comment(before[-1])
    for i, item in enumerate(items):
        wanted = tail if i == len(items) - 1 else sep
        if _comment(item) is not wanted:
            _set_comment(item, wanted)


def render(source: str | None, old: Event | None, new: Event, *, splice: bool = True) -> str:
    """The text of the event file for `new`: `source` (which describes `old`) with only what changed.

    Segments and people are spliced: an unchanged item keeps its own text, a changed one goes
    through the round-trip library alone, so a save costs what changed, not the whole file.
    What the splice cannot do (aliases, flow-style lists, the event's own fields) goes through the
    round-trip library as one document; `splice=False` always does."""
    yaml = _yaml()
    if source is None or old is None:
        buffer = io.StringIO()
        yaml.indent(mapping=2, sequence=4, offset=2)
        yaml.dump(_fresh(event_data(new)), buffer)
        return HEADER + buffer.getvalue()
    crlf = "\r\n" in source
    text = source.replace("\r\n", "\n") if crlf else source
    mapping, sequence, offset = _indentation(text)
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    out = _spliced(yaml, text, old, new) if splice else None
    if out is None:
        out = _whole(yaml, text, old, new)
    return out.replace("\n", "\r\n") if crlf else out


def _whole(yaml: Any, text: str, old: Event, new: Event) -> str:
    doc = yaml.load(text)
    old_data, new_data = event_data(old), event_data(new)
    _sync_map(doc["event"], old_data["event"], new_data["event"], EVENT_KEYS)
    if old_data.get("defaults") != new_data.get("defaults"):
        if "defaults" in doc:
            _sync_map(doc["defaults"], old_data.get("defaults", {}), new_data.get("defaults", {}), DEFAULT_ORDER)
        else:
            _set(doc, "defaults", _fresh(new_data["defaults"]), ROOT_ORDER)
    old_people = [person_data(p) for p in old.people.values()]
    new_people = [person_data(p) for p in new.people.values()]
    if old_people != new_people:
        if doc.get("people"):
            _sync_items(doc["people"], old_people, new_people, PERSON_KEYS, keep_ids=set())
        else:
            _set(doc, "people", _fresh(new_people), ROOT_ORDER)
    old_segments = [segment_data(s, old.people, old.defaults) for s in old.segments]
    new_segments = [segment_data(s, new.people, new.defaults) for s in new.segments]
    keep_ids = {s.id for s in new.segments if segment_base(s.title) != s.id}
    _sync_items(doc["segments"], old_segments, new_segments, SEGMENT_KEYS, keep_ids=keep_ids)
    buffer = io.StringIO()
    yaml.dump(doc, buffer)
    return buffer.getvalue()


_ANCHOR = re.compile(r"(^|[\s\[{,])[&*][^\s]")


def _spliced(yaml: Any, text: str, old: Event, new: Event) -> str | None:
    """`render` by splicing list items into the file's own text, or None where it cannot."""
    from runofshow.files.yamlnodes import MappingNode, SequenceNode, compose

    old_data, new_data = event_data(old), event_data(new)
    if old_data["event"] != new_data["event"] or old_data.get("defaults") != new_data.get("defaults"):
        return None
    if _ANCHOR.search(text):
        return None  # an alias may tie one item's text to another's
    root, problem = compose(text)
    if problem is not None or not isinstance(root, MappingNode):
        return None
    sections = {key.value: value for key, value in root.value if hasattr(key, "value") and isinstance(key.value, str)}
    lines = text.splitlines(keepends=True)
    edits: list[tuple[int, int, str]] = []  # (first line, end line, new text), in file order
    old_people = [person_data(p) for p in old.people.values()]
    new_people = [person_data(p) for p in new.people.values()]
    if old_people != new_people:
        node = sections.get("people")
        if not isinstance(node, SequenceNode) or node.flow_style or not node.value:
            return None
        edit = _splice_items(yaml, lines, node, old_people, new_people, PERSON_KEYS, set())
        if edit is None:
            return None
        edits.append(edit)
    old_segments = [segment_data(s, old.people, old.defaults) for s in old.segments]
    new_segments = [segment_data(s, new.people, new.defaults) for s in new.segments]
    if old_segments != new_segments:
        node = sections.get("segments")
        if not isinstance(node, SequenceNode) or node.flow_style:
            return None
        keep_ids = {s.id for s in new.segments if segment_base(s.title) != s.id}
        edit = _splice_items(yaml, lines, node, old_segments, new_segments, SEGMENT_KEYS, keep_ids)
        if edit is None:
            return None
        edits.append(edit)
    for first, end, replacement in sorted(edits, reverse=True):
        lines[first:end] = [replacement]
    return "".join(lines)


def _splice_items(
    yaml: Any,
    lines: list[str],
    node: Any,
    old: list[dict[str, Any]],
    new: list[dict[str, Any]],
    order: tuple[str, ...],
    keep_ids: set[str],
) -> tuple[int, int, str] | None:
    """The lines of a block list with its items as `new`: (first line, end line, text)."""
    from runofshow.files.yamlnodes import MappingNode

    items = list(node.value)
    if len(items) != len(old) or not all(isinstance(i, MappingNode) for i in items):
        return None
    starts = [item.start_mark.line for item in items]
    end = node.end_mark.line + (1 if node.end_mark.column > 0 else 0)
    end = min(end, len(lines))
    if any(b <= a for a, b in itertools.pairwise([*starts, end])):
        return None  # two items on one line: nothing to splice by lines
    regions = ["".join(lines[a:b]) for a, b in itertools.pairwise([*starts, end])]
    by_id = {data["id"]: (data, region) for data, region in zip(old, regions, strict=True)}
    out: list[str] = []
    for data in new:
        kept = by_id.get(data["id"])
        if kept is not None and kept[0] == data:
            out.append(kept[1])
            continue
        if kept is None:
            doc = [_fresh(data)]
        else:
            doc = yaml.load(kept[1])
            if not isinstance(doc, list) or len(doc) != 1:
                return None
            item = doc[0]
            if "id" not in item and data["id"] in keep_ids:
                item.insert(0, "id", data["id"])
            _sync_map(item, kept[0], data, order)
        buffer = io.StringIO()
        yaml.dump(doc, buffer)
        out.append(buffer.getvalue())
    if [data["id"] for data in new] != [data["id"] for data in old]:
        out = _respaced(out, regions)
    return starts[0], end, "".join(out)


def _blank_tail(region: str) -> tuple[str, str]:
    """(the region without its trailing blank lines, those blank lines)."""
    body = region.rstrip("\n")
    return body + "\n", region[len(body) + 1 :]


def _respaced(regions: list[str], before: list[str]) -> list[str]:
    """The file's spacing of a list kept after items moved, came or went: the blank lines that
    followed every item but the last, and those after the last."""
    between = {_blank_tail(r)[1] for r in before[:-1]}
    gap = between.pop() if len(between) == 1 else None
    tail = _blank_tail(before[-1])[1]
    if gap is None:
        return regions
    out = []
    for i, region in enumerate(regions):
        body, _ = _blank_tail(region)
        out.append(body + (tail if i == len(regions) - 1 else gap))
    return out


def _reads_back(text: str, plan: Event, path: Path, now: datetime) -> bool:
    """What is about to be written reads as exactly `plan` (else nothing is written)."""
    try:
        reread = parse_event_text(text.replace("\r\n", "\n"), str(path), now=now).event
    except Exception:  # any failure to read back means: do not write this
        return False
    return event_data(reread) == event_data(plan)


@dataclass(slots=True)
class PlanFile:
    """An event file as the app last read or wrote it: the plan a save compares against."""

    path: Path
    text: str | None  # None: not on disk yet (a new event)
    event: Event | None  # what `text` describes (as the file says it, before any preference)

    @classmethod
    def of(cls, loaded: LoadedEvent) -> PlanFile:
        return cls(Path(loaded.path), loaded.text, loaded.event if loaded.text is not None else None)

    def changed_on_disk(self) -> bool:
        try:
            self._unchanged()
        except FileChangedError:
            return True
        return False

    def _unchanged(self) -> FileStamp:
        """The stamp of the file on disk when it is the one last read or written, else FileChangedError."""
        if self.text is None:
            if self.path.exists():
                raise FileChangedError(self.path)
            return ABSENT
        try:
            data, stamp = read_stamped(self.path)
            if data.decode("utf-8-sig") != self.text:
                raise FileChangedError(self.path)
        except (OSError, UnicodeDecodeError):
            raise FileChangedError(self.path) from None
        return stamp

    def save(self, plan: Event, *, now: datetime, target: Path | None = None, overwrite: bool = False) -> Path:
        """Write `plan` to the file (or a copy to `target`); the file becomes what was written.

        Raises `FileChangedError` (the file was edited elsewhere, or `target` taken meanwhile;
        `overwrite` to replace it anyway), `SaveError` (nothing written) or OSError."""
        to = target or self.path
        same = to.resolve() == self.path.resolve()
        expected: FileStamp | None = None
        if not overwrite:
            # Ours: the file as last read. A copy: what is at `target` now (or nothing), no other.
            expected = self._unchanged() if same else stamp_of(to)
        if self.event is not None:
            # The thresholds of the preferences are not the file's: the plan keeps the file's own.
            plan = replace(plan, defaults=self.event.defaults)
        text = render(self.text, self.event, plan)
        if not _reads_back(text, plan, to, now):
            text = render(self.text, self.event, plan, splice=False)  # the whole document, the careful way
            if not _reads_back(text, plan, to, now):
                raise SaveError("the saved file would not read back as the same plan")
        try:
            save_over(to, text.encode("utf-8"), expected=expected)
        except ChangedOnDiskError:
            raise FileChangedError(self.path if same else to) from None
        if same:
            self.text, self.event = text, plan
        return to


#: What `plan_save` may write for a remote client: an event file beside the one the plan came
#: from, never anywhere else on the computer (a control token is not a key to the user's files).
SAVE_SUFFIXES = (".yaml", ".yml")


def command_target(plan_file: PlanFile, path: str) -> Path | None:
    """Where `plan_save {path}` writes (None: the plan's own file), or `CommandError`."""
    from runofshow.core.fields import CommandError

    if not path:
        return None
    folder = plan_file.path.resolve().parent
    wanted = Path(path)
    target = (wanted if wanted.is_absolute() else folder / wanted).resolve()
    if target == plan_file.path.resolve():
        return None
    if target.parent != folder:
        raise CommandError('"path" must name a file in the event file\'s folder ({folder})', folder=str(folder))
    if target.suffix.lower() not in SAVE_SUFFIXES:
        raise CommandError('"path" must end in .yaml or .yml')
    if target.exists():
        raise CommandError("{path} exists already; choose another name", path=target.name)
    return target


class CommandSaver:
    """The run's `PlanSaver` (ui/session/controller.py) for `plan_save`."""

    def __init__(self, plan_file: PlanFile, now: Callable[[], datetime]) -> None:
        self.plan_file = plan_file
        self._now = now

    def save_plan(self, plan: Event, path: str) -> str:
        from runofshow.core.fields import CommandError, ConflictError

        target = command_target(self.plan_file, path)
        try:
            return str(self.plan_file.save(plan, now=self._now(), target=target))
        except FileChangedError:
            raise ConflictError(
                "the event file changed on disk since it was loaded; reload it, or save to another path"
            ) from None
        except SaveError as exc:
            raise CommandError("not saved: {reason}", reason=str(exc)) from None
