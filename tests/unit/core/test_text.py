"""Ids made from names and titles keep their letters."""

from __future__ import annotations

import pytest

from runofshow.core.text import slug


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Người điều phối", "nguoi-dieu-phoi"),  # was 'nguoi-ieu-phoi': đ has no decomposition, it was dropped
        ("ĐẶNG Văn Đức", "dang-van-duc"),
        ("Søren Kierkegaard", "soren-kierkegaard"),
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
        ("Opening remarks", "opening-remarks"),
        ("開会の挨拶", ""),  # no Latin letters at all: the caller's fallback id
    ],
)
def test_ids_from_names_keep_their_letters(name: str, expected: str) -> None:
    assert slug(name) == expected
