"""The computer's own time zone, as an IANA name where the system says one."""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _valid(name: str) -> str | None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def local_zone_name() -> str:
    """`TZ`, else the target of /etc/localtime, else /etc/timezone, else UTC."""
    env = os.environ.get("TZ", "").lstrip(":")
    if env and (name := _valid(env)):
        return name
    localtime = Path("/etc/localtime")
    try:
        target = str(localtime.resolve())
    except OSError:
        target = ""
    if "zoneinfo/" in target and (name := _valid(target.split("zoneinfo/", 1)[1])):
        return name
    try:
        text = Path("/etc/timezone").read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    if text and (name := _valid(text)):
        return name
    return "UTC"
