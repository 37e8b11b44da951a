"""#27: docs/api.md says what the API answers, and the real app answers exactly that.

The state's shapes in docs/api.md are read as written (its own notation: `"key": TYPE`, a bare
`"key"` of any value, `"key"?` left out of some views, `A|B` alternatives, `[TYPE]` lists,
`...` anything further) and every answer of the real app is checked against them, key by key:
a key the docs do not name, a key they name that is missing, or a value of another type fails.
Was: `questions` documented as text (they are objects), `public`, `another_day`, `ref` and
`phone_open` not documented at all; `speaker_add` and `message` answered without the id they made.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pytest

from runofshow.files.resources import bundled_example
from tests.helpers import paths
from tests.helpers.app import TOKEN, App, run

DOCS = paths.DOCS / "api.md"


# --- the notation ------------------------------------------------------------------------------
@dataclass
class Type:
    kind: str  # obj, list, lit, word, alt, anystr, any
    members: dict[str, tuple[Type | None, bool]] = field(default_factory=dict)  # obj: key -> (type, optional)
    open: bool = False  # obj: `...` among its keys
    item: Type | None = None  # list
    value: Any = None  # lit, word
    options: list[Type] = field(default_factory=list)  # alt


TOKEN_RE = re.compile(
    r'\s*(?:("(?:[^"\\]|\\.)*")|(\.\.\.)|([{}\[\],:|?])|([A-Za-z0-9_.\- ]+?(?=\s*(?:[{}\[\],:|?]|$))))'
)


def tokens(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        out, quoted = "", False
        for char in line:
            if char == '"':
                quoted = not quoted
            if char == "#" and not quoted:
                break
            out += char
        lines.append(out)
    source = " ".join(lines).strip()
    found, at = [], 0
    while at < len(source):
        match = TOKEN_RE.match(source, at)
        assert match and match.end() > at, f"cannot read the notation at: {source[at : at + 40]!r}"
        found.append(next(group for group in match.groups() if group is not None).strip())
        at = match.end()
        while at < len(source) and source[at] == " ":
            at += 1
    return found


class Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokens(text)
        self.at = 0

    def peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        token = self.tokens[self.at]
        assert expected is None or token == expected, (expected, token, self.tokens[self.at - 5 : self.at + 5])
        self.at += 1
        return token

    def value(self) -> Type:
        options = [self.alternative()]
        while self.peek() == "|":
            self.take("|")
            options.append(self.alternative())
        if len(options) == 1:
            return options[0]
        if any(o.kind == "anystr" for o in options):  # "ON TIME"|"WRAP UP"|...: any text
            return Type("word", value="str")
        return Type("alt", options=options)

    def alternative(self) -> Type:
        token = self.take()
        if token == "{":
            obj = Type("obj")
            while self.peek() != "}":
                if self.peek() == "...":
                    self.take()
                    obj.open = True
                else:
                    key = json.loads(self.take())
                    optional = self.peek() == "?"
                    if optional:
                        self.take("?")
                    kind = None
                    if self.peek() == ":":
                        self.take(":")
                        kind = self.value()
                    obj.members[key] = (kind, optional)
                if self.peek() == ",":
                    self.take(",")
            self.take("}")
            return obj
        if token == "[":
            item = None if self.peek() in ("]", "...") else self.value()
            if self.peek() == "...":
                self.take("...")
            self.take("]")
            return Type("list", item=item)
        if token == "...":
            return Type("anystr")
        if token.startswith('"'):
            return Type("lit", value=json.loads(token))
        if re.fullmatch(r"-?\d+", token):
            return Type("lit", value=int(token))
        return Type("word", value=token)


def parse(text: str) -> Type:
    parser = Parser(text)
    parsed = parser.value()
    assert parser.peek() is None, parser.tokens[parser.at :]
    return parsed


WORDS = {
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "str": lambda v: isinstance(v, str),
    "id": lambda v: isinstance(v, str) and bool(v),
    "entry id": lambda v: isinstance(v, str) and bool(v),
    "queue entry id": lambda v: isinstance(v, str) and bool(v),
    "roster id": lambda v: isinstance(v, str) and bool(v),
    "URL": lambda v: isinstance(v, str) and "://" in v,
    "null": lambda v: v is None,
    "true": lambda v: v is True,
    "false": lambda v: v is False,
    "ISO": lambda v: isinstance(v, str) and datetime.fromisoformat(v).tzinfo is not None,
    "date": lambda v: isinstance(v, str) and bool(date.fromisoformat(v)),
}


def check(value: Any, kind: Type | None, path: str, *, optional_missing_ok: bool = True) -> list[str]:
    """Every way `value` differs from the documented `kind` (empty when it fits)."""
    if kind is None:
        return []
    if kind.kind == "alt":
        tried = [check(value, option, path) for option in kind.options]
        return [] if any(not t for t in tried) else [f"{path}: {value!r:.80} fits none of its alternatives: {tried}"]
    if kind.kind == "word":
        assert kind.value in WORDS, f"the docs use a type the test does not know: {kind.value!r}"
        try:
            fits = WORDS[kind.value](value)
        except ValueError:
            fits = False
        return [] if fits else [f"{path}: {value!r:.80} is not {kind.value}"]
    if kind.kind == "lit":
        return (
            []
            if value == kind.value and type(value) is type(kind.value)
            else [f"{path}: {value!r} is not {kind.value!r}"]
        )
    if kind.kind == "list":
        if not isinstance(value, list):
            return [f"{path}: {value!r:.80} is not a list"]
        return [problem for i, item in enumerate(value) for problem in check(item, kind.item, f"{path}[{i}]")]
    assert kind.kind == "obj", kind.kind
    if not isinstance(value, dict):
        return [f"{path}: {value!r:.80} is not an object"]
    problems = []
    for key in value:
        if key not in kind.members and not kind.open:
            problems.append(f"{path}.{key}: in the answer, not in docs/api.md")
    for key, (member, optional) in kind.members.items():
        if key not in value:
            if not optional:
                problems.append(f"{path}.{key}: in docs/api.md, not in the answer")
            continue
        problems += check(value[key], member, f"{path}.{key}")
    return problems


def documented_blocks() -> dict[str, Type]:
    text = DOCS.read_text(encoding="utf-8")
    state_section = text.split("## `GET /api/v1/state`", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```\n(.*?)```", state_section, flags=re.DOTALL)
    return {"state": parse(blocks[0]), "speaker": parse(blocks[1])}


def test_the_notation_is_read_as_meant() -> None:
    kind = parse('{"a": int|null, "b"?: ["x"|"y"], "c", "d": [{"e": ISO}], "f": "ON"|...}  # a comment')
    assert check({"a": None, "c": [1], "d": [{"e": "2025-10-26T14:00:00+07:00"}], "f": "anything"}, kind, "") == []
    assert check({"a": 1, "b": ["x"], "c": 0, "d": [], "f": "x"}, kind, "") == []
    problems = check({"a": "1", "b": ["z"], "d": [{"e": "14:00"}], "f": 3, "g": 0}, kind, "")
    assert len(problems) == 6, problems  # a, b[0], c missing, d[0].e, f, g undocumented


# --- the real app ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The bundled roundtable with time budgets and the booth's documents, so every list has items."""
    folder = tmp_path_factory.mktemp("docs")
    text = bundled_example().read_text(encoding="utf-8")
    cues = "    cues:\n      - Lectern mic live\n"
    assert text.count(cues) == 1
    text = text.replace(cues, "    documents:\n      - Opening statement https://example.org/opening.pdf\n" + cues)
    text += "\nbudgets:\n  by: sector\n  shares:\n    government: 40%\n    law enforcement: 10m\n"
    event = folder / "event.yaml"
    event.write_text(text, encoding="utf-8")
    assert run("check", str(event)).returncode == 0
    running = App(str(event), "--serve", "127.0.0.1:0", "--token", TOKEN, "--new-run", home=str(folder / "home"))
    yield running
    running.stop()


def answer(app: App, payload: dict[str, Any]) -> dict[str, Any]:
    status, body = app.command(payload)
    assert status == 200, body
    return body


def test_every_answer_carries_what_it_made(app: App) -> None:
    """Was: `speaker_add`, `message`, `question_add` and `floor_accept` answered `{"ok": true}` alone."""
    assert answer(app, {"action": "start"}) == {"ok": True}
    added = answer(app, {"action": "speaker_add", "name": "Ms Tran", "request_id": "add-tran"})
    assert added == {"ok": True, "request_id": "add-tran", "speaker": added["speaker"], "segment": "opening"}
    assert answer(app, {"action": "speaker_cue", "speaker": added["speaker"], "cue": "ready"})["ok"]
    message = answer(app, {"action": "message", "to": "moderator", "text": "Mic 2 is dead"})
    assert answer(app, {"action": "message_ack", "id": message["message"]})["ok"]
    question = answer(app, {"action": "question_add", "text": "What changes first?"})
    assert question["segment"] == "opening"
    assert answer(app, {"action": "question", "question": question["question"], "status": "asked"})["ok"]
    request = answer(app, {"action": "floor_request", "name": "Mr Binh", "type": "question"})
    accepted = answer(app, {"action": "floor_accept", "request": request["request"]})
    assert answer(app, {"action": "speaker_move", "speaker": accepted["speaker"], "position": 0})["ok"]
    state = app.state()
    opening = state["segments"][0]
    assert {added["speaker"], accepted["speaker"]} <= {p["id"] for p in opening["speakers"]}
    assert [m["id"] for m in state["messages"]] == [message["message"]]
    assert any(q["id"] == question["question"] and q["status"] == "asked" for q in opening["questions"])


def test_the_state_is_what_docs_api_md_says_in_every_view(app: App) -> None:
    answer(app, {"action": "start"}) if not app.state()["running"] else None
    answer(app, {"action": "speaker_next"})
    answer(app, {"action": "message", "to": "speaker", "text": "2 MINUTES"})
    answer(app, {"action": "floor_request", "name": "Ms Lan", "type": "statement", "organization": "MOFA"})
    asked = answer(app, {"action": "audience_question", "text": "Who funds it?", "device": "d1", "name": "Lan"})
    answer(app, {"action": "audience_question", "text": "And when?", "device": "d2"})
    answer(app, {"action": "audience_moderate", "question": asked["question"], "decision": "approve"})
    time.sleep(0.1)  # a real process: some speaking time
    blocks = documented_blocks()
    for name, state in (("control", app.state()), ("public", app.state(token=None))):
        assert state["messages"] and state["floor_requests"] and state["budgets"], name  # every list has items
        assert name == "public" or len(state["audience_questions"]) == 2
        problems = check(state, blocks["state"], name)
        for i, segment in enumerate(state["segments"]):
            for j, speaker in enumerate(segment["speakers"]):
                problems += check(speaker, blocks["speaker"], f"{name}.segments[{i}].speakers[{j}]")
        assert problems == [], "\n".join(problems)
    public = app.state(token=None)
    assert public["public"] is True and "public" not in app.state()
    assert all(set(r) == {"name", "place"} for r in public["floor_requests"])
