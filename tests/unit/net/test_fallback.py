"""The fallback address (issue #29): the standby laptop's server, always `http://HOST:PORT`, in
every link the show hands out and in the pages it serves."""

from __future__ import annotations

import argparse
import threading

import pytest

from runofshow.net.fallback import (
    FallbackAddress,
    FallbackError,
    fallback_or_none,
    page_with_fallback,
    parse_fallback,
    usable_fallback,
    with_fallback,
)
from runofshow.options import fallback_arg, gui_parser


@pytest.mark.parametrize(
    ("given", "address"),
    [
        ("http://10.0.0.8:8766", "http://10.0.0.8:8766"),
        ("http://10.0.0.8:8766/", "http://10.0.0.8:8766"),
        ("10.0.0.8:8766", "http://10.0.0.8:8766"),
        ("HTTP://Standby.Local:8766", "http://standby.local:8766"),
        ("http://[fe80:0:0::1]:8766", "http://[fe80::1]:8766"),
        ("  http://10.0.0.8:8766  ", "http://10.0.0.8:8766"),
    ],
)
def test_an_address_is_normalised_to_http_host_port(given: str, address: str) -> None:
    assert parse_fallback(given) == address
    assert fallback_arg(given) == address


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("https://10.0.0.8:8766", "is not an http:// address"),
        ("ws://10.0.0.8:8766", "is not an http:// address"),
        ("http://10.0.0.8:8766/speaker", "has a path or query"),
        ("http://10.0.0.8:8766/api/v1/", "has a path or query"),
        ("http://10.0.0.8:8766?x=1", "has a path or query"),
        ("http://10.0.0.8:8766#x", "has a path or query"),
        ("http://10.0.0.8", "has no port"),
        ("http://10.0.0.8:0", "has no port"),
        ("http://10.0.0.8:99999", "no valid port"),
        ("http://me:secret@10.0.0.8:8766", "user name"),
        ("http://a_b:8766", "not a host name"),
        ("http://10.0.0.8:8766;script-src", "is not an address"),
        ('http://x"onload=1:8766', "is not an address"),
        ("", "empty"),
        ("http://" + "a" * 300 + ":1", "over 300 characters"),
    ],
)
def test_anything_else_is_refused_with_the_reason(given: str, said: str) -> None:
    with pytest.raises(FallbackError, match=said):
        parse_fallback(given)
    with pytest.raises(argparse.ArgumentTypeError, match=said):
        fallback_arg(given)
    assert fallback_or_none(given) is None


def test_the_command_line_takes_it_and_refuses_others_as_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert gui_parser().parse_args(["--fallback", "10.0.0.8:8766"]).fallback == "http://10.0.0.8:8766"
    assert gui_parser().parse_args([]).fallback is None
    with pytest.raises(SystemExit) as info:
        gui_parser().parse_args(["--fallback", "https://10.0.0.8:8766"])
    assert info.value.code == 2
    assert "is not an http:// address" in capsys.readouterr().err


def test_links_carry_it_in_their_query_before_the_token() -> None:
    fallback = "http://10.0.0.8:8766"
    encoded = "fallback=http%3A%2F%2F10.0.0.8%3A8766"
    assert with_fallback("http://10.0.0.5:8765/speaker", fallback) == f"http://10.0.0.5:8765/speaker?{encoded}"
    assert with_fallback("http://h:1/stage#token=ABC", fallback) == f"http://h:1/stage?{encoded}#token=ABC"
    assert with_fallback("http://h:1/agenda?lang=fr", fallback) == f"http://h:1/agenda?lang=fr&{encoded}"
    assert with_fallback("http://h:1/agenda", None) == "http://h:1/agenda"


def test_a_served_page_names_it_in_a_meta() -> None:
    page = b'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"></head><body></body></html>'
    named = page_with_fallback(page, "http://10.0.0.8:8766")
    assert b'<head><meta name="runofshow-fallback" content="http://10.0.0.8:8766"><meta charset' in named
    with pytest.raises(FallbackError):
        page_with_fallback(page, 'http://x"><script>:1')


def test_the_current_fallback_is_set_from_any_thread_and_a_bad_one_changes_nothing() -> None:
    fallback = FallbackAddress()
    assert fallback.get() is None
    setter = threading.Thread(target=fallback.set, args=("10.0.0.8:8766",))
    setter.start()
    setter.join()
    assert fallback.get() == "http://10.0.0.8:8766"
    with pytest.raises(FallbackError):
        fallback.set("https://10.0.0.9:8766")
    assert fallback.get() == "http://10.0.0.8:8766"
    fallback.set(None)
    assert fallback.get() is None
    assert FallbackAddress("10.0.0.7:1").get() == "http://10.0.0.7:1"


def test_connect_takes_a_fallback_and_refuses_a_bad_one_before_any_window(capsys: pytest.CaptureFixture[str]) -> None:
    from runofshow.cli import connect_main

    with pytest.raises(SystemExit) as info:
        connect_main(["http://10.0.0.5:8765", "--token", "stage-token-12", "--fallback", "http://10.0.0.8:8766/x"])
    assert info.value.code == 2
    assert "--fallback: 'http://10.0.0.8:8766/x' has a path or query" in capsys.readouterr().err


def test_a_standby_that_serves_on_every_address_names_no_fallback() -> None:
    assert usable_fallback("http://10.0.0.8:8766") == "http://10.0.0.8:8766"
    assert usable_fallback("http://standby.local:8766") == "http://standby.local:8766"
    assert usable_fallback("http://0.0.0.0:8766") is None
    assert usable_fallback("http://[::]:8766") is None
    assert usable_fallback("") is None
    assert usable_fallback("nonsense") is None
