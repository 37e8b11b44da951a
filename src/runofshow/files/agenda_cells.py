"""What one cell of an agenda says: a time of day, a range, a duration, a date or a date-time.

Times as `14:00`, `2:00 PM`, `2 pm`, `14h00`, `14h`, `14.00` or Excel time cells; a range in one cell
(`14:00–14:10`, `07:00 AM - 11:59 PM`, `2–2:45 pm`: the half of the day written once is both
ends'); durations as `6`, `6 min`, `0:06`, `1h30`, `90s`, `4m30s`; dates as `2025-10-26`,
`26/10/2025`, `26.10.2025`, `Oct 26, 2025`, `26 octobre 2025`, `26 tháng 10 năm 2025` or Excel date
cells; date-times in one cell (`2025-01-01T12:00:00`, `2020-03-30 10:00:00+00:00`, Excel's), an
offset turned into the event's zone. Each parser raises ValueError with what to write instead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from runofshow.core.durations import MAX_DURATION_S, DurationError, parse_duration

_CLOCK = re.compile(
    r"^(\d{1,2})(?:\s*[:h.]\s*(\d{2})|\s*h)?(?:\s*[:.]\s*(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|sa|ch)?$", re.IGNORECASE
)
#: A range's two ends, around a dash, `to`, `à`, `đến` or `bis` (the dash may touch both ends).
_RANGE = re.compile(r"^(.+?)\s*(?:-|–|—|\bto\b|\bà\b|\bđến\b|\bbis\b)\s*(.+)$", re.IGNORECASE)
_HALF = re.compile(r"\s*(am|pm|a\.m\.|p\.m\.|sa|ch)$", re.IGNORECASE)
TIME_HINT = "use 14:00, 2:00 PM or 14h00"


def parse_clock(value: Any) -> time:
    """A time of day from a cell: `14:00`, `2:00 PM`, `2 pm`, `14h00`, `14h`, `14.00`, an Excel time."""
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, time):
        return value.replace(microsecond=0)
    if isinstance(value, timedelta):
        value = value.total_seconds() / 86400
    if isinstance(value, float | int) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(value * 86400)
        return time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    text = str(value).strip()
    m = _CLOCK.match(text)
    if not m or (m.group(2) is None and m.group(4) is None and "h" not in text.lower()):
        raise ValueError(f"'{text}' is not a time of day ({TIME_HINT})")
    hour, minute, second = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    half = (m.group(4) or "").lower().replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(f"'{text}' is not a time of day (12-hour times run from 1 to 12)")
        hour = hour % 12 + (12 if half in ("pm", "ch") else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"'{text}' is not a time of day ({TIME_HINT})")
    return time(hour, minute, second)


def _seconds(t: time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def parse_range(text: str) -> tuple[time, time] | None:
    """`14:00–14:45`, `2:00 PM – 2:45 PM`, `2–2:45 pm`, `14h00 – 14h45` as (start, end); None when
    the text is not a range of two times. The half of the day written only after the end is the
    start's too, unless that would put the start after the end (`11–1 pm` is 11 am to 1 pm)."""
    m = _RANGE.match(text.strip())
    if m is None:
        return None
    first, second = m.group(1).strip(), m.group(2).strip()
    try:
        end = parse_clock(second)
    except ValueError:
        return None
    half = _HALF.search(second)
    candidates = [first]
    if half is not None and _HALF.search(first) is None:
        candidates = [f"{first} {half.group(1)}", f"{first} {'am' if half.group(1).lower()[0] == 'p' else 'pm'}"]
    for candidate in candidates:
        try:
            start = parse_clock(candidate)
        except ValueError:
            continue
        if half is None or len(candidates) == 1 or _seconds(start) < _seconds(end):
            return start, end
    return None


_MINUTES = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minute|minutes|mn|phut|phút|')?$", re.IGNORECASE)
_HOURS = re.compile(
    r"^(\d+)\s*(?:h|hr|hrs|hour|hours|giờ|gio)\s*(?:(\d+)\s*(?:m|min|mins|minutes|phút|phut|')?)?$", re.IGNORECASE
)
_H_MM = re.compile(r"^(\d+):([0-5]\d)$")


def parse_length(value: Any) -> int:
    """A duration from a cell, in seconds: `6` and `6 min` are minutes, `0:06` is h:mm, `1h30`,
    `90s` and the event file's forms (`4m30s`) too; an Excel duration cell is what it shows."""
    if isinstance(value, timedelta):
        seconds = round(value.total_seconds())
    elif isinstance(value, time):
        seconds = value.hour * 3600 + value.minute * 60 + value.second
    elif isinstance(value, bool):
        raise ValueError(f"'{value}' is not a duration")
    elif isinstance(value, int | float):
        seconds = round(float(value) * 60)
    else:
        text = str(value).strip().lower()
        if m := _MINUTES.match(text):
            seconds = round(float(m.group(1).replace(",", ".")) * 60)
        elif m := _HOURS.match(text):
            seconds = int(m.group(1)) * 3600 + int(m.group(2) or 0) * 60
        elif m := _H_MM.match(text):
            seconds = int(m.group(1)) * 3600 + int(m.group(2)) * 60
        else:
            try:
                seconds = parse_duration(text)
            except DurationError:
                raise ValueError(f"'{value}' is not a duration (use 6, 6 min, 0:06 or 1h30)") from None
    if seconds <= 0:
        raise ValueError("a duration must be more than 0")
    if seconds > MAX_DURATION_S:
        raise ValueError("a duration must be at most 24h")
    return seconds


# --- dates -------------------------------------------------------------------------------------
#: Month names (without accents, lower case) in English, French, German and Spanish, and the
#: short forms people write (`Oct`, `oct.`, `sept`).
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "janvier", "janv", "januar", "enero", "ene"),
        ("february", "feb", "fevrier", "fevr", "fev", "februar", "febrero"),
        ("march", "mar", "mars", "marz", "maerz", "marzo"),
        ("april", "apr", "avril", "avr", "abril", "abr"),
        ("may", "mai", "mayo"),
        ("june", "jun", "juin", "juni", "junio"),
        ("july", "jul", "juillet", "juil", "juli", "julio"),
        ("august", "aug", "aout", "agosto", "ago"),
        ("september", "sep", "sept", "septembre", "septiembre", "setiembre"),
        ("october", "oct", "octobre", "oktober", "octubre", "okt"),
        ("november", "nov", "novembre", "noviembre"),
        ("december", "dec", "decembre", "dezember", "diciembre", "dez", "dic"),
    ),
    1,
):
    _MONTHS.update(dict.fromkeys(_names, _number))
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")
_DAY_MONTH = re.compile(
    rf"(?<![a-z])(\d{{1,2}})(?:er|st|nd|rd|th)?\.?\s+(?:de\s+)?({_MONTH_WORD})\.?,?\s+(?:de\s+)?(\d{{4}})(?!\d)"
)
_MONTH_DAY = re.compile(rf"(?<![a-z])({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")
_VIETNAMESE = re.compile(r"(?<!\d)(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*,?\s*nam\s+|\s*[/.\-]\s*|\s+)(\d{4})(?!\d)")
DATE_HINT = "use 2025-10-26, 26/10/2025 or 26 October 2025"


def _folded(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def _made(year: str | int, month: str | int, day: str | int) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def find_date(value: Any) -> date | None:
    """The first date a cell holds, in any of the ways above, or None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = _folded(value)
    if m := _ISO_DATE.search(text):
        return _made(m.group(1), m.group(2), m.group(3))
    if m := _VIETNAMESE.search(text):
        return _made(m.group(3), m.group(2), m.group(1))
    if m := _DAY_FIRST.search(text):  # day first: 26/10/2025 (the region's own)
        return _made(m.group(3), m.group(2), m.group(1))
    if m := _DAY_MONTH.search(text):
        return _made(m.group(3), _MONTHS[m.group(2)], m.group(1))
    if m := _MONTH_DAY.search(text):
        return _made(m.group(3), _MONTHS[m.group(1)], m.group(2))
    return None


def parse_day(value: Any) -> date:
    """A Date column's cell: a date written any of the ways above, or an Excel date cell."""
    found = find_date(value)
    if found is None:
        raise ValueError(f"'{str(value).strip()[:40]}' is not a date ({DATE_HINT})")
    return found


# --- date-times --------------------------------------------------------------------------------
_DATE_TIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Moment:
    """When a start or end cell says: a time of day, on a date when the cell gives one."""

    clock: time
    day: date | None = None
    offset: str | None = None  # the offset written (`+00:00`), when one was turned into the event's zone


def _offset_text(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta()
    sign = "-" if offset < timedelta() else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse_moment(value: Any, zone: tzinfo) -> Moment:
    """A start or end cell: a time of day, or a date-time (an Excel one, or ISO text with or without
    `T`); a date-time with an offset is turned into `zone`, the event's."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return Moment(*_in_zone(value, zone))
        return Moment(value.time().replace(microsecond=0), value.date())
    if isinstance(value, str) and (m := _DATE_TIME.match(value.strip())):
        offset = m.group(3)
        text = f"{m.group(1)}T{m.group(2)}"
        if offset:
            text += "+00:00" if offset.upper() in ("Z", "UTC", "GMT") else offset
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(f"'{value.strip()}' is not a date and time (use 2025-10-26 14:00)") from None
        if moment.tzinfo is not None:
            return Moment(*_in_zone(moment, zone))
        return Moment(moment.time().replace(microsecond=0), moment.date())
    return Moment(parse_clock(value))


def _in_zone(moment: datetime, zone: tzinfo) -> tuple[time, date, str]:
    local = moment.astimezone(zone)
    return local.time().replace(microsecond=0, tzinfo=None), local.date(), _offset_text(moment)
