"""Languages: Qt's translation system for every string the windows show, and the locale's times.

Every visible string is written as `translate("Context", "English text")` so that `lupdate` finds
it (see `resources/translations/README.md`). The core stays Qt-free and keeps English labels for
the API and the logs; the windows show them through the `*_label` functions here.

The language is chosen once, at start-up, from the setting or the system locale; the translator
must be installed before the first window is built, because widgets translate when they are made.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cache

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from runofshow.core.durations import format_clock
from runofshow.core.kinds import Cue, Recipient, RequestType
from runofshow.core.schedule import Phase
from runofshow.core.status import Status
from runofshow.core.wording import Words
from runofshow.files.problems import EventFileError, Severity
from runofshow.files.resources import resource
from runofshow.files.settings import LANGUAGES


def marked(context: str, text: str) -> str:
    """Qt's QT_TRANSLATE_NOOP with a type: `text` marked for lupdate in `context`, translated where
    it is shown (packaging/translations.py tells lupdate this is that marker)."""
    return text


# Strings of Qt's own widgets (dialog buttons, line-edit menus) that Qt ships no Vietnamese for:
# listed here so lupdate puts them in our files, and our translator answers for Qt.
_QT_STRINGS = (
    marked("QPlatformTheme", "OK"),
    marked("QPlatformTheme", "Cancel"),
    marked("QPlatformTheme", "Close"),
    marked("QPlatformTheme", "Apply"),
    marked("QPlatformTheme", "&Yes"),
    marked("QPlatformTheme", "&No"),
    marked("QPlatformTheme", "Save"),
    marked("QPlatformTheme", "Discard"),
    marked("QPlatformTheme", "Reset"),
    marked("QPlatformTheme", "Restore Defaults"),
    marked("QTabBar", "Scroll Left"),
    marked("QTabBar", "Scroll Right"),
    marked("QWidgetTextControl", "&Copy"),
    marked("QWidgetTextControl", "Select All"),
    marked("QLineEdit", "&Undo"),
    marked("QLineEdit", "&Redo"),
    marked("QLineEdit", "Cu&t"),
    marked("QLineEdit", "&Copy"),
    marked("QLineEdit", "&Paste"),
    marked("QLineEdit", "Delete"),
    marked("QLineEdit", "Select All"),
)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate` under the name lupdate looks for."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def system_language() -> str:
    """The first of the system's UI languages that we have, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def choose_language(setting: str) -> str:
    """The language to use: the setting's when we have it, else the system's."""
    return setting if setting in LANGUAGES else system_language()


class Translation:
    """The translators of one language, installed on the application (kept alive by this object)."""

    def __init__(self, app: QCoreApplication, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._translators: list[QTranslator] = []
        if self.language == "en":
            # English has no translation file; the locale still decides 12/24-hour times.
            system = QLocale.system()
            QLocale.setDefault(system if system.language() == QLocale.Language.English else QLocale("en_GB"))
        else:
            QLocale.setDefault(QLocale(self.language))
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt's own first, ours last: the last installed is asked first, so ours wins where both answer.
            self._install(app, f"qtbase_{self.language}", qt_dir)
            self._install(app, f"runofshow_{self.language}", str(resource("translations")))
        _clock_format.cache_clear()

    def _install(self, app: QCoreApplication, name: str, directory: str) -> None:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            self._translators.append(translator)

    def remove(self, app: QCoreApplication) -> None:
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        _clock_format.cache_clear()


@cache
def _clock_format(seconds: bool) -> str:
    short = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    if not seconds or "s" in short:
        return short
    return short.replace("mm", "mm:ss", 1)


def clock_text(moment: datetime | time, seconds: bool = True) -> str:
    """A time of day in the chosen locale's way ("14:05:09", "2:05:09 PM")."""
    shown = QTime(moment.hour, moment.minute, moment.second)
    return QLocale().toString(shown, _clock_format(seconds))


def date_text(day: date) -> str:
    """A date in full in the chosen locale ("Sunday, 26 October 2025", "Chủ Nhật, 26 tháng 10, 2025")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


# The phases' words, marked for lupdate and translated one at a time: the countdown asks for
# its phase's every second, and translating all seven to show one was most of what it cost.
_PHASES = {
    Phase.STANDBY: marked("Labels", "STANDBY"),
    Phase.RUNNING: marked("Labels", "RUNNING"),
    Phase.WRAP_UP: marked("Labels", "WRAP UP"),
    Phase.FINAL: marked("Labels", "FINAL"),
    Phase.OVERTIME: marked("Labels", "OVERTIME"),
    Phase.DONE: marked("Labels", "DONE"),
    Phase.SKIPPED: marked("Labels", "SKIPPED"),
}


def phase_label(phase: Phase) -> str:
    return translate("Labels", _PHASES[phase])


def cue_label(cue: Cue) -> str:
    return {
        Cue.WAITING: translate("Labels", "○ WAITING"),
        Cue.STANDBY: translate("Labels", "◐ STANDBY"),
        Cue.READY: translate("Labels", "● READY"),
        Cue.SPEAKING: translate("Labels", "▶ SPEAKING"),
        Cue.DONE: translate("Labels", "✓ DONE"),
        Cue.SKIPPED: translate("Labels", "⤼ SKIPPED"),
    }[cue]


def type_label(kind: RequestType) -> str:
    return {
        RequestType.STATEMENT: translate("Labels", "Statement"),
        RequestType.POINT_OF_ORDER: translate("Labels", "Point of order"),
        RequestType.RIGHT_OF_REPLY: translate("Labels", "Right of reply"),
        RequestType.QUESTION: translate("Labels", "Question"),
        RequestType.FLOOR: translate("Labels", "From the floor"),
    }[kind]


def offset_text(offset_s: float) -> str:
    """Ahead/behind in capitals, as the header shows it ("2:10 BEHIND", "ON TIME")."""
    whole = round(offset_s)  # amounts round to the nearest second; countdowns round up
    if whole == 0:
        return translate("Labels", "ON TIME")
    if whole > 0:
        return translate("Labels", "{duration} BEHIND").format(duration=format_clock(whole))
    return translate("Labels", "{duration} AHEAD").format(duration=format_clock(-whole))


def status_label(status: Status) -> str:
    return {
        Status.PENDING: translate("Labels", "pending"),
        Status.LIVE: translate("Labels", "live"),
        Status.DONE: translate("Labels", "done"),
        Status.SKIPPED: translate("Labels", "skipped"),
    }[status]


def recipient_label(recipient: Recipient) -> str:
    return {
        Recipient.MODERATOR: translate("Labels", "the moderator"),
        Recipient.SPEAKER: translate("Labels", "the speaker"),
    }[recipient]


def words_text(words: Words | str) -> str:
    """What the core or the file layer has to tell (core/wording.py), in the chosen language.

    Its templates have the empty context: lupdate's marker for them (QT_TR_NOOP) has no class.
    """
    if isinstance(words, str):
        return words
    text = QCoreApplication.translate("", words.template)
    if not words.values:
        return text
    values = {key: words_text(value) if isinstance(value, Words) else value for key, value in words.values.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a {value}: the English, not a crash
        return str(words)


def problem_lines(error: EventFileError) -> list[str]:
    """An event file's problems as the windows show them: `PATH:LINE:COL: error: message`, in the
    chosen language (the command line prints the same lines in English)."""
    lines = []
    for problem in error.problems:
        severity = (
            translate("Labels", "error") if problem.severity is Severity.ERROR else translate("Labels", "warning")
        )
        lines.append(f"{error.path}:{problem.line}:{problem.column}: {severity}: {words_text(problem.message)}")
    return lines
