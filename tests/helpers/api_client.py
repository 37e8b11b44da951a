"""A plain HTTP client of the control API (net/server.py's ApiServer, started by the test)."""

from __future__ import annotations

import http.client
import json
from typing import Any

from runofshow.net.server import ApiServer

TOKEN = "s3cret-token"


def request(
    server: ApiServer, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, Any]:
    host, number = server.address
    conn = http.client.HTTPConnection(host, number, timeout=5)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, json.loads(data) if data else None


def command(server: ApiServer, payload: Any, token: str | None = TOKEN) -> tuple[int, Any]:
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return request(server, "POST", "/api/v1/command", body, headers)
