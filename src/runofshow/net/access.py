"""Who may do what over the network, and who may talk to us at all.

Roles: a control token, a stage token, or nobody (the public view). Tokens are at least
MIN_TOKEN_CHARS long and compared in constant time. Wrong tokens are slowed per client address:
after MAX_FAILURES in FAILURE_WINDOW_S, a wrong token gets 429 with Retry-After until the window
has passed; a right token is never slowed.

Who may talk to us: the Host header must name an IP address (what a browser on the LAN types),
`localhost`, or a name given with `--allow-host`: a web page that rebinds its own name to our
address (DNS rebinding) sends its own name and gets nothing. A browser's WebSocket must come
from a page with our Host (its Origin), or carry no Origin (a script, `runofshow connect`).
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
import string
from collections import OrderedDict, deque
from collections.abc import Iterable, Mapping
from enum import StrEnum
from urllib.parse import urlsplit

MIN_TOKEN_CHARS = 12
TOKEN_CHARS = string.ascii_letters + string.digits
TOKEN_LENGTH = 20
MAX_FAILURES = 10
FAILURE_WINDOW_S = 60.0
MAX_TRACKED_ADDRESSES = 1024  # a flood from many addresses cannot grow the table without end


class Role(StrEnum):
    PUBLIC = "public"  # the public view of the state; no commands
    STAGE = "stage"  # the full state; cues and messages only
    CONTROL = "control"  # everything


#: What the stage token may send: the stage manager's handshake and messages, never the clock.
STAGE_ACTIONS = frozenset({"speaker_cue", "message"})


class TokenError(ValueError):
    """A token that may not be used (too short, or not text we accept)."""


def new_token() -> str:
    """Letters and digits only: a token starting with "-" reads as an option on a command line."""
    return "".join(secrets.choice(TOKEN_CHARS) for _ in range(TOKEN_LENGTH))


def check_token(token: str, what: str = "token") -> str:
    if len(token) < MIN_TOKEN_CHARS:
        raise TokenError(f"the {what} must be at least {MIN_TOKEN_CHARS} characters (this one has {len(token)})")
    if not token.isascii() or not token.isprintable() or " " in token:
        raise TokenError(f"the {what} must be printable ASCII without spaces")
    return token


class Access:
    def __init__(
        self, control_token: str, stage_token: str | None = None, *, allowed_hosts: Iterable[str] = ()
    ) -> None:
        self.control_token = check_token(control_token, "control token")
        self.stage_token = check_token(stage_token, "stage token") if stage_token else ""
        self.allowed_hosts = {"localhost", *(name.lower().rstrip(".") for name in allowed_hosts)}
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()

    # --- tokens ------------------------------------------------------------------------------
    def role_of(self, given: str | None) -> Role:
        """Compare in constant time against both tokens (both are always compared)."""
        candidate = (given or "").encode()
        control = hmac.compare_digest(candidate, self.control_token.encode())
        stage = bool(self.stage_token) and hmac.compare_digest(candidate, self.stage_token.encode())
        if control:
            return Role.CONTROL
        return Role.STAGE if stage else Role.PUBLIC

    def role_from_headers(self, headers: Mapping[str, str]) -> Role:
        return self.role_of(bearer(headers))

    def note_failure(self, address: str, now: float) -> None:
        """A wrong token from `address` at monotonic `now`."""
        times = self._failures.pop(address, None) or deque(maxlen=MAX_FAILURES)
        times.append(now)
        self._failures[address] = times
        while len(self._failures) > MAX_TRACKED_ADDRESSES:
            self._failures.popitem(last=False)

    def retry_after(self, address: str, now: float) -> float | None:
        """Seconds before `address` may try a wrong token again, or None if it may now."""
        times = self._failures.get(address)
        if times is None or len(times) < MAX_FAILURES:
            return None
        wait = times[0] + FAILURE_WINDOW_S - now
        return wait if wait > 0 else None

    # --- who may talk to us ---------------------------------------------------------------
    def host_allowed(self, host_header: str | None) -> bool:
        host = host_of(host_header or "")
        if not host:
            return False
        if host in self.allowed_hosts:
            return True
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return False
        return True  # an address literal cannot be rebound to us by someone else's name

    def origin_allowed(self, origin: str | None, host_header: str | None) -> bool:
        if origin is None:
            return True  # not a browser: scripts and `runofshow connect` send none
        try:
            netloc = urlsplit(origin).netloc.lower()
        except ValueError:
            return False
        return bool(netloc) and netloc == (host_header or "").strip().lower()


def bearer(headers: Mapping[str, str]) -> str | None:
    """The token of an `Authorization: Bearer TOKEN` header, if one was sent."""
    value = headers.get("authorization") or headers.get("Authorization") or ""
    scheme, _, given = value.partition(" ")
    return given.strip() if scheme.lower() == "bearer" and given.strip() else None


def host_of(host_header: str) -> str:
    """The host part of a Host header (`name:port`, `[v6]:port`), lower-cased; "" if malformed."""
    text = host_header.strip().lower()
    if text.startswith("["):
        end = text.find("]")
        if end < 0 or (text[end + 1 :] and not text[end + 1 :].startswith(":")):
            return ""
        return text[1:end]
    name, _, port = text.partition(":")
    if port and not port.isdigit():
        return ""
    return name.rstrip(".")


def allows(role: Role, action: object) -> bool:
    # `action` is whatever a stranger sent: a list or a dict is no action (and not hashable).
    return role is Role.CONTROL or (role is Role.STAGE and isinstance(action, str) and action in STAGE_ACTIONS)
