"""The browser pages in the viewer's language: English, French or Vietnamese.

The language is `?lang=` on the page's address, else the best of the browser's Accept-Language,
else English. A page's words are looked up in resources/web/texts/LANG.json (English source →
translation; `packaging/translations.py check` fails on any word a page uses that a catalogue
lacks). The page gets them from /static/texts.js, chosen by the same rule.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "fr", "vi")
DEFAULT = "en"
MAX_ACCEPT_CHARS = 512  # a stranger's header: only so much of it is read


def choose(query_lang: str | None, accept_language: str | None) -> str:
    """`?lang=` if it is one we have; else the first of Accept-Language's (by weight) we have."""
    if query_lang:
        wanted = query_lang.strip().lower()[:8].split("-")[0]
        if wanted in LANGUAGES:
            return wanted
    ranked: list[tuple[float, int, str]] = []
    for order, part in enumerate((accept_language or "")[:MAX_ACCEPT_CHARS].split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and weight > 0:
            ranked.append((-weight, order, primary))
    return min(ranked)[2] if ranked else DEFAULT


@cache
def catalogue(web_dir: Path, lang: str) -> dict[str, str]:
    """English → `lang` for the pages' words ({} for English, or a missing catalogue)."""
    if lang == DEFAULT or lang not in LANGUAGES:
        return {}
    path = web_dir / "texts" / f"{lang}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str) and v}


def texts_script(web_dir: Path, lang: str) -> bytes:
    body = json.dumps(catalogue(web_dir, lang), ensure_ascii=True, sort_keys=True)
    return f"window.RUNOFSHOW_TEXTS = {body};\nwindow.RUNOFSHOW_LANG = {json.dumps(lang)};\n".encode("ascii")


def localised_page(html: bytes, lang: str) -> bytes:
    """The page with its language said (for screen readers and fonts) and its words' script."""
    text = html.decode("utf-8")
    text = text.replace('<html lang="en">', f'<html lang="{lang}">', 1)
    text = text.replace('src="/static/texts.js"', f'src="/static/texts.js?lang={lang}"', 1)
    return text.encode("utf-8")
