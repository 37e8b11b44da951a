"""Who may do what over the network, and who may talk to us at all.

Roles, each a token of its own (or nobody: the public view):
- control: everything (the moderator's app, Companion, scripts);
- stage: the stage manager's cues and messages, and the stream's lower third shown or hidden;
- floor: the floor manager's: take requests to speak, accept, decline, reorder and cue the
  waiting, send a message; never the clock;
- booth: the interpreters' messages to the moderator or the speaker (marked "from": "booth");
- participant: a phone in the room (the link on the QR code): ask for the floor and withdraw;
- audience: a phone in the audience (the /ask link): send a question and read its own questions'
  status, nothing else (403), not even the state.
Tokens are at least MIN_TOKEN_CHARS long and compared in constant time. Wrong tokens are slowed
per client address: after MAX_FAILURES in FAILURE_WINDOW_S, a wrong token gets 429 with
Retry-After until the window has passed; a right token is never slowed.

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
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from runofshow.core.envelope import MAX_BY_CHARS
from runofshow.core.floor_actions import MAX_DEVICE_CHARS
from runofshow.core.floor_requests import MAX_ORIGIN_CHARS
from runofshow.core.snapshot import public_view

MIN_TOKEN_CHARS = 12
TOKEN_CHARS = string.ascii_letters + string.digits
TOKEN_LENGTH = 20
MAX_FAILURES = 10
FAILURE_WINDOW_S = 60.0
MAX_TRACKED_ADDRESSES = 1024  # a flood from many addresses cannot grow the table without end


class Role(StrEnum):
    PUBLIC = "public"  # the public view of the state; no commands
    PARTICIPANT = "participant"  # the public view; asks for the floor and withdraws
    AUDIENCE = "audience"  # sends questions and reads its own (/api/v1/ask); nothing else
    BOOTH = "booth"  # the public view and the booth's own messages; messages only
    FLOOR = "floor"  # the full state; requests to speak, the queue's order and cues
    STAGE = "stage"  # the full state; cues, messages and the lower third only
    CONTROL = "control"  # everything


#: What the stage token may send: the stage manager's handshake, messages and the stream's lower
#: third shown or hidden, never the clock.
STAGE_ACTIONS = frozenset({"speaker_cue", "message", "lower_third"})
#: What each token but the control token may send (the control token may send everything).
ROLE_ACTIONS: dict[Role, frozenset[str]] = {
    Role.STAGE: STAGE_ACTIONS,
    Role.FLOOR: frozenset(
        {
            "floor_request",
            "floor_withdraw",
            "floor_accept",
            "floor_decline",
            "floor_clear",
            "audience_moderate",
            "speaker_move",
            "speaker_cue",
            "message",
        }
    ),
    Role.BOOTH: frozenset({"message"}),
    Role.PARTICIPANT: frozenset({"floor_request", "floor_withdraw"}),
    Role.AUDIENCE: frozenset({"audience_question"}),
}
#: Whom the booth may write to (the stage manager has their own channel).
BOOTH_RECIPIENTS = ("moderator", "speaker")
#: Who a message says it is from, by the token that sent it (the stage manager's: no name, "FROM STAGE").
SENDER_OF: dict[Role, str] = {Role.BOOTH: "booth", Role.FLOOR: "floor"}


class RefusedError(ValueError):
    """A command this role may not send (403), with the reason."""


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
        self,
        control_token: str,
        stage_token: str | None = None,
        *,
        floor_token: str | None = None,
        booth_token: str | None = None,
        participant_token: str | None = None,
        audience_token: str | None = None,
        allowed_hosts: Iterable[str] = (),
    ) -> None:
        self.control_token = check_token(control_token, "control token")
        self.stage_token = check_token(stage_token, "stage token") if stage_token else ""
        self.floor_token = check_token(floor_token, "floor token") if floor_token else ""
        self.booth_token = check_token(booth_token, "booth token") if booth_token else ""
        self.participant_token = check_token(participant_token, "participant token") if participant_token else ""
        self.audience_token = check_token(audience_token, "audience token") if audience_token else ""
        tokens = [
            self.control_token,
            self.stage_token,
            self.floor_token,
            self.booth_token,
            self.participant_token,
            self.audience_token,
        ]
        given = [t for t in tokens if t]
        if len(set(given)) != len(given):
            raise TokenError("each token must differ from the others (one token, one role)")
        self.allowed_hosts = {"localhost", *(name.lower().rstrip(".") for name in allowed_hosts)}
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()

    # --- tokens ------------------------------------------------------------------------------
    def tokens(self) -> dict[str, str]:
        """Every role's token by its name (for a standby that may serve them after a takeover)."""
        return {
            "control": self.control_token,
            "stage": self.stage_token,
            "floor": self.floor_token,
            "booth": self.booth_token,
            "participant": self.participant_token,
            "audience": self.audience_token,
        }

    def role_of(self, given: str | None) -> Role:
        """Compare in constant time against every token (all are always compared)."""
        candidate = (given or "").encode()
        found = Role.PUBLIC
        for role, token in (
            (Role.CONTROL, self.control_token),
            (Role.STAGE, self.stage_token),
            (Role.FLOOR, self.floor_token),
            (Role.BOOTH, self.booth_token),
            (Role.PARTICIPANT, self.participant_token),
            (Role.AUDIENCE, self.audience_token),
        ):
            if hmac.compare_digest(candidate, token.encode()) and token and found is Role.PUBLIC:
                found = role
        return found

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


@dataclass(frozen=True, slots=True)
class Tokens:
    """Every role's token (the composition root makes them: given, or generated)."""

    control: str
    stage: str
    floor: str = ""
    booth: str = ""
    participant: str = ""
    audience: str = ""

    @classmethod
    def made(
        cls,
        control: str | None = None,
        stage: str | None = None,
        *,
        floor: str | None = None,
        booth: str | None = None,
        participant: str | None = None,
        audience: str | None = None,
    ) -> Tokens:
        """The tokens given, a new one for each that is not."""
        return cls(
            control or new_token(),
            stage or new_token(),
            floor or new_token(),
            booth or new_token(),
            participant or new_token(),
            audience or new_token(),
        )

    def access(self, allowed_hosts: Iterable[str] = ()) -> Access:
        return Access(
            self.control,
            self.stage,
            floor_token=self.floor or None,
            booth_token=self.booth or None,
            participant_token=self.participant or None,
            audience_token=self.audience or None,
            allowed_hosts=allowed_hosts,
        )


def allows(role: Role, action: object) -> bool:
    # `action` is whatever a stranger sent: a list or a dict is no action (and not hashable).
    if role is Role.CONTROL:
        return True
    return isinstance(action, str) and action in ROLE_ACTIONS.get(role, frozenset())


def admit(role: Role, data: object, address: str, connection: str = "") -> object:
    """The command `role` may apply, as it is to be applied, or `RefusedError` with the reason.

    Who said it is the token's to say, never the sender's: every command carries `by`
    ("ROLE@ADDRESS", core/envelope.py), which keeps its request ids apart from other tokens' and
    its undo to its own changes; a message's `from` is the role's ("booth", "floor"; the stage
    manager's none), and only the control token may give a venue's `ref`. A phone's request
    carries its device (the one its page keeps); without one it belongs to `connection` alone
    (this WebSocket, or this one HTTP request), so no other phone behind the same address can
    withdraw it, nor ask twice under one name."""
    action = data.get("action") if isinstance(data, dict) else None
    if not allows(role, action):
        shown = action if isinstance(action, str) else "that"
        raise RefusedError(f"the {role.value} token may not '{shown}' ({_what_it_may(role)})")
    if not isinstance(data, dict):
        return data
    data = {**data, "by": f"{role.value}@{address}"[:MAX_BY_CHARS]}
    if role is Role.CONTROL:
        return data
    if "ref" in data:
        raise RefusedError(f"the {role.value} token may not give 'ref' (a venue's message id)")
    if action == "message":
        sender = SENDER_OF.get(role)
        data = {**{k: v for k, v in data.items() if k != "from"}, **({"from": sender} if sender else {})}
    if role is Role.BOOTH and data.get("to") not in BOOTH_RECIPIENTS:
        raise RefusedError("the booth writes to the moderator or the speaker only")
    if role in (Role.PARTICIPANT, Role.AUDIENCE):
        device = data.get("device")
        if not (isinstance(device, str) and device):
            data["device"] = f"conn:{connection or secrets.token_hex(8)}"[:MAX_DEVICE_CHARS]
        if action == "floor_request":
            data["origin"] = address[:MAX_ORIGIN_CHARS]  # the per-address bound counts what the server saw
    return data


def without_devices(state: dict[str, Any]) -> dict[str, Any]:
    """The state without the phones' ids (they only tell a phone its own requests and questions:
    floor_view, ask_view)."""
    cleaned = dict(state)
    for key in ("floor_requests", "audience_questions"):
        rows = state.get(key)
        if rows:
            cleaned[key] = [{k: v for k, v in r.items() if k != "device"} for r in rows]
    return cleaned


def _what_it_may(role: Role) -> str:
    if role is Role.PUBLIC:
        return "send a token"
    return ", ".join(sorted(ROLE_ACTIONS.get(role, frozenset()))) + " only"


def view_for(role: Role, state: dict[str, Any]) -> dict[str, Any]:
    """The state as `role` may see it: the crew the whole of it; the booth and the room the
    public view (the booth with its own messages, to see them acknowledged)."""
    if role in (Role.CONTROL, Role.STAGE, Role.FLOOR):
        return without_devices(state)
    public = public_view(state)
    if role is Role.BOOTH:
        own = [m for m in state.get("messages", ()) if m.get("from") == "booth"]
        public["messages"] = [*own, *(m for m in public["messages"] if m.get("from") != "booth")]
        # The texts to come, which the room does not see (a speech may be embargoed until given).
        documents = {s["id"]: s.get("documents", []) for s in state["segments"]}
        public["segments"] = [{**s, "documents": documents.get(s["id"], [])} for s in public["segments"]]
    return public
