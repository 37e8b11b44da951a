"""The moderator window's table of keys (ui/moderator/keys.py): its menus, toolbar and F1 are the table's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from runofshow.ui.moderator import keys
from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.i18n import translate

#: What Shift makes of a key on a US keyboard: "Shift+=" is typed as "+", and Qt matches both.
SHIFTED = dict(zip("`1234567890-=[]\\;',./", '~!@#$%^&*()_+{}|:"<>?', strict=True))
SHIFT = Qt.KeyboardModifier.ShiftModifier.value


def keystroke(sequence: str) -> tuple[int, int]:
    """The keystroke Qt matches `sequence` with: (key, modifiers), Shift folded into the symbol it
    types ("Shift+=" and "+" are one keystroke; "Shift+Q" and "Q" are two)."""
    parsed = QKeySequence(sequence)
    assert parsed.count() == 1 and not parsed.isEmpty(), sequence
    combination = parsed[0]
    key, modifiers = combination.key().value, combination.keyboardModifiers().value
    char = chr(key) if key < 0x80 else ""
    if modifiers & SHIFT and char in SHIFTED:
        key, modifiers = ord(SHIFTED[char]), modifiers & ~SHIFT
    elif modifiers & SHIFT and char in SHIFTED.values():
        modifiers &= ~SHIFT  # "Shift++": the + already wants Shift
    return key, modifiers


def clashes(sequences: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(first owner, second owner, key) for each keystroke bound twice in (owner, key) pairs."""
    seen: dict[tuple[int, int], str] = {}
    found = []
    for owner, sequence in sequences:
        stroke = keystroke(sequence)
        if stroke in seen:
            found.append((seen[stroke], owner, sequence))
        seen[stroke] = owner
    return found


def test_a_clash_is_caught_however_the_key_is_written() -> None:
    """The trap: "+" and "Shift+=" are one keystroke; both bound, both are ambiguous and neither fires."""
    assert clashes([("plus", "+"), ("also plus", "Shift+=")]) == [("plus", "also plus", "Shift+=")]
    assert clashes([("a", "Ins"), ("b", "Insert")]) and clashes([("a", "Ctrl++"), ("b", "Ctrl+Shift+=")])
    assert not clashes([("plus", "+"), ("equal", "="), ("minus", "-"), ("under", "_"), ("q", "Q"), ("Q", "Shift+Q")])


def test_no_two_entries_of_the_table_share_a_key() -> None:
    assert not clashes([(key.name, sequence) for key in keys.KEYS for sequence in key.keys])
    assert len(keys.BY_NAME) == len(keys.KEYS), "two entries of one name"


def test_no_two_actions_of_the_window_share_a_key(window: MainWindow) -> None:
    """The table's and the Speaker display menu's (its own) together: every keystroke fires one action."""
    bound = [(action.text(), k.toString()) for action in window.actions() for k in action.shortcuts()]
    assert len(bound) > len(keys.KEYS)
    assert not clashes(bound)


def _names(window: MainWindow) -> dict[int, str]:
    return {id(action): name for name, action in window.keyed.items()}


def _groups(actions: list[QAction], name_of: dict[int, str]) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for action in actions:
        if action.isSeparator():
            groups.append([])
        else:
            groups[-1].append(name_of[id(action)])
    return groups


def test_every_entry_is_in_its_menus_in_its_group(window: MainWindow) -> None:
    name_of = _names(window)
    bar = [action for action in window.menuBar().actions() if action.menu() is not None]
    titles = [action.text() for action in bar]
    assert titles == [
        translate("MainWindow", title) if title else window.display.menu.title() for _, title in keys.MENUS
    ]
    menus = {name: action.menu() for (name, _), action in zip(keys.MENUS, bar, strict=True)}
    for name, menu in menus.items():
        if name != "display":
            assert _groups(menu.actions(), name_of) == keys.menu_layout(name), name
    for key in keys.KEYS:
        assert key.menus, f"{key.name} is in no menu"
        for name, group in key.menus:
            assert window.keyed[key.name] in menus[name].actions(), key.name
            numbers = sorted({g for k in keys.KEYS for m, g in k.menus if m == name})
            assert key.name in keys.menu_layout(name)[numbers.index(group)], key.name


def test_the_toolbar_has_the_marked_entries_in_their_order(window: MainWindow) -> None:
    name_of = _names(window)
    for proxy in window.proxies:  # a button of its own says whose it is by its action's name
        name_of[id(proxy)] = next(n for n, a in window.keyed.items() if a.text() == proxy.property("plain"))
    shown = _groups(window.toolbar.actions(), name_of)
    assert shown == [[key.name for key in group] for group in keys.toolbar_layout()]
    assert shown[0] == ["act_toggle", "act_previous", "act_next", "act_minus", "act_plus"]
    assert shown[1] == ["call_next", "add", "undo"]
    buttons = [key for key in keys.KEYS if key.button]
    assert [proxy.text() for proxy in window.proxies] == [
        translate(key.context, key.button).replace("🗣 ", "▶ ") for key in buttons
    ]


def test_every_entry_is_an_attribute_with_its_keys(window: MainWindow) -> None:
    """`window.act_next`, `window.speakers.call_next`: the table's names, its keys, and its tooltip."""
    speakers = {key.name for key in keys.speaker_keys()}
    for key in keys.KEYS:
        owner = window.speakers if key.name in speakers else window
        action = getattr(owner, key.name)
        assert action is window.keyed[key.name]
        assert [k.toString() for k in action.shortcuts()] == [QKeySequence(k).toString() for k in key.keys]
        assert action.toolTip().endswith(f"({' or '.join(key.keys)})"), key.name
        assert action in window.actions(), key.name  # its keys work wherever the focus is in the window
    assert window.speakers.context_actions() == [window.keyed[k.name] for k in keys.speaker_keys() if k.queue]


def _expected_f1(window: MainWindow) -> list[tuple[str, str]]:
    rows = []
    for name in keys.F1_ROWS:
        if name == keys.DISPLAY_KEYS:
            shown = [a for a in window.display.menu.actions() if a.shortcuts()]
            rows += [(keys.keys_text(a), a.text().replace("&", "").rstrip("…")) for a in shown]
            continue
        key = keys.BY_NAME[name]
        text = window.keyed[name].text().replace("&", "").rstrip("…")
        rows.append(
            (
                " / ".join(QKeySequence(k).toString() for k in key.keys),
                translate("MainWindow", key.f1) if key.f1 else text,
            )
        )
    return rows


def test_f1_lists_exactly_the_tables_rows(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from runofshow.ui.moderator.keys_dialog import KeysDialog
    from runofshow.ui.widgets.plain_text import PlainLabel

    assert sorted(keys.F1_ROWS) == sorted([*keys.BY_NAME, keys.DISPLAY_KEYS]), (
        "each entry once in F1, and the display's"
    )
    shown: list[KeysDialog] = []
    monkeypatch.setattr(KeysDialog, "exec", lambda self: shown.append(self) or 0)
    window.act_keys.trigger()
    labels = [label.text() for label in shown[0].findChildren(PlainLabel)]
    expected = _expected_f1(window)
    assert window.key_rows() == expected
    assert labels == [text for row in expected for text in row]
    assert expected[:2] == [("Space", "Start / pause / resume"), ("Right / N", "Next segment")]
    assert ("Ctrl+D", "Show the speaker display") in expected and expected[-1] == ("Ctrl+5", "Toolbar")


def test_the_show_keys_come_with_the_first_frame(controller: ShowController, qtbot: QtBot) -> None:
    staged = MainWindow(controller, staged=True)
    qtbot.addWidget(staged)
    first = [key.name for key in keys.KEYS if key.first]
    assert first == ["act_toggle", "act_next", "act_previous", "act_plus", "act_minus"]
    assert list(staged.keyed) == first and staged.actions() == [staged.keyed[name] for name in first]
    staged.show()
    qtbot.waitUntil(lambda: staged.complete)
    assert set(staged.keyed) == set(keys.BY_NAME)
