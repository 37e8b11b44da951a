"""The moderator window's keys: one table, from which its actions, menus, toolbar and F1 are built.

Each entry (`Key`) names an action: its name (the attribute that holds it: `window.act_next`,
`window.speakers.call_next`), its menu text and tooltip, its keys, its words in F1, the menus it
sits in and its group there (groups are parted by separators), its place on the toolbar, and
whether it is a show key (built with the first frame, before everything else). The window maps
each name to what the action does (`MainWindow._show_key_slots`, `MainWindow._key_slots`); the
Speakers menu's entries are `SpeakerActions`' (its slots act on the queue panel's selection).

The texts are marked for translation here and translated when the actions are built (the language
is installed before the first window). The speaker entries keep their own context ("SpeakerActions");
F1's words are the window's ("MainWindow").

The Speaker display menu is `DisplayActions`' own (ui/displays, a layer below this window: it
cannot read this table); F1 lists its keys where `DISPLAY_KEYS` stands in `F1_ROWS`.

No two entries share a key, nor a key Qt would take for the same keystroke: both would be
ambiguous and neither would fire ("+" beside "Shift+=" would lose both; tests/unit/ui/moderator/test_keys.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from runofshow.ui.widgets.i18n import marked, translate
from runofshow.ui.widgets.plain_text import plain_tip

# The window's menus, in the menu bar's order, with their titles. "display" is the Speaker
# display menu, which `DisplayActions` builds (its title is its own).
MENUS: tuple[tuple[str, str], ...] = (
    ("file", marked("MainWindow", "&File")),
    ("plan", marked("MainWindow", "&Plan")),
    ("show", marked("MainWindow", "&Show")),
    ("speakers", marked("MainWindow", "Spea&kers")),
    ("view", marked("MainWindow", "&View")),
    ("display", ""),
    ("help", marked("MainWindow", "&Help")),
)

# The window's parts that the View menu shows and hides (Ctrl+1 to Ctrl+5): `part_<name>`.
PARTS = ("rundown", "queue", "details", "timeline", "toolbar")


@dataclass(frozen=True)
class Key:
    """One action of the moderator's window."""

    # Stable: the attribute that holds the action (on the window, or on `window.speakers` for the
    # Speakers menu's), and the key of its slot.
    name: str
    # The menu text (in `context`); for the show keys, the toolbar's label with its key.
    text: str
    # Every key that triggers it, in the order F1 and the tooltip give them.
    keys: tuple[str, ...]
    # The tooltip (in `context`), followed by the keys; the text when empty.
    tip: str = ""
    # What F1 says it does (in "MainWindow"); the menu text when empty (without & and …).
    f1: str = ""
    # Where it sits: (menu, group) for each menu; groups are in order, parted by separators.
    menus: tuple[tuple[str, int], ...] = ()
    # Its place on the toolbar, (group, order), or None when it has no button.
    toolbar: tuple[int, int] | None = None
    # A button of its own on the toolbar with this short label (in `context`), which hides when
    # the toolbar goes beside the menus; the action itself (its text) when empty.
    button: str = ""
    # A show key: built with the window's first frame (the rest come with the second stage).
    first: bool = False
    # In the speaker queue's right-click menu too.
    queue: bool = False
    # A checkable entry (checked at first): the View menu's parts.
    checkable: bool = False
    # The translation context of `text`, `tip` and `button`.
    context: str = "MainWindow"


def _speaker(
    name: str,
    text: str,
    keys: tuple[str, ...],
    group: int,
    *,
    f1: str = "",
    queue: bool = True,
    toolbar: tuple[int, int] | None = None,
    button: str = "",
) -> Key:
    """A Speakers menu entry, in the queue's right-click menu unless said (its texts are marked in
    the "SpeakerActions" context)."""
    menus = (("speakers", group),)
    return Key(
        name, text, keys, f1=f1, menus=menus, toolbar=toolbar, button=button, queue=queue, context="SpeakerActions"
    )


KEYS: tuple[Key, ...] = (
    # --- File ---------------------------------------------------------------------------------
    Key("act_new", marked("MainWindow", "New event…"), ("Ctrl+N",), menus=(("file", 0),)),
    Key("act_open", marked("MainWindow", "Open event file…"), ("Ctrl+O",), menus=(("file", 0),)),
    Key("act_reload", marked("MainWindow", "Reload the event file"), ("Ctrl+Shift+R",), menus=(("file", 0),)),
    Key("act_import", marked("MainWindow", "Import agenda…"), ("Ctrl+I",), menus=(("file", 0),)),
    Key("act_save", marked("MainWindow", "Save the plan"), ("Ctrl+S",), menus=(("file", 1),)),
    Key("act_save_as", marked("MainWindow", "Save the plan as…"), ("Ctrl+Shift+S",), menus=(("file", 1),)),
    Key(
        "act_export_plan",
        marked("MainWindow", "Export the plan as a table…"),
        ("Ctrl+Shift+E",),
        menus=(("file", 1),),
    ),
    Key("act_export", marked("MainWindow", "Export report…"), ("Ctrl+E",), menus=(("file", 1),)),
    Key("act_prefs", marked("MainWindow", "Preferences…"), ("Ctrl+,",), menus=(("file", 2),)),
    Key("act_quit", marked("MainWindow", "Quit"), ("Ctrl+Q",), menus=(("file", 2),)),
    # --- Plan (landing and moving time are in the Show menu too) --------------------------------
    Key("act_plan", marked("MainWindow", "Edit the plan…"), ("Ctrl+P",), menus=(("plan", 0),)),
    Key(
        "act_fit",
        marked("MainWindow", "Land on the hard stop…"),
        ("F",),
        tip=marked("MainWindow", "Propose a plan that ends on time"),
        f1=marked("MainWindow", "Land on the hard stop (a plan to apply or not)"),
        menus=(("plan", 0), ("show", 2)),
    ),
    Key(
        "act_move",
        marked("MainWindow", "Move time between segments…"),
        ("Ctrl+T",),
        f1=marked("MainWindow", "Move time between segments"),
        menus=(("plan", 0), ("show", 2)),
    ),
    # --- Show: the show keys first, with the first frame ------------------------------------------
    Key(
        "act_toggle",
        marked("MainWindow", "▶ Start  [Space]"),  # then Pause, Resume or Ended (MainWindow._update_toggle_text)
        ("Space",),
        tip=marked("MainWindow", "Start / pause the live segment"),
        f1=marked("MainWindow", "Start / pause / resume"),
        menus=(("show", 0),),
        toolbar=(0, 0),
        first=True,
    ),
    Key(
        "act_next",
        marked("MainWindow", "Next ▶▶  [→]"),
        ("Right", "N"),
        tip=marked("MainWindow", "End this segment and start the next"),
        f1=marked("MainWindow", "Next segment"),
        menus=(("show", 0),),
        toolbar=(0, 2),
        first=True,
    ),
    Key(
        "act_previous",
        marked("MainWindow", "◀◀ Previous  [←]"),
        ("Left", "P"),
        tip=marked("MainWindow", "Back to the previous segment"),
        f1=marked("MainWindow", "Previous segment"),
        menus=(("show", 0),),
        toolbar=(0, 1),
        first=True,
    ),
    Key(
        "act_plus",
        marked("MainWindow", "+1 min  [+]"),
        ("+", "="),  # never also "Shift+=": both would be ambiguous and neither would fire
        tip=marked("MainWindow", "Add a minute"),
        f1=marked("MainWindow", "Add a minute"),
        menus=(("show", 1),),
        toolbar=(0, 4),
        first=True,
    ),
    Key(
        "act_minus",
        marked("MainWindow", "−1 min  [−]"),
        ("-", "_"),
        tip=marked("MainWindow", "Remove a minute"),
        f1=marked("MainWindow", "Remove a minute"),
        menus=(("show", 1),),
        toolbar=(0, 3),
        first=True,
    ),
    Key(
        "act_goto",
        marked("MainWindow", "Go to segment…"),
        ("Ctrl+G",),
        f1=marked("MainWindow", "Go to a segment"),
        menus=(("show", 1),),
    ),
    Key(
        "act_asked",
        marked("MainWindow", "Next question asked"),
        ("Q",),
        f1=marked("MainWindow", "Mark the next open question asked"),
        menus=(("show", 3),),
    ),
    Key(
        "act_skip_question",
        marked("MainWindow", "Skip the next question"),
        ("Shift+Q",),
        f1=marked("MainWindow", "Skip the next open question"),
        menus=(("show", 3),),
    ),
    Key(
        "act_add_question",
        marked("MainWindow", "Add a question…"),
        ("Alt+Q",),
        f1=marked("MainWindow", "Add a question to this segment"),
        menus=(("show", 3),),
    ),
    Key(
        "act_audience",
        marked("MainWindow", "Audience questions…"),
        ("Ctrl+Shift+A",),
        tip=marked("MainWindow", "Approve, edit, merge, reject or order the questions sent from /ask"),
        f1=marked("MainWindow", "The audience's questions: approve, edit, merge, reject, order"),
        menus=(("show", 3),),
    ),
    Key(
        "act_notes",
        marked("MainWindow", "Edit the notes"),
        ("Ctrl+Shift+N",),
        f1=marked("MainWindow", "Edit this segment's notes (Esc: back to the show keys)"),
        menus=(("show", 3),),
    ),
    # --- Speakers -----------------------------------------------------------------------------------
    _speaker(
        "call_next",
        marked("SpeakerActions", "Give the floor to the next speaker"),
        ("G", "Return", "Enter"),
        0,
        f1=marked("MainWindow", "Give the floor to the next speaker"),
        toolbar=(1, 0),
        button=marked("SpeakerActions", "🗣 Next speaker  [G]"),
    ),
    _speaker(
        "end_turn",
        marked("SpeakerActions", "End this turn"),
        ("E",),
        0,
        f1=marked("MainWindow", "End this turn"),
    ),
    _speaker(
        "hold",
        marked("SpeakerActions", "Pause / resume the speaker"),
        ("H",),
        0,
        f1=marked("MainWindow", "Pause / resume the speaker"),
    ),
    _speaker(
        "more",
        marked("SpeakerActions", "Speaker +30 s"),
        ("]",),
        0,
        f1=marked("MainWindow", "Speaker +30 s"),
        queue=False,
    ),
    _speaker(
        "less",
        marked("SpeakerActions", "Speaker −30 s"),
        ("[",),
        0,
        f1=marked("MainWindow", "Speaker −30 s"),
        queue=False,
    ),
    _speaker(
        "add",
        marked("SpeakerActions", "Add a speaker…"),
        ("A", "Insert"),
        1,
        f1=marked("MainWindow", "Add a speaker"),
        toolbar=(1, 1),
        button=marked("SpeakerActions", "+ Speaker  [A]"),
    ),
    _speaker("select_up", marked("SpeakerActions", "Select the speaker above"), ("Up",), 1, queue=False),
    _speaker(
        "select_down",
        marked("SpeakerActions", "Select the speaker below"),
        ("Down",),
        1,
        f1=marked("MainWindow", "Select in the queue (Up/Down)"),
        queue=False,
    ),
    _speaker(
        "move_up",
        marked("SpeakerActions", "Move up"),
        ("Alt+Up",),
        1,
        f1=marked("MainWindow", "Move the selected speaker up (Alt+Down: down, Alt+Home: top)"),
    ),
    _speaker("move_down", marked("SpeakerActions", "Move down"), ("Alt+Down",), 1),
    _speaker("move_top", marked("SpeakerActions", "Move to the top"), ("Alt+Home",), 1),
    _speaker("skip", marked("SpeakerActions", "Skip"), ("S",), 1, f1=marked("MainWindow", "Skip the selected speaker")),
    _speaker(
        "requeue",
        marked("SpeakerActions", "Return to the queue"),
        ("R",),
        1,
        f1=marked("MainWindow", "Return the selected speaker to the queue"),
    ),
    _speaker(
        "remove",
        marked("SpeakerActions", "Remove from the queue"),
        ("Delete",),
        1,
        f1=marked("MainWindow", "Remove the selected speaker"),
    ),
    _speaker("accept", marked("SpeakerActions", "Accept the request to speak"), ("Y",), 2),
    _speaker("decline", marked("SpeakerActions", "Decline the request to speak"), ("D",), 2),
    _speaker(
        "undo",
        marked("SpeakerActions", "Undo"),
        ("Ctrl+Z",),
        3,
        f1=marked("MainWindow", "Undo a queue, cue or notes change"),
        toolbar=(1, 2),
        button=marked("SpeakerActions", "↶ Undo"),
    ),
    # --- View ---------------------------------------------------------------------------------------
    Key(
        "act_stage",
        marked("MainWindow", "Stage manager"),
        ("Ctrl+M",),
        f1=marked("MainWindow", "Stage manager window"),
        menus=(("view", 0),),
    ),
    Key(
        "act_ledger",
        marked("MainWindow", "Rundown / floor ledger"),
        ("Ctrl+L",),
        f1=marked("MainWindow", "Switch between the rundown and the floor ledger"),
        menus=(("view", 0),),
    ),
    Key(
        "act_focus",
        marked("MainWindow", "Back to the show keys"),
        ("Escape",),
        f1=marked("MainWindow", "Leave a text field"),
        menus=(("view", 0),),
    ),
    Key(
        "act_ack",
        marked("MainWindow", "Acknowledge the message"),
        ("K",),
        f1=marked("MainWindow", "Acknowledge a message from the stage"),
        menus=(("view", 0),),
    ),
    # Every part by menu and by key: out of sight only because the moderator chose so, and always
    # brought back the same way (a small screen gives the others its room).
    Key(
        "part_rundown",
        marked("MainWindow", "Rundown and floor ledger"),
        ("Ctrl+1",),
        menus=(("view", 1),),
        checkable=True,
    ),
    Key("part_queue", marked("MainWindow", "Speaker queue"), ("Ctrl+2",), menus=(("view", 1),), checkable=True),
    Key(
        "part_details",
        marked("MainWindow", "Questions, notes and cues"),
        ("Ctrl+3",),
        menus=(("view", 1),),
        checkable=True,
    ),
    Key("part_timeline", marked("MainWindow", "Timeline"), ("Ctrl+4",), menus=(("view", 1),), checkable=True),
    Key("part_toolbar", marked("MainWindow", "Toolbar"), ("Ctrl+5",), menus=(("view", 1),), checkable=True),
    # --- Help ---------------------------------------------------------------------------------------
    Key("act_keys", marked("MainWindow", "Keys…"), ("F1",), menus=(("help", 0),)),
    Key(
        "act_situation",
        marked("MainWindow", "Say where the show stands"),
        ("F2",),
        f1=marked("MainWindow", "Say where the show stands (for a screen reader too)"),
        menus=(("help", 0),),
    ),
    Key("act_remote", marked("MainWindow", "Remote control…"), ("Ctrl+R",), menus=(("help", 0),)),
)

# Where F1 lists the Speaker display menu's keys (`DisplayActions`').
DISPLAY_KEYS = "display"

# F1's rows, in the order the moderator reads them: the show's keys, the speakers', the questions
# and the views with words of their own, then the rest by their menu text.
F1_ROWS: tuple[str, ...] = (
    "act_toggle", "act_next", "act_previous", "act_plus", "act_minus", "act_goto", "act_fit", "act_move",
    "act_focus", "act_situation",
    "call_next", "end_turn", "hold", "more", "less", "add", "select_down", "move_up", "skip", "requeue",
    "remove", "undo",
    "act_asked", "act_skip_question", "act_add_question", "act_audience", "act_notes", "act_ledger", "act_ack",
    "act_stage",
    "select_up", "move_down", "move_top", "accept", "decline",
    DISPLAY_KEYS,
    "act_open", "act_quit", "act_export", "act_prefs", "act_remote", "act_keys", "act_reload", "act_plan",
    "act_new", "act_import", "act_save", "act_save_as", "act_export_plan",
    "part_rundown", "part_queue", "part_details", "part_timeline", "part_toolbar",
)  # fmt: skip

# Every entry by its name.
BY_NAME: dict[str, Key] = {key.name: key for key in KEYS}


def speaker_keys() -> list[Key]:
    """The Speakers menu's entries: `SpeakerActions`' actions."""
    return [key for key in KEYS if any(menu == "speakers" for menu, _ in key.menus)]


def window_keys(*, first: bool) -> list[Key]:
    """The window's own entries: its show keys (`first`), or the rest."""
    speakers = {key.name for key in speaker_keys()}
    return [key for key in KEYS if key.first == first and key.name not in speakers]


def build_actions(
    window: QWidget, keys: Iterable[Key], slots: Mapping[str, Callable[..., object]]
) -> dict[str, QAction]:
    """The actions of `keys`, on `window` (their keys work wherever its focus is), each triggering its slot."""
    actions = {}
    for key in keys:
        text = translate(key.context, key.text)
        action = QAction(text, window)
        action.setShortcuts([QKeySequence(k) for k in key.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = translate(key.context, key.tip) if key.tip else text
        action.setToolTip(plain_tip(f"{tip} ({' or '.join(key.keys)})"))
        action.triggered.connect(slots[key.name])
        window.addAction(action)
        if key.checkable:
            action.setCheckable(True)
            action.setChecked(True)
        actions[key.name] = action
    return actions


def menu_layout(menu: str) -> list[list[str]]:
    """The names in `menu`, group by group (a separator between two groups)."""
    placed = sorted((group, index) for index, key in enumerate(KEYS) for name, group in key.menus if name == menu)
    groups: dict[int, list[str]] = {}
    for group, index in placed:
        groups.setdefault(group, []).append(KEYS[index].name)
    return list(groups.values())


def fill_menu(menu: QMenu, name: str, actions: Mapping[str, QAction]) -> None:
    """`menu`'s entries from the table, its groups parted by separators."""
    for number, group in enumerate(menu_layout(name)):
        if number:
            menu.addSeparator()
        menu.addActions([actions[entry] for entry in group])


def toolbar_layout() -> list[list[Key]]:
    """The toolbar's entries, group by group (a separator between two groups)."""
    groups: dict[int, list[Key]] = {}
    placed = {key.toolbar: key for key in KEYS if key.toolbar is not None}
    for place in sorted(placed):
        groups.setdefault(place[0], []).append(placed[place])
    return list(groups.values())


def words(action: QAction) -> str:
    """An action's words in F1 when it has none of its own: its menu text, without & and …."""
    return action.text().replace("&", "").rstrip("…")


def keys_text(action: QAction) -> str:
    """An action's keys as F1 gives them ("Right / N")."""
    return " / ".join(k.toString() for k in action.shortcuts())
