"""An organiser's CSV in the encoding it is in: sure when the bytes say it, else a guess that says so."""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from pathlib import Path

import pytest

from runofshow.cli import import_main
from runofshow.files.agenda_table import read_table
from runofshow.files.eventfile import load_event
from runofshow.files.text_encoding import EncodingError, check_encoding, decode, name_of
from tests.helpers.agenda import NOW

TONES = "\u0300\u0301\u0303\u0309\u0323"  # the five tones Windows-1258 writes as combining marks


def cp1258(text: str) -> bytes:
    """Vietnamese as Windows writes it in Windows-1258: letters with their circumflex, breve or horn
    precomposed (ê, ă, ơ), the tone after them as a combining mark."""
    out = []
    for cluster in re.findall(r".[\u0300-\u036f]*", unicodedata.normalize("NFD", text), re.DOTALL):
        letter = "".join(c for c in cluster if c not in TONES)
        out.append(unicodedata.normalize("NFC", letter) + "".join(c for c in cluster if c in TONES))
    return "".join(out).encode("cp1258")


def csv_text(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


VIETNAMESE = [
    ["Thời gian", "Phiên", "Người điều phối", "Thời lượng"],
    ["14:00", "Phát biểu khai mạc", "Nguyễn Thị Lan", "5"],
    ["14:05", "Thảo luận: hợp tác xuyên biên giới", "Trần Văn Hùng", "30"],
    ["14:35", "Bế mạc", "Lê Minh Đức", "10"],
]
JAPANESE = [
    ["Time", "Session", "Speakers", "Duration"],
    ["14:00", "開会の挨拶", "山田太郎", "5"],
    ["14:05", "パネル討論：国境を越えた協力", "佐藤花子", "30"],
    ["14:35", "閉会", "", "10"],
]


def test_windows_1258_vietnamese_reads_right_and_composed(tmp_path: Path) -> None:
    data = cp1258(csv_text(VIETNAMESE))
    assert "\u0309".encode("cp1258") in data  # the tones really are separate marks in the file
    decoded = decode(data)
    assert decoded.encoding == "cp1258" and decoded.text == unicodedata.normalize("NFC", csv_text(VIETNAMESE))
    (tmp_path / "agenda.csv").write_bytes(data)
    table = read_table(tmp_path / "agenda.csv")
    assert [c.value for c in table.rows[1]] == ["14:00", "Phát biểu khai mạc", "Nguyễn Thị Lan", "5"]
    assert all(unicodedata.is_normalized("NFC", c.value) for row in table.rows for c in row)


def test_shift_jis_japanese_reads_right_and_says_it_is_a_guess(tmp_path: Path) -> None:
    decoded = decode(csv_text(JAPANESE).encode("shift_jis"))
    assert codecs.lookup(decoded.encoding).name in ("cp932", "shift_jis")
    assert decoded.text == csv_text(JAPANESE)
    assert decoded.guessed and decoded.others  # a short table could be Chinese too: said, not taken silently


@pytest.mark.parametrize(
    ("data", "codec"),
    [
        (codecs.BOM_UTF8 + "Phiên,Khai mạc\n".encode(), "utf-8-sig"),
        ("Phiên,Khai mạc\n".encode(), "utf-8"),
        ("Phiên,Khai mạc\n".encode("utf-16"), "utf-16"),  # with its byte-order mark
        (codecs.BOM_UTF16_BE + "Phiên,開会\n".encode("utf-16-be"), "utf-16"),
        ("Phiên,Khai mạc\n".encode("utf-32"), "utf-32"),
    ],
)
def test_what_the_bytes_say_is_sure(data: bytes, codec: str) -> None:
    decoded = decode(data)
    assert decoded.encoding == codec and not decoded.guessed
    assert decoded.text.replace("\ufeff", "") == decoded.text and decoded.text.startswith("Phiên,")


def test_decomposed_text_from_a_mac_comes_in_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Phiên,Phát biểu khai mạc\n")
    assert decode(decomposed.encode()).text == "Phiên,Phát biểu khai mạc\n"


def test_a_named_encoding_is_taken_or_refused_clearly() -> None:
    assert decode("Séance\n".encode("cp1252"), "cp1252").text == "Séance\n"
    with pytest.raises(EncodingError, match="not UTF-8 text"):
        decode("Séance\n".encode("cp1252"), "utf-8")
    with pytest.raises(EncodingError, match="unknown encoding 'klingon'"):
        check_encoding("klingon")
    with pytest.raises(EncodingError, match="not a text encoding"):
        check_encoding("base64")
    assert name_of("cp1258") == "Windows-1258 (Vietnamese)" and name_of("windows-1252").startswith("Windows-1252")


def test_import_a_vietnamese_csv_from_windows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "agenda.csv"
    path.write_bytes(cp1258(csv_text(VIETNAMESE)))
    out = tmp_path / "event.yaml"
    assert import_main([str(path), "-o", str(out), "--timezone", "Asia/Ho_Chi_Minh"]) == 0
    event = load_event(out, now=NOW).event
    assert [s.title for s in event.segments] == ["Phát biểu khai mạc", "Thảo luận: hợp tác xuyên biên giới", "Bế mạc"]
    assert [event.people[s.moderator].name for s in event.segments if s.moderator] == [
        "Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Minh Đức",
    ]  # fmt: skip
    said = capsys.readouterr().err
    assert not said or "read as Windows-1258 (Vietnamese), a guess" in said  # never another reading silently


def test_import_says_when_the_encoding_is_a_guess_and_takes_the_one_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "agenda.csv"
    path.write_bytes(csv_text(JAPANESE).encode("shift_jis"))
    out = tmp_path / "event.yaml"
    assert import_main([str(path), "-o", str(out)]) == 0
    said = capsys.readouterr().err.splitlines()
    assert len(said) == 1 and said[0].startswith("runofshow import: agenda.csv: read as Shift-JIS (Japanese), a guess")
    assert "; if names look wrong, give the file's encoding: --encoding " in said[0]
    assert load_event(out, now=NOW).event.segments[0].title == "開会の挨拶"
    assert import_main([str(path), "-o", str(out), "--force", "--encoding", "shift_jis"]) == 0
    assert capsys.readouterr().err == ""  # named: no guess to speak of
    assert [p.name for p in load_event(out, now=NOW).event.people.values()] == ["山田太郎", "佐藤花子"]


def test_import_refuses_an_encoding_it_does_not_know_or_that_does_not_fit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "agenda.csv"
    path.write_bytes(csv_text(JAPANESE).encode("shift_jis"))
    out = tmp_path / "event.yaml"
    with pytest.raises(SystemExit) as usage:
        import_main([str(path), "-o", str(out), "--encoding", "klingon"])
    assert usage.value.code == 2
    assert import_main([str(path), "-o", str(out), "--encoding", "utf-8"]) == 1
    assert capsys.readouterr().err.splitlines()[-1].startswith("runofshow import: agenda.csv: not UTF-8 text (byte 0x")
    assert not out.exists()
