"""Names and roles for assistive technology: what a control does, without what only the eye needs.

A button's label carries signs ("▶▶", "◐") and its key ("[Space]") for the eye; a screen reader
would read them out ("black right-pointing triangle, left bracket, space"). The accessible name
is the words alone; the key is in the control's shortcut, where the screen reader finds it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

#: A label's key hint at its end ("  [Space]"): for the eye, the key is in the shortcut too.
KEY_HINT = re.compile(r"\s*\[[^\]]*\]\s*$")
#: Signs that only decorate a label (the words around them say what it does).
SIGNS = "❚▶◀■↶↷◐●○✉⤼☐☑▸"


def plain_name(label: str) -> str:
    """ "▶ Start  [Space]" → "Start"; "Next ▶▶  [→]" → "Next"; "+1 min  [+]" → "+1 min"."""
    words = KEY_HINT.sub("", label.replace("&", ""))
    return words.strip(SIGNS + " ").strip() or words.strip()


def name_plainly(widget: QWidget, label: str) -> None:
    """Give `widget` the plain name of its `label` (only when it changes: no event for nothing)."""
    name = plain_name(label)
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)


#: Set on the QApplication once the role is installed: Qt's factory list is the process's, and a
#: second window (a reload) must not install it twice.
_ROLE_INSTALLED = "runofshow-accessible-roles"


#: Roles our own widgets have for assistive technology (Qt gives a plain widget none): the
#: spoken notice is a notification; a painted reading (the digits, the header's, NOW / NEXT /
#: FLOOR) is static text, named by what it shows.
_ROLES = {"SpokenNotice": QAccessible.Role.Notification, "LiveLabel": QAccessible.Role.StaticText}


def _role_of(key: str, obj: QObject) -> QAccessibleInterface | None:
    role = _ROLES.get(key)
    if role is not None and isinstance(obj, QWidget):
        return QAccessibleWidget(obj, role)
    return None


def install_roles() -> None:
    """Give our widgets their roles (once per application: Qt's factory list is the process's)."""
    app = QCoreApplication.instance()
    if app is not None and not app.property(_ROLE_INSTALLED):
        QAccessible.installFactory(_role_of)
        app.setProperty(_ROLE_INSTALLED, True)
