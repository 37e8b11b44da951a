"""One page of a real headless Chromium kept open over its DevTools protocol: load it at a screen
size, wait for what it shows, evaluate, take a screenshot (transparent where the page is).

The browser itself is tests/helpers/browser.py's Browser (Debian's chromium, started with
--remote-debugging-port); the protocol is spoken with the `websockets` client the app already has.
Where a page changes with the show, the test waits for it with a deadline (a real browser and a
real app: time must pass), never a fixed sleep."""

from __future__ import annotations

import base64
import contextlib
import json
import time
from types import TracebackType
from typing import Any

from tests.helpers.browser import Browser


class Page:
    def __init__(
        self, browser: Browser, width: int, height: int, *, transparent: bool = False, new_tab: bool = False
    ) -> None:
        """`new_tab`: a tab of its own (else the browser's first)."""
        from websockets.sync.client import connect

        self._stack = contextlib.ExitStack()  # websockets wants its connection used as a context manager
        socket_url = browser.new_page_socket() if new_tab else browser.page_socket()
        self._ws = self._stack.enter_context(connect(socket_url, max_size=None))
        self._id = 0
        self.resize(width, height)
        if transparent:  # what OBS does with a browser source: no white behind the page
            self.call("Emulation.setDefaultBackgroundColorOverride", {"color": {"r": 0, "g": 0, "b": 0, "a": 0}})

    def __enter__(self) -> Page:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._stack.close()

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self._id += 1
        self._ws.send(json.dumps({"id": self._id, "method": method, "params": params or {}}))
        while True:
            message = json.loads(self._ws.recv(timeout=30))
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))

    def resize(self, width: int, height: int, *, mobile: bool = False) -> None:
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
        )

    def open(self, url: str) -> None:
        self.call("Page.navigate", {"url": url})

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 20.0, what: str = "") -> Any:
        """The expression's value once it is truthy (an AssertionError naming it after `timeout`)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                value = self.evaluate(expression)
            except RuntimeError:
                value = None  # the page is still loading: its script's names are not there yet
            if value:
                return value
            assert time.monotonic() < deadline, f"never true: {what or expression}"
            time.sleep(0.1)  # a real browser and app: time must pass

    def screenshot(self) -> bytes:
        """The viewport as PNG bytes."""
        return base64.b64decode(self.call("Page.captureScreenshot", {"format": "png"})["data"])
