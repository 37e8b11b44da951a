"""The API, OSC and feedback wired to the window (ui/session/remote_inputs.py)."""

from __future__ import annotations

from runofshow.files.resources import resource
from runofshow.net.access import Tokens
from runofshow.ui.session.controller import ShowController
from runofshow.ui.session.remote_inputs import RemoteInputs


def test_the_status_bar_line_says_the_address_never_the_tokens(controller: ShowController) -> None:
    tokens = Tokens.made("control-token-123456", "stage-token-1234567")
    inputs = RemoteInputs(("127.0.0.1", 0), None, tokens, resource("web"))
    assert inputs.remote_info() == ""  # no server yet: nothing to say
    inputs.attach(controller)
    try:
        info = inputs.remote_info()
        assert inputs.server is not None and inputs.server.url in info and "Ctrl+R" in info
        # The podium's screen is often seen by the room: the tokens stay in Help → Remote control.
        assert tokens.control not in info and tokens.stage not in info
    finally:
        inputs.stop()
