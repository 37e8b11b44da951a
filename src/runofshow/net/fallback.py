"""The fallback address: where the show's pages and `connect` windows go when this laptop dies.

A standby laptop (`runofshow standby`) takes the show over on its own address; every link the
show hands out carries that address as `fallback=http://HOST:PORT` in its query (before a
`#token=…`, which stays out of the server's logs), the pages' own script moves to it when the
feed has been lost for a moment and it answers (resources/web/live.js), and `runofshow connect
--fallback` alternates between both (ui/stage/remote_show.py).

The address is always `http://HOST:PORT` and nothing else: it goes into links, QR codes, a
Content-Security-Policy header and a page's <meta>, so a quote, a space, a path or a scheme that
could carry anything else is refused here, once, with the reason.
"""

from __future__ import annotations

import ipaddress
import re
import threading
from urllib.parse import quote, urlsplit

PARAMETER = "fallback"
MAX_CHARS = 300  # a host name is at most 253 characters
_NAME = re.compile(r"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$")


class FallbackError(ValueError):
    """An address that is not `http://HOST:PORT` (the reason in words)."""


def parse_fallback(text: str) -> str:
    """`text` as `http://host:port` (host lower-cased, an IPv6 address in brackets), or
    `FallbackError`. `HOST:PORT` alone is taken as http; a trailing "/" is dropped."""
    given = text.strip()
    if not given:
        raise FallbackError("the fallback address is empty: give http://HOST:PORT")
    if len(given) > MAX_CHARS:
        raise FallbackError(f"the fallback address is over {MAX_CHARS} characters")
    if not given.isascii() or not given.isprintable() or any(c in given for c in " \"'<>\\`;,"):
        raise FallbackError(f"'{given}' is not an address: give http://HOST:PORT")
    if "://" not in given:
        given = f"http://{given}"
    try:
        parts = urlsplit(given)
        port = parts.port
    except ValueError as exc:
        raise FallbackError(f"'{text.strip()}' has no valid port (1-65535): {exc}") from None
    if parts.scheme.lower() != "http":
        raise FallbackError(
            f"'{text.strip()}' is not an http:// address (the standby's server speaks plain http, "
            "e.g. http://10.0.0.8:8766)"
        )
    if parts.username is not None or parts.password is not None:
        raise FallbackError(f"'{text.strip()}' carries a user name: give http://HOST:PORT only")
    if parts.path not in ("", "/") or parts.query or parts.fragment or given.endswith(("?", "#")):
        raise FallbackError(
            f"'{text.strip()}' has a path or query: give the standby's server address only, http://HOST:PORT"
        )
    host = (parts.hostname or "").lower()
    if not host:
        raise FallbackError(f"'{text.strip()}' has no host: give http://HOST:PORT")
    if port is None or port == 0:
        raise FallbackError(f"'{text.strip()}' has no port: give the standby's --serve port, e.g. http://{host}:8766")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if not _NAME.match(host):
            raise FallbackError(f"'{host}' is not a host name or an IP address") from None
        host = host.rstrip(".")
        return f"http://{host}:{port}"
    shown = f"[{address.compressed}]" if address.version == 6 else address.compressed
    return f"http://{shown}:{port}"


def fallback_or_none(text: str | None) -> str | None:
    """A stranger's `fallback` (a page's query): the address if it is one, else None."""
    if not text:
        return None
    try:
        return parse_fallback(text)
    except FallbackError:
        return None


def usable_fallback(text: str | None) -> str | None:
    """A standby's own address as a page could open it, else None: not an address, or one on
    every interface (`0.0.0.0`, `::`), which names no laptop."""
    url = fallback_or_none(text)
    if url is None:
        return None
    host = (urlsplit(url).hostname or "").strip("[]")
    try:
        if ipaddress.ip_address(host).is_unspecified:
            return None
    except ValueError:
        pass  # a name: the standby's to answer to (--allow-host)
    return url


def with_fallback(url: str, fallback: str | None) -> str:
    """`url` with `fallback=<address, percent-encoded>` in its query, before any `#fragment`
    (`url` itself unchanged without a fallback)."""
    if not fallback:
        return url
    base, hash_mark, fragment = url.partition("#")
    joiner = "&" if "?" in base else "?"
    return f"{base}{joiner}{PARAMETER}={quote(fallback, safe='')}{hash_mark}{fragment}"


def page_with_fallback(html: bytes, fallback: str) -> bytes:
    """A page that names the server's fallback (`<meta name="runofshow-fallback">`), for a page
    whose link did not carry one; `fallback` is parse_fallback's, which holds no quote or "<"."""
    meta = f'<meta name="runofshow-{PARAMETER}" content="{parse_fallback(fallback)}">'
    return html.replace(b"<head>", b"<head>" + meta.encode("ascii"), 1)


class FallbackAddress:
    """The show's current fallback, set from any thread (the command line at start, a standby
    that says its address later) and read by whatever builds a link or serves a page."""

    def __init__(self, url: str | None = None) -> None:
        self._lock = threading.Lock()
        self._url = parse_fallback(url) if url else None

    def set(self, url: str | None) -> None:
        """A new fallback (checked: `FallbackError`, and the old one kept), or None: none."""
        checked = parse_fallback(url) if url else None
        with self._lock:
            self._url = checked

    def get(self) -> str | None:
        with self._lock:
            return self._url
