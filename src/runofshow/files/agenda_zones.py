"""A time zone from what an organiser writes: `Asia/Ho_Chi_Minh`, `UTC+7`, `ICT`, or a city (`Hanoi`,
`Hà Nội`, `Genève`, `Paris`): the city's IANA zone, from tzdata's own names and a few the names
do not give (Vietnam's cities, Geneva, Munich, Las Vegas...)."""

from __future__ import annotations

import functools
import re
import unicodedata
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: Abbreviations people write that are no zone of their own in tzdata (or a different one there).
ABBREVIATIONS = {
    "ict": "Asia/Ho_Chi_Minh", "jst": "Asia/Tokyo", "kst": "Asia/Seoul", "sgt": "Asia/Singapore",
    "hkt": "Asia/Hong_Kong", "ist": "Asia/Kolkata", "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles",
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York", "cst": "America/Chicago",
    "cdt": "America/Chicago", "mst": "America/Denver", "mdt": "America/Denver", "cet": "Europe/Paris",
    "cest": "Europe/Paris", "bst": "Europe/London", "eat": "Africa/Nairobi", "utc": "UTC", "gmt": "UTC",
}  # fmt: skip

#: Cities whose zone tzdata does not name after them (folded: no accents, lower case).
CITIES = {
    "hanoi": "Asia/Ho_Chi_Minh", "ha noi": "Asia/Ho_Chi_Minh", "ho chi minh": "Asia/Ho_Chi_Minh",
    "saigon": "Asia/Ho_Chi_Minh", "sai gon": "Asia/Ho_Chi_Minh", "tp hcm": "Asia/Ho_Chi_Minh",
    "tp.hcm": "Asia/Ho_Chi_Minh", "da nang": "Asia/Ho_Chi_Minh", "danang": "Asia/Ho_Chi_Minh",
    "hue": "Asia/Ho_Chi_Minh", "hai phong": "Asia/Ho_Chi_Minh", "can tho": "Asia/Ho_Chi_Minh",
    "nha trang": "Asia/Ho_Chi_Minh", "viet nam": "Asia/Ho_Chi_Minh", "vietnam": "Asia/Ho_Chi_Minh",
    "geneva": "Europe/Zurich", "geneve": "Europe/Zurich", "genf": "Europe/Zurich", "bern": "Europe/Zurich",
    "munich": "Europe/Berlin", "munchen": "Europe/Berlin", "frankfurt": "Europe/Berlin", "hamburg": "Europe/Berlin",
    "bonn": "Europe/Berlin", "cologne": "Europe/Berlin", "koln": "Europe/Berlin", "wien": "Europe/Vienna",
    "bruxelles": "Europe/Brussels", "milan": "Europe/Rome", "milano": "Europe/Rome", "roma": "Europe/Rome",
    "barcelona": "Europe/Madrid", "lyon": "Europe/Paris", "marseille": "Europe/Paris", "strasbourg": "Europe/Paris",
    "the hague": "Europe/Amsterdam", "den haag": "Europe/Amsterdam", "washington": "America/New_York",
    "boston": "America/New_York", "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "las vegas": "America/Los_Angeles", "montreal": "America/Toronto", "beijing": "Asia/Shanghai",
    "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "osaka": "Asia/Tokyo",
    "kyoto": "Asia/Tokyo",
}  # fmt: skip

_OFFSET = re.compile(r"\b(?:utc|gmt)\s*([+-−])\s*(\d{1,2})(?::?00)?\b")


def _folded(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def valid_zone(name: str) -> str | None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


@functools.cache
def _tzdata_cities() -> dict[str, str]:
    """`ho chi minh` → Asia/Ho_Chi_Minh, `new york` → America/New_York: tzdata's zones by their city."""
    cities: dict[str, str] = {}
    for name in sorted(zoneinfo.available_timezones()):
        area, _, city = name.rpartition("/")
        if area and not area.startswith("Etc") and not name.startswith("SystemV"):
            cities.setdefault(_folded(city.replace("_", " ")), name)
    return cities


def zone_in(text: str, *, labelled: bool) -> str | None:
    """The IANA zone `text` names: a zone name anywhere in it or `UTC+7` (as Etc/GMT-7); and where a
    label says that it is a zone or a place, an abbreviation (`ICT`) or a city (`Hanoi`, `Hà Nội`,
    `Paris`): unlabelled, a title `ICT for Development` or a name `Lima` is no zone. None for none."""
    if text.strip() == "UTC":  # the zone's own name, as the plan's table writes it
        return "UTC"
    for token in re.split(r"[\s,;()]+", text):
        if "/" in token and (name := valid_zone(token.strip(".:"))):
            return name
    folded = _folded(text)
    if m := _OFFSET.search(folded):
        hours = int(m.group(2))
        if hours == 0:
            return "UTC"
        if hours <= 14:
            sign = "-" if m.group(1) in "+" else "+"  # Etc/GMT-7 is seven hours AHEAD of UTC (POSIX signs)
            return f"Etc/GMT{sign}{hours}"
    if not labelled:
        return None
    for written in re.findall(r"\b[A-Z]{2,4}\b", text):  # in capitals: `ICT`, never the French `et`
        if written.lower() in ABBREVIATIONS:
            return ABBREVIATIONS[written.lower()]
    words = re.findall(r"[a-z]+(?:\.[a-z]+)?", folded)
    known = {**_tzdata_cities(), **CITIES}
    joined = " ".join(words)
    for size in (3, 2, 1):  # the longest name first: `new york` before `york`
        for start in range(len(words) - size + 1):
            candidate = " ".join(words[start : start + size])
            if candidate in known:
                return known[candidate]
    return known.get(joined)
