"""Small text helpers shared by the file reader and live commands."""

from __future__ import annotations

import re
import unicodedata

# What no text of ours may hold: C0 controls but tab and line breaks, DEL, and the lone halves of
# surrogate pairs (JSON's and YAML's "\ud800" escape makes one: it can be neither shown nor saved).
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# A name is one line: no tab, and no line break of any kind (YAML, like Unicode, also breaks lines
# at U+0085, U+2028 and U+2029: written into a file, a name holding one would read back changed).
_NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029\ud800-\udfff]")


def first_not_text(value: str, *, one_line: bool = False) -> int | None:
    """Where `value` first holds a character that is not text, or None when it is all text."""
    found = (_NOT_ONE_LINE if one_line else _NOT_TEXT).search(value)
    return None if found is None else found.start()


def one_line(text: str) -> str:
    """A text's lines joined by spaces, trimmed: what a cell holds as a title or a name (which are
    one line in the event format)."""
    return re.sub(r"\s*[\t\r\n]+\s*", " ", text).strip()


#: Letters that Unicode does not decompose into a base letter and a mark, so that dropping the marks
#: would drop the letter itself: `Người điều phối` was `nguoi-ieu-phoi`. Written as the people of
#: those languages write them without their letters (Vietnamese đ is d; Danish ø is o; German ß is ss).
_OWN_LETTERS = str.maketrans(
    {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
     "ß": "ss", "ẞ": "SS", "ł": "l", "Ł": "L", "þ": "th", "Þ": "TH", "ı": "i", "ħ": "h", "Ħ": "H"}
)  # fmt: skip


def slug(text: str) -> str:
    """`Opening remarks` → `opening-remarks`, `Người điều phối` → `nguoi-dieu-phoi` (ASCII, for ids
    made from names and titles: accents go, letters stay)."""
    plain = unicodedata.normalize("NFKD", text.translate(_OWN_LETTERS)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


# Characters that change how a name looks or reads without being a letter of it: zero-width
# spaces and joiners, the soft hyphen, the byte-order mark, and the bidirectional controls (which
# can make "Ms Tran" and a reordered look-alike read the same).
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def same_name_key(name: str) -> str:
    """What two names that read the same share: compatibility-normalised (NFKC: full-width and
    ligature forms to their plain letters), without invisible characters, case-folded, spaces
    collapsed. `Ms Tran`, `ＭＳ　ＴＲＡＮ` and `Ms\u200b Tran` give one key."""
    plain = _INVISIBLE.sub("", unicodedata.normalize("NFKC", name))
    return " ".join(plain.casefold().split())
