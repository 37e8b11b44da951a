"""The people an agenda names: several per cell (`;`, new lines, or `A (Org), B (Org)`), each written
`Name (Organisation)`, `Name, Organisation` or `Name, Role, Organisation`, one roster entry per
person however often named, with an id made from the name."""

from __future__ import annotations

import re
import unicodedata

from runofshow.core.event import Person
from runofshow.core.plan_format import MAX_NAME_CHARS
from runofshow.core.plan_ids import made_id, unique_id
from runofshow.core.text import one_line

_BRACKETED = re.compile(r"^(.*?)\s*\((.*)\)\s*$")
MAX_PEOPLE_PER_CELL = 50


def _commas(text: str) -> list[str]:
    """Split on commas outside brackets: `Lan (Org, Hanoi), Director` is two parts."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth <= 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return parts


def split_people(text: str) -> list[str]:
    """`A; B`, one per line, or `Konrad Kording (UPenn), Dan Goodman (Imperial)` (every part a
    name with its organisation in brackets: a list, not a name, a role and an organisation)."""
    people: list[str] = []
    for part in re.split(r"[;\n]+", text):
        part = part.strip(" •-–·\t")
        if not part:
            continue
        pieces = _commas(part)
        if len(pieces) > 1 and all(_BRACKETED.match(p) for p in pieces):
            people.extend(pieces)
        else:
            people.append(part)
    return people[:MAX_PEOPLE_PER_CELL]


def person_of(written: str) -> tuple[str, str, str]:
    """(name, role, organisation) from `Name, Role, Organisation`, `Name, Organisation`,
    `Name (Organisation)` or `Name`."""
    parts = _commas(written)
    if len(parts) >= 3:
        return parts[0], ", ".join(parts[1:-1]), parts[-1]
    if len(parts) == 2:
        return parts[0], "", parts[1]
    if m := _BRACKETED.match(written):
        return m.group(1).strip(), "", m.group(2).strip()
    return written.strip(), "", ""


def name_key(name: str) -> str:
    """A name as the roster matches it: case, accents and spacing aside, in every script
    (plain words keep ASCII only: 山田太郎 and 佐藤花子 were both '' and so one person)."""
    folded = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return " ".join(plain.strip(" :.-/").split())


class Roster:
    """The people the table names, one per name, with ids made from their names."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self._by_name: dict[str, str] = {}
        self._ids: set[str] = set()  # kept as people come: a set of all ids made anew for each is a square

    def person(self, written: str) -> Person:
        name, role, organization = person_of(written)
        # A name as the event format holds one: one line, within its limit, never empty (`, Org`).
        name = one_line(name)[:MAX_NAME_CHARS].strip() or one_line(written)[:MAX_NAME_CHARS].strip()
        key = name_key(name)
        pid = self._by_name.get(key)
        if pid is not None:
            known = self.people[pid]
            if (role and not known.role) or (organization and not known.organization):
                known = Person(
                    pid, known.name, role=known.role or role, organization=known.organization or organization
                )
                self.people[pid] = known
            return known
        pid = unique_id(made_id(name, "person"), self._ids)
        self._ids.add(pid)
        person = Person(pid, name, role=role, organization=organization)
        self.people[pid] = person
        self._by_name[key] = pid
        return person
