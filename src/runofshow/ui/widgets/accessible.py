"""Names and roles for assistive technology: what a control does, without what only the eye needs.

A button's label carries signs ("▶▶", "◐") and its key ("[Space]") for the eye; a screen reader
would read them out ("black right-pointing triangle, left bracket, space"). The accessible name
is the words alone; the key is in the control's shortcut, where the screen reader finds it.
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QAccessibleTextInterface
from PySide6.QtWidgets import QAccessibleWidget, QTabBar, QWidget

from runofshow.ui.widgets.i18n import translate

#: A label's key hint at its end ("  [Space]"): for the eye, the key is in the shortcut too.
KEY_HINT = re.compile(r"\s*\[[^\]]*\]\s*$")
#: Signs that only decorate a label (the words around them say what it does).
SIGNS = "❚▶◀■↶↷◐●○✉⤼☐☑▸☝"


def plain_name(label: str) -> str:
    """ "▶ Start  [Space]" → "Start"; "Next ▶▶  [→]" → "Next"; "+1 min  [+]" → "+1 min"."""
    words = KEY_HINT.sub("", label.replace("&", "")).rstrip("…")
    return words.strip(SIGNS + " ").strip() or words.strip()


def name_plainly(widget: QWidget, label: str) -> None:
    """Give `widget` the plain name of its `label` (only when it changes: no event for nothing)."""
    name = plain_name(label)
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)


#: Set on the QApplication once the roles are installed: Qt's factory list is the process's, and a
#: second window (a reload) must not install them twice.
_ROLE_INSTALLED = "runofshow-accessible-roles"


class Reading(QAccessibleWidget, QAccessibleTextInterface):
    """A painted reading (the digits, the header's, NOW / NEXT / FLOOR) as static text with a
    text interface: a screen reader can read it by word or character, not only hear its name.
    Its text is what it shows (LiveLabel keeps its accessible name current)."""

    def __init__(self, widget: QWidget) -> None:
        QAccessibleWidget.__init__(self, widget, QAccessible.Role.StaticText)
        QAccessibleTextInterface.__init__(self)

    def _shown(self) -> str:
        widget = self.widget()
        return str(widget.accessibleName()) if widget is not None else ""

    # The stub says int; Qt needs the pointer as a VoidPtr (an int is not taken as an address).
    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.TextInterface:
            # Qt wants the address of this object's text-interface part (a C++ pointer).
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self)[1])
        # Qt's answer for the other kinds (the action interface), as the pointer it is: a plain
        # int returned to C++ from an override is not taken as an address.
        return shiboken6.VoidPtr(super().interface_cast(kind))

    def text(self, *args: object) -> str:
        """text(kind): the name (QAccessibleInterface); text(start, end): a stretch of the reading."""
        if len(args) == 1:
            kind = args[0]
            assert isinstance(kind, QAccessible.Text)
            return self._shown() if kind == QAccessible.Text.Name else str(QAccessibleWidget.text(self, kind))
        start, end = args
        assert isinstance(start, int) and isinstance(end, int)
        return self._shown()[start:end]

    def characterCount(self) -> int:  # noqa: N802
        return len(self._shown())

    def cursorPosition(self) -> int:  # noqa: N802
        return 0

    def setCursorPosition(self, position: int) -> None:  # noqa: N802
        pass  # a reading has no caret

    def selectionCount(self) -> int:  # noqa: N802
        return 0

    def selection(self, index: int) -> tuple[int, int]:
        return (0, 0)

    def addSelection(self, start: int, end: int) -> None:  # noqa: N802
        pass  # nothing to select in a reading

    def removeSelection(self, index: int) -> None:  # noqa: N802
        pass

    def setSelection(self, index: int, start: int, end: int) -> None:  # noqa: N802
        pass

    def characterRect(self, offset: int) -> QRect:  # noqa: N802
        return QRect()

    def offsetAtPoint(self, point: QPoint) -> int:  # noqa: N802
        return -1

    def scrollToSubstring(self, start: int, end: int) -> None:  # noqa: N802
        pass  # always in view


class KeyedTabs(QAccessibleWidget):
    """A tab bar as one control: reached by Tab, ←/→ switch its pages (and Ctrl+L, Ctrl+2/3).

    Qt's own interface reports the current tab as focused whether or not the bar has the focus,
    so a screen reader says "Rundown page tab" when the keys are elsewhere. This one is a page
    tab list named by its pages, the shown one first, and says so when the page changes."""

    def __init__(self, bar: QTabBar) -> None:
        super().__init__(bar, QAccessible.Role.PageTabList)
        self.bar = bar
        bar.currentChanged.connect(lambda _index: _name_changed(bar))

    def text(self, kind: QAccessible.Text) -> str:
        if kind != QAccessible.Text.Name:
            return str(super().text(kind))
        bar = self.bar
        if bar.count() == 0:
            return ""  # a column not in tabs now
        shown = plain_name(bar.tabText(bar.currentIndex())) if bar.currentIndex() >= 0 else ""
        others = [plain_name(bar.tabText(i)) for i in range(bar.count()) if i != bar.currentIndex()]
        return ", ".join([translate("Accessible", "{page} shown").format(page=shown), *others])

    def childCount(self) -> int:  # noqa: N802
        return 0  # the tabs are not controls of their own (Qt would say they have the focus)


def _name_changed(widget: QWidget) -> None:
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


#: Roles our own widgets have for assistive technology (Qt gives a plain widget none): the
#: spoken notice is a notification; a top-level window of ours is a frame (a plain QWidget
#: window would be a filler).
_ROLES = {
    "SpokenNotice": QAccessible.Role.Notification,
    "StageWindow": QAccessible.Role.Window,
    "SpeakerDisplay": QAccessible.Role.Window,
}


def _role_of(key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    if key == "LiveLabel":
        return Reading(obj)
    if key == "QTabBar" and isinstance(obj, QTabBar):
        return KeyedTabs(obj)
    role = _ROLES.get(key)
    return QAccessibleWidget(obj, role) if role is not None else None


def install_roles() -> None:
    """Give our widgets their roles (once per application: Qt's factory list is the process's)."""
    app = QCoreApplication.instance()
    if app is not None and not app.property(_ROLE_INSTALLED):
        QAccessible.installFactory(_role_of)
        app.setProperty(_ROLE_INSTALLED, True)
