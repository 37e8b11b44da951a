"""Logging in to the venue's broker: the password never needed on the command line, a refused login
and a failed TLS handshake said in words (not "offline", as if the broker were down), and a
broker that lets anyone in warned about. On a real Mosquitto with a password file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from runofshow.net.venue_client import VenueClient
from runofshow.net.venue_link import VenueLink
from runofshow.net.venue_login import PASSWORD_ENV, with_login
from runofshow.net.venue_topics import VenueError, parse_broker
from tests.helpers.broker import Broker, need_mosquitto, need_openssl
from tests.helpers.waiting import wait_for

USERS = {"r2": "r2-secret-password", "control": "control-secret-password"}
OPEN_WORDS = (
    "the broker lets anyone on the network in (no password) — anyone can send messages to the rooms; see docs/venue.md"
)


def test_the_login_comes_from_the_address_the_option_the_environment_or_the_settings() -> None:
    plain = parse_broker("mqtt://broker.venue.lan")
    env = {PASSWORD_ENV: "from-env"}
    login = with_login(plain, user="r2", env=env, saved_user="r9", saved_password="saved")
    assert (login.username, login.password) == ("r2", "from-env")
    login = with_login(plain, user=None, env={}, saved_user="r9", saved_password="saved")
    assert (login.username, login.password) == ("r9", "saved")
    in_url = parse_broker("mqtt://r2:in-url@broker.venue.lan")
    assert with_login(in_url, user=None, env=env).password == "in-url"  # still works (with a warning)
    assert with_login(plain, user=None, env=env).password is None  # no user: MQTT has no such login
    with pytest.raises(VenueError, match="two users"):
        with_login(parse_broker("mqtt://r1@broker.venue.lan"), user="r2", env={})
    assert "r2-secret" not in with_login(plain, user="r2", env={PASSWORD_ENV: "r2-secret"}).shown()


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Broker]:
    """A broker with users and no anonymous clients: the way docs/venue.md starts."""
    need_mosquitto()
    broker = Broker(tmp_path / "locked", users=USERS, anonymous=False)
    broker.start()
    yield broker
    broker.stop()


@pytest.fixture
def open_with_users(tmp_path: Path) -> Iterator[Broker]:
    """Users and passwords, but anonymous clients let in as well (a common half-done setup)."""
    need_mosquitto()
    broker = Broker(tmp_path / "open", users=USERS, anonymous=True)
    broker.start()
    yield broker
    broker.stop()


@pytest.fixture
def links() -> Iterator[list[VenueLink | VenueClient]]:
    made: list[VenueLink | VenueClient] = []
    yield made
    for link in made:
        link.stop()


def room_link(broker: Broker, links: list, url: str | None = None, **options: object) -> VenueLink:
    link = VenueLink(
        parse_broker(url or broker.url), "default", "r2", lambda data: None,
        **options,  # type: ignore[arg-type]
    )  # fmt: skip
    links.append(link)
    link.start()
    return link


def test_a_wrong_password_is_said_in_words(locked: Broker, links: list) -> None:
    """Was: silent, "venue: offline", as if the broker were down."""
    link = room_link(locked, links, f"mqtt://r2:wrong@127.0.0.1:{locked.port}")
    assert wait_for(lambda: link.problem() is not None), "no words for a refused login"
    assert str(link.problem()) == "the broker refused user r2 — check the password"
    assert link.status()[0] is False


def test_no_user_on_a_locked_broker_is_said_in_words(locked: Broker, links: list) -> None:
    link = room_link(locked, links)
    assert wait_for(lambda: link.problem() is not None)
    assert str(link.problem()).startswith("the broker refuses clients without a user name — give --venue-user")


def test_the_right_password_is_online_and_a_locked_broker_is_not_warned_about(locked: Broker, links: list) -> None:
    url = f"mqtt://r2:{USERS['r2']}@127.0.0.1:{locked.port}"
    link = room_link(locked, links, url)
    assert wait_for(lambda: link.online)
    assert link._connection.judged.wait(15)
    assert link.problem() is None and link.warning() is None


def test_a_broker_that_lets_anyone_in_is_warned_about(open_with_users: Broker, links: list) -> None:
    """Was: nothing said; anyone on the LAN could send "Venue control" messages and fake acks."""
    link = room_link(open_with_users, links, f"mqtt://r2:{USERS['r2']}@127.0.0.1:{open_with_users.port}")
    assert wait_for(lambda: link.online)
    assert link._connection.judged.wait(15)
    assert str(link.warning()) == OPEN_WORDS
    anonymous = room_link(open_with_users, links)  # no user at all: it is itself the proof
    assert wait_for(lambda: anonymous.online) and str(anonymous.warning()) == OPEN_WORDS
    control = VenueClient(parse_broker(open_with_users.url), "default")
    links.append(control)
    control.start()
    assert wait_for(lambda: control.online)
    assert control.link_state()["warning"] == f"venue: {OPEN_WORDS}"


def test_the_control_room_says_a_refused_login(locked: Broker, links: list) -> None:
    control = VenueClient(parse_broker(f"mqtt://control:wrong@127.0.0.1:{locked.port}"), "default")
    links.append(control)
    control.start()
    assert wait_for(lambda: control.problem() is not None)
    assert control.link_state()["problem"] == "venue: the broker refused user control — check the password"
    assert control.link_state()["online"] is False


# paho leaves the socket of a failed TLS handshake to the garbage collector (its _ssl_wrap_socket
# does not close it), which says so with a ResourceWarning: paho's, not ours.
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_tls_failure_is_said_in_words(tmp_path: Path, links: list) -> None:
    """Was: silent, "venue: offline", as if the broker were down."""
    need_mosquitto()
    need_openssl()
    broker = Broker(tmp_path / "tls", tls=True)
    broker.start()
    try:
        unknown_ca = room_link(broker, links)  # the system's CAs never signed the broker's certificate
        assert wait_for(lambda: unknown_ca.problem() is not None)
        assert str(unknown_ca.problem()).startswith("TLS failed: certificate verify failed: self-signed certificate")
        assert unknown_ca.status()[0] is False
        missing = VenueLink(
            parse_broker(broker.url), "default", "r3", lambda data: None, ca_file=str(tmp_path / "nope.crt"),
        )  # fmt: skip
        links.append(missing)
        missing.start()
        assert str(missing.problem()).startswith(f"TLS failed: cannot read the CA file {tmp_path / 'nope.crt'}")
        trusted = room_link(broker, links, ca_file=str(broker.ca))
        assert wait_for(lambda: trusted.online) and trusted.problem() is None
    finally:
        for link in links:
            link.stop()
        links.clear()
        broker.stop()
