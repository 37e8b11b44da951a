"""A room's venue status bar: online, offline, or in words what keeps the link from working (a
refused login is not "offline", as if the broker were down); a broker open to anyone, too."""

from __future__ import annotations

from runofshow.net.venue_health import OPEN_BROKER, refused_words
from runofshow.net.venue_link import VenueLink
from runofshow.net.venue_topics import parse_broker
from runofshow.ui.session.venue_room import VenueRoom


class Reason:
    """paho's CONNACK reason as it reaches on_connect: 0x87 is "not authorised" (3.1.1's 5)."""

    value = 0x87
    is_failure = True


def test_the_status_bar_says_a_refused_login_and_an_open_broker(qapp) -> None:
    link = VenueLink(parse_broker("mqtt://r2@127.0.0.1:1"), "default", "r2", lambda data: None)
    room = VenueRoom(link, "Room 2")  # never attached: the link never connects
    assert room.status_text() == "venue: offline"
    connection = link._connection
    connection._connected(connection.client, None, None, Reason(), None)  # what paho calls on a refusal
    assert room.status_text() == "venue: the broker refused user r2 — check the password"
    connection.health.set_problem(None)
    connection.online = True
    connection.health.set_warning(OPEN_BROKER)
    assert room.status_text().startswith("venue: online since ")
    assert room.status_text().endswith(
        "  ⚠ the broker lets anyone on the network in (no password) — anyone can send messages to the rooms; "
        "see docs/venue.md"
    )
    assert str(refused_words(Reason(), None)).startswith("the broker refuses clients without a user name")


def test_a_refused_login_is_in_the_rooms_state_for_the_crew_only(qapp, show, clock, monkeypatch) -> None:
    """The words are in the room's own state (`GET /api/v1/state`, the feed) for the control
    token, not only in its status bar; the public view leaves them out (they name the user)."""
    from runofshow.core.dispatch import Dispatcher
    from runofshow.core.snapshot import public_view
    from runofshow.ui.session.controller import ShowController

    link = VenueLink(parse_broker("mqtt://r2@127.0.0.1:1"), "default", "r2", lambda data: None)
    monkeypatch.setattr(link, "start", lambda: None)  # no broker: the link never connects
    room = VenueRoom(link, "Room 2")
    controller = ShowController(Dispatcher(show), clock)
    room.attach(controller)
    connection = link._connection
    connection._connected(connection.client, None, None, Reason(), None)
    state = controller.snapshot()
    assert state["venue"]["room"] == "r2" and state["venue"]["online"] is False
    assert state["venue"]["problem"] == "the broker refused user r2 — check the password"
    assert "venue" not in public_view(state)
    controller.stop_ticking()
