"""The new show knocks at the old show's address until it answers (#29): "stand down".

After a takeover the old laptop may come back (rebooted, its app restarted on its run): it would
go on as a show of the old term. So the new show keeps sending it `{"action": "stand_down",
"term", "holder", "url", "at"}` (the control token: both shows have the same tokens) every
KNOCK_S until it is answered: 200 (it stood down, or had already) ends the knocking; anything
else is tried again. A thread; plain Python.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from typing import Any

KNOCK_S = 1.0
TIMEOUT_S = 3.0


class Knocker:
    def __init__(self, old_url: str, token: str, word: dict[str, Any]) -> None:
        base = old_url.rstrip("/")
        if not base.endswith("/api/v1"):
            base = f"{base}/api/v1"
        self.target = f"{base}/command"
        self._token = token
        self._body = json.dumps({"action": "stand_down", **word}).encode()
        self._stop = threading.Event()
        self.answered = threading.Event()
        self.answer: dict[str, Any] = {}
        self._thread = threading.Thread(target=self._run, name="runofshow-knock", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            if self._knock():
                self.answered.set()
                return
            self._stop.wait(KNOCK_S)

    def _knock(self) -> bool:
        request = urllib.request.Request(
            self.target,
            data=self._body,
            headers={"Authorization": f"Bearer {self._token}", "Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                self.answer = json.loads(response.read(64 * 1024))
                return True
        except urllib.error.HTTPError as exc:
            exc.close()
            return False
        except (OSError, ValueError):  # nobody there yet (the old laptop is down), or not us
            return False
