"""#27: every action of the API has an OSC address, made from the one registry of commands, and
docs/network.md lists each with its arguments."""

from __future__ import annotations

import re

from runofshow.core.command import argument_names
from runofshow.core.commands import COMMANDS, REGISTRY
from runofshow.net.osc_routes import OLDER, ROUTES, address_of, signature
from tests.helpers import paths

DOCS = paths.DOCS / "network.md"


def test_every_action_has_its_address_and_every_argument_its_place() -> None:
    """Was: 10 of 42 actions. An action added to core/commands.py gets its address with no work."""
    by_action = {route.action: route for address, route in ROUTES.items() if address not in OLDER}
    assert set(by_action) == set(REGISTRY)
    assert len(by_action) == len(COMMANDS)
    for command in COMMANDS:
        route = by_action[command.action]
        assert route.address == address_of(command.action) == "/runofshow/" + command.action.replace("_", "/")
        required, optional = argument_names(command)
        assert sorted(a.name for a in route.arguments) == sorted(required | optional), command.action
        assert {a.name for a in route.arguments if a.required} <= required  # OSC may fill one in (message's "to")


def test_the_older_addresses_still_work() -> None:
    assert ROUTES["/runofshow/addtime"].action == "add_time"
    assert ROUTES["/runofshow/speaker/next"].action == "speaker_next"
    assert ROUTES["/runofshow/message"].arguments[0].name == "text"  # `/message s TEXT`, as before


def test_docs_list_every_address_with_its_arguments() -> None:
    rows = {}
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        found = re.match(r"^\| `(/runofshow/[a-z/]+)` \| (.+?) \| `([a-z_]+)` \|", line)
        if found:
            rows[found[1]] = (found[2].replace("`", ""), found[3])
    expected = {address: (signature(route), route.action) for address, route in ROUTES.items()}
    assert rows == expected
