"""Headless Chromium at a phone's 390×844, driven over its DevTools protocol (the websockets
client the app already has): the browser pages measured as a phone shows them."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    def __init__(self) -> None:
        self.profile = tempfile.mkdtemp(prefix="runofshow-chromium-")
        assert CHROMIUM is not None
        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--window-size=390,844", "--remote-debugging-port=0", f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            assert time.monotonic() < deadline, "chromium did not start"
            time.sleep(0.1)
        self.port = int(port_file.read_text().splitlines()[0])
        self._id = 0

    def page_socket(self) -> str:
        import urllib.request

        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/list", timeout=10) as answer:
            pages = [p for p in json.load(answer) if p["type"] == "page"]
        return str(pages[0]["webSocketDebuggerUrl"])

    def new_page_socket(self) -> str:
        """A new tab's DevTools socket (a second page open beside the first)."""
        import urllib.request

        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/json/new?about:blank", method="PUT")
        with urllib.request.urlopen(request, timeout=10) as answer:
            return str(json.load(answer)["webSocketDebuggerUrl"])

    def evaluate_after_load(self, url: str, expression: str, ready: str, timeout: float = 20) -> Any:
        from websockets.sync.client import connect

        with connect(self.page_socket(), max_size=None) as ws:
            self._call(ws, "Emulation.setDeviceMetricsOverride",
                       {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})  # fmt: skip
            self._call(ws, "Page.navigate", {"url": url})
            deadline = time.monotonic() + timeout
            while not self._call(ws, "Runtime.evaluate", {"expression": ready, "returnByValue": True}).get("value"):
                assert time.monotonic() < deadline, f"{url}: never ready ({ready})"
                time.sleep(0.2)
            return self._call(ws, "Runtime.evaluate", {"expression": expression, "returnByValue": True}).get("value")

    def _call(self, ws: Any, method: str, params: dict[str, Any]) -> dict[str, Any]:
        self._id += 1
        ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(ws.recv(timeout=20))
            if message.get("id") == self._id:
                return dict(message.get("result", {}).get("result", message.get("result", {})))

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        shutil.rmtree(self.profile, ignore_errors=True)


#: Every text cut short by its box (an ellipsis, or clipped): what a phone would not show whole.
CUT = """[...document.querySelectorAll('body *')].filter(e =>
    e.children.length === 0 && e.textContent.trim() && e.offsetParent !== null &&
    (e.scrollWidth > e.clientWidth + 1) && getComputedStyle(e).overflow !== 'visible'
  ).map(e => e.tagName + ' ' + e.className + ': ' + e.textContent.trim().slice(0, 60))"""
