"""Names for assistive technology: what a control does, without what only the eye needs.

A button's label carries signs ("▶▶", "◐") and its key ("[Space]") for the eye; a screen reader
would read them out ("black right-pointing triangle, left bracket, space"). The accessible name
is the words alone; the key is in the control's shortcut, where the screen reader finds it.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

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
