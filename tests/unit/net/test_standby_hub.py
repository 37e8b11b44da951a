"""#29: the show's side of the standby link, without a network: a standby's hello is checked
before anything of it is used, and a show without a standby never waits."""

from __future__ import annotations

from typing import Any

import pytest

from runofshow.net.standby_hub import HelloError, StandbyHub, read_hello


def test_a_hello_is_read_and_checked() -> None:
    hello = read_hello({"session": "0001-x", "bytes": 10, "crc": 5, "term": 2, "host": "desk", "url": "http://a:1"})
    assert (hello.session, hello.bytes, hello.crc, hello.term, hello.host, hello.url) == (
        "0001-x", 10, 5, 2, "desk", "http://a:1",
    )  # fmt: skip
    assert read_hello({}).session is None  # a standby that holds nothing yet


@pytest.mark.parametrize(
    "bad",
    [[], {"session": 5}, {"session": ""}, {"session": "x" * 300}, {"bytes": -1}, {"bytes": True}, {"crc": "1"},
     {"term": 2**60}, {"host": "x" * 300}, {"url": "a\nb"}, {"host": 5}],
)  # fmt: skip
def test_a_hello_of_the_wrong_shape_is_refused(bad: Any) -> None:
    with pytest.raises(HelloError):
        read_hello(bad)


class Source:
    def position(self) -> tuple[str, int, int, int]:
        return "0001-x", 100, 3, 1

    def read(self, session: str, offset: int, limit: int) -> bytes:
        return b""

    def crc(self, session: str, length: int) -> int | None:
        return 0

    def timeline(self) -> tuple[float, str]:
        return 0.0, "2025-10-26T07:00:00+00:00"


def test_without_a_standby_a_write_waits_for_nobody() -> None:
    hub = StandbyHub("podium")
    hub.source = Source()
    told: list[bool] = []
    hub.on_change = lambda: told.append(True)
    hub.written(100)  # no standby linked: returns at once, nothing said
    assert told == [] and hub.state().linked is False and hub.state().in_step is False
    hub.close()


class Link:
    def __init__(self, here: str | None) -> None:
        self.here = here

    def local_host(self) -> str | None:
        return self.here


@pytest.mark.parametrize(
    ("serve", "here", "said"),
    [
        ("http://0.0.0.0:8766", "192.168.1.21", "http://192.168.1.21:8766"),  # every interface: the one on the link
        ("http://[::]:8766", "fd00::21", "http://[fd00::21]:8766"),
        ("http://192.168.1.21:8766", "10.0.0.5", "http://192.168.1.21:8766"),  # an address given is kept
        ("http://0.0.0.0:8766", None, "http://0.0.0.0:8766"),
        ("", "192.168.1.21", ""),  # no --serve: no address to say
    ],
)
def test_the_standby_says_an_address_the_show_and_its_pages_can_open(serve: str, here: str | None, said: str) -> None:
    from runofshow.net.standby_link import StandbyLink

    link = StandbyLink("http://192.168.1.20:8765", "x" * 20, copy=None, host="desk", serve_url=serve)  # type: ignore[arg-type]
    assert link._reachable(Link(here)) == said  # type: ignore[arg-type]
