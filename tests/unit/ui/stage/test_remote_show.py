"""`runofshow connect --fallback` (issue #29): a lost link is tried again where it was, then at
the other address, in turn, so the window is on whichever of the show and its standby answers;
it says so when it follows the fallback. The links here are fakes: no socket, no wait."""

from __future__ import annotations

import json
from typing import Any

from runofshow.core.clock import FakeClock
from runofshow.net.websocket import WebSocketClosedError
from runofshow.ui.stage.remote_show import ATTEMPT_S, OPEN_S, Addresses, RemoteShow

SHOW, STANDBY = "http://10.0.0.5:8765", "http://10.0.0.8:8766"


class FakeLinks:
    """The network as the test sets it: which addresses answer, and with what states."""

    def __init__(self) -> None:
        self.up: dict[str, list[dict[str, Any]]] = {}  # address → the states it sends, then the link goes
        self.tried: list[tuple[str, float]] = []

    def __call__(self, url: str, token: str, timeout: float) -> FakeLink:
        self.tried.append((url, timeout))
        return FakeLink(self, url)


class FakeLink:
    def __init__(self, links: FakeLinks, url: str) -> None:
        self.links, self.url = links, url
        self.sent: list[str] = []

    def connect(self) -> None:
        if self.url not in self.links.up:
            raise ConnectionRefusedError(111, "Connection refused")

    def recv(self) -> str:
        states = self.links.up.get(self.url) or []
        if not states:
            raise WebSocketClosedError(1006, "connection closed")
        return json.dumps(states.pop(0))

    def send_text(self, text: str) -> None:
        self.sent.append(text)

    def close(self) -> None:
        pass


def state(where: str) -> dict[str, Any]:
    return {"version": 1, "from": where}


def remote_show(links: FakeLinks, fallback: str | None = STANDBY) -> RemoteShow:
    return RemoteShow(SHOW, "control-token-1234", FakeClock(), fallback=fallback, link=links)


def test_the_window_moves_to_the_fallback_when_the_show_is_gone_and_back_when_it_returns(qapp) -> None:
    links = FakeLinks()
    remote = remote_show(links)
    links.up[SHOW] = [state("show")]
    assert remote._attempt() is False  # followed until the link went
    remote._drain()
    assert remote.snapshot()["from"] == "show" and remote.linked() is False  # the link went after it
    assert remote.following() == SHOW and remote.following_fallback() is None
    del links.up[SHOW]  # the show's laptop died
    assert remote._attempt() is False  # the show once more (a moment's loss?): no answer, no pause yet
    links.up[STANDBY] = [state("standby")]
    remote._attempt()
    remote._drain()
    assert [url for url, _ in links.tried] == [SHOW, SHOW, STANDBY]
    assert remote.snapshot()["from"] == "standby"
    assert remote.following() == STANDBY and remote.following_fallback() == STANDBY
    del links.up[STANDBY]  # the standby goes too; the show's laptop is back
    links.up[SHOW] = [state("show again")]
    remote._attempt()  # the standby once more: nothing
    remote._attempt()
    remote._drain()
    assert [url for url, _ in links.tried][3:] == [STANDBY, SHOW]
    assert remote.snapshot()["from"] == "show again" and remote.following_fallback() is None


def test_while_neither_answers_both_are_tried_in_turn_with_a_pause_after_each_round(qapp) -> None:
    links = FakeLinks()
    remote = remote_show(links)
    pauses = [remote._attempt() for _ in range(4)]
    assert [url for url, _ in links.tried] == [SHOW, STANDBY, SHOW, STANDBY]
    assert pauses == [False, True, False, True]
    # Each attempt is short: a laptop that died without a word must not hold the window for 10 s.
    assert {timeout for _, timeout in links.tried} == {ATTEMPT_S}
    remote._drain()
    assert "reconnecting" in remote.status() and remote.linked() is False


def test_without_a_fallback_it_keeps_to_its_one_address(qapp) -> None:
    links = FakeLinks()
    remote = remote_show(links, fallback=None)
    assert [remote._attempt() for _ in range(3)] == [True, True, True]
    assert links.tried == [(SHOW, OPEN_S)] * 3


def test_the_status_says_which_address_it_follows_when_it_is_the_fallback(qapp) -> None:
    links = FakeLinks()
    remote = remote_show(links)
    links.up[STANDBY] = [state("standby")]
    remote._attempt()  # the show does not answer at start: the standby does
    remote._attempt()
    remote._drain()
    assert remote.following() == STANDBY
    remote._take("linked", STANDBY)  # as the network thread says it while the link is up
    assert remote.linked() is True
    assert remote.status() == f" · connected to the fallback {STANDBY}"


def test_addresses_alternate_and_a_lost_link_starts_where_it_was() -> None:
    addresses = Addresses(SHOW, STANDBY)
    assert addresses.current == SHOW
    assert addresses.failed() is False and addresses.current == STANDBY
    addresses.answered()
    addresses.lost()
    assert addresses.current == STANDBY  # the one it was on, first
    assert addresses.failed() is False and addresses.current == SHOW
    assert addresses.failed() is True and addresses.current == STANDBY
    alone = Addresses(SHOW)
    assert alone.failed() is True and alone.current == SHOW
