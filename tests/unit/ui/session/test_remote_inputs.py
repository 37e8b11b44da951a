"""The show's fallback (issue #29): given at start, or said by the standby when it links; what
builds links and serves pages reads the one current value."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from runofshow.files.resources import resource
from runofshow.net.access import Tokens
from runofshow.net.fallback import FallbackError
from runofshow.net.standby_hub import StandbyState
from runofshow.ui.session.remote_inputs import RemoteInputs


def inputs(fallback: str | None = None) -> RemoteInputs:
    return RemoteInputs(None, None, Tokens.made(), resource("web"), fallback=fallback)


def test_the_fallback_given_at_start_and_a_later_one_are_what_the_links_carry(qapp) -> None:
    remote = inputs("10.0.0.8:8766")
    assert remote.fallback.get() == "http://10.0.0.8:8766"
    remote.set_fallback("http://10.0.0.9:8766")
    assert remote.fallback.get() == "http://10.0.0.9:8766"
    with pytest.raises(FallbackError):
        remote.set_fallback("https://10.0.0.9:8766")
    assert remote.fallback.get() == "http://10.0.0.9:8766"


def test_a_standby_that_says_its_address_is_the_fallback_unless_it_names_no_laptop(qapp, monkeypatch) -> None:
    remote = inputs("http://10.0.0.7:8766")
    remote._ship_to_standby(SimpleNamespace(feed=SimpleNamespace(standby=None)))  # type: ignore[arg-type]
    shipping = remote.shipping
    assert shipping is not None
    said = {"url": ""}
    monkeypatch.setattr(shipping.hub, "state", lambda: StandbyState(True, True, "desk", said["url"]))
    said["url"] = "http://0.0.0.0:8766"  # a standby serving on every address: no page could open that
    shipping.changed.emit()
    assert remote.fallback.get() == "http://10.0.0.7:8766"
    said["url"] = "http://10.0.0.8:8766"
    shipping.changed.emit()
    assert remote.fallback.get() == "http://10.0.0.8:8766"
    shipping.hub.close()
