"""The show's inputs from other devices: the HTTP/WebSocket server and OSC, each optional.

Both reach the show through one `MainThreadPort` per controller (commands run on the GUI
thread, where the show lives); a new run or a reloaded file brings a new controller, and
`attach` points every input at it. The live feed publishes the frame the window paints.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from runofshow.net.access import Tokens
from runofshow.net.fallback import FallbackAddress, usable_fallback
from runofshow.net.osc import DEFAULT_ALLOW, Network, OscServer
from runofshow.net.osc_feedback import OscFeedback
from runofshow.net.server import ApiServer, port_in_use
from runofshow.ui.session.controller import ShowController
from runofshow.ui.session.remote_dialog import RemoteAccess
from runofshow.ui.session.remote_port import MainThreadPort, Preparer
from runofshow.ui.session.standby_ship import StandbyShipping
from runofshow.ui.widgets.i18n import translate

Listen = tuple[str, int]


class InputUnavailableError(OSError):
    """A server could not listen (the port is taken, the address is not ours)."""


class RemoteInputs:
    def __init__(
        self,
        serve: Listen | None,
        osc: Listen | None,
        tokens: Tokens,
        web_dir: Path,
        *,
        allowed_hosts: list[str] | None = None,
        full_view_on_loopback: bool = False,
        osc_feedback: Listen | None = None,
        osc_allow: Sequence[Network] | None = None,
        fallback: str | None = None,
    ) -> None:
        self._osc_allow = tuple(osc_allow or DEFAULT_ALLOW)
        self._allowed_hosts = allowed_hosts or []
        self._full_view_on_loopback = full_view_on_loopback
        self._serve, self._osc_listen = serve, osc
        self.tokens = tokens
        self.token, self.stage_token = tokens.control, tokens.stage
        self._web_dir = web_dir
        #: Where the pages and `connect` windows go should this laptop die (`--fallback`, or a
        #: standby that says its address): the server and Help → Remote control read it when used.
        self.fallback = FallbackAddress(fallback)
        self._port: MainThreadPort | None = None
        self.server: ApiServer | None = None
        self.osc: OscServer | None = None
        self._feedback_to = osc_feedback
        self.feedback: OscFeedback | None = None
        #: The standby laptop's link (#29): made with the server (a standby follows the feed).
        self.shipping: StandbyShipping | None = None
        #: Set by the session (ShowApp.prepare_command): a command's slow part off the GUI thread
        #: (ui/session/remote_port.py), the file read for a `reload`.
        self.prepare: Preparer | None = None

    def attach(self, controller: ShowController) -> None:
        """Send every input's commands to `controller`; the servers start on the first call."""
        # The port first: a message may arrive the moment a server listens.
        self._port = MainThreadPort(controller, self.prepare)
        if self._serve is not None:
            if self.server is None:
                host, port = self._serve
                try:
                    self.server = ApiServer(
                        host,
                        port,
                        self._port,
                        self.tokens.access(self._allowed_hosts),
                        web_dir=self._web_dir,
                        full_view_on_loopback=self._full_view_on_loopback,
                        fallback=self.fallback,
                    )
                except OSError as exc:
                    said = port_in_use(exc, port, "--serve")
                    raise InputUnavailableError(
                        exc.errno, said or f"cannot serve the API on {host}:{port}: {exc.strerror or exc}"
                    ) from exc
                self._ship_to_standby(self.server)
                self.server.start()
                print(
                    f"runofshow: control API at {self.server.url} (token: {self.token}; "
                    f"stage token: {self.stage_token}; floor token: {self.tokens.floor}; "
                    f"booth token: {self.tokens.booth}; participant token: {self.tokens.participant}; "
                    f"audience token: {self.tokens.audience})",
                    flush=True,
                )
            else:
                self.server.set_port(self._port)
            feed = self.server.feed
            shipping = self.shipping
            if shipping is not None:
                controller.extras["standby"] = shipping.state

            def publish() -> None:
                if feed.listening:  # build states only for someone
                    feed.publish(controller.state_of(controller.frame))

            controller.changed.connect(publish)
            controller.tick.connect(publish)
        if self._feedback_to is not None:
            if self.feedback is None:
                host, port = self._feedback_to
                try:
                    self.feedback = OscFeedback(host, port)
                except OSError as exc:
                    raise InputUnavailableError(
                        exc.errno or 0, f"cannot send OSC feedback to {host}:{port}: {exc.strerror or exc}"
                    ) from exc
                print(f"runofshow: OSC feedback to udp://{host}:{port}", flush=True)
            feedback = self.feedback

            def send_state() -> None:
                feedback.send(controller.frame.snapshot())

            def send_each_second() -> None:
                if controller.show.running:  # the tick comes on the true second boundary
                    send_state()

            controller.changed.connect(send_state)
            controller.tick.connect(send_each_second)
            send_state()
        if self._osc_listen is not None and self.osc is None:
            host, port = self._osc_listen
            try:
                self.osc = OscServer(host, port, self._osc_command, allow=self._osc_allow)
            except OSError as exc:
                said = port_in_use(exc, port, "--osc")
                raise InputUnavailableError(
                    exc.errno, said or f"cannot listen for OSC on {host}:{port}: {exc.strerror or exc}"
                ) from exc
            self.osc.start()
            print(f"runofshow: OSC on udp://{host}:{self.osc.address[1]}", flush=True)
            if self._osc_allow == DEFAULT_ALLOW and host not in ("127.0.0.1", "localhost", "::1"):
                # Listening on the network but, by default, taking packets from this computer only.
                print(
                    f"runofshow: OSC takes packets from this computer only; give --osc-allow ADDR for a "
                    f"Companion or console on another (OSC listens on {host})",
                    file=sys.stderr,
                    flush=True,
                )

    def _ship_to_standby(self, server: ApiServer) -> None:
        import socket

        from runofshow.net.standby_hub import StandbyHub
        from runofshow.ui.session.standby_ship import StandbyShipping

        hub = StandbyHub(socket.gethostname()[:100])
        server.feed.standby = hub
        self.shipping = StandbyShipping(hub)
        self.shipping.changed.connect(self._standby_changed)

    def _standby_changed(self) -> None:
        """A standby that says where it serves is the pages' fallback from now on (it knows its
        address better than the command line did); one that serves on every address (0.0.0.0)
        names none a page could open, and the `--fallback` given, if any, stays."""
        if self.shipping is not None:
            url = usable_fallback(self.shipping.hub.state().url)
            if url is not None and url != self.fallback.get():
                self.set_fallback(url)

    def _osc_command(self, data: Any) -> None:
        # Read at call time: after a reload the port is the new controller's.
        if self._port is not None:
            self._port.command(data)

    def remote_info(self) -> str:
        """The address to tell the moderator, and where the rest is ("" without an API server).
        Never the tokens: the podium's screen is often seen by the room (Help → Remote control,
        Ctrl+R, shows them to whoever asks)."""
        if self.server is None:
            return ""
        return translate("RemoteInputs", "API {url} · Ctrl+R: links and tokens").format(url=self.server.url)

    def set_fallback(self, url: str | None) -> None:
        """The standby's address (http://HOST:PORT), from any thread; None: none. Links built and
        pages served from now on carry it (`FallbackError` for an address that is not one)."""
        self.fallback.set(url)

    def remote_access(self) -> RemoteAccess | None:
        if self.server is None:
            return None
        host, port = self.server.address
        t = self.tokens
        return RemoteAccess(
            host, port, t.control, t.stage, t.floor, t.booth, t.participant, t.audience, fallback=self.fallback
        )

    def stop(self) -> None:
        if self.shipping is not None:
            self.shipping.hub.close()
        if self.feedback is not None:
            self.feedback.close()
        if self.osc is not None:
            self.osc.stop()
        if self.server is not None:
            self.server.stop()
