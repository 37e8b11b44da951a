"""Who a room or the control room logs in to the venue's broker as, and with what password, without
the password ever having to be on the command line (where `ps` shows it to anyone on the computer).

The user: the address's (`mqtt://r311@broker`), else `--venue-user`, else the `venue_user`
setting. The password: the address's (still read, with a warning), else the environment variable
RUNOFSHOW_VENUE_PASSWORD, else the `venue_password` setting (settings.json is the user's own,
mode 600). A password without a user is not sent: MQTT has no such login.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from runofshow.net.venue_topics import BrokerAddress, VenueError

PASSWORD_ENV = "RUNOFSHOW_VENUE_PASSWORD"
PASSWORD_SHOWN = (
    "the venue's password is on the command line (mqtt://USER:PASSWORD@…), where anyone on this computer "
    f"can read it (ps); give it in {PASSWORD_ENV} or the venue_password setting instead"
)


def with_login(
    broker: BrokerAddress,
    *,
    user: str | None,
    env: Mapping[str, str],
    saved_user: str = "",
    saved_password: str = "",
) -> BrokerAddress:
    """`broker` with the user and password to log in with; VenueError when the address and
    `--venue-user` name two different users (which one was meant cannot be guessed)."""
    if user and broker.username and user != broker.username:
        raise VenueError(f"two users for the venue: '{broker.username}' in the address and '{user}' in --venue-user")
    name = broker.username or user or saved_user or None
    password = broker.password or env.get(PASSWORD_ENV) or saved_password or None
    return replace(broker, username=name, password=password if name else None)
