"""The fair-floor ledger: who has had the floor, for how long, and who has not yet.

Totals come from the turn log, across the whole event, at the moment of asking.
"""

from __future__ import annotations

from dataclasses import dataclass

from runofshow.core.clock import Instant
from runofshow.core.show import Show

NO_GROUP = "(not given)"


@dataclass(slots=True)
class Tally:
    name: str
    spoken_s: float = 0.0
    turns: int = 0
    id: str | None = None
    organization: str = ""
    sector: str = ""


@dataclass(frozen=True, slots=True)
class Ledger:
    people: list[Tally]
    organizations: list[Tally]
    sectors: list[Tally]


def ledger(show: Show, now: Instant) -> Ledger:
    people: dict[tuple[str, str], Tally] = {}
    for person in show.event.people.values():  # everyone on the roster, spoken or not
        people[("id", person.id)] = Tally(
            person.name, id=person.id, organization=person.organization, sector=person.sector
        )
    organizations: dict[str, Tally] = {}
    sectors: dict[str, Tally] = {}
    for turn in show.turns:
        key = ("id", turn.person) if turn.person else ("name", turn.name)
        tally = people.setdefault(
            key, Tally(turn.name, id=turn.person, organization=turn.organization, sector=turn.sector)
        )
        spoken = turn.spoken(now)
        for group, label in ((organizations, turn.organization), (sectors, turn.sector)):
            group_tally = group.setdefault(label or NO_GROUP, Tally(label or NO_GROUP))
            group_tally.spoken_s += spoken
            group_tally.turns += 1
        tally.spoken_s += spoken
        tally.turns += 1
    return Ledger(list(people.values()), list(organizations.values()), list(sectors.values()))
