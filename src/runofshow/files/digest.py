"""SHA-256 without OpenSSL at start-up.

`hashlib` loads OpenSSL's libcrypto (about 3.4 MB of the window's resident memory) even for one
SHA-256 of a small file; the app hashes only its own small files (the event file's stamp, a
run's folder name), so CPython's built-in implementation does, and OpenSSL is loaded only by
what really needs it (TLS to a venue's broker). The built-in module was renamed in 3.12.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _builtin_sha256() -> Callable[[bytes], Any]:
    try:
        from _sha2 import sha256  # type: ignore[import-not-found,unused-ignore]  # CPython 3.12+
    except ImportError:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]  # CPython 3.11
        except ImportError:  # another Python: OpenSSL's, memory or not
            from hashlib import sha256  # type: ignore[assignment,unused-ignore]
    return sha256  # type: ignore[no-any-return,unused-ignore]


_SHA256 = _builtin_sha256()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` in hex (the same digest as `hashlib.sha256(data).hexdigest()`)."""
    return str(_SHA256(data).hexdigest())
