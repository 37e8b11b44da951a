import hashlib

import pytest

from runofshow.files.digest import sha256_hex


@pytest.mark.parametrize("data", [b"", b"abc", "Trần Thị Thu Hà".encode(), bytes(range(256)) * 4099])
def test_the_digest_is_sha256s(data: bytes) -> None:
    # Run folders are named by it: a different digest would lose the way to an earlier run.
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
