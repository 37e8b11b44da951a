"""The command line's words, parsed once for every entry point (app.py's window, cli.py's commands).

Each value type turns the text into the value the app uses or says why not, in argparse's own
usage error (exit 2) before anything opens; the net modules that know an address, a token or a
venue name are imported only when an option needs them, so `runofshow check` stays light.
"""

from __future__ import annotations

import argparse
from datetime import time
from typing import TYPE_CHECKING

from runofshow import __version__
from runofshow.core.durations import DurationError, parse_time_of_day
from runofshow.files.settings import LANGUAGES

if TYPE_CHECKING:
    from runofshow.net.osc import Network
    from runofshow.net.venue_topics import BrokerAddress

MAX_CLOCK_SPEED = 3600.0


def time_arg(text: str) -> time:
    try:
        return parse_time_of_day(text)
    except DurationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def speed_arg(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not 0 < value <= MAX_CLOCK_SPEED:
        raise argparse.ArgumentTypeError(f"the clock speed must be more than 0 and at most {MAX_CLOCK_SPEED:g}")
    return value


def broker_arg(text: str) -> BrokerAddress:
    from runofshow.net.venue_topics import VenueError, parse_broker

    try:
        return parse_broker(text)
    except VenueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


#: --venue-name's default: argparse passes a default through the type too, and the name rules
#: (net/venue_topics.py) are not loaded for a name known to pass them.
DEFAULT_VENUE_NAME = "default"


def venue_name_arg(text: str) -> str:
    return text if text == DEFAULT_VENUE_NAME else name_arg(text, "venue name")


def room_arg(text: str) -> str:
    return name_arg(text, "room id")


def name_arg(text: str, what: str) -> str:
    from runofshow.net.venue_topics import VenueError, check_name

    try:
        return check_name(text, what)
    except VenueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def osc_allow_arg(text: str) -> Network:
    from runofshow.net.osc import parse_allow

    try:
        return parse_allow(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def listen_arg(text: str) -> tuple[str, int]:
    from runofshow.net.server import parse_listen

    try:
        return parse_listen(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def token_arg(text: str) -> str:
    from runofshow.net.access import TokenError, check_token

    try:
        return check_token(text)
    except TokenError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def fallback_arg(text: str) -> str:
    """The standby laptop's server, normalised to `http://host:port` (net/fallback.py)."""
    from runofshow.net.fallback import FallbackError, parse_fallback

    try:
        return parse_fallback(text)
    except FallbackError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def fallback_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--fallback", metavar="URL", type=fallback_arg, help=what)


def gui_parser(prog: str = "runofshow") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Run a live event from the podium.",
        epilog="Without FILE, opens the last file used, or the bundled roundtable example. Other commands "
        "(each with its own --help): check FILE... (validate event files), import AGENDA -o EVENT.yaml "
        "(from the organisers' CSV or Excel agenda), export EVENT -o PLAN.xlsx, report [EVENT] (what "
        "happened in a run), print EVENT -o FILE.pdf (the run of show on paper), connect URL --token T "
        "(the stage manager's window for a show on another laptop), standby URL --token T [--serve [HOST:]PORT] "
        "(a second laptop that holds every command and can take the show over).",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="the event file (YAML)")
    parser.add_argument(
        "--serve", metavar="[HOST:]PORT", type=listen_arg, help="serve the control API (host 127.0.0.1 by default)"
    )
    parser.add_argument(
        "--token",
        metavar="TOKEN",
        type=token_arg,
        help="the API token, at least 12 characters (one is generated and shown if not given)",
    )
    parser.add_argument(
        "--stage-token",
        metavar="TOKEN",
        type=token_arg,
        help="a token for cues and messages only, at least 12 characters (generated if not given)",
    )
    parser.add_argument(
        "--floor-token",
        metavar="TOKEN",
        type=token_arg,
        help="the floor manager's token: requests to speak, the queue's order and cues, never the clock "
        "(generated if not given)",
    )
    parser.add_argument(
        "--booth-token",
        metavar="TOKEN",
        type=token_arg,
        help="the interpreters' token: messages to the moderator or the speaker only (generated if not given)",
    )
    parser.add_argument(
        "--participant-token",
        metavar="TOKEN",
        type=token_arg,
        help="the room's token, in the /floor link: ask for the floor and withdraw only (generated if not given)",
    )
    parser.add_argument(
        "--audience-token",
        metavar="TOKEN",
        type=token_arg,
        help="the audience's token, in the /ask link: send questions for the panel only (generated if not given)",
    )
    parser.add_argument(
        "--allow-host",
        metavar="NAME",
        action="append",
        default=[],
        help="a host name the API answers to besides its addresses and localhost (repeatable)",
    )
    fallback_option(
        parser,
        "the standby laptop's server, http://HOST:PORT (e.g. http://10.0.0.8:8766): every link to the pages "
        "carries it, and the pages move to it by themselves if this laptop dies",
    )
    parser.add_argument(
        "--start-at",
        metavar="HH:MM",
        type=time_arg,
        help="rehearsal: the clock starts at this time of day on the event's date",
    )
    parser.add_argument(
        "--clock-speed", metavar="X", type=speed_arg, default=1.0, help="rehearsal: time runs X times faster"
    )
    parser.add_argument(
        "--osc",
        metavar="[HOST:]PORT",
        type=listen_arg,
        help="accept OSC commands over UDP (host 127.0.0.1 by default)",
    )
    parser.add_argument(
        "--osc-allow",
        metavar="ADDR",
        type=osc_allow_arg,
        action="append",
        help="an IP address or network (192.168.1.0/24) OSC packets are taken from (repeatable; "
        "default: this computer only, 127.0.0.0/8 and ::1)",
    )
    parser.add_argument(
        "--osc-feedback",
        metavar="HOST:PORT",
        type=listen_arg,
        help="send the show's state over OSC to this address, on every change and every second while running "
        "(a lighting desk, QLab, a script; for Companion's buttons use its module: companion/README.md)",
    )
    parser.add_argument(
        "--venue",
        metavar="mqtt://[USER:PASS@]HOST[:PORT]",
        type=broker_arg,
        help="join the venue's MQTT broker (mqtts:// for TLS): every room on one control room (docs/venue.md)",
    )
    parser.add_argument("--venue-ca", metavar="FILE", help="the CA certificate that signed the broker's (mqtts://)")
    parser.add_argument(
        "--venue-user",
        metavar="USER",
        help="the user to log in to the broker as (the password from RUNOFSHOW_VENUE_PASSWORD or the settings)",
    )
    parser.add_argument(
        "--venue-name", metavar="V", type=venue_name_arg, default=DEFAULT_VENUE_NAME, help="the venue's name"
    )
    parser.add_argument(
        "--room", metavar="ROOM_ID", type=room_arg, help="this room's id in the venue (needed with --venue)"
    )
    parser.add_argument("--room-name", metavar="NAME", help="this room's name as the control room shows it")
    parser.add_argument(
        "--plan",
        metavar="FILE",
        help="the venue file (DIR/venue.yaml from import -o DIR/): without FILE, this room's event file for today "
        "comes from it, and its venue and room names (default: the venue_plan setting)",
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--resume", action="store_true", help="resume the event's last run without asking")
    choice.add_argument("--new-run", action="store_true", help="start a new run (the last one is archived)")
    language_option(parser, "the language of the windows")
    parser.add_argument("--version", action="version", version=f"runofshow {__version__}")
    return parser


def language_option(parser: argparse.ArgumentParser, what: str = "the language of the window") -> None:
    parser.add_argument(
        "--language",
        choices=sorted(LANGUAGES),
        help=f"{what} (default: the setting, else the system's language)",
    )


def check_gui_options(parser: argparse.ArgumentParser, options: argparse.Namespace) -> None:
    """What no single option can check alone (a usage error, exit 2)."""
    if options.venue is not None and options.room is None:
        parser.error("--venue needs --room ROOM_ID (this room's id in the venue)")
    if options.venue is not None and options.venue_user not in (None, options.venue.username or options.venue_user):
        parser.error(f"--venue-user {options.venue_user} and the user in --venue's address differ")


def standby_parser() -> argparse.ArgumentParser:
    """`runofshow standby URL --token TOKEN [--serve [HOST:]PORT]` and the show's options, which
    hold once it takes over (the venue, OSC, the language): the GUI's parser, URL for FILE."""
    parser = gui_parser("runofshow standby")
    parser.description = (
        "A standby laptop: holds the show's journal on its own disk as the show writes it, shows the show, "
        "and takes it over (F12, or the API's takeover) if the show's laptop dies. URL: the show's --serve "
        "address; --token: its control token; --serve: where this laptop answers (and serves the show once "
        "it takes over; without it, the show's port on every address)."
    )
    parser.epilog = None
    return parser


def check_standby_options(parser: argparse.ArgumentParser, options: argparse.Namespace) -> None:
    check_gui_options(parser, options)
    if options.file is None:
        parser.error("give the show's address: runofshow standby URL --token TOKEN")
    if options.token is None:
        parser.error("give the show's control token: --token TOKEN")
    from runofshow.net.ws_client import ws_url

    try:
        ws_url(options.file)
    except ValueError as exc:
        parser.error(str(exc))
