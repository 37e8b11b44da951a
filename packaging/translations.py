"""Keep the translations in step with the code: extract, compile and check.

    python packaging/translations.py update    # lupdate: new strings into resources/translations/*.ts
    python packaging/translations.py release   # lrelease: the .ts files into the .qm files the app loads
    python packaging/translations.py check     # fails on a string with no translation, or a stale .qm
    python packaging/translations.py pages     # the browser pages' words missing from their catalogues

Translators edit the .ts files (Qt Linguist, or any XML editor); `release` then rebuilds the .qm
files, which are committed so that a wheel and the PyInstaller build need no Qt tools.
The tools are PySide6's own `lupdate` and `lrelease` (in the PySide6 wheel).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "runofshow"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "vi")


def qt_tool(name: str) -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} is not in the PySide6 install at {folder}")


def source_files() -> list[Path]:
    """Every module that can show text: the windows, the composition root's and the session's
    notices, and the core, file-layer and venue-link messages the windows show (written as Words /
    CommandError templates)."""
    return [
        *sorted((SOURCES / "ui").rglob("*.py")),
        SOURCES / "app.py",
        *sorted((SOURCES / "session").glob("*.py")),
        *sorted((SOURCES / "core").glob("*.py")),
        SOURCES / "files" / "eventfile.py",
        SOURCES / "files" / "yaml_data.py",
        SOURCES / "files" / "yamlnodes.py",
        SOURCES / "files" / "runs.py",
        SOURCES / "files" / "settings.py",
        SOURCES / "files" / "venue_file.py",
        SOURCES / "files" / "agenda_findings.py",  # what an import found, shown in the import dialog
        SOURCES / "files" / "agenda_split.py",
        SOURCES / "files" / "agenda_rows.py",
        SOURCES / "net" / "venue_connection.py",
        SOURCES / "net" / "venue_health.py",
        SOURCES / "net" / "automation_sender.py",  # why an automation was not sent (the status bar)
    ]


# Words("...") and the errors made of words (CommandError, WordsError, DurationError) mark
# translatable templates (core/wording.py): lupdate reads them like QT_TR_NOOP, which outside a
# class gives the empty context that ui/widgets/i18n.words_text uses.
MARKERS = ("Words", "CommandError", "ConflictError", "WordsError", "DurationError")
# ui/widgets/i18n.marked is QT_TRANSLATE_NOOP with a type (Qt's is typed `object`).
ALIASES = ",".join([*(f"QT_TR_NOOP+={name}" for name in MARKERS), "QT_TRANSLATE_NOOP+=marked"])


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"runofshow_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"runofshow_{language}.qm"


def lupdate(target: Path, language: str) -> None:
    """Extract the strings into `target`, keeping its translations; strings gone from the code are dropped."""
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    options = ["-no-obsolete", "-locations", "none", "-target-language", language, "-tr-function-alias", ALIASES]
    subprocess.run(
        [str(qt_tool("lupdate")), *options, *files, "-ts", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([str(qt_tool("lrelease")), str(source), "-qm", str(target)], check=True, capture_output=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    finished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None, f"{path}: a message without a translation element"
            forms = [n.text or "" for n in node.iter("numerusform")] or [node.text or ""]
            finished = node.get("type") not in ("unfinished", "obsolete", "vanished")
            messages.append(Message(name, message.findtext("source", ""), tuple(forms), finished))
    return messages


def problems(language: str) -> list[str]:
    """What keeps `language` from being complete: strings without a translation, a stale .qm."""
    found = []
    ts = ts_path(language)
    if not ts.exists():
        return [f"{ts.name} is missing (run: python packaging/translations.py update)"]
    with tempfile.TemporaryDirectory() as tmp:
        # The code's strings as of now, merged into a copy of the .ts: anything new shows up unfinished.
        fresh = Path(tmp) / ts.name
        fresh.write_bytes(ts.read_bytes())
        lupdate(fresh, language)
        for message in read_ts(fresh):
            if not message.finished or not all(message.translations):
                found.append(f"{ts.name}: [{message.context}] {message.source!r} has no translation")
            else:
                found += _placeholder_problems(ts.name, message)
        if fresh.read_bytes() != ts.read_bytes() and not found:
            found.append(f"{ts.name} is not up to date with the code (run: python packaging/translations.py update)")
        compiled = Path(tmp) / "check.qm"
        lrelease(ts, compiled)
        qm = qm_path(language)
        if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
            found.append(f"{qm.name} is not compiled from {ts.name} (run: python packaging/translations.py release)")
    return found


WEB = ROOT / "resources" / "web"
#: A page's words: an element marked data-t (its text), a placeholder marked data-t-placeholder,
#: and in the scripts the literals given to T(...), Live.t(...) or marked with N_(...).
_HTML_WORDS = re.compile(r"<[^>]*\sdata-t(?=[\s>])[^>]*>([^<]+)(?=<)")
_HTML_PLACEHOLDERS = re.compile(r'placeholder="([^"]+)"[^>]*\bdata-t-placeholder')
_JS_WORDS = re.compile(r'(?:\bT|\bLive\.t|\bN_)\(\s*"((?:[^"\\]|\\.)*)"')


def page_words() -> set[str]:
    """Every word the browser pages show, as written in English."""
    words: set[str] = set()
    for page in sorted(WEB.glob("*.html")):
        text = page.read_text(encoding="utf-8")
        words |= {w.strip() for w in _HTML_WORDS.findall(text)} | set(_HTML_PLACEHOLDERS.findall(text))
    for script in sorted(WEB.glob("*.js")):
        words |= {json.loads(f'"{w}"') for w in _JS_WORDS.findall(script.read_text(encoding="utf-8"))}
    return {w for w in words if w}


def page_problems(language: str) -> list[str]:
    """Words of the pages that resources/web/texts/LANG.json does not translate (or breaks)."""
    path = WEB / "texts" / f"{language}.json"
    try:
        catalogue = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{path.name}: cannot be read ({exc})"]
    found = []
    for word in sorted(page_words()):
        translated = catalogue.get(word)
        if not isinstance(translated, str) or not translated.strip():
            found.append(f"texts/{language}.json: {word!r} has no translation")
        else:
            found += _placeholder_problems(f"texts/{language}.json", Message("pages", word, (translated,), True))
    return found


def _placeholders(text: str) -> set[str]:
    import string

    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def _placeholder_problems(name: str, message: Message) -> list[str]:
    """A translation must keep every {name} of its source, or str.format fails at run time."""
    wanted = _placeholders(message.source)
    found = []
    for text in message.translations:
        try:
            have = _placeholders(text)
        except ValueError as exc:
            found.append(f"{name}: [{message.context}] {message.source!r}: bad braces in {text!r} ({exc})")
            continue
        if have != wanted:
            found.append(f"{name}: [{message.context}] {message.source!r}: {text!r} has {have or '{}'}, not {wanted}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "release", "check", "pages"))
    options = parser.parse_args(argv)
    if options.command == "update":
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        for language in LANGUAGES:
            lupdate(ts_path(language), language)
            print(f"updated {ts_path(language).relative_to(ROOT)}")
        return 0
    if options.command == "release":
        for language in LANGUAGES:
            lrelease(ts_path(language), qm_path(language))
            print(f"compiled {qm_path(language).relative_to(ROOT)}")
        return 0
    found = [problem for language in LANGUAGES for problem in page_problems(language)]
    if options.command == "check":
        found = [problem for language in LANGUAGES for problem in problems(language)] + found
    for problem in found:
        print(problem, file=sys.stderr)
    print("translations: complete" if not found else f"translations: {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
