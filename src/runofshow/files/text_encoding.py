"""The encoding of an organiser's CSV: sure when the bytes say it, else a guess that says it is one.

Sure: a byte-order mark (UTF-8, UTF-16, UTF-32), or bytes that are valid UTF-8 (text in another
encoding is almost never valid UTF-8 once it has a letter outside ASCII). Otherwise the file is in
a Windows code page, the one Excel's "CSV" takes from the system: Windows-1252 in western Europe,
Windows-1258 in Vietnam, Shift-JIS in Japan... charset-normalizer says how much each candidate's
reading looks like text (its "chaos"); the least chaotic is taken (on a tie, the first of
CANDIDATES: the app's own languages first). Short tables are hard to tell apart (two rows of
Japanese read as clean Korean), so unless every other plausible candidate reads the same text the
result is marked a guess, with the others, for the caller to say so and how to name the encoding.

Either way the text comes back in Unicode's composed form (NFC): Windows-1258 writes Vietnamese
tone marks as separate combining characters, and a Mac writes decomposed accents.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

#: Encodings Excel writes "CSV" in, by the system's language; on a tie the first wins.
CANDIDATES = (
    "cp1252", "cp1258", "cp932", "gb18030", "cp949", "big5", "cp1250", "cp1251", "cp1253", "cp1254",
    "cp1255", "cp1256", "cp1257", "cp874", "mac_roman",
)  # fmt: skip
#: Codec → (its name, the script or region it is for).
NAMES = {
    "utf-8": ("UTF-8", ""),
    "utf-8-sig": ("UTF-8", ""),
    "utf-16": ("UTF-16", ""),
    "utf-32": ("UTF-32", ""),
    "shift_jis": ("Shift-JIS", "Japanese"),
    "cp1252": ("Windows-1252", "western Europe"),
    "cp1258": ("Windows-1258", "Vietnamese"),
    "cp932": ("Shift-JIS", "Japanese"),
    "gb18030": ("GB18030", "Chinese"),
    "cp949": ("Windows-949", "Korean"),
    "big5": ("Big5", "traditional Chinese"),
    "cp1250": ("Windows-1250", "central Europe"),
    "cp1251": ("Windows-1251", "Cyrillic"),
    "cp1253": ("Windows-1253", "Greek"),
    "cp1254": ("Windows-1254", "Turkish"),
    "cp1255": ("Windows-1255", "Hebrew"),
    "cp1256": ("Windows-1256", "Arabic"),
    "cp1257": ("Windows-1257", "Baltic"),
    "cp874": ("Windows-874", "Thai"),
    "mac-roman": ("Mac Roman", ""),
}
#: Candidates this much more chaotic than the best still read as text: the guess is not sure.
PLAUSIBLE = 0.1
#: Candidates this close to the best are a tie, which CANDIDATES' order breaks.
TIE = 0.01
#: A best reading with more mess than this is a guess even with no other candidate.
SURE_CHAOS = 0.02
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its mark begins the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class EncodingError(ValueError):
    """The bytes are not text in the encoding named, or in any encoding tried."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str  # NFC
    encoding: str  # a Python codec name
    guessed: bool = False  # not sure: say so, with how to name the encoding
    others: tuple[str, ...] = ()  # the other plausible encodings, when guessed


def label_of(encoding: str) -> str:
    """`cp1258` as a person knows it: `Windows-1258` (the same in every language)."""
    return NAMES.get(codecs.lookup(encoding).name, (encoding, ""))[0]


def name_of(encoding: str) -> str:
    """`cp1258` as a person knows it, in English: `Windows-1258 (Vietnamese)`."""
    label, used_for = NAMES.get(codecs.lookup(encoding).name, (encoding, ""))
    return f"{label} ({used_for})" if used_for else label


def check_encoding(name: str) -> str:
    """`name` as a codec Python knows, or EncodingError (for an `--encoding` option)."""
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise EncodingError(f"unknown encoding '{name}' (for example: utf-8, cp1252, cp1258, shift_jis)") from None
    try:
        "".encode(codec)
    except LookupError:  # base64, zlib...: codecs, but not of text
        raise EncodingError(f"'{name}' is not a text encoding") from None
    return codec


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"not {name_of(encoding)} text (byte 0x{data[exc.start]:02X} at {exc.start} is not)"
        ) from None


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """The text of `data`, in `encoding` if given (else detected); EncodingError if it is none."""
    if encoding is not None:
        codec = check_encoding(encoding)
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        return Decoded(unicodedata.normalize("NFC", _strict(data, codec)), codec)
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return Decoded(unicodedata.normalize("NFC", _strict(data, codec)), codec)
    try:
        return Decoded(unicodedata.normalize("NFC", data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    return _guess(data)


def _guess(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # only a file that is not UTF-8 pays for it

    results = list(from_bytes(data, cp_isolation=list(CANDIDATES)))
    if not results:
        raise EncodingError("not text in UTF-8 or in any Windows encoding tried")
    best = min(result.chaos for result in results)
    plausible = [result for result in results if result.chaos <= best + PLAUSIBLE]
    tied = {
        codecs.lookup(name).name
        for result in plausible
        if result.chaos <= best + TIE
        for name in (result.encoding, *result.could_be_from_charset)
    }
    chosen = next((name for name in CANDIDATES if codecs.lookup(name).name in tied), None)
    readings = {}
    for result in plausible:
        codec = codecs.lookup(result.encoding).name
        try:
            readings[codec] = unicodedata.normalize("NFC", data.decode(codec))
        except UnicodeDecodeError:
            continue
    if chosen is None or chosen not in readings:
        chosen = next(iter(readings), None)
    if chosen is None:
        raise EncodingError("not text in UTF-8 or in any Windows encoding tried")
    text = readings[chosen]
    for name in CANDIDATES[: CANDIDATES.index(chosen) if chosen in CANDIDATES else None]:
        # The same text read in an earlier candidate: name that one (French is Windows-1252 to its
        # writer, even when Windows-1250 reads the same bytes the same way).
        try:
            if unicodedata.normalize("NFC", data.decode(name)) == text:
                chosen = name
                break
        except UnicodeDecodeError:
            continue
    others = tuple(codec for codec, reading in readings.items() if reading != text)
    return Decoded(text, chosen, guessed=bool(others) or best > SURE_CHAOS, others=others)
