"""A standby laptop (#29): `runofshow standby URL --token TOKEN [--serve [HOST:]PORT]`.

It holds the show's journal on its own disk as the show writes it (net/standby_link.py into
files/standby_copy.py), shows the show as the stage manager's window does with a band saying what
it holds (ui/standby), and takes over when the operator says so (F12 or the button, confirmed; or
the API's `takeover` with the control token): the copy becomes a run of its own (a new term), and
the composition root opens it as the show, with the same tokens, on this laptop's address. With
`--serve`, until then, it answers `GET /api/v1/state` (the show as it last saw it, with
`"standby": {...}`) and refuses every other command (409: send it to the show).
"""

from __future__ import annotations

import argparse
import socket
import sys
from collections.abc import Callable
from typing import Any

from runofshow.core.clock import SystemClock
from runofshow.core.fields import CommandError, ConflictError
from runofshow.core.wording import Words
from runofshow.files.sessions import boot_id
from runofshow.files.standby_copy import StandbyCopy, TakenOver, TakeOverError, take_over
from runofshow.files.userdirs import UserDirs
from runofshow.net.standby_link import LinkStatus, StandbyLink

#: What the composition root does with a copy taken over: open it as the show (tokens by role,
#: the address to serve on, the old show's address to tell it to stand down).
BecomeShow = Callable[[TakenOver, dict[str, str], tuple[str, int], str], None]
#: Waiting for the show's first state before the window opens.
FIRST_STATE_S = 15.0


class StandbyApp:
    def __init__(
        self, options: argparse.Namespace, become_show: BecomeShow, *, stood_down: Words | None = None
    ) -> None:
        """`stood_down`: this laptop held the show and was taken over (what a command sent here is told)."""
        from runofshow.ui.session.gui_call import GuiCalls

        self._stood_down = stood_down
        self._options = options
        self._become_show = become_show
        self._clock = SystemClock()
        self.url: str = options.file
        self._dirs = UserDirs.default()
        self.copy = StandbyCopy(self._dirs.state / "standby")
        self.host = socket.gethostname()[:100]
        self._calls = GuiCalls()
        self.server: Any = None
        self.window: Any = None
        self.remote: Any = None
        self.link = StandbyLink(self.url, options.token, self.copy, host=self.host, serve_url="", clock=self._clock)
        self.taken: TakenOver | None = None

    # --- starting --------------------------------------------------------------------------------
    def start(self) -> bool:
        """Link, view and window; False when the show never answered."""
        from runofshow.ui.stage.remote_show import RemoteShow
        from runofshow.ui.standby.standby_window import StandbyWindow

        if self._options.serve is not None:
            self._serve(self._options.serve)
        self.link.on_change = lambda: self._calls.soon(self._refresh)
        self.link.start()
        self.remote = RemoteShow(self.url, self._options.token, self._clock)
        if self.server is not None:  # pages that came here early follow the show as this laptop holds it
            self.remote.changed.connect(self._publish)
        self.remote.start()
        if not self.remote.wait_for_state(FIRST_STATE_S):
            print(f"runofshow standby: no show answered at {self.url}", file=sys.stderr)
            self.stop()
            return False
        self.window = StandbyWindow(self.remote, self.link.status, lambda: self._clock.now().mono, self.url)
        self.window.take_over_requested.connect(self.take_over)
        self.window.resize(1100, 760)
        self.window.show()
        print(f"runofshow: standby for the show at {self.url}", flush=True)
        return True

    def _serve(self, listen: tuple[str, int]) -> None:
        from runofshow.files.resources import resource
        from runofshow.net.access import Access
        from runofshow.net.server import ApiServer

        host, port = listen
        self.server = ApiServer(host, port, _StandbyPort(self), Access(self._options.token), web_dir=resource("web"))
        self.server.start()
        shown = f"[{host}]" if ":" in host else host
        self.link.serve_url = f"http://{shown}:{self.server.address[1]}"
        print(f"runofshow: standby API at {self.server.url}", flush=True)

    def _publish(self) -> None:
        server = self.server
        if server is not None and server.feed.listening:
            server.feed.publish(self.state())

    def _refresh(self) -> None:
        if self.window is not None:
            self.window.refresh()

    # --- the API's view, from its threads ----------------------------------------------------------
    def state(self) -> dict[str, Any]:
        remote = self.remote
        # The last state the feed brought (a plain read: the view's thread replaces it whole).
        shown = remote.last_state() if remote is not None else None
        return {**(shown or {}), "standby": self.standby_state()}

    def standby_state(self) -> dict[str, Any]:
        s: LinkStatus = self.link.status()
        held = self.copy.held()
        lost = 0.0 if s.lost_since is None else max(self._clock.now().mono - s.lost_since, 0.0)
        return {
            "show": self.url,
            "holder": s.holder,
            "linked": s.linked,
            "in_step": s.in_step,
            "records_behind": s.records_behind,
            "lost_for": round(lost, 1),
            "term": s.term,
            "session": held.session,
            "records": held.records,
            "taken_over": self.taken is not None,
        }

    def command(self, data: Any) -> dict[str, Any] | None:
        action = data.get("action") if isinstance(data, dict) else None
        if action != "takeover":
            holder = self.link.status().holder or self.url
            if self._stood_down is not None:
                raise ConflictError(self._stood_down.template, **self._stood_down.values)
            raise ConflictError(
                "this laptop is the standby for {host}: send commands to the show at {url}", host=holder, url=self.url
            )
        result: dict[str, Any] = self._calls.call(self.take_over_now)
        return result

    # --- taking over -------------------------------------------------------------------------------
    def take_over(self) -> None:
        """From the window (already confirmed): errors are said in a box."""
        try:
            self.take_over_now()
        except CommandError as exc:
            from runofshow.ui.widgets.i18n import words_text
            from runofshow.ui.widgets.plain_text import plain_box

            plain_box(self.window, "runofshow", words_text(exc.words)).exec()

    def take_over_now(self) -> dict[str, Any]:
        """The copy becomes this laptop's show (on the GUI thread). Raises `CommandError` (nothing
        changed, the link goes on) when there is nothing to take over yet."""
        if self.taken is not None:
            return {"taken_over": True, "term": self.taken.term}
        if self.copy.session is None:
            raise CommandError("nothing to take over: the show has sent no journal yet")
        status = self.link.status()
        self.link.stop()  # nothing more is written to the copy from here on
        listen = self._listen()
        try:
            taken = take_over(
                self.copy,
                self._dirs.state / "taken-over",
                self._dirs.state,
                holder=self.host,
                url=self.link.serve_url,
                raw=self._clock.now(),
                boot=boot_id(),
                offset=self.link.offset(),
            )
        except (TakeOverError, OSError) as exc:
            self.link = StandbyLink(
                self.url, self._options.token, self.copy, host=self.host, serve_url=self.link.serve_url
            )
            self.link.on_change = lambda: self._calls.soon(self._refresh)
            self.link.start()
            raise CommandError(str(exc)) from exc
        self.taken = taken
        tokens = status.tokens or {"control": self._options.token}
        print(f"runofshow: took over the show from {status.holder or self.url} (term {taken.term})", flush=True)
        self._calls.soon(lambda: self._hand_over(taken, tokens, listen))
        return {"taken_over": True, "term": taken.term, "event": str(taken.event_path)}

    def _listen(self) -> tuple[str, int]:
        """Where the new show serves: the standby's own address, else the show's port on every address."""
        if self.server is not None:
            address: tuple[str, int] = self.server.address
            return address
        from runofshow.net.ws_client import ws_url

        return "0.0.0.0", ws_url(self.url)[1]

    def _hand_over(self, taken: TakenOver, tokens: dict[str, str], listen: tuple[str, int]) -> None:
        if self.remote is not None:
            self.remote.stop()
        if self.server is not None:
            self.server.stop()  # the new show listens on this address
            self.server = None
        window = self.window
        self.window = None
        self._become_show(taken, tokens, listen, self.url)
        if window is not None:
            window.close()
            window.deleteLater()

    def stop(self) -> None:
        self.link.stop()
        if self.remote is not None:
            self.remote.stop()
        if self.server is not None:
            self.server.stop()
            self.server = None
        self.copy.close()


class _StandbyPort:
    """The standby's API (`--serve`): its state, and `takeover`."""

    def __init__(self, app: StandbyApp) -> None:
        self._app = app

    def state(self) -> dict[str, Any]:
        return self._app.state()

    def command(self, data: Any) -> dict[str, Any] | None:
        return self._app.command(data)
